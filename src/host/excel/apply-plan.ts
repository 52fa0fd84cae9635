/**
 * WritePlan → the open workbook, in ONE Excel.run, deciding nothing:
 *   sync 1  what the compiler and the marks need: sheet names, workbook protection, the stored
 *           bookkeeping (when the last read saw its sheet), which marked cells hold a note, the
 *           protection of the sheets that get marks, the threaded comments;
 *           (one more sync only when the bookkeeping sheet appeared since the last read, or when
 *           the workbook holds threaded comments, to learn their cells)
 *   then    the shared compiler (../shared/compile-plan.ts): every check, before anything is
 *           written, and the ordered operations;
 *   sync 2… the operations as write actions in requests under the budget (write-batches.ts).
 * A failure anywhere deletes the temporary sheets, so no half-written generated sheet remains.
 */
/* The collectors of the pre-read run only after runReads has synced the batch (read-batches.ts);
   these rules check source order, not the order in which the code runs. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type ApplyResult, type Bookkeeping, type WritePlan } from '../port';
import { compilePlan, finalMarkStates, hostMessage, localAddress, parseBookkeepingGrid, PlanRefused, sheetOfAddress, TEMP_PREFIX } from '../shared';
import type { XlComment, XlNote, XlProtection, XlRequestContext, XlRun, XlWorkbook } from './office-api';
import { runReads, type ReadTask } from './read-batches';
import { cellValue } from './read-tasks';
import { OPERATION_OVERHEAD } from './request-budget';
import { markKey, writeActions, type MarkFacts, type WriteAction } from './write-actions';
import { runWrites } from './write-batches';

export { PlanRefused, TEMP_PREFIX };

/** What the host knows from its last read: whether the bookkeeping sheet was there (a hint, checked against the names). */
export interface ReadHint {
  bookkeeping: boolean | null;
}

interface PreRead {
  names: string[];
  /** A sheet of the bookkeeping's name that is not very hidden: the user's, never written (issue 10 point 10). */
  bookkeepingTaken?: boolean;
  workbookProtected: boolean;
  stored: Bookkeeping;
  storedRows: number;
  storedRead: boolean;
  readonly notes: Map<string, XlNote>;
  readonly protectedSheets: Set<string>;
  comments: XlComment[];
  readonly threaded: Set<string>;
}

function bookkeepingTask(workbook: XlWorkbook, into: PreRead): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 3,
    response: 1024 * 1024,
    queue: () => {
      const used = workbook.worksheets.getItem(BOOKKEEPING_SHEET).getUsedRangeOrNullObject(true);
      used.load('values,rowIndex,rowCount');
      return () => {
        into.storedRead = true;
        if (used.isNullObject) return;
        into.storedRows = used.rowIndex + used.rowCount;
        const padding = Array.from({ length: used.rowIndex }, () => []);
        into.stored = parseBookkeepingGrid([...padding, ...used.values.map((row) => row.map(cellValue))]);
      };
    },
  };
}

function firstTasks(workbook: XlWorkbook, plan: WritePlan, into: PreRead, hint: ReadHint): ReadTask[] {
  const marked = finalMarkStates(plan);
  const sheets = [...new Set(marked.map((m) => m.sheet))];
  const tasks: ReadTask[] = [
    {
      request: OPERATION_OVERHEAD * 3,
      response: 64 * 1024,
      queue: () => {
        const worksheets = workbook.worksheets;
        worksheets.load('items/name,items/visibility');
        const protection = workbook.protection;
        protection.load('protected');
        const comments = workbook.comments;
        comments.load('items/id');
        return () => {
          into.names = worksheets.items.map((ws) => ws.name);
          into.bookkeepingTaken = worksheets.items.some((ws) => ws.name.toLowerCase() === BOOKKEEPING_SHEET.toLowerCase() && ws.visibility !== 'VeryHidden');
          into.workbookProtected = protection.protected;
          into.comments = comments.items;
        };
      },
    },
    // The marks' sheets come from the snapshot just read; were one deleted since, this read fails and nothing is written.
    ...sheets.map((sheet): ReadTask => ({
      request: OPERATION_OVERHEAD * 2,
      response: 64,
      queue: () => {
        const protection: XlProtection = workbook.worksheets.getItem(sheet).protection;
        protection.load('protected');
        return () => void (protection.protected && into.protectedSheets.add(sheet));
      },
    })),
    ...marked.map((m): ReadTask => ({
      request: OPERATION_OVERHEAD * 3,
      response: 64,
      queue: () => {
        const note = workbook.worksheets.getItem(m.sheet).notes.getItemOrNullObject(m.cell);
        return () => void (note.isNullObject || into.notes.set(markKey(m.sheet, m.cell), note));
      },
    })),
  ];
  if (hint.bookkeeping === true) tasks.push(bookkeepingTask(workbook, into));
  return tasks;
}

function commentTasks(comments: readonly XlComment[], marked: ReadonlySet<string>, into: PreRead): ReadTask[] {
  return comments.map((comment) => ({
    request: OPERATION_OVERHEAD * 2,
    response: 128,
    queue: () => {
      const location = comment.getLocation();
      location.load('address');
      return () => {
        const key = markKey(sheetOfAddress(location.address), localAddress(location.address));
        if (marked.has(key)) into.threaded.add(key);
      };
    },
  }));
}

export function applyPlan(run: XlRun, plan: WritePlan, hint: ReadHint = { bookkeeping: null }): Promise<ApplyResult> {
  return run(async (context) => {
    const workbook = context.workbook;
    const pre: PreRead = { names: [], workbookProtected: false, stored: EMPTY_BOOKKEEPING, storedRows: 0, storedRead: false, notes: new Map(), protectedSheets: new Set(), comments: [], threaded: new Set() };
    await runReads(context, firstTasks(workbook, plan, pre, hint));
    const hasBookkeeping = pre.names.some((n) => n.toLowerCase() === BOOKKEEPING_SHEET.toLowerCase()) && pre.bookkeepingTaken !== true;
    const marked = new Set(finalMarkStates(plan).map((m) => markKey(m.sheet, m.cell)));
    const second = [...(hasBookkeeping && !pre.storedRead ? [bookkeepingTask(workbook, pre)] : []), ...(marked.size > 0 ? commentTasks(pre.comments, marked, pre) : [])];
    if (second.length > 0) await runReads(context, second);
    hint.bookkeeping = hasBookkeeping;

    const ops = compilePlan(plan, {
      sheets: pre.names,
      stored: hasBookkeeping ? pre.stored : EMPTY_BOOKKEEPING,
      storedRows: hasBookkeeping ? pre.storedRows : 0,
      workbookProtected: pre.workbookProtected,
      protectedSheets: [...pre.protectedSheets],
      bookkeepingTaken: pre.bookkeepingTaken === true,
    });
    const facts: MarkFacts = { notes: pre.notes, threaded: pre.threaded };
    const actions: WriteAction[] = ops.flatMap((op) => writeActions(op, facts));
    try {
      await runWrites(context, actions);
    } catch (e) {
      await removeTemporarySheets(context);
      throw e;
    }
    return { notes: threadedNotes(pre.threaded) };
  });
}

/** One line per sheet naming the cells that kept their threaded comment and got only the fill. */
function threadedNotes(threaded: ReadonlySet<string>): string[] {
  const bySheet = new Map<string, string[]>();
  for (const key of threaded) {
    const [sheet, cell] = key.split('\u0000');
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), cell]);
  }
  return [...bySheet].map(([sheet, cells]) => hostMessage('host.threaded_comment', { sheet, cells: cells.join('、') }));
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
