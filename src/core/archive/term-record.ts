/**
 * A member's record over the term (CONTRACT.md §9): the score and grade of each year of the term
 * (the archived years and this one), the term totals and the method's term flags. Sums in integer
 * hundredths; the average is rounded half up to 0.01.
 */
import { divideRounded, fromCents, toCents } from '../evaluate/cents';
import { conditionHolds } from '../method/expression';
import type { MemberResult, Method, MemberStatus, TermOrder } from '../types';
import type { ExtraValues } from '../evaluate/variables';
import { countSources, memberContext } from '../evaluate/variables';
import type { MemberHistory } from './term-values';

export interface TermYear {
  readonly year: number;
  readonly score: number | null;
  readonly grade: string | null;
  readonly status: MemberStatus;
}

export interface TermRecord {
  readonly member: MemberResult;
  /** Years of the term with a record, ascending, this year last. */
  readonly years: readonly TermYear[];
  /** Years with a score. */
  readonly scored: number;
  readonly sum: number | null;
  readonly average: number | null;
  readonly gradeCounts: Readonly<Record<string, number>>;
  /** One per method flag: true, false, or null when this year is pending (not known). */
  readonly flags: readonly (boolean | null)[];
}

export function termRecords(results: readonly MemberResult[], method: Method, year: number, historyOf: (m: MemberResult) => MemberHistory, finalOf: (m: MemberResult) => ExtraValues): TermRecord[] {
  const sources = countSources(method);
  const flags = method.term?.flags ?? [];
  return results.map((m) => {
    const history = historyOf(m);
    const years: TermYear[] = [...history.term].reverse().map((r) => ({ year: r.year, score: r.score, grade: r.grade, status: r.status }));
    years.push({ year, score: m.score, grade: m.grade, status: m.status });
    const scores = years.map((y) => y.score).filter((s): s is number => s !== null);
    const sumCents = scores.reduce((a, s) => a + toCents(s), 0);
    const gradeCounts: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const g of method.grades) gradeCounts[g.name] = 0;
    for (const y of years) if (y.grade !== null) gradeCounts[y.grade] = (gradeCounts[y.grade] ?? 0) + 1;
    const ctx = memberContext(m, sources, finalOf(m));
    return {
      member: m,
      years,
      scored: scores.length,
      sum: scores.length > 0 ? fromCents(sumCents) : null,
      average: scores.length > 0 ? fromCents(divideRounded(sumCents, scores.length)) : null,
      gradeCounts,
      flags: flags.map((f) => (m.status === 'pending' ? null : conditionHolds(f.when, ctx))),
    };
  });
}

/** The records in the order the method asks for 换届建议参考名单; without a figure last, table order within ties. */
export function orderRecords(records: readonly TermRecord[], order: TermOrder): TermRecord[] {
  if (order === 'table') return [...records];
  const key = (r: TermRecord): number | null => (order === 'average' ? r.average : order === 'sum' ? r.sum : r.member.score);
  return records
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => (a.k === null ? (b.k === null ? a.i - b.i : 1) : b.k === null ? -1 : toCents(b.k) - toCents(a.k) || a.i - b.i))
    .map((x) => x.r);
}

/** Years of the term shown as columns: every year any member has, ascending. */
export function termYears(records: readonly TermRecord[]): number[] {
  return [...new Set(records.flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b);
}
