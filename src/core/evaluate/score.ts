// STUB (helper core-evaluate implements): scores, grades, requirements, vetoes and ranks.
import type { MemberRecord, MemberResult, Method } from '../types';

/**
 * Evaluates every member in table order. Members whose row is in `pendingRows` (they have an
 * error finding) get status pending with null score, grade and rank.
 */
export function evaluateMembers(members: readonly MemberRecord[], pendingRows: ReadonlySet<number>, method: Method): MemberResult[] {
  void members;
  void pendingRows;
  void method;
  throw new Error('not implemented');
}
