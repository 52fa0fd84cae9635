// STUB (helper core-evaluate implements): statistics by committee, sector and liaison group.
import type { GroupStat, MemberResult, Method } from '../types';

export function groupStats(results: readonly MemberResult[], method: Method): GroupStat[] {
  void results;
  void method;
  throw new Error('not implemented');
}
