/**
 * WritePlan → exceljs Workbook, in memory, deciding nothing: the facts the shared compiler needs
 * (sheet names in tab order, the stored bookkeeping, protected sheets), then the compiled
 * operations (../shared/compile-plan.ts), the same list the Excel and WPS hosts carry out. Every
 * check runs before the first write, so a refused plan leaves the workbook as it was.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, NOTHING_TO_ADD, type ApplyResult, type Bookkeeping, type WritePlan } from '../port';
import { compilePlan, parseBookkeepingGrid } from '../shared';
import { readSheet } from './read-snapshot';
import { runOps } from './run-ops';

export function applyPlan(workbook: Workbook, plan: WritePlan): ApplyResult {
  const keeping = workbook.getWorksheet(BOOKKEEPING_SHEET);
  const ops = compilePlan(plan, {
    sheets: workbook.worksheets.map((ws) => ws.name),
    stored: storedBookkeeping(workbook),
    storedRows: keeping ? keeping.rowCount : 0,
    protectedSheets: workbook.worksheets.filter(isProtected).map((ws) => ws.name),
  });
  runOps(workbook, ops);
  return NOTHING_TO_ADD;
}

/** A sheet whose contents the file protects (`<sheetProtection sheet="1">`). */
function isProtected(ws: Worksheet): boolean {
  const protection = (ws as Worksheet & { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return protection?.sheet === true;
}

/** The bookkeeping currently stored in the workbook (EMPTY when absent or garbled). */
export function storedBookkeeping(workbook: Workbook): Bookkeeping {
  const ws = workbook.getWorksheet(BOOKKEEPING_SHEET);
  return ws ? parseBookkeepingGrid(readSheet(ws).values) : EMPTY_BOOKKEEPING;
}
