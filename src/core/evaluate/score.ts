/**
 * Scores, grades, requirements, vetoes and ranks (CONTRACT.md section 3, semantics 1–5 and 8).
 * Every sum is in integer hundredths; numbers are converted back only in the result.
 */
import { conditionHolds, type EvalContext } from '../method/expression';
import type { ExactShare, MemberRecord, MemberResult, Method, MethodItem, MemberStatus } from '../types';
import { roundedQuotient } from '../records/rational';
import { clampCents, fromCents, toCents } from './cents';
import { gradeIndexForScore, gradeIndexOf } from './grade';
import { PENDING_NOTE, unmetRequirementNote, vetoNote } from './notes';
import { competitionRanks } from './rank';
import { countKeyOf, countOf, countSources, memberContext, type ExtraValues } from './variables';

/**
 * Points of one item in cents, clamped to the item's bounds: with `tiers`, each band's points
 * times the counts that fall in it (CONTRACT.md §7); else units = max(0, c − from + 1) times
 * points (`from: n` is a first band of 0 points up to n − 1).
 */
export function itemCents(item: Pick<MethodItem, 'points' | 'from' | 'tiers' | 'min' | 'max'>, count: number): number {
  let cents = 0;
  if (item.tiers === null) cents = toCents(item.points) * Math.max(0, count - item.from + 1);
  else {
    let below = 0;
    for (const band of item.tiers) {
      if (count <= below) break;
      const top = band.upTo ?? count;
      cents += toCents(band.points) * (Math.min(count, top) - below);
      below = top;
    }
  }
  return clampCents(cents, item.min, item.max);
}

/**
 * Points of one item in cents for an exact fractional count (proposal credit, CONTRACT.md §8):
 * the same rule as itemCents computed on the fraction, rounded half up to 0.01 only at the end,
 * then clamped to the item's bounds. 1/3 × 10 points → 333 cents.
 */
export function itemCentsExact(item: Pick<MethodItem, 'points' | 'from' | 'tiers' | 'min' | 'max'>, share: ExactShare): number {
  const { n, d } = share;
  // Everything over the common denominator d: cents × (count parts).
  let numerator = 0n;
  if (item.tiers === null) {
    const units = n - BigInt(item.from - 1) * d;
    numerator = BigInt(toCents(item.points)) * (units > 0n ? units : 0n);
  } else {
    let below = 0n;
    for (const band of item.tiers) {
      if (n <= below * d) break;
      const top = band.upTo === null ? n : BigInt(band.upTo) * d;
      const upper = n < top ? n : top;
      numerator += BigInt(toCents(band.points)) * (upper - below * d);
      if (band.upTo === null) break;
      below = BigInt(band.upTo);
    }
  }
  return clampCents(Number(roundedQuotient(numerator, d)), item.min, item.max);
}

interface MemberScore {
  readonly itemPoints: Record<string, number>;
  readonly categories: Record<string, number>;
  readonly scoreCents: number;
}

