/**
 * exceljs Workbook → Snapshot. Runs in Node and in the browser playground (no Node modules here).
 * Values start at A1; merged areas keep their value in the top-left cell only; dates become the
 * text `YYYY-MM-DD` (`YYYY-MM-DD HH:MM` when they carry a time); formulas give their cached result.
 */
import { ValueType, type Cell, type CellValue as XlsxValue, type Workbook, type Worksheet } from 'exceljs';
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type Bookkeeping, type BookkeepingIssue, type CellValue, type SheetSnapshot, type Snapshot } from '../port';
import { readBookkeepingGrid } from '../shared';
import { solidFillColor } from './colors';
import { hasEmptyResult } from './empty-results';
import { themePalette } from './theme-colors';

export function readSnapshot(workbook: Workbook, fileName: string): Snapshot {
  const sheets: SheetSnapshot[] = [];
  let bookkeeping: Bookkeeping = EMPTY_BOOKKEEPING;
  let bookkeepingIssue: BookkeepingIssue | null = null;
  for (const ws of workbook.worksheets) {
    // Only a very hidden sheet can be the product's record; a sheet the user can see (or unhide) is the user's (issue 10 point 10).
    if (ws.name === BOOKKEEPING_SHEET && ws.state === 'veryHidden') {
      const read = readBookkeepingGrid(readSheet(ws).values);
      bookkeeping = read.bookkeeping;
      if (read.problem !== null) bookkeepingIssue = { sheet: ws.name, reason: read.problem, nameTaken: false };
    } else {
      if (ws.name === BOOKKEEPING_SHEET) bookkeepingIssue = { sheet: ws.name, reason: '这是您自己的工作表，不是本程序的记录表', nameTaken: true };
      sheets.push(readSheet(ws));
    }
  }
  return { fileName, sheets, bookkeeping, bookkeepingIssue };
}

export function readSheet(ws: Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const hiddenRows: number[] = [];
  const fills: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const theme = themePalette(ws.workbook);

  // findRow/findCell never create rows or cells, so reading leaves the workbook untouched.
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.hidden) hiddenRows.push(r);
    const rowValues: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      const fill = solidFillColor(cell.style?.fill, theme);
      if (fill !== null) fills[cell.address] = fill;
      const note = noteText(cell);
      if (note !== null) notes[cell.address] = note;
      if (cell.type === ValueType.Merge) {
        growMerge(merges, cell, r, c);
        continue;
      }
      // `cell.value` of a formula drops a cached result of 0 or FALSE (exceljs copies truthy fields only).
      const v = cell.type === ValueType.Formula ? formulaValue(ws.workbook, ws.name, cell) : plainValue(cell.value);
      if (v !== null) {
        while (rowValues.length < c - 1) rowValues.push(null);
        rowValues[c - 1] = v;
      }
    }
    if (rowValues.length > 0) {
      while (values.length < r - 1) values.push([]);
      values[r - 1] = rowValues;
    }
  }

  const sheet: SheetSnapshot = {
    name: ws.name,
    values,
    merges: [...merges.values()].sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenRows,
    visible: ws.state === 'visible' || ws.state === undefined,
  };
  return {
    ...sheet,
    ...(Object.keys(fills).length > 0 ? { fills } : {}),
    ...(Object.keys(notes).length > 0 ? { notes } : {}),
  };
}

function growMerge(merges: Map<string, { top: number; left: number; bottom: number; right: number }>, cell: Cell, r: number, c: number): void {
  const master = cell.master;
  const m = merges.get(master.address) ?? { top: master.fullAddress.row, left: master.fullAddress.col, bottom: master.fullAddress.row, right: master.fullAddress.col };
  m.top = Math.min(m.top, r);
  m.left = Math.min(m.left, c);
  m.bottom = Math.max(m.bottom, r);
  m.right = Math.max(m.right, c);
  merges.set(master.address, m);
}

/** A cell's value as the core sees it. */
export function plainValue(v: XlsxValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateText(v);
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return linkText(v.text);
  if ('formula' in v || 'sharedFormula' in v) return resultValue(v.result);
  return null;
}

/**
 * A formula cell: its cached result; a formula saved without one is "formula, no cached value"
 * (issue 10 point 3), never a blank, unless the file saved an empty result (empty-results.ts).
 */
function formulaValue(workbook: Workbook, sheet: string, cell: Cell): CellValue {
  if (cell.result !== undefined || hasEmptyResult(workbook, sheet, cell.address)) return resultValue(cell.result);
  return { formula: cell.formula ?? '' };
}

/** The cached result of a formula cell. */
export function resultValue(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === 'object' && 'error' in result) return { error: String(result.error) };
  if (result instanceof Date) return dateText(result);
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return plainValue(result);
  return null;
}

/** exceljs gives a hyperlink's text as a string or as rich text. */
function linkText(text: unknown): string | null {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object' && 'richText' in text && Array.isArray(text.richText)) {
    return text.richText.map((t: { text?: unknown }) => (typeof t.text === 'string' ? t.text : '')).join('');
  }
  return null;
}

/** exceljs keeps dates as UTC instants whose UTC fields are what the sheet shows. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number): string => String(n).padStart(2, '0');
  const day = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
  const hasTime = d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0;
  return hasTime ? `${day} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}` : day;
}

function noteText(cell: Cell): string | null {
  const note: unknown = cell.note;
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note === '' ? null : note;
  if (typeof note === 'object' && 'texts' in note && Array.isArray(note.texts)) {
    const text = note.texts.map((t: { text?: unknown }) => (typeof t.text === 'string' ? t.text : '')).join('');
    return text === '' ? null : text;
  }
  return null;
}

