// STUB (helper core-output implements): cell marks on the member table (CONTRACT.md section 5).
import type { MarkClear } from '../plan';
import type { MarkRecord, SheetSnapshot, Snapshot } from '../snapshot';
import type { Finding } from '../types';

export const MARK_FILL = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

export interface MarkPlan {
  /** Every earlier mark, restored to what the cell had before. */
  readonly clear: readonly MarkClear[];
  /** New marks for error and warning findings with a cell on the member sheet. */
  readonly set: readonly MarkRecord[];
}

/**
 * Plans marks: earlier marks (snapshot.bookkeeping.marks) are cleared; each error/warning cell
 * of `sheet` gets the fill of its most severe finding and a note with the messages; a new
 * mark's previous fill/note is the earlier mark's previous state when the cell was marked before,
 * else the cell's current fill/note in the snapshot. `findings` empty → only clearing.
 */
export function planMarks(snapshot: Snapshot, sheet: SheetSnapshot | null, findings: readonly Finding[]): MarkPlan {
  void snapshot;
  void sheet;
  void findings;
  throw new Error('not implemented');
}
