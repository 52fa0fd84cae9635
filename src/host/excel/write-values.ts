/**
 * Bulk 2-D writes within the limits: a block of rows per `Range.values` call, at most
 * VALUE_CHUNK_CELLS cells and ~1 MB of JSON each; fully empty rows are skipped (a new sheet is empty).
 */
import type { PlanValue } from '../port';
import { excelInput } from './cell-input';
import type { XlWorksheet } from './office-api';
import { OPERATION_OVERHEAD, utf8Length, type RequestBudget } from './request-budget';
import { VALUE_CHUNK_CELLS } from './read-tasks';

export const CHUNK_BYTES = 1024 * 1024;

type Input = string | number | boolean;

function widthOf(values: readonly (readonly unknown[])[]): number {
  return values.reduce((w, row) => Math.max(w, row.length), 0);
}

function isEmptyRow(row: readonly PlanValue[]): boolean {
  return row.every((v) => v === null || v === '');
}

/** Writes `values` with its top-left cell at 0-based (top, left). */
export async function writeValues(ws: XlWorksheet, values: readonly (readonly PlanValue[])[], budget: RequestBudget, top = 0, left = 0): Promise<void> {
  const width = widthOf(values);
  if (width === 0) return;
  let r = 0;
  while (r < values.length) {
    if (isEmptyRow(values[r])) {
      r++;
      continue;
    }
    const block: Input[][] = [];
    let bytes = 0;
    while (r + block.length < values.length && !isEmptyRow(values[r + block.length]) && (block.length + 1) * width <= Math.max(width, VALUE_CHUNK_CELLS)) {
      const row = values[r + block.length].map(excelInput);
      while (row.length < width) row.push('');
      const rowBytes = utf8Length(JSON.stringify(row)) + 1;
      if (block.length > 0 && bytes + rowBytes > CHUNK_BYTES) break;
      block.push(row);
      bytes += rowBytes;
    }
    await budget.spend(OPERATION_OVERHEAD + bytes);
    ws.getRangeByIndexes(top + r, left, block.length, width).values = block;
    r += block.length;
  }
}
