/**
 * WritePlan → exceljs Workbook, in memory, deciding nothing: the facts the shared compiler needs
 * (sheet names in tab order, the stored bookkeeping, protected sheets), then the compiled
 * operations (../shared/compile-plan.ts), the same list the Excel and WPS hosts carry out. Every
 * check runs before the first write, so a refused plan leaves the workbook as it was.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, NOTHING_TO_ADD, type ApplyResult, type Bookkeeping, type WritePlan } from '../port';
import { compilePlan, parseBookkeepingGrid, PlanRefused } from '../shared';
import { sheetFingerprint } from '../../core';
import { readSheet } from './read-snapshot';
import { runOps } from './run-ops';

export function applyPlan(workbook: Workbook, plan: WritePlan): ApplyResult {
  const keeping = workbook.getWorksheet(BOOKKEEPING_SHEET);
  const stored = storedBookkeeping(workbook);
  // A generated sheet is replaced only while its content is what the product wrote (issue 10 point 10).
  for (const name of [...plan.sheets.map((s) => s.name), ...plan.deleteSheets]) {
    const ws = workbook.getWorksheet(name);
    if (ws && !provenOurs(ws, stored)) throw new PlanRefused(plan.deleteSheets.includes(name) ? 'plan.delete_user_sheet' : 'plan.user_sheet', { sheet: name });
  }
  const ops = compilePlan(plan, {
    sheets: workbook.worksheets.map((ws) => ws.name),
    stored,
    storedRows: keeping && keeping.state === 'veryHidden' ? keeping.rowCount : 0,
    protectedSheets: workbook.worksheets.filter(isProtected).map((ws) => ws.name),
    bookkeepingTaken: keeping !== undefined && keeping.state !== 'veryHidden',
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
  return ws && ws.state === 'veryHidden' ? parseBookkeepingGrid(readSheet(ws).values) : EMPTY_BOOKKEEPING;
}

/** Whether the sheet is still exactly what the product wrote: listed as generated, its fingerprint matching the stored one. */
function provenOurs(ws: Worksheet, stored: Bookkeeping): boolean {
  const expected = stored.fingerprints?.[ws.name];
  if (!stored.generatedSheets.includes(ws.name) || expected === undefined) return false;
  const sheet = readSheet(ws);
  return sheetFingerprint(sheet.values, sheet.merges) === expected;
}
