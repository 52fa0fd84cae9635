/**
 * Statistics by committee, sector and liaison group (the 分组统计 sheet). A dimension no member
 * has a value for (the table lacks that column) is left out rather than shown as one 「未填写」 group.
 */
import { COUNT_COLUMNS } from '../columns';
import type { GroupStat, MemberResult, Method } from '../types';
import { divideRounded, fromCents, toCents } from './cents';
import { groupInOrder, groupName, groupValue, type GroupDimension } from './groups';
import { countOf } from './variables';

const DIMENSIONS: readonly GroupDimension[] = ['committee', 'sector', 'liaison_group'];

/** Flags (违纪违法) are not participation. */
const FLAG_KEYS = new Set(COUNT_COLUMNS.filter((c) => c.kind === 'flag').map((c) => c.key));

const SHARE_SCALE = 10000;

export function groupStats(results: readonly MemberResult[], method: Method): GroupStat[] {
  const itemKeys = participationKeys(results);
  // Which items each member took part in, looked up once rather than once per dimension.
  const active = new Map<MemberResult, boolean[]>(results.map((r) => [r, itemKeys.map((key) => countOf(r.counts, key) >= 1)]));
  const stats: GroupStat[] = [];
  for (const dimension of DIMENSIONS) {
    if (!results.some((r) => groupValue(r, dimension) !== null)) continue;
    for (const [group, members] of groupInOrder(results, (r) => groupName(r, dimension))) {
      stats.push(statOf(dimension, group, members, method, itemKeys, active));
    }
  }
  return stats;
}

function statOf(dimension: GroupDimension, group: string, members: readonly MemberResult[], method: Method, itemKeys: readonly string[], active: ReadonlyMap<MemberResult, readonly boolean[]>): GroupStat {
  // Null prototypes: a grade or item named like a built-in property (「constructor」) is a plain entry.
  const grades = Object.create(null) as Record<string, number>;
  for (const g of method.grades) grades[g.name] = 0;
  let sumCents = 0;
  let scored = 0;
  for (const r of members) {
    if (r.status !== 'pending' && r.score !== null) {
      sumCents += toCents(r.score);
      scored++;
    }
    if (r.status !== 'pending' && r.grade !== null) grades[r.grade] = (grades[r.grade] ?? 0) + 1;
  }
  const participation = Object.create(null) as Record<string, number>;
  const took = itemKeys.map(() => 0);
  for (const r of members) active.get(r)?.forEach((yes, k) => yes && took[k]++);
  itemKeys.forEach((key, k) => {
    participation[key] = divideRounded(took[k] * SHARE_SCALE, members.length) / SHARE_SCALE;
  });
  return {
    dimension,
    group,
    members: members.length,
    graded: members.filter((r) => r.status === 'graded').length,
    pending: members.filter((r) => r.status === 'pending').length,
    vetoed: members.filter((r) => r.status === 'vetoed').length,
    meanScore: scored === 0 ? null : fromCents(divideRounded(sumCents, scored)),
    grades,
    participation,
  };
}

/** Counted item keys present in the members' counts, in order of first appearance. */
function participationKeys(results: readonly MemberResult[]): string[] {
  const keys = new Set<string>();
  for (const r of results) for (const key of Object.keys(r.counts)) if (!FLAG_KEYS.has(key)) keys.add(key);
  return [...keys];
}
