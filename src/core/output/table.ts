/** Shared layout of the working sheets (校验结果, 履职汇总, 分组统计): bordered tables with a header row, few style runs. */
import type { CellStyle, PageSetup, PlanValue } from '../plan';
import type { SheetBuilder } from './sheet-builder';

/** A4 landscape for wide working tables, every column on one page width, page numbers in the footer. */
export const A4_TABLE: PageSetup = {
  paperSize: 'A4',
  orientation: 'landscape',
  margins: { top: 15, bottom: 15, left: 10, right: 10, header: 8, footer: 8 },
  fitToWidth: true,
  horizontalCentered: true,
  footerCenter: '第 &P 页，共 &N 页',
};

export const TITLE_STYLE: CellStyle = { font: { bold: true, size: 16 }, horizontal: 'center', vertical: 'middle' };
export const HEADER_STYLE: CellStyle = { font: { bold: true }, fill: '#D9D9D9', horizontal: 'center', vertical: 'middle', wrap: true };
export const BODY_STYLE: CellStyle = { border: 'thin', vertical: 'middle' };

export interface TableColumn {
  readonly header: string;
  /** Column width in characters. */
  readonly width: number;
  /** Applied to the column's data cells as one run (alignment, number format, wrap…). */
  readonly style?: CellStyle;
}

export interface TableArea {
  readonly headerRow: number;
  readonly firstRow: number;
  /** Last data row; equals headerRow when there are no rows. */
  readonly lastRow: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Writes a header row at `headerRow` and the rows below it, from column `left`: one border run over
 * the whole table, one header run, one run per styled column (never one per cell). Runs layer property
 * by property (later runs win per property, as the hosts apply them), so each names only what it adds.
 */
export function writeTable(b: SheetBuilder, headerRow: number, columns: readonly TableColumn[], rows: readonly (readonly PlanValue[])[], left = 1): TableArea {
  const right = left + columns.length - 1;
  b.setRow(headerRow, columns.map((c) => c.header), left);
  rows.forEach((values, i) => b.setRow(headerRow + 1 + i, values, left));
  const lastRow = headerRow + rows.length;
  b.style(headerRow, left, lastRow, right, BODY_STYLE);
  b.style(headerRow, left, headerRow, right, HEADER_STYLE);
  if (rows.length > 0) {
    columns.forEach((c, i) => {
      if (c.style) b.style(headerRow + 1, left + i, lastRow, left + i, c.style);
    });
  }
  return { headerRow, firstRow: headerRow + 1, lastRow, left, right };
}

/** Title (or any one-line text) across `width` columns: merged, styled once. */
export function writeBanner(b: SheetBuilder, row: number, text: string, width: number, style: CellStyle): void {
  b.set(row, 1, text);
  b.merge(row, 1, row, Math.max(1, width));
  b.style(row, 1, row, Math.max(1, width), style);
}

/** A stretch of consecutive rows sharing one key. */
export interface RowRun<K> {
  readonly top: number;
  readonly bottom: number;
  readonly key: K;
}

/** Groups consecutive rows with the same key (null keys are dropped): one style run per stretch, not per cell. */
export function rowRuns<K>(firstRow: number, keys: readonly (K | null)[]): RowRun<K>[] {
  const runs: RowRun<K>[] = [];
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    const key = keys[start];
    if (key !== null && key !== undefined) runs.push({ top: firstRow + start, bottom: firstRow + i - 1, key });
    start = i;
  }
  return runs;
}
