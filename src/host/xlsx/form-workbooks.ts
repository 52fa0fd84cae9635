/** The workbooks of issue 12 as .xlsx bytes, for the command line and the playground alike: the fill-in form and the merged summary. */
import { EMPTY_BOOKKEEPING, formTemplatePlan, type FormIdentity, type MergeOutcome, type Method } from '../../core';
import { applyPlan } from './apply-plan';
import { newWorkbook } from './exceljs-fixes';
import { workbookBytes } from './xlsx-host';

/** One fill-in form (the sheet is the member's to fill in: not recorded as a generated sheet). */
export async function formBytes(method: Method, member: FormIdentity | null): Promise<Uint8Array> {
  const workbook = newWorkbook();
  applyPlan(workbook, { sheets: [formTemplatePlan(method, member)], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING });
  return workbookBytes(workbook);
}

/** The merged summary: 委员履职情况统计表 and 收集情况, plain user sheets (the member table is `run`'s input). */
export async function mergeWorkbookBytes(outcome: MergeOutcome): Promise<Uint8Array> {
  const workbook = newWorkbook();
  applyPlan(workbook, outcome.plan);
  return workbookBytes(workbook);
}
