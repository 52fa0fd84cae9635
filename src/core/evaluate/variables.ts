/** The variables a `when` condition sees for one member (CONTRACT.md section 3.6). */
import { STANDING_ROLES } from '../columns';
import type { MemberRecord } from '../types';

export const STANDING_VARIABLE = 'standing';

export function isStanding(role: string): boolean {
  return STANDING_ROLES.includes(role);
}

/** A member's count of an item; a key the table lacks counts 0 (own keys only, so `constructor` is 0 too). */
export function countOf(counts: Readonly<Record<string, number>>, key: string): number {
  return Object.prototype.hasOwnProperty.call(counts, key) ? counts[key] : 0;
}

/** Item keys give the member's count; `standing` gives 1 for standing-committee roles. */
export function memberVariables(member: MemberRecord): (name: string) => number {
  const standing = isStanding(member.role) ? 1 : 0;
  return (name) => (name === STANDING_VARIABLE ? standing : countOf(member.counts, name));
}
