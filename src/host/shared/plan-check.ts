/**
 * Every check a host makes before anything is written, the same in Excel, WPS and the .xlsx files:
 * a sheet the product did not generate is never replaced or deleted; names are valid and not
 * reserved; every address and colour of the plan parses. Refusals are PlanRefused (host-error.ts).
 */
import { parseRange } from '../../core';
import { BOOKKEEPING_SHEET, type SheetPlan, type WritePlan } from '../port';
import { PlanRefused } from './host-error';

/** Temporary sheets are named with this prefix; leftovers of an interrupted run are removed by the next one. */
export const TEMP_PREFIX = '_履职统计_临时_';
const INVALID_NAME = /[:\\/?*[\]]/;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;

export function validSheetName(name: string): boolean {
  return !(name.trim() === '' || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'"));
}

/**
 * `existing`: the workbook's sheet names; `generated`: the names the stored bookkeeping lists.
 * Sheet names compare without case, as in Excel and WPS.
 */
export function checkPlan(plan: WritePlan, existing: Iterable<string>, generated: Iterable<string>): void {
  const lower = (s: string): string => s.toLowerCase();
  const present = new Set([...existing].map(lower));
  const ours = new Set([...generated].map(lower));
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    const { name } = sheet;
    if (!validSheetName(name)) throw new PlanRefused('plan.sheet_name', { sheet: name });
    if (lower(name) === lower(BOOKKEEPING_SHEET) || name.startsWith(TEMP_PREFIX)) throw new PlanRefused('plan.reserved', { sheet: name });
    if (seen.has(lower(name))) throw new PlanRefused('plan.duplicate', { sheet: name });
    seen.add(lower(name));
    if (present.has(lower(name)) && !ours.has(lower(name))) throw new PlanRefused('plan.user_sheet', { sheet: name });
    checkSheetContents(sheet);
  }
  for (const name of plan.deleteSheets) {
    if (present.has(lower(name)) && !ours.has(lower(name))) throw new PlanRefused('plan.delete_user_sheet', { sheet: name });
  }
  for (const m of [...plan.clearMarks, ...plan.setMarks]) {
    if (!parseRange(m.cell)) throw new PlanRefused('plan.bad_range', { sheet: m.sheet, address: m.cell });
    for (const colour of [m.fill]) if (colour !== null && !COLOUR.test(colour)) throw new PlanRefused('plan.bad_colour', { sheet: m.sheet, colour });
  }
  if (plan.activate && !seen.has(lower(plan.activate)) && !present.has(lower(plan.activate))) throw new PlanRefused('plan.activate_missing', { sheet: plan.activate });
}

function checkSheetContents(sheet: SheetPlan): void {
  const range = (address: string): void => {
    if (!parseRange(address)) throw new PlanRefused('plan.bad_range', { sheet: sheet.name, address });
  };
  const colour = (c: string | undefined): void => {
    if (c !== undefined && !COLOUR.test(c)) throw new PlanRefused('plan.bad_colour', { sheet: sheet.name, colour: c });
  };
  for (const run of sheet.styles) {
    range(run.range);
    colour(run.style.fill);
    colour(run.style.font?.color);
  }
  sheet.merges.forEach(range);
  for (const link of sheet.hyperlinks) {
    range(link.cell);
    range(link.target);
  }
  for (const c of sheet.conditionalFills ?? []) {
    range(c.range);
    colour(c.fill);
  }
  if (sheet.pageSetup?.printArea) range(sheet.pageSetup.printArea);
  for (const v of sheet.validations ?? []) {
    range(v.range);
    if (!Number.isInteger(v.min)) throw new PlanRefused('plan.bad_range', { sheet: sheet.name, address: v.range });
  }
  (sheet.protection?.unlocked ?? []).forEach(range);
  colour(sheet.tabColor);
}
