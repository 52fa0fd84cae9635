/**
 * Where the product keeps its Bookkeeping: a very hidden worksheet BOOKKEEPING_SHEET, in the grid
 * layout of ../bookkeeping-grid.ts (shared by every host).
 *
 * Why a very hidden sheet, and not the alternatives:
 * - it is ordinary workbook content: it survives save and reopen in every format and client;
 * - Excel on the web supports it (Worksheet.visibility, ExcelApi 1.1), and users cannot unhide
 *   it by accident from the sheet-tab menu;
 * - WPS (Worksheets.Item, Range.Value2) and exceljs (the CLI) read and write it the same way, so a
 *   workbook run in Excel, then in WPS or the CLI, keeps its generated sheets and marks;
 * - worksheet custom properties (ExcelApi 1.12) are not exposed by the WPS JS API nor written by
 *   exceljs, and document settings (Office.context.document.settings) live in the add-in's
 *   web-extension part, keyed to this add-in, invisible to WPS and the CLI.
 */
/* The collectors returned by `queue()` read their proxies only after runReads has synced the batch
   (read-batches.ts); these two rules check source order, not the order in which the code runs. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
import { BOOKKEEPING_SHEET, type Bookkeeping, type MarkRecord } from '../port';
import { BOOKKEEPING_HEADER, bookkeepingGrid, parseBookkeepingGrid } from '../bookkeeping-grid';
import type { XlWorksheetCollection } from './office-api';
import type { ReadTask } from './read-batches';
import { cellValue } from './read-tasks';
import { OPERATION_OVERHEAD, type RequestBudget } from './request-budget';
import { writeValues } from './write-values';

export const BOOKKEEPING_COLUMNS = BOOKKEEPING_HEADER.length;

/** What the writer knows of the stored sheet: whether it exists and how many rows it holds. */
export interface StoredBookkeeping {
  exists: boolean;
  rows: number;
  bookkeeping: Bookkeeping;
}

/** Loads the stored bookkeeping (the sheet is known to exist). */
export function bookkeepingTask(worksheets: XlWorksheetCollection, into: StoredBookkeeping): ReadTask {
  return {
    request: OPERATION_OVERHEAD * 3,
    response: 1024 * 1024,
    queue: () => {
      const used = worksheets.getItem(BOOKKEEPING_SHEET).getUsedRangeOrNullObject(true);
      used.load('values,rowIndex,rowCount');
      return () => {
        if (used.isNullObject) return;
        into.rows = used.rowIndex + used.rowCount;
        const padding = Array.from({ length: used.rowIndex }, () => []);
        into.bookkeeping = parseBookkeepingGrid([...padding, ...used.values.map((row) => row.map(cellValue))]);
      };
    },
  };
}

/**
 * Stores `bookkeeping` (replacing what is there); an empty one removes the sheet, as the other
 * hosts do. Updates `stored` to what the sheet will hold once the queue is synced.
 */
export async function storeBookkeeping(worksheets: XlWorksheetCollection, stored: StoredBookkeeping, bookkeeping: Bookkeeping, budget: RequestBudget): Promise<void> {
  if (bookkeeping.generatedSheets.length === 0 && bookkeeping.marks.length === 0) {
    if (stored.exists) {
      await budget.spend(OPERATION_OVERHEAD * 2);
      worksheets.getItem(BOOKKEEPING_SHEET).delete();
    }
    Object.assign(stored, { exists: false, rows: 0, bookkeeping });
    return;
  }
  await budget.spend(OPERATION_OVERHEAD * 3);
  const ws = stored.exists ? worksheets.getItem(BOOKKEEPING_SHEET) : worksheets.add(BOOKKEEPING_SHEET);
  if (!stored.exists) ws.visibility = 'VeryHidden';
  const grid = bookkeepingGrid(bookkeeping);
  await writeValues(ws, grid, budget);
  if (stored.rows > grid.length) {
    await budget.spend(OPERATION_OVERHEAD * 2);
    ws.getRangeByIndexes(grid.length, 0, stored.rows - grid.length, BOOKKEEPING_COLUMNS).clear();
  }
  Object.assign(stored, { exists: true, rows: grid.length, bookkeeping });
}

/**
 * What to store while a plan is being applied: every sheet and mark of before and after, so that a
 * failure half-way never leaves a mark or a generated sheet the bookkeeping does not know about.
 */
export function interimBookkeeping(before: Bookkeeping, after: Bookkeeping): Bookkeeping {
  const marks = new Map<string, MarkRecord>();
  for (const m of [...before.marks, ...after.marks]) marks.set(`${m.sheet}\u0000${m.cell}`, m);
  return { generatedSheets: [...new Set([...before.generatedSheets, ...after.generatedSheets])], marks: [...marks.values()] };
}
