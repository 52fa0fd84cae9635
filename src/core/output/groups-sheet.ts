// STUB (helper core-output implements): 分组统计, by committee, sector and liaison group.
import type { SheetPlan } from '../plan';
import type { GroupStat, Method, TableLocation } from '../types';

export function groupsSheet(name: string, stats: readonly GroupStat[], method: Method, location: TableLocation): SheetPlan {
  void name;
  void stats;
  void method;
  void location;
  throw new Error('not implemented');
}
