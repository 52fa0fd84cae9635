/**
 * The shortlist of excellent members (CONTRACT.md section 3.9): per scope group, the top
 * n = rounding(quota × members of the group) candidates by score; everyone tied with the n-th
 * is taken too (tie: true), because a committee, not the program, settles ties at the cut-off.
 */
import { conditionHolds } from '../method/expression';
import { missedParts, type LabelOf } from '../method/plain-words';
import { builtinLabel } from '../columns';
import { extensionLabel } from '../method/expression-extensions';
import { CONDITION_FIELDS } from '../method/resolve-names';
import type { MemberResult, Method, MethodShortlist, ShortlistEntry, ShortlistExclusion, ShortlistResult } from '../types';
import { toCents } from './cents';
import { gradeIndexForScore, gradeIndexOf } from './grade';
import { groupInOrder, groupName } from './groups';
import { conditionFailedReason, excludedRoleReason, unmetRequirementNote, vetoNote } from './notes';
import { quotaCount } from './quota';
import { competitionRanks } from './rank';
import { countSources, memberContext, type ExtraValues } from './variables';

export const ALL_GROUP = 'all';

/** `termOf` gives the term archive's values (prev.*, term.*, this year's final grade) of a member, where there is an archive. */
export function buildShortlist(results: readonly MemberResult[], method: Method, termOf: ((m: MemberResult) => ExtraValues | null) | null = null): ShortlistResult | null {
  const settings = method.shortlist;
  if (settings === null) return null;
  // An unknown minGrade (the method parser rejects it) qualifies nobody rather than everybody.
  const minIndex = gradeIndexOf(settings.minGrade, method.grades);
  const ranks = rankOf(results);
  const labels = new Map(method.items.map((i) => [i.key, i.label]));
  const label: LabelOf = (v) => labels.get(v) ?? CONDITION_FIELDS.get(v) ?? (v === 'standing' ? '常委' : (builtinLabel(v) ?? extensionLabel(v) ?? v));
  const sources = countSources(method);
  const groupOf = (r: MemberResult): string => (settings.scope === 'all' ? ALL_GROUP : groupName(r, settings.scope));

  const entries: ShortlistEntry[] = [];
  const excluded: ShortlistExclusion[] = [];
  const groups: ShortlistResult['groups'][number][] = [];
  for (const [group, members] of groupInOrder(results, groupOf)) {
    const n = Math.max(0, quotaCount(settings.quota, members.length, settings.rounding));
    const candidates: MemberResult[] = [];
    for (const r of byScore(members)) {
      if (r.status === 'pending' || r.score === null || minIndex < 0) continue;
      if (gradeIndexForScore(toCents(r.score), method.grades) > minIndex) continue;
      const reasons = exclusionReasons(r, settings, label, sources, termOf?.(r) ?? null);
      if (reasons.length > 0) excluded.push({ row: r.row, name: r.name, group, score: r.score, grade: r.grade, reason: reasons.join('；') });
      else if (r.status === 'graded' && r.grade !== null && gradeIndexOf(r.grade, method.grades) <= minIndex) candidates.push(r);
    }
    const taken = takeTop(candidates, n);
    for (const { result, tie } of taken) {
      entries.push({ row: result.row, name: result.name, score: result.score ?? 0, rank: ranks.get(result) ?? 0, grade: result.grade ?? '', group, tie });
    }
    groups.push({ group, members: members.length, quota: n, taken: taken.length });
  }
  return { entries, excluded, groups };
}

/** Why a member at minGrade or above by score is left out; empty when a candidate. */
function exclusionReasons(r: MemberResult, settings: MethodShortlist, label: LabelOf, sources: ReadonlyMap<string, string>, extra: ExtraValues | null): string[] {
  const reasons = r.vetoes.map(vetoNote);
  if (settings.excludeRoles.includes(r.role)) reasons.push(excludedRoleReason(r.role));
  reasons.push(...r.unmetRequirements.map(unmetRequirementNote));
  // In plain words, the member's own figures: 「全体会议无故缺席1次」, not 「plenary_absent == 0」.
  const values = memberContext(r, sources, extra);
  if (settings.when !== null && !conditionHolds(settings.when, values)) reasons.push(conditionFailedReason(missedParts(settings.when.expr, label, (v) => values.value(v)).join('，')));
  return reasons;
}

/** The top n of candidates sorted by score; when the members tied with the n-th cross the cut-off, all of them, tie: true. */
function takeTop(sorted: readonly MemberResult[], n: number): { result: MemberResult; tie: boolean }[] {
  if (n === 0) return [];
  if (sorted.length <= n) return sorted.map((result) => ({ result, tie: false }));
  const cut = cents(sorted[n - 1]);
  const taken = sorted.filter((r) => cents(r) >= cut);
  const crossing = taken.length > n;
  return taken.map((result) => ({ result, tie: crossing && cents(result) === cut }));
}

function byScore(members: readonly MemberResult[]): MemberResult[] {
  return [...members].sort((a, b) => cents(b) - cents(a));
}

function cents(r: MemberResult): number {
  return r.score === null ? Number.NEGATIVE_INFINITY : toCents(r.score);
}

/** Rank within the whole table: the evaluator's, else computed the same way (results built elsewhere). */
function rankOf(results: readonly MemberResult[]): Map<MemberResult, number> {
  const computed = competitionRanks(results.map((r) => (r.status === 'graded' && r.score !== null ? toCents(r.score) : null)));
  const ranks = new Map<MemberResult, number>();
  results.forEach((r, i) => {
    const rank = r.rank ?? computed[i];
    if (rank !== null) ranks.set(r, rank);
  });
  return ranks;
}
