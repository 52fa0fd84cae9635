/**
 * WritePlan → the active WPS workbook, deciding nothing: the facts the shared compiler needs (sheet
 * names, the stored bookkeeping, protection), then the compiled operations (../shared/compile-plan.ts)
 * carried out by run-ops.ts with calculation manual, screen updating and alerts off (restored in
 * `finally`). A failure anywhere deletes the temporary sheets, so no half-written generated sheet
 * remains; a refused plan writes nothing.
 */
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, NOTHING_TO_ADD, type ApplyResult, type Bookkeeping, type WritePlan } from '../port';
import { compilePlan, finalMarkStates, parseBookkeepingGrid, TEMP_PREFIX } from '../shared';
import { activeWorkbook, usedValues } from './read-snapshot';
import { runOps } from './run-ops';
import { XL_CALCULATION_MANUAL, XL_SHEET_VERY_HIDDEN, type WpsApplication, type WpsSheets } from './wps-api';

function sheetNames(worksheets: WpsSheets): string[] {
  const names: string[] = [];
  for (let i = 1; i <= worksheets.Count; i++) names.push(worksheets.Item(i).Name);
  return names;
}

function readStored(worksheets: WpsSheets, names: readonly string[]): { stored: Bookkeeping; rows: number; taken?: boolean } {
  if (!names.includes(BOOKKEEPING_SHEET)) return { stored: EMPTY_BOOKKEEPING, rows: 0 };
  // A sheet of that name the user can see is the user's: never written (issue 10 point 10).
  if (worksheets.Item(BOOKKEEPING_SHEET).Visible !== XL_SHEET_VERY_HIDDEN) return { stored: EMPTY_BOOKKEEPING, rows: 0, taken: true };
  const { values } = usedValues(worksheets.Item(BOOKKEEPING_SHEET));
  return { stored: parseBookkeepingGrid(values), rows: values.length };
}

export function applyPlan(app: WpsApplication, plan: WritePlan): ApplyResult {
  const workbook = activeWorkbook(app);
  const worksheets = workbook.Worksheets;
  const names = sheetNames(worksheets);
  const { stored, rows, taken } = readStored(worksheets, names);
  const present = new Set(names);
  const markSheets = [...new Set(finalMarkStates(plan).map((m) => m.sheet))].filter((s) => present.has(s));
  const ops = compilePlan(plan, {
    sheets: names,
    stored,
    storedRows: rows,
    bookkeepingTaken: taken === true,
    workbookProtected: workbook.ProtectStructure === true,
    protectedSheets: [...markSheets, ...(present.has(BOOKKEEPING_SHEET) ? [BOOKKEEPING_SHEET] : [])].filter((s) => worksheets.Item(s).ProtectContents === true),
  });

  const saved = { screen: app.ScreenUpdating, calculation: app.Calculation, alerts: app.DisplayAlerts };
  app.ScreenUpdating = false;
  app.Calculation = XL_CALCULATION_MANUAL;
  app.DisplayAlerts = false;
  try {
    runOps(app, worksheets, ops);
  } catch (e) {
    removeTemporarySheets(worksheets);
    throw e;
  } finally {
    app.Calculation = saved.calculation;
    app.ScreenUpdating = saved.screen;
    app.DisplayAlerts = saved.alerts;
  }
  return NOTHING_TO_ADD;
}

/** After a failure: delete every temporary sheet there is (best effort; the original error is what the user sees). */
function removeTemporarySheets(worksheets: WpsSheets): void {
  try {
    for (const name of sheetNames(worksheets)) if (name.startsWith(TEMP_PREFIX)) worksheets.Item(name).Delete();
  } catch {
    // The next run removes leftovers by their prefix.
  }
}
