/**
 * Every check a spreadsheet host (Excel, WPS) makes before anything is written: a sheet the product
 * did not generate is never replaced or deleted; names are valid and not reserved.
 */
import { BOOKKEEPING_SHEET, type WritePlan } from './port';

/** Temporary sheets are named with this prefix; leftovers of an interrupted run are removed by the next one. */
export const TEMP_PREFIX = '_履职统计_临时_';
const INVALID_NAME = /[:\\/?*[\]]/;

/** A plan the host refuses to apply; the message is for the user. */
export class PlanRefused extends Error {
  override readonly name = 'PlanRefused';
}

/** `existing`: lower-cased name → name as written (sheet names compare without case). */
export function checkPlan(plan: WritePlan, existing: ReadonlyMap<string, string>, generated: Iterable<string>): void {
  const lower = (s: string): string => s.toLowerCase();
  const ours = new Set([...generated].map(lower));
  const seen = new Set<string>();
  for (const { name } of plan.sheets) {
    if (name.trim() === '' || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new PlanRefused(`工作表名「${name}」无效：最多 31 个字符，不能为空，不能包含 : \\ / ? * [ ]。`);
    }
    if (lower(name) === lower(BOOKKEEPING_SHEET) || name.startsWith(TEMP_PREFIX)) throw new PlanRefused(`工作表名「${name}」为本加载项内部保留。`);
    if (seen.has(lower(name))) throw new PlanRefused(`工作表「${name}」在本次结果中重复。`);
    seen.add(lower(name));
    if (existing.has(lower(name)) && !ours.has(lower(name))) {
      throw new PlanRefused(`工作表「${name}」是您自己的工作表，不是本加载项生成的；为保护您的数据，未写入任何内容。`);
    }
  }
  for (const name of plan.deleteSheets) {
    if (existing.has(lower(name)) && !ours.has(lower(name))) throw new PlanRefused(`工作表「${name}」不是本加载项生成的，不能删除；未写入任何内容。`);
  }
  if (plan.activate && !seen.has(lower(plan.activate)) && !existing.has(lower(plan.activate))) {
    throw new PlanRefused(`要显示的工作表「${plan.activate}」不存在。`);
  }
}
