/**
 * The term archive in a year-end run (CONTRACT.md §9): read the archive the workbook holds and the
 * clerk's settlements, match this year's members to it, give conditions their `prev.*` / `term.*`
 * values, and build the archive with this year replaced.
 */
import { finding } from '../findings';
import { SHEETS } from '../sheet-names';
import type { Snapshot } from '../snapshot';
import type { Finding, MemberRecord, MemberResult, Method } from '../types';
import type { ExtraValues } from '../evaluate/variables';
import type { KnownSoFar } from '../evaluate/score';
import { replaceYear, type Archive, type ArchiveRecord } from './archive-types';
import { matchMembers, type Doubt } from './match-members';
import { readWorkbookArchive } from './read-archive';
import { readSettlements } from './settlements';
import { historiesByPerson, historyAt, termValues, type MemberHistory } from './term-values';

export interface TermRun {
  readonly archive: Archive;
  readonly personOf: (m: MemberRecord) => string | null;
  readonly historyOf: (m: MemberRecord) => MemberHistory;
  /** Values of prev/term names for a member, with what is known of this year so far. */
  readonly extra: (m: MemberRecord, known: KnownSoFar) => ExtraValues;
  /** The same with this year's final score and grade. */
  readonly finalOf: (m: MemberResult) => ExtraValues;
  readonly doubts: readonly Doubt[];
  /** Reading and matching findings. */
  readonly findings: readonly Finding[];
  /** term.sum over a year that did not record the item: one info finding per item and year (after evaluation). */
  missingItems(): Finding[];
  /** Whether the clerk has written a settlement in 「档案匹配」 (then it is the clerk's sheet, never rewritten). */
  readonly settlementsFilled: boolean;
  /** Whether any current member has an earlier year in the archive. */
  readonly hasEarlier: boolean;
}

export interface TermRunArgs {
  readonly snapshot: Snapshot;
  readonly proven: ReadonlySet<string>;
  /** This year's members in table order; `skipRows` are left out of the archive (repeated rows). */
  readonly members: readonly MemberRecord[];
  readonly skipRows: ReadonlySet<number>;
  readonly year: number;
  readonly method: Method;
  readonly sheet: string;
  /** Labels of item keys for term.sum's note. */
  readonly labelOf: (key: string) => string;
}

export function prepareTerm(args: TermRunArgs): TermRun {
  const matchSheetSnapshot = args.snapshot.sheets.find((s) => s.name === SHEETS.archiveMatch) ?? null;
  const settled = readSettlements(matchSheetSnapshot);
  const read = readWorkbookArchive(args.snapshot, args.proven, settled.settlements);
  const archived = args.members.filter((m) => !args.skipRows.has(m.row));
  const match = matchMembers(
    read.archive.records,
    archived.map((m) => ({ year: args.year, name: m.name, memberId: m.memberId, unit: m.unit, place: { sheet: args.sheet, cell: m.nameCell, row: m.row, member: m.name } })),
    settled.settlements,
  );
  const persons = new Map<number, string>(archived.map((m, i) => [m.row, match.persons[i]]));
  const historyOf = historyLookup(persons, historiesByPerson(read.archive.records), args.year, args.method.term?.since ?? null);
  const missing = new Map<string, Set<number>>();
  const onMissing = missingTracker(missing);
  return {
    archive: read.archive,
    personOf: (m) => persons.get(m.row) ?? null,
    historyOf,
    ...valuesOf(historyOf, onMissing),
    doubts: match.doubts,
    findings: [...settled.findings, ...read.findings, ...match.findings],
    missingItems: () =>
      [...missing].map(([key, years]) =>
        finding('archive.item_missing', { sheet: SHEETS.archive, cell: null, row: null, member: null }, { item: key, label: args.labelOf(key), years: [...years].sort((a, b) => a - b).join('、') }),
      ),
    settlementsFilled: settled.filled,
    hasEarlier: archived.some((m) => historyOf(m).earlier.length > 0),
  };
}

/*
 * The closures a TermRun hands out are made in the functions below, not in prepareTerm: a closure
 * keeps its whole enclosing scope, and prepareTerm's holds `args` and with it the run's snapshot,
 * which the notice context (finalOf) would then keep alive while the output files are written.
 */

/** Each member's history, looked up once per row. */
function historyLookup(persons: ReadonlyMap<number, string>, histories: ReadonlyMap<string, ArchiveRecord[]>, year: number, since: number | null): (m: MemberRecord) => MemberHistory {
  const cache = new Map<number, MemberHistory>();
  return (m) => {
    let h = cache.get(m.row);
    if (!h) {
      const person = persons.get(m.row);
      cache.set(m.row, (h = historyAt(person === undefined ? undefined : histories.get(person), year, since)));
    }
    return h;
  };
}

/** Notes, per item, the years where term.sum found the item unrecorded. */
function missingTracker(missing: Map<string, Set<number>>): (key: string, year: number) => void {
  return (key, year) => {
    let years = missing.get(key);
    if (!years) missing.set(key, (years = new Set()));
    years.add(year);
  };
}

function valuesOf(historyOf: (m: MemberRecord) => MemberHistory, onMissing: (key: string, year: number) => void): Pick<TermRun, 'extra' | 'finalOf'> {
  return {
    extra: (m, known) => termValues(historyOf(m), m.counts, known, onMissing),
    finalOf: (m) => termValues(historyOf(m), m.counts, { score: m.score, grade: m.grade }, onMissing),
  };
}

/** The archive with this year's members (not the skipped rows) in place of any earlier run of the same year. */
export function archiveAfter(run: TermRun, results: readonly MemberResult[], skipRows: ReadonlySet<number>, year: number, labels: ReadonlyMap<string, string>): Archive {
  const records: ArchiveRecord[] = [];
  for (const r of results) {
    const person = skipRows.has(r.row) ? null : run.personOf(r);
    if (person === null) continue;
    records.push({
      year,
      person,
      name: r.name,
      memberId: r.memberId,
      unit: r.unit,
      sector: r.sector,
      committee: r.committee,
      liaisonGroup: r.liaisonGroup,
      role: r.role,
      counts: r.counts,
      score: r.status === 'pending' ? null : r.score,
      grade: r.status === 'pending' ? null : r.grade,
      status: r.status,
    });
  }
  return replaceYear(run.archive, year, records, labels);
}
