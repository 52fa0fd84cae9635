/**
 * The values of the term archive's names for one member (CONTRACT.md §9), supplied to conditions
 * through the evaluation context (ExtraValues, evaluate/variables.ts):
 * - `prev.*`: the member's latest archived year before the run's year, `prev2.*` the one before it
 *   (the previous year *in the archive*: a year without a record is skipped, not a gap);
 * - `term.*`: the archived years of the term before the run's year (from `term.since`, when the
 *   method gives it) plus the run's year itself;
 * - `score`, `grade`: this year's, as far as known when the condition is evaluated (an item's `when`
 *   sees neither, requirements and vetoes the score, the shortlist and term flags the final grade).
 * Anything without a record is missing (null): a comparison with it is false.
 */
import { textForm, type Value } from '../method/expression';
import type { ExtraValues } from '../evaluate/variables';
import { countOf } from '../evaluate/variables';
import type { ArchiveRecord } from './archive-types';

/** This year's score and grade, as far as known. */
export interface CurrentYear {
  readonly score: number | null;
  readonly grade: string | null;
}

/** A member's earlier records: every earlier year (latest first) and those inside the term. */
export interface MemberHistory {
  readonly earlier: readonly ArchiveRecord[];
  readonly term: readonly ArchiveRecord[];
}

export const NO_HISTORY: MemberHistory = { earlier: [], term: [] };

/** Called when term.sum reads an item a year of the term did not record (counted 0, said once per item and year). */
export type MissingItem = (key: string, year: number) => void;

/** Sum in integer hundredths (counts are whole, but a share of proposal credit may carry cents). */
function add(a: number, b: number): number {
  return (Math.round(a * 100) + Math.round(b * 100)) / 100;
}

export function termValues(history: MemberHistory, counts: Readonly<Record<string, number>>, current: CurrentYear, missing: MissingItem | null = null): ExtraValues {
  const [prev, prev2] = history.earlier;
  return {
    value(name: string): Value {
      switch (name) {
        case 'score':
          return current.score;
        case 'grade':
          return current.grade;
        case 'prev.score':
          return prev?.score ?? null;
        case 'prev.grade':
          return prev?.grade ?? null;
        case 'prev2.score':
          return prev2?.score ?? null;
        case 'prev2.grade':
          return prev2?.grade ?? null;
        case 'term.years':
          return history.term.length + 1;
        case 'term.min_score': {
          const scores = [...history.term.map((r) => r.score), current.score].filter((s): s is number => s !== null);
          return scores.length === 0 ? null : Math.min(...scores);
        }
        default:
          return null;
      }
    },
    call(name: string, args: readonly Value[]): Value {
      if (name === 'term.count_grade') {
        const grade = args[0];
        if (typeof grade !== 'string') return null;
        const same = (g: string | null): boolean => g !== null && textForm(g) === textForm(grade);
        return history.term.filter((r) => same(r.grade)).length + (same(current.grade) ? 1 : 0);
      }
      if (name === 'term.sum') {
        const key = args[0];
        if (typeof key !== 'string') return null;
        let sum = countOf(counts, key);
        for (const r of history.term) {
          if (Object.prototype.hasOwnProperty.call(r.counts, key)) sum = add(sum, r.counts[key]);
          else missing?.(key, r.year);
        }
        return sum;
      }
      return null;
    },
  };
}

/** Each person's records by archive number, latest year first. */
export function historiesByPerson(records: readonly ArchiveRecord[]): Map<string, ArchiveRecord[]> {
  const out = new Map<string, ArchiveRecord[]>();
  for (const r of records) {
    let list = out.get(r.person);
    if (!list) out.set(r.person, (list = []));
    list.push(r);
  }
  for (const list of out.values()) list.sort((a, b) => b.year - a.year);
  return out;
}

/** A person's history as the run of `year` sees it: years before it; the term from `since` (inclusive). */
export function historyAt(records: readonly ArchiveRecord[] | undefined, year: number, since: number | null): MemberHistory {
  if (!records) return NO_HISTORY;
  const earlier = records.filter((r) => r.year < year);
  return { earlier, term: earlier.filter((r) => since === null || r.year >= since) };
}
