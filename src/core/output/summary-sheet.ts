// STUB (helper core-output implements): 履职汇总, one row per member.
import type { SheetPlan } from '../plan';
import type { MemberResult, Method, TableLocation } from '../types';

export function summarySheet(name: string, results: readonly MemberResult[], method: Method, location: TableLocation): SheetPlan {
  void name;
  void results;
  void method;
  void location;
  throw new Error('not implemented');
}