/** A record keyed by item or category key that no key can reach past (`constructor`, `__proto__`). */
function keyed(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

/**
 * The score of one member in cents, with item points and clamped category sums (semantics 1–3).
 * An item with `when` scores only where `ctx` makes it hold (without a context it does not score).
 */
export function scoreCounts(counts: Readonly<Record<string, number>>, method: Method, ctx: EvalContext | null = null, shares: Readonly<Record<string, ExactShare>> | null = null): MemberScore {
  const categorySums = new Map<string, number>(method.categories.map((c) => [c.key, 0]));
  const itemPoints = keyed();
  let uncategorised = 0;
  for (const item of method.items) {
    const applies = item.when === null || (ctx !== null && conditionHolds(item.when, ctx));
    const key = countKeyOf(item);
    const share = shares !== null && Object.prototype.hasOwnProperty.call(shares, key) ? shares[key] : undefined;
    const cents = !applies ? 0 : share !== undefined ? itemCentsExact(item, share) : itemCents(item, countOf(counts, key));
    itemPoints[item.key] = fromCents(cents);
    const sum = item.category === null ? undefined : categorySums.get(item.category);
    if (item.category !== null && sum !== undefined) categorySums.set(item.category, sum + cents);
    else uncategorised += cents;
  }
  const categories = keyed();
  let total = toCents(method.base) + uncategorised;
  for (const category of method.categories) {
    const clamped = clampCents(categorySums.get(category.key) ?? 0, category.min, category.max);
    categories[category.key] = fromCents(clamped);
    total += clamped;
  }
  return { itemPoints, categories, scoreCents: clampCents(total, method.total.min, method.total.max) };
}

/** This year's score and grade as far as known when a condition is evaluated (the term archive's `score`, `grade`). */
export interface KnownSoFar {
  readonly score: number | null;
  readonly grade: string | null;
}

export interface EvaluateOptions {
  /**
   * Values beyond the member's row (the term archive's `prev.*`, `term.*`), by member and what is
   * known of this year so far: nothing for an item's `when`, the score for requirements and vetoes.
   */
  readonly extra?: (member: MemberRecord, known: KnownSoFar) => ExtraValues | null;
}

const NOTHING_KNOWN: KnownSoFar = { score: null, grade: null };

/**
 * Evaluates every member in table order. Members whose row is in `pendingRows` (they have an
 * error finding) get status pending with null score, grade and rank.
 */
export function evaluateMembers(members: readonly MemberRecord[], pendingRows: ReadonlySet<number>, method: Method, options: EvaluateOptions = {}): MemberResult[] {
  const sources = countSources(method);
  const context = (m: MemberRecord, known: KnownSoFar): EvalContext => memberContext(m, sources, options.extra?.(m, known) ?? null);
  const results: Mutable<MemberResult>[] = members.map((m) => (pendingRows.has(m.row) ? pendingResult(m) : gradedResult(m, method, (known) => context(m, known))));
  const ranks = competitionRanks(results.map((r) => (r.status === 'graded' && r.score !== null ? toCents(r.score) : null)));
  // The results are this function's own new objects: set each rank in place rather than copying every member again.
  results.forEach((r, i) => {
    const rank = ranks[i];
    if (rank !== null) r.rank = rank;
  });
  return results;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function pendingResult(member: MemberRecord): MemberResult {
  return withMember(member, { itemPoints: keyed(), categories: keyed(), score: null, grade: null, status: 'pending', rank: null, unmetRequirements: [], vetoes: [], notes: [PENDING_NOTE] });
}

function gradedResult(member: MemberRecord, method: Method, contextOf: (known: KnownSoFar) => EvalContext): MemberResult {
  const { itemPoints, categories, scoreCents } = scoreCounts(member.counts, method, contextOf(NOTHING_KNOWN), member.shares ?? null);
  // Requirements and vetoes may read this year's score (term.min_score); the grade is not final yet.
  const values = contextOf({ score: fromCents(scoreCents), grade: null });
  const grades = method.grades;
  let gradeIndex = gradeIndexForScore(scoreCents, grades);
  const unmet: string[] = [];
  const notes: string[] = [];
  for (const requirement of method.requirements) {
    if (conditionHolds(requirement.when, values)) continue;
    unmet.push(requirement.label);
    notes.push(unmetRequirementNote(requirement.label));
    gradeIndex = Math.max(gradeIndex, gradeIndexOf(requirement.ceiling, grades));
  }
  const vetoes: string[] = [];
  let status: MemberStatus = 'graded';
  for (const veto of method.vetoes) {
    if (!conditionHolds(veto.when, values)) continue;
    vetoes.push(veto.label);
    notes.push(vetoNote(veto.label));
    status = 'vetoed';
    // The lowest of the veto grades; a veto never raises a grade the score or a requirement already lowered.
    gradeIndex = Math.max(gradeIndex, gradeIndexOf(veto.grade, grades));
  }
  const grade = gradeIndex >= 0 ? grades[gradeIndex].name : null;
  return withMember(member, { itemPoints, categories, score: fromCents(scoreCents), grade, status, rank: null, unmetRequirements: unmet, vetoes, notes });
}

type Outcome = Omit<MemberResult, keyof MemberRecord>;

/**
 * `{ ...member, ...outcome }` written out: V8 makes spread-plus-nine-properties (and Object.assign)
 * objects slow to build or to read, which counts at 20,000 members. Every field is required, so
 * the compiler flags a new MemberRecord field missing here.
 */
function withMember(m: MemberRecord, o: Outcome): MemberResult {
  return {
    name: m.name,
    memberId: m.memberId,
    gender: m.gender,
    sector: m.sector,
    committee: m.committee,
    liaisonGroup: m.liaisonGroup,
    unit: m.unit,
    title: m.title,
    party: m.party,
    phone: m.phone,
    idNumber: m.idNumber,
    role: m.role,
    row: m.row,
    hidden: m.hidden,
    counts: m.counts,
    cells: m.cells,
    nameCell: m.nameCell,
    shares: m.shares,
    itemPoints: o.itemPoints,
    categories: o.categories,
    score: o.score,
    grade: o.grade,
    status: o.status,
    rank: o.rank,
    unmetRequirements: o.unmetRequirements,
    vetoes: o.vetoes,
    notes: o.notes,
  };
}
