/** A step result to send from the worker to the page: the plan was applied in the worker, so its sheets travel as names only. */
import type { StepResult } from '../host/workflow';

export function lightResult(result: StepResult): StepResult {
  if (!result.ok) return result;
  const { outcome } = result;
  const sheets = outcome.plan.sheets.map((s) => ({ name: s.name, values: [], styles: [], merges: [], columnWidths: [], rowHeights: [], hyperlinks: [], pageBreaks: [] }));
  return { ok: true, outcome: { ...outcome, plan: { ...outcome.plan, sheets } } };
}
