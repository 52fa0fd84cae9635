/**
 * Proposal credit (CONTRACT.md §8, issue 12 point 5): each proposal of 提案登记 is shared among
 * its proposers by the method's `proposalCredit` ({ lead, joint }, default lead 1, joint split).
 *
 * - The first proposer gets `lead`. With `joint: "split"` the co-signers share 1 − lead equally;
 *   a proposal without co-signers credits its first proposer in full (1). With a number, each
 *   co-signer gets that number.
 * - A co-signer listed but not found in the member table (a finding says so) still holds his
 *   place in the split: his share is not handed to the others.
 * - A collective proposal (是否集体提案 是) whose first proposer is not a member credits no one;
 *   otherwise it credits only its main authors, the listed proposers who are members: non-members
 *   in its list take no place in the split.
 *
 * Shares are exact fractions (rational.ts): 3 co-signers at lead 0.5 get 1/6 each, and the shares
 * of one proposal sum to exactly 1 with split.
 */
import type { MemberRecord, ProposalCredit } from '../types';
import { ONE, divide, fromDecimal, sub, type Rational } from './rational';

/** One proposal as read: its first proposer and co-signers (null where the name is no member of the table). */
export interface ProposalEntry {
  readonly lead: MemberRecord | null;
  readonly joint: readonly (MemberRecord | null)[];
  readonly collective: boolean;
  readonly accepted: boolean;
  /** Whether the first proposer's name is a member's (also when several members share it). */
  readonly leadIsMember: boolean;
}

export interface ShareOf {
  readonly member: MemberRecord;
  readonly share: Rational;
  readonly accepted: boolean;
}

export const DEFAULT_CREDIT: ProposalCredit = { lead: 1, joint: 'split' };

function exact(n: number): Rational {
  const r = fromDecimal(n);
  if (r === null) throw new Error(`proposal share ${n} is not a plain decimal`);
  return r;
}

/** The shares of one proposal, by position: [lead, ...co-signers that take a place]; null where no member receives it. */
export function proposalShares(entry: ProposalEntry, credit: ProposalCredit = DEFAULT_CREDIT): { readonly member: MemberRecord | null; readonly share: Rational }[] {
  if (entry.collective && !entry.leadIsMember) return [];
  const joint = entry.collective ? entry.joint.filter((m): m is MemberRecord => m !== null) : entry.joint;
  const lead = exact(credit.lead);
  let leadShare = lead;
  let each: Rational;
  if (credit.joint === 'split') {
    if (joint.length === 0) leadShare = ONE;
    each = joint.length === 0 ? ONE : divide(sub(ONE, lead), joint.length);
  } else each = exact(credit.joint);
  return [{ member: entry.lead, share: leadShare }, ...joint.map((m) => ({ member: m, share: each }))];
}

/** Every member's share of every proposal (a member may appear many times; the caller sums). */
export function creditShares(entries: readonly ProposalEntry[], credit: ProposalCredit = DEFAULT_CREDIT): ShareOf[] {
  const out: ShareOf[] = [];
  for (const e of entries) {
    for (const s of proposalShares(e, credit)) if (s.member !== null) out.push({ member: s.member, share: s.share, accepted: e.accepted });
  }
  return out;
}
