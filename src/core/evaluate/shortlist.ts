// STUB (helper core-evaluate implements): the shortlist (CONTRACT.md section 3.9).
import type { MemberResult, Method, ShortlistResult } from '../types';

export function buildShortlist(results: readonly MemberResult[], method: Method): ShortlistResult | null {
  void results;
  void method;
  throw new Error('not implemented');
}
