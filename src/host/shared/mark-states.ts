/**
 * Marks as every host carries them out: each marked cell once, with its final fill and note (the
 * clears of earlier marks first, then the new ones), and the bookkeeping to store while a plan is
 * being applied, so a failure half-way never leaves a mark or sheet the bookkeeping does not know.
 */
import type { Bookkeeping, MarkRecord, WritePlan } from '../port';

/** The state a marked cell ends in. */
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

/** Every sheet and mark of before and after (after's record wins for a cell in both). */
export function interimBookkeeping(before: Bookkeeping, after: Bookkeeping): Bookkeeping {
  const marks = new Map<string, MarkRecord>();
  for (const m of [...before.marks, ...after.marks]) marks.set(key(m.sheet, m.cell), m);
  // Sheets of before keep their fingerprints only where after does not rewrite them (issue 10 point 10).
  const fingerprints: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, before.fingerprints ?? {}, after.fingerprints ?? {});
  return { generatedSheets: [...new Set([...before.generatedSheets, ...after.generatedSheets])], fingerprints, marks: [...marks.values()] };
}

export function isEmptyBookkeeping(b: Bookkeeping): boolean {
  return b.generatedSheets.length === 0 && b.marks.length === 0;
}
