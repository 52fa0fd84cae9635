/**
 * Snapshot from the active WPS workbook. Per sheet: the values from the used range's top-left
 * corner to its last non-empty row and column (two Range.Find calls: UsedRange also spans cells
 * that only carry a format, such as borders over an empty form), read in blocks of at most
 * VALUE2_BLOCK_CELLS cells and padded to start at A1; merged areas, hidden rows and fills by halving
 * probes (probes.ts); notes from the sheet's Comments collection. Generated sheets are listed by name only (the core never reads
 * them), except the run log, which the core continues; fills, hidden rows and notes are read only
 * on sheets that may hold the member table. Bookkeeping comes from the very hidden sheet.
 */
import { cellAddress, keepsGeneratedValues, METHOD_SHEET, rangeAddress, sheetFingerprint } from '../../core';
import { readBookkeepingGrid } from '../shared';
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type BookkeepingIssue, type CellValue, type SheetSnapshot, type Snapshot } from '../port';
import { asGrid, wpsCellValue } from './cell-values';
import { VALUE2_CELLS } from './run-ops';
import { hiddenRows, mergedAreas, sheetFills, type Rect } from './probes';
import { isNothing, XL_BY_COLUMNS, XL_BY_ROWS, XL_FORMULAS, XL_PART, XL_PREVIOUS, XL_SHEET_VERY_HIDDEN, XL_SHEET_VISIBLE, type WpsApplication, type WpsSheet, type WpsWorkbook } from './wps-api';

/**
 * Cells per Value2 read, the same bound as for writes (run-ops.ts VALUE2_CELLS): a Value2 array
 * crosses the JS binding in one piece, so a large sheet is read in row blocks of at most this many
 * cells (the WPS fake refuses more than VALUE2_CELL_CAP per call).
 */
export const VALUE2_BLOCK_CELLS = VALUE2_CELLS;

interface UsedValues {
  readonly rect: Rect | null;
  readonly values: CellValue[][];
}

/**
 * The rectangle from the used range's top-left corner to the last non-empty row and column, or null
 * when no cell holds a value or formula. Find with xlFormulas also finds cells in hidden rows.
 */
export function valuesRect(ws: WpsSheet): Rect | null {
  const used = ws.UsedRange;
  const top = used.Row;
  const left = used.Column;
  const corner = ws.Range(cellAddress(top, left));
  const byRows = used.Find('*', corner, XL_FORMULAS, XL_PART, XL_BY_ROWS, XL_PREVIOUS);
  if (isNothing(byRows)) return null;
  const byColumns = used.Find('*', corner, XL_FORMULAS, XL_PART, XL_BY_COLUMNS, XL_PREVIOUS);
  const right = isNothing(byColumns) ? byRows.Column : Math.max(byRows.Column, byColumns.Column);
  return { top, left, bottom: byRows.Row, right };
}

/** Row blocks of at most `cells` cells (a row wider than that is split into column blocks). */
export function valueBlocks(rect: Rect, cells: number = VALUE2_BLOCK_CELLS): Rect[] {
  const width = rect.right - rect.left + 1;
  const colsPer = Math.min(width, cells);
  const rowsPer = Math.max(1, Math.floor(cells / colsPer));
  const out: Rect[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rowsPer) {
    for (let left = rect.left; left <= rect.right; left += colsPer) {
      out.push({ top, left, bottom: Math.min(rect.bottom, top + rowsPer - 1), right: Math.min(rect.right, left + colsPer - 1) });
    }
  }
  return out;
}

