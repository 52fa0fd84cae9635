/**
 * The loads readSnapshot makes, one ReadTask each, with estimates of their request and response
 * bytes. Results go into a SheetRead accumulator; nothing here syncs.
 */
/* The collectors returned by `queue()` read their proxies only after runReads has synced the batch
   (read-batches.ts); these two rules check source order, not the order in which the code runs. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
import { cellAddress } from '../../core';
import type { CellValue, MergedArea } from '../port';
import type { ReadTask } from './read-batches';
import type { XlNote, XlWorksheet } from './office-api';
import { OPERATION_OVERHEAD } from './request-budget';
import { parseAreasAddress } from '../shared';

/** Estimated response bytes per cell of `values` (a number or a short text, quoted, with a comma). */
export const VALUE_BYTES = 12;
const FILL_BYTES = 45;
const ROW_HIDDEN_BYTES = 40;
const ADDRESS_BYTES = 4096;
/** Largest block of cells read by one values load. */
export const VALUE_CHUNK_CELLS = 60_000;

export interface SheetRead {
  readonly ws: XlWorksheet;
  readonly name: string;
  readonly visible: boolean;
  /** Extent from A1 of the cells holding values (0 when empty). */
  rows: number;
  cols: number;
  values: CellValue[][];
  readonly errorCells: Set<string>;
  merges: MergedArea[];
  readonly hiddenRows: Set<number>;
  readonly fills: Record<string, string>;
  readonly notes: Record<string, string>;
}

export function sheetRead(ws: XlWorksheet, name: string, visible: boolean): SheetRead {
  return { ws, name, visible, rows: 0, cols: 0, values: [], errorCells: new Set(), merges: [], hiddenRows: new Set(), fills: {}, notes: {} };
}

/** 0-based block of rows [top, top + count) of a sheet. */
export interface RowBlock {
  readonly top: number;
  readonly count: number;
}

export function usedRangeTask(s: SheetRead): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 2,
    response: 128,
    queue: () => {
      const used = s.ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      return () => {
        if (used.isNullObject) return;
        s.rows = used.rowIndex + used.rowCount;
        s.cols = used.columnIndex + used.columnCount;
      };
    },
  };
}

export function noteLocationTask(note: XlNote, content: string, found: (address: string, content: string) => void): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 2,
    response: 128,
    queue: () => {
      const location = note.getLocation();
      location.load('address');
      return () => found(location.address, content);
    },
  };
}

/** A fixed window of rows × cols from A1, for the bookkeeping sheet whose extent is not known yet. */
export function windowTask(ws: XlWorksheet, rows: number, cols: number, got: (values: unknown[][]) => void): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 2,
    response: rows * cols * VALUE_BYTES,
    queue: () => {
      const range = ws.getRangeByIndexes(0, 0, rows, cols);
      range.load('values');
      return () => got(range.values);
    },
  };
}

/** Values of a block of rows, and which of its cells hold error values (constants or formulas). */
export function valuesTask(s: SheetRead, block: RowBlock): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 4,
    response: block.count * s.cols * VALUE_BYTES + 2 * ADDRESS_BYTES,
    queue: () => {
      const range = s.ws.getRangeByIndexes(block.top, 0, block.count, s.cols);
      range.load('values');
      const constants = range.getSpecialCellsOrNullObject('Constants', 'Errors');
      constants.load('address');
      const formulas = range.getSpecialCellsOrNullObject('Formulas', 'Errors');
      formulas.load('address');
      return () => {
        range.values.forEach((row, i) => (s.values[block.top + i] = row.map(cellValue)));
        for (const areas of [constants, formulas]) {
          if (!areas.isNullObject) for (const cell of cellsOf(parseAreasAddress(areas.address, s.name))) s.errorCells.add(cell);
        }
      };
    },
    split: () => halves(block).map((b) => valuesTask(s, b)),
  };
}

/** Rows per merged-area read: a block of rows, not the sheet, so one busy sheet never asks for more than a block's merges. */
export const MERGE_BLOCK_ROWS = 1000;

/**
 * The merged areas of a block of rows. Range.getMergedAreasOrNullObject fails when the range holds
 * more than 512 merged areas (@types/office-js); such a block is halved and read again (the task
 * claims the error, read-batches.ts). Areas that cross a block boundary are reported by both
 * blocks and kept once.
 */
