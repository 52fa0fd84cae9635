/**
 * Snapshot from the active WPS workbook. Per sheet: the used range's Value2 in ONE call (padded to
 * start at A1); merged areas, hidden rows and fills by halving probes (probes.ts); notes from the
 * sheet's Comments collection. Generated sheets are listed by name only (the core never reads
 * them), except the run log, which the core continues; fills, hidden rows and notes are read only
 * on sheets that may hold the member table. Bookkeeping comes from the very hidden sheet.
 */
import { cellAddress, METHOD_SHEET, SHEETS } from '../../core';
import { parseBookkeepingGrid } from '../shared';
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type CellValue, type SheetSnapshot, type Snapshot } from '../port';
import { asGrid, wpsCellValue } from './cell-values';
import { hiddenRows, mergedAreas, sheetFills, type Rect } from './probes';
import { XL_SHEET_VISIBLE, type WpsApplication, type WpsSheet } from './wps-api';

interface UsedValues {
  readonly rect: Rect | null;
  readonly values: CellValue[][];
}

/** The used range as values from A1; rect is null for an empty sheet. */
export function usedValues(ws: WpsSheet): UsedValues {
  const used = ws.UsedRange;
  const top = used.Row;
  const left = used.Column;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const grid = asGrid(used.Value2, rows, cols);
  const values: CellValue[][] = Array.from({ length: top - 1 }, () => []);
  grid.forEach((row, r) => {
    const out: CellValue[] = Array.from({ length: left - 1 }, () => null);
    row.forEach((v, c) => out.push(wpsCellValue(v, () => ws.Range(cellAddress(top + r, left + c)).Text)));
    values.push(out);
  });
  if (rows === 1 && cols === 1 && values[top - 1][left - 1] === null) return { rect: null, values: [] };
  return { rect: { top, left, bottom: top + rows - 1, right: left + cols - 1 }, values };
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
  const workbook = app.ActiveWorkbook;
  const worksheets = workbook.Worksheets;
  const all: WpsSheet[] = [];
  for (let i = 1; i <= worksheets.Count; i++) all.push(worksheets.Item(i));
  const keeping = all.find((ws) => ws.Name === BOOKKEEPING_SHEET);
  const bookkeeping = keeping ? parseBookkeepingGrid(usedValues(keeping).values) : EMPTY_BOOKKEEPING;
  const generated = new Set(bookkeeping.generatedSheets);
  const sheets = all.filter((ws) => ws !== keeping).map((ws): SheetSnapshot => {
    const name = ws.Name;
    const visible = ws.Visible === XL_SHEET_VISIBLE;
    if (generated.has(name) && !name.startsWith(SHEETS.runLog)) return { name, values: [], merges: [], hiddenRows: [], visible };
    const { rect, values } = usedValues(ws);
    if (rect === null) return { name, values, merges: [], hiddenRows: [], visible };
    const merges = mergedAreas(ws, rect).sort((a, b) => a.top - b.top || a.left - b.left);
    if (generated.has(name) || name === METHOD_SHEET) return { name, values, merges, hiddenRows: [], visible };
    return { name, values, merges, hiddenRows: hiddenRows(ws, 1, rect.bottom), fills: sheetFills(ws, rect), notes: notesOf(ws), visible };
  });
  return { fileName: workbook.Name, sheets, bookkeeping };
}
