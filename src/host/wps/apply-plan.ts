/**
 * WritePlan → the active WPS workbook, deciding nothing. Every check first (plan-check.ts); then,
 * with calculation manual, screen updating and alerts off (restored in `finally`):
 *   1. leftover temporary sheets of an interrupted run are deleted;
 *   2. each generated sheet is written into a NEW temporary sheet (write-sheet.ts);
 *   3. the interim bookkeeping (before ∪ after), so a failure never leaves a mark it does not know;
 *   4. the marks, each cell once with its final fill and note;
 *   5. the swap: the temporary sheet moves in front of the sheet it replaces, which is deleted, and
 *      takes its name; sheets the plan deletes; the final bookkeeping; the sheet to show.
 * A failure anywhere deletes the temporary sheets, so no half-written generated sheet remains.
 */
import { bookkeepingGrid, BOOKKEEPING_HEADER, parseBookkeepingGrid } from '../bookkeeping-grid';
import { interimBookkeeping } from '../excel/bookkeeping';
import { finalMarkStates, type CellState } from '../excel/marks';
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type Bookkeeping, type WritePlan } from '../port';
import { rangeAddress } from '../../core';
import { hexToBgr } from './colors';
import { checkPlan, TEMP_PREFIX } from '../plan-check';
import { usedValues } from './read-snapshot';
import { writeSheet } from './write-sheet';
import { XL_CALCULATION_MANUAL, XL_NONE, XL_SHEET_VERY_HIDDEN, type WpsApplication, type WpsSheet, type WpsSheets } from './wps-api';

function sheetNames(worksheets: WpsSheets): string[] {
  const names: string[] = [];
  for (let i = 1; i <= worksheets.Count; i++) names.push(worksheets.Item(i).Name);
  return names;
}

function addLast(worksheets: WpsSheets, name: string): WpsSheet {
  const ws = worksheets.Add(undefined, worksheets.Item(worksheets.Count));
  ws.Name = name;
  return ws;
}

interface Stored {
  sheet: WpsSheet | null;
  rows: number;
  readonly bookkeeping: Bookkeeping;
}

function readStored(worksheets: WpsSheets, names: readonly string[]): Stored {
  if (!names.includes(BOOKKEEPING_SHEET)) return { sheet: null, rows: 0, bookkeeping: EMPTY_BOOKKEEPING };
  const sheet = worksheets.Item(BOOKKEEPING_SHEET);
  const { values } = usedValues(sheet);
  return { sheet, rows: values.length, bookkeeping: parseBookkeepingGrid(values) };
}

/** The whole grid in one Value2 write, blank rows over what an older, longer record left. */
function storeBookkeeping(worksheets: WpsSheets, stored: Stored, bookkeeping: Bookkeeping): void {
  const width = BOOKKEEPING_HEADER.length;
  const grid = bookkeepingGrid(bookkeeping).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  while (grid.length < stored.rows) grid.push(Array.from({ length: width }, () => ''));
  const sheet = stored.sheet ?? addLast(worksheets, BOOKKEEPING_SHEET);
  sheet.Range(rangeAddress(1, 1, grid.length, width)).Value2 = grid;
  sheet.Visible = XL_SHEET_VERY_HIDDEN;
  stored.sheet = sheet;
  stored.rows = grid.length;
}

function writeMarks(worksheets: WpsSheets, states: readonly CellState[]): void {
  const sheets = new Map<string, WpsSheet>();
  for (const s of states) {
    let ws = sheets.get(s.sheet);
    if (!ws) sheets.set(s.sheet, (ws = worksheets.Item(s.sheet)));
    const cell = ws.Range(s.cell);
    if (s.fill === null) cell.Interior.ColorIndex = XL_NONE;
    else cell.Interior.Color = hexToBgr(s.fill);
    // AddComment fails on a cell that has a comment, so an existing one is deleted first.
    const existing = cell.Comment;
    if (existing !== null) existing.Delete();
    if (s.note !== null) cell.AddComment(s.note);
  }
}

export function applyPlan(app: WpsApplication, plan: WritePlan): void {
  const worksheets = app.ActiveWorkbook.Worksheets;
  const names = sheetNames(worksheets);
  const existing = new Map(names.map((n) => [n.toLowerCase(), n]));
  const stored = readStored(worksheets, names);
  const before = stored.bookkeeping;
  checkPlan(plan, existing, before.generatedSheets);
  const states = finalMarkStates(plan).filter((s) => existing.has(s.sheet.toLowerCase()));

  const saved = { screen: app.ScreenUpdating, calculation: app.Calculation, alerts: app.DisplayAlerts };
  app.ScreenUpdating = false;
  app.Calculation = XL_CALCULATION_MANUAL;
  app.DisplayAlerts = false;
  const temps: string[] = [];
  try {
    for (const name of names) if (name.startsWith(TEMP_PREFIX)) worksheets.Item(name).Delete();
    for (const sheet of plan.sheets) {
      const temp = `${TEMP_PREFIX}${temps.length + 1}`;
      const ws = addLast(worksheets, temp);
      temps.push(temp);
      writeSheet(app, ws, sheet);
    }
    storeBookkeeping(worksheets, stored, interimBookkeeping(before, plan.bookkeeping));
    writeMarks(worksheets, states);
    for (const [i, sheet] of plan.sheets.entries()) {
      const old = existing.get(sheet.name.toLowerCase());
      const fresh = worksheets.Item(temps[i]);
      if (old !== undefined) {
        const oldSheet = worksheets.Item(old);
        fresh.Move(oldSheet);
        oldSheet.Delete();
      }
      fresh.Name = sheet.name;
    }
    for (const name of plan.deleteSheets) {
      const old = existing.get(name.toLowerCase());
      if (old === undefined || plan.sheets.some((s) => s.name.toLowerCase() === old.toLowerCase())) continue;
      worksheets.Item(old).Delete();
    }
    storeBookkeeping(worksheets, stored, plan.bookkeeping);
    if (plan.activate) worksheets.Item(plan.activate).Activate();
  } catch (e) {
    removeTemporarySheets(worksheets);
    throw e;
  } finally {
    app.Calculation = saved.calculation;
    app.ScreenUpdating = saved.screen;
    app.DisplayAlerts = saved.alerts;
  }
}

/** After a failure: delete every temporary sheet there is (best effort; the original error is what the user sees). */
function removeTemporarySheets(worksheets: WpsSheets): void {
  try {
    for (const name of sheetNames(worksheets)) if (name.startsWith(TEMP_PREFIX)) worksheets.Item(name).Delete();
  } catch {
    // The next run removes leftovers by their prefix.
  }
}
