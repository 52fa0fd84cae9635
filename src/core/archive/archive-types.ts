/**
 * The term archive (履职档案, CONTRACT.md §9): one record per member and year. A member's records
 * of several years are tied by the archive number (档案编号, `person`), which the archive keeps;
 * matching (match-members.ts) gives a member of a new year the number of an earlier record.
 */
import type { MemberStatus } from '../types';

export interface ArchiveRecord {
  readonly year: number;
  /** 档案编号 (D0001…): the same person across years; '' until matched. */
  readonly person: string;
  readonly name: string;
  readonly memberId: string | null;
  readonly unit: string | null;
  readonly sector: string | null;
  readonly committee: string | null;
  readonly liaisonGroup: string | null;
  readonly role: string | null;
  /** Counts by item key; an item not recorded that year is absent (never a silent 0). */
  readonly counts: Readonly<Record<string, number>>;
  /** null for pending members (待核实) and where a source had no score. */
  readonly score: number | null;
  readonly grade: string | null;
  readonly status: MemberStatus;
}

export interface Archive {
  /** Sorted by year, then in the order each year was written. */
  readonly records: readonly ArchiveRecord[];
  /** The Chinese label of each count key, as last written. */
  readonly labels: ReadonlyMap<string, string>;
}

export const EMPTY_ARCHIVE: Archive = { records: [], labels: new Map() };

/** Years held, ascending. */
export function archiveYears(archive: Archive): number[] {
  return [...new Set(archive.records.map((r) => r.year))].sort((a, b) => a - b);
}

/** The archive with every record of `year` replaced by `records` (a year is never duplicated). */
export function replaceYear(archive: Archive, year: number, records: readonly ArchiveRecord[], labels: ReadonlyMap<string, string>): Archive {
  const kept = archive.records.filter((r) => r.year !== year);
  const all = [...kept, ...records];
  // Stable: years ascending, each year's own order kept.
  const ordered = all.map((r, i) => ({ r, i })).sort((a, b) => a.r.year - b.r.year || a.i - b.i).map((x) => x.r);
  const merged = new Map(archive.labels);
  for (const [k, v] of labels) merged.set(k, v);
  return { records: ordered, labels: merged };
}

/** Names compare without white space (CONTRACT.md §2). */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '');
}

/** Units compare without white space and brackets' width differences. */
export function unitKey(unit: string | null): string {
  return (unit ?? '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}
