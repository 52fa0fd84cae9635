/**
 * WritePlan → exceljs Workbook, in memory, deciding nothing. Order: clear marks, set marks,
 * write sheets (replaced in place when generated before, else added at the end), delete sheets,
 * store bookkeeping in the very hidden sheet, activate. Every check runs before the first write,
 * so a refused plan leaves the workbook as it was.
 */
import type { Cell, Workbook, Worksheet, WorksheetView } from 'exceljs';
import { parseRange } from '../../core';
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type Bookkeeping, type MarkClear, type MarkRecord, type WritePlan } from '../port';
import { bookkeepingGrid, parseBookkeepingGrid } from '../bookkeeping-grid';
import { readSheet } from './read-snapshot';
import { solidFill } from './colors';
import { parsedRange, writeSheet } from './write-sheet';

export function applyPlan(workbook: Workbook, plan: WritePlan): void {
  const stored = storedBookkeeping(workbook);
  checkPlan(workbook, plan, stored);

  for (const m of plan.clearMarks) restoreMark(workbook, m);
  for (const m of plan.setMarks) setMark(workbook, m);
  for (const sheet of plan.sheets) writeSheet(replaceOrAdd(workbook, sheet.name), sheet);
  for (const name of plan.deleteSheets) {
    const ws = workbook.getWorksheet(name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  storeBookkeeping(workbook, plan.bookkeeping);
  if (plan.activate) activate(workbook, plan.activate);
}

/** The bookkeeping currently stored in the workbook (EMPTY when absent or garbled). */
export function storedBookkeeping(workbook: Workbook): Bookkeeping {
  const ws = workbook.getWorksheet(BOOKKEEPING_SHEET);
  return ws ? parseBookkeepingGrid(readSheet(ws).values) : EMPTY_BOOKKEEPING;
}

function checkPlan(workbook: Workbook, plan: WritePlan, stored: Bookkeeping): void {
  const generated = new Set(stored.generatedSheets);
  for (const sheet of plan.sheets) {
    if (sheet.name === BOOKKEEPING_SHEET) throw new Error(`a plan may not write the bookkeeping sheet ${BOOKKEEPING_SHEET}`);
    if (workbook.getWorksheet(sheet.name) && !generated.has(sheet.name)) {
      throw new Error(`refusing to replace sheet 「${sheet.name}」: the product did not generate it`);
    }
    sheet.merges.forEach((m) => parsedRange(m));
    sheet.styles.forEach((s) => parsedRange(s.range));
  }
  for (const name of plan.deleteSheets) {
    if (workbook.getWorksheet(name) && !generated.has(name)) throw new Error(`refusing to delete sheet 「${name}」: the product did not generate it`);
  }
  if (plan.activate && !plan.sheets.some((s) => s.name === plan.activate) && !workbook.getWorksheet(plan.activate)) {
    throw new Error(`cannot activate missing sheet 「${plan.activate}」`);
  }
}

function markCell(workbook: Workbook, sheet: string, address: string): Cell | null {
  const ws = workbook.getWorksheet(sheet);
  if (!ws || !parseRange(address)) return null;
  return ws.getCell(address);
}

function restoreMark(workbook: Workbook, m: MarkClear): void {
  const cell = markCell(workbook, m.sheet, m.cell);
  if (!cell) return;
  setFill(cell, m.fill);
  setNote(cell, m.note);
}

function setMark(workbook: Workbook, m: MarkRecord): void {
  const cell = markCell(workbook, m.sheet, m.cell);
  if (!cell) return;
  setFill(cell, m.fill);
  setNote(cell, m.note);
}

/** A fresh style object: exceljs shares style objects between cells read from a file. */
function setFill(cell: Cell, fill: string | null): void {
  const { fill: _old, ...rest } = cell.style ?? {};
  void _old;
  cell.style = fill === null ? rest : { ...rest, fill: solidFill(fill) };
}

function setNote(cell: Cell, note: string | null): void {
  if (note !== null) {
    cell.note = note;
    return;
  }
  removeNote(cell);
}

/**
 * exceljs has no API to remove a note. It keeps the note in `_comment` (Row.splice clears it the
 * same way) and, for a cell read from a file, also in the value's model, which it writes back.
 */
function removeNote(cell: Cell): void {
  const internals = cell as Cell & { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}

/** The sheet to write `name` into: a fresh sheet at the old one's tab position, or a new one at the end. */
function replaceOrAdd(workbook: Workbook, name: string): Worksheet {
  const old = workbook.getWorksheet(name);
  if (!old) return workbook.addWorksheet(name);
  const { orderNo } = withOrder(old);
  const state = old.state;
  workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(name, { state });
  withOrder(ws).orderNo = orderNo;
  return ws;
}

/** exceljs orders tabs by the (untyped) `orderNo` of each worksheet. */
function withOrder(ws: Worksheet): Worksheet & { orderNo: number } {
  return ws as Worksheet & { orderNo: number };
}

function storeBookkeeping(workbook: Workbook, bookkeeping: Bookkeeping): void {
  const old = workbook.getWorksheet(BOOKKEEPING_SHEET);
  const empty = bookkeeping.generatedSheets.length === 0 && bookkeeping.marks.length === 0;
  if (!old && empty) return;
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(BOOKKEEPING_SHEET, { state: 'veryHidden' });
  bookkeepingGrid(bookkeeping).forEach((values, i) => {
    const row = ws.getRow(i + 1);
    values.forEach((v, j) => {
      if (v !== null) row.getCell(j + 1).value = v;
    });
  });
}

function activate(workbook: Workbook, name: string): void {
  const sheets = workbook.worksheets;
  const index = sheets.findIndex((ws) => ws.name === name);
  if (index < 0) return;
  for (const ws of sheets) {
    const selected = ws.name === name;
    if (!ws.views || ws.views.length === 0) {
      if (selected) ws.views = [{ state: 'normal', tabSelected: true } as Partial<WorksheetView>];
      continue;
    }
    ws.views = ws.views.map((v, i) => (i === 0 ? { ...v, tabSelected: selected } : v));
  }
  const view = workbook.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, visibility: 'visible' };
  workbook.views = [{ ...view, activeTab: index, firstSheet: Math.min(view.firstSheet ?? 0, index) }];
}

