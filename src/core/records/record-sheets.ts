/**
 * Where the office's own records are (CONTRACT.md §8): the sheets 「活动记录」 and 「提案登记」 of
 * the workbook, or of a records file given with `run --records`. They are input only: never a
 * member table (inputs.ts excludes them), never written, never marked.
 */
import type { SheetSnapshot, Snapshot } from '../snapshot';
import { compact } from '../table/text';

export const ACTIVITY_SHEET = '活动记录';
export const PROPOSAL_SHEET = '提案登记';

/** The records a run reads: where they came from and their two sheets (either may be missing). */
export interface RecordsSource {
  readonly origin: 'sheet' | 'file';
  /** The records file's name (origin "file"), else null. */
  readonly file: string | null;
  readonly activity: SheetSnapshot | null;
  readonly proposals: SheetSnapshot | null;
}

/** A records file as a host read it (`run --records <file.xlsx>`). */
export interface RecordsFile {
  readonly fileName: string;
  readonly snapshot: Snapshot;
}

function sheetNamed(snapshot: Snapshot, name: string): SheetSnapshot | null {
  return snapshot.sheets.find((s) => compact(s.name) === name) ?? null;
}

/** The names of a workbook's records sheets (white space in a sheet's name ignored). */
export function recordSheetNames(snapshot: Snapshot): string[] {
  return [ACTIVITY_SHEET, PROPOSAL_SHEET].flatMap((n) => {
    const s = sheetNamed(snapshot, n);
    return s === null ? [] : [s.name];
  });
}

/** The records of a run: a records file wins over the workbook's own sheets; null when there are none. */
export function recordsSource(snapshot: Snapshot, file?: RecordsFile | null): RecordsSource | null {
  const from = file ?? null;
  const book = from === null ? snapshot : from.snapshot;
  const activity = sheetNamed(book, ACTIVITY_SHEET);
  const proposals = sheetNamed(book, PROPOSAL_SHEET);
  if (activity === null && proposals === null) return null;
  return { origin: from === null ? 'sheet' : 'file', file: from === null ? null : from.fileName, activity, proposals };
}
