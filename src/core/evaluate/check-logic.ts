// STUB (helper core-evaluate implements): logic.* findings and value.outlier.
import type { Finding, MemberRecord, Method } from '../types';

export function checkLogic(members: readonly MemberRecord[], method: Method, sheet: string): Finding[] {
  void members;
  void method;
  void sheet;
  throw new Error('not implemented');
}