/** The sheet's values from A1 (rows above and columns left of the data empty); rect is null for a sheet without values. */
export function usedValues(ws: WpsSheet): UsedValues {
  const rect = valuesRect(ws);
  if (rect === null) return { rect: null, values: [] };
  const values: CellValue[][] = Array.from({ length: rect.bottom }, (_, r) => (r < rect.top - 1 ? [] : Array.from({ length: rect.right }, () => null)));
  for (const block of valueBlocks(rect)) {
    const rows = block.bottom - block.top + 1;
    const cols = block.right - block.left + 1;
    const grid = asGrid(ws.Range(rangeAddress(block.top, block.left, block.bottom, block.right)).Value2, rows, cols);
    grid.forEach((row, r) => row.forEach((v, c) => (values[block.top - 1 + r][block.left - 1 + c] = wpsCellValue(v, () => ws.Range(cellAddress(block.top + r, block.left + c)).Text))));
  }
  return { rect, values };
}

/** The active workbook, or a clear message when WPS has none open (Nothing, as null or undefined). */
export function activeWorkbook(app: WpsApplication): WpsWorkbook {
  const workbook = app.ActiveWorkbook;
  if (isNothing(workbook)) throw new Error('WPS 表格中没有打开的工作簿：请先打开委员履职统计表，再运行。');
  return workbook;
}

function notesOf(ws: WpsSheet): Record<string, string> {
  const notes: Record<string, string> = {};
  const comments = ws.Comments;
  for (let i = 1; i <= comments.Count; i++) {
    const comment = comments.Item(i);
    const cell = comment.Parent;
    notes[cellAddress(cell.Row, cell.Column)] = comment.Text();
  }
  return notes;
}

export function readSnapshot(app: WpsApplication): Snapshot {
  const workbook = activeWorkbook(app);
  const worksheets = workbook.Worksheets;
  const all: WpsSheet[] = [];
  for (let i = 1; i <= worksheets.Count; i++) all.push(worksheets.Item(i));
  // Only a very hidden sheet is the product's record; one the user can see is the user's (issue 10 point 10).
  const keeping = all.find((ws) => ws.Name === BOOKKEEPING_SHEET && ws.Visible === XL_SHEET_VERY_HIDDEN);
  const nameTaken = all.some((ws) => ws.Name === BOOKKEEPING_SHEET && ws !== keeping);
  const stored = keeping ? readBookkeepingGrid(usedValues(keeping).values) : { bookkeeping: EMPTY_BOOKKEEPING, problem: null };
  const bookkeeping = stored.bookkeeping;
  const bookkeepingIssue: BookkeepingIssue | null = nameTaken
    ? { sheet: BOOKKEEPING_SHEET, reason: '这是您自己的工作表，不是本程序的记录表', nameTaken: true }
    : stored.problem !== null
      ? { sheet: BOOKKEEPING_SHEET, reason: stored.problem, nameTaken: false }
      : null;
  const generated = new Set(bookkeeping.generatedSheets);
  const sheets = all.filter((ws) => ws !== keeping).map((ws): SheetSnapshot => {
    const name = ws.Name;
    const visible = ws.Visible === XL_SHEET_VISIBLE;
    const { rect, values } = usedValues(ws);
    if (rect === null) return { name, values, merges: [], hiddenRows: [], visible, ...(generated.has(name) ? { fingerprint: sheetFingerprint([], []) } : {}) };
    const merges = mergedAreas(ws, rect).sort((a, b) => a.top - b.top || a.left - b.left);
    // A generated sheet is read for its content fingerprint (the core replaces it only when proven its own), the run log also for its values.
    if (generated.has(name)) {
      const fingerprint = sheetFingerprint(values, merges);
      return keepsGeneratedValues(name) ? { name, values, merges, hiddenRows: [], visible, fingerprint } : { name, values: [], merges: [], hiddenRows: [], visible, fingerprint };
    }
    if (name === METHOD_SHEET) return { name, values, merges, hiddenRows: [], visible };
    return { name, values, merges, hiddenRows: hiddenRows(ws, 1, rect.bottom), fills: sheetFills(ws, rect), notes: notesOf(ws), visible };
  });
  return { fileName: workbook.Name, sheets, bookkeeping, bookkeepingIssue };
}
