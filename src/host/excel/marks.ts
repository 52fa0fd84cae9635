/**
 * Cell marks on the member table: clear earlier marks (restore fill and note), then set new ones.
 * Each cell is written once with its final state. Notes use the Notes API (ExcelApi 1.18): legacy
 * notes are what WPS (AddComment) and the CLI (exceljs notes) read and write, so marks and the
 * user's own notes stay the same objects across hosts; threaded comments (ExcelApi 1.10) would
 * reach WPS and exceljs only as a "[Threaded comment]" placeholder note.
 */
/* The collectors returned by `queue()` read their proxies only after runReads has synced the batch
   (read-batches.ts); this rule checks source order, not the order in which the code runs. */
/* eslint-disable office-addins/call-sync-before-read */
import type { WritePlan } from '../port';
import type { ReadTask } from './read-batches';
import type { XlNote, XlWorksheet, XlWorksheetCollection } from './office-api';
import { BORDER_OVERHEAD, FORMAT_OVERHEAD, OPERATION_OVERHEAD, operationBytes, type RequestBudget } from './request-budget';

export interface CellState {
  readonly sheet: string;
  readonly cell: string;
  readonly fill: string | null;
  readonly note: string | null;
}

function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** The final fill and note of every cell the plan's marks touch (clears first, then sets). */
export function finalMarkStates(plan: Pick<WritePlan, 'clearMarks' | 'setMarks'>): CellState[] {
  const states = new Map<string, CellState>();
  for (const c of plan.clearMarks) states.set(key(c.sheet, c.cell), { sheet: c.sheet, cell: c.cell, fill: c.fill, note: c.note });
  for (const m of plan.setMarks) states.set(key(m.sheet, m.cell), { sheet: m.sheet, cell: m.cell, fill: m.fill, note: m.note });
  return [...states.values()];
}

/** Per sheet proxies, fetched once. */
export class SheetCache {
  private readonly sheets = new Map<string, XlWorksheet>();
  constructor(private readonly worksheets: XlWorksheetCollection) {}
  get(name: string): XlWorksheet {
    let ws = this.sheets.get(name);
    if (!ws) {
      ws = this.worksheets.getItem(name);
      this.sheets.set(name, ws);
    }
    return ws;
  }
}

/** Probes whether each cell already has a note (a note cannot be added twice), into `notes`. */
export function noteProbeTasks(states: readonly CellState[], sheets: SheetCache, notes: Map<string, XlNote | null>): ReadTask[] {
  return states.map((s) => ({
    request: OPERATION_OVERHEAD * 3,
    response: 64,
    queue: () => {
      const note = sheets.get(s.sheet).notes.getItemOrNullObject(s.cell);
      return () => notes.set(key(s.sheet, s.cell), note.isNullObject ? null : note);
    },
  }));
}

export async function writeMarks(states: readonly CellState[], sheets: SheetCache, notes: ReadonlyMap<string, XlNote | null>, budget: RequestBudget): Promise<void> {
  for (const s of states) {
    const range = sheets.get(s.sheet).getRange(s.cell);
    await budget.spend(operationBytes([s.sheet, s.cell, s.fill], BORDER_OVERHEAD));
    if (s.fill === null) range.format.fill.clear();
    else range.format.set({ fill: { color: s.fill } });
    const existing = notes.get(key(s.sheet, s.cell)) ?? null;
    if (s.note === null && existing === null) continue;
    await budget.spend(operationBytes([s.sheet, s.cell, s.note], FORMAT_OVERHEAD));
    if (s.note === null) existing?.delete();
    else if (existing) existing.content = s.note;
    else sheets.get(s.sheet).notes.add(s.cell, s.note);
  }
}
