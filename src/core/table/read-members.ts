// STUB (helper core-table implements): read member rows with every normalisation rule and finding.
import type { SheetSnapshot } from '../snapshot';
import type { Finding, MemberRecord, TableLocation } from '../types';

export interface ReadResult {
  /** Every member row in table order, including those with errors (they become pending). */
  readonly members: readonly MemberRecord[];
  /** name.missing, member.duplicate, member.same_name, value.*, row.subtotal_skipped, row.hidden. */
  readonly findings: readonly Finding[];
  /** Rows pending without an error finding of their own (the first occurrence of a duplicate member). */
  readonly pendingRows: ReadonlySet<number>;
}

export function readMembers(sheet: SheetSnapshot, location: TableLocation): ReadResult {
  void sheet;
  void location;
  throw new Error('not implemented');
}