export function mergesTask(s: SheetRead, block: RowBlock): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 3,
    response: ADDRESS_BYTES,
    queue: () => {
      const merged = s.ws.getRangeByIndexes(block.top, 0, block.count, s.cols).getMergedAreasOrNullObject();
      merged.load('address');
      return () => {
        if (merged.isNullObject) return;
        const seen = new Set(s.merges.map((m) => `${m.top},${m.left}`));
        for (const m of parseAreasAddress(merged.address, s.name)) if (!seen.has(`${m.top},${m.left}`)) s.merges.push(m);
      };
    },
    claims: isMergeLimitError,
    split: () => halves(block).map((b) => mergesTask(s, b)),
  };
}

/**
 * Whether an error is getMergedAreasOrNullObject refusing more than 512 areas. Its code is not
 * documented; Office names the failing API in debugInfo.errorLocation. ASSUMPTION (docs/excel.md,
 * self-check step 「合并单元格」): the location names getMergedAreasOrNullObject.
 */
export function isMergeLimitError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const info = (e as { debugInfo?: { errorLocation?: unknown } }).debugInfo;
  const where = typeof info?.errorLocation === 'string' ? info.errorLocation : '';
  const message = e instanceof Error ? e.message : '';
  return /getMergedAreas/i.test(where) || /merged areas?.*512|512.*merged/i.test(message);
}

/** Whether every row of a block is hidden, none is, or some are (then `mixed` is called). */
export function hiddenProbeTask(s: SheetRead, block: RowBlock, mixed: (b: RowBlock) => void): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 2,
    response: 64,
    queue: () => {
      const range = s.ws.getRangeByIndexes(block.top, 0, block.count, s.cols);
      range.load('rowHidden');
      return () => {
        const hidden: boolean | null = range.rowHidden;
        if (hidden === null) mixed(block);
        else if (hidden) for (let r = 0; r < block.count; r++) s.hiddenRows.add(block.top + r + 1);
      };
    },
  };
}

export function hiddenDetailTask(s: SheetRead, block: RowBlock): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 2,
    response: block.count * ROW_HIDDEN_BYTES,
    queue: () => {
      const rows = s.ws.getRangeByIndexes(block.top, 0, block.count, s.cols).getRowProperties({ rowHidden: true });
      return () => rows.value.forEach((p, i) => p.rowHidden === true && s.hiddenRows.add(block.top + i + 1));
    },
    split: () => halves(block).map((b) => hiddenDetailTask(s, b)),
  };
}

/** The fill of one column of a block: uniform (recorded when not the default white) or mixed. */
export function fillProbeTask(s: SheetRead, block: RowBlock, col: number, mixed: (b: RowBlock, col: number) => void): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 3,
    response: 64,
    queue: () => {
      const fill = s.ws.getRangeByIndexes(block.top, col, block.count, 1).format.fill;
      fill.load('color');
      return () => {
        const color: string | null = fill.color;
        if (color === null) mixed(block, col);
        else for (let r = 0; r < block.count; r++) recordFill(s, block.top + r, col, color);
      };
    },
  };
}

export function fillDetailTask(s: SheetRead, block: RowBlock, col: number): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 2,
    response: block.count * FILL_BYTES,
    queue: () => {
      const cells = s.ws.getRangeByIndexes(block.top, col, block.count, 1).getCellProperties({ format: { fill: { color: true } } });
      return () => cells.value.forEach((row, i) => recordFill(s, block.top + i, col, row[0]?.format?.fill?.color ?? null));
    },
    split: () => halves(block).map((b) => fillDetailTask(s, b, col)),
  };
}

/** Normalises a color from Excel to `#RRGGBB`; null for none or the default white. */
export function normalColor(color: string | null): string | null {
  if (color === null || color === '') return null;
  const hex = /^#?([0-9a-f]{6})$/i.exec(color);
  const normal = hex ? `#${hex[1].toUpperCase()}` : color;
  return normal === '#FFFFFF' ? null : normal;
}

function recordFill(s: SheetRead, row0: number, col0: number, color: string | null): void {
  const normal = normalColor(color);
  if (normal !== null) s.fills[cellAddress(row0 + 1, col0 + 1)] = normal;
}

export function cellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

function cellsOf(areas: readonly MergedArea[]): string[] {
  const cells: string[] = [];
  for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) cells.push(cellAddress(r, c));
  return cells;
}

function halves(block: RowBlock): RowBlock[] {
  if (block.count < 2) return [];
  const first = Math.ceil(block.count / 2);
  return [
    { top: block.top, count: first },
    { top: block.top + first, count: block.count - first },
  ];
}

/** Rows [0, rows) in blocks of at most `size` rows. */
export function rowBlocks(rows: number, size: number, first = size): RowBlock[] {
  const blocks: RowBlock[] = [];
  for (let top = 0; top < rows; ) {
    const count = Math.min(top === 0 ? first : size, rows - top);
    blocks.push({ top, count });
    top += count;
  }
  return blocks;
}
