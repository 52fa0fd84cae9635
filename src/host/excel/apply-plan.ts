/**
 * WritePlan → the open workbook, in ONE Excel.run, deciding nothing:
 *   sync 1  sheet names;
 *   sync 2  the stored bookkeeping, and which marked cells already have a note;
 *           then every check, before anything is written (a sheet the product did not generate
 *           is never replaced or deleted);
 *   sync 3… each generated sheet into a NEW temporary sheet (calculation suspended), the interim
 *           bookkeeping, the marks, then the swap (old sheet deleted, temporary one renamed), the
 *           final bookkeeping, the sheet to show. One more sync per further ~4.5 MB of requests.
 * A failure anywhere deletes the temporary sheets, so no half-written generated sheet remains.
 */
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type WritePlan } from '../port';
import { bookkeepingTask, interimBookkeeping, storeBookkeeping, type StoredBookkeeping } from './bookkeeping';
import { finalMarkStates, noteProbeTasks, SheetCache, writeMarks } from './marks';
import type { XlNote, XlRequestContext, XlRun } from './office-api';
import { runReads } from './read-batches';
import { OPERATION_OVERHEAD, RequestBudget } from './request-budget';
import { writeSheet } from './write-sheet';
import { checkPlan, PlanRefused, TEMP_PREFIX } from '../plan-check';

export { PlanRefused, TEMP_PREFIX };


export function applyPlan(run: XlRun, plan: WritePlan): Promise<void> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    // Lower-cased name → name as written (Excel compares sheet names without case).
    const existing = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));

    const stored: StoredBookkeeping = { exists: existing.has(BOOKKEEPING_SHEET.toLowerCase()), rows: 0, bookkeeping: EMPTY_BOOKKEEPING };
    const sheets = new SheetCache(worksheets);
    const states = finalMarkStates(plan).filter((s) => existing.has(s.sheet.toLowerCase()));
    const notes = new Map<string, XlNote | null>();
    await runReads(context, [...(stored.exists ? [bookkeepingTask(worksheets, stored)] : []), ...noteProbeTasks(states, sheets, notes)]);
    const before = stored.bookkeeping;
    checkPlan(plan, existing, new Set(before.generatedSheets));

    const application = context.workbook.application;
    const budget = new RequestBudget(context, () => application.suspendApiCalculationUntilNextSync());
    const temps: string[] = [];
    try {
      for (const name of existing.values()) {
        if (!name.startsWith(TEMP_PREFIX)) continue;
        await budget.spend(OPERATION_OVERHEAD * 2);
        worksheets.getItem(name).delete();
      }
      for (const sheet of plan.sheets) {
        const temp = `${TEMP_PREFIX}${temps.length + 1}`;
        await budget.spend(OPERATION_OVERHEAD);
        const ws = worksheets.add(temp);
        temps.push(temp);
        await writeSheet(ws, sheet, budget);
      }
      await storeBookkeeping(worksheets, stored, interimBookkeeping(before, plan.bookkeeping), budget);
      await writeMarks(states, sheets, notes, budget);
      // A replaced sheet keeps its place: the new one moves in front of the old one, which is then deleted.
      const order = [...existing.values()].filter((name) => !name.startsWith(TEMP_PREFIX));
      for (const [i, sheet] of plan.sheets.entries()) {
        await budget.spend(OPERATION_OVERHEAD * 4);
        const old = existing.get(sheet.name.toLowerCase());
        const fresh = worksheets.getItem(temps[i]);
        if (old !== undefined) {
          fresh.position = order.indexOf(old);
          worksheets.getItem(old).delete();
        }
        fresh.name = sheet.name;
      }
      for (const name of plan.deleteSheets) {
        const old = existing.get(name.toLowerCase());
        if (old === undefined || plan.sheets.some((s) => s.name.toLowerCase() === old.toLowerCase())) continue;
        await budget.spend(OPERATION_OVERHEAD * 2);
        worksheets.getItem(old).delete();
      }
      await storeBookkeeping(worksheets, stored, plan.bookkeeping, budget);
      if (plan.activate) {
        await budget.spend(OPERATION_OVERHEAD * 2);
        worksheets.getItem(plan.activate).activate();
      }
      await budget.flush();
    } catch (e) {
      await removeTemporarySheets(context);
      throw e;
    }
  });
}

/** After a failure: delete every temporary sheet there is (best effort; the original error is what the user sees). */
async function removeTemporarySheets(context: XlRequestContext): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    for (const ws of worksheets.items) if (ws.name.startsWith(TEMP_PREFIX)) ws.delete();
    await context.sync();
  } catch {
    // Nothing more can be done inside this run; the next run removes leftovers by their prefix.
  }
}
