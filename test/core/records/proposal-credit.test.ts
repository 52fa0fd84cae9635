/**
 * Proposal credit (issue 12 point 5): shares of 提案登记's proposals summed exactly, points rounded
 * half up to 0.01 at the end; 1, 2 and 3 co-signers, collective proposals; split and a fixed share.
 */
import { runPipeline, STEP_OUTPUTS, type PipelineSuccess } from '../../../src/core/pipeline';
import { methodToJson, parseMethodObject } from '../../../src/core/method/parse-method';
import { creditShares, proposalShares, type ProposalEntry } from '../../../src/core/records/proposal-credit';
import { add, rational, ZERO, type Rational } from '../../../src/core/records/rational';
import { itemCentsExact } from '../../../src/core/evaluate/score';
import { item } from '../../support/method-builder';
import { memberRecord, sheet, snapshot } from '../../support/builders';
import type { CellValue, Snapshot } from '../../../src/core/snapshot';
import type { Method, MethodItem } from '../../../src/core/types';

const TABLE: CellValue[][] = [
  ['姓名', '出席全体会议'],
  ['甲', 1],
  ['乙', 1],
  ['丙', 1],
  ['丁', 1],
];

const PROPOSALS: CellValue[][] = [
  ['案号', '标题', '第一提案人', '联名提案人', '是否立案', '是否集体提案'],
  ['P1', '一', '甲', null, '否', '否'], // no co-signer
  ['P2', '二', '甲', '乙', '是', '否'], // 1 co-signer, accepted
  ['P3', '三', '乙', '甲、丙', '否', '否'], // 2 co-signers
  ['P4', '四', '丙', '甲，乙;丁', '是', '否'], // 3 co-signers, accepted
  ['P5', '五', '民建区委', '甲、乙', '是', '是'], // collective, first proposer no member: credits no one
  ['P6', '六', '丁', '乙、某企业', '否', '是'], // collective by a member: only the members listed share
];

function method(credit: unknown): Method {
  const parsed = parseMethodObject({
    title: '提案积分测试',
    year: 2025,
    base: 0,
    items: [
      { key: 'p', label: '提案分', count: 'proposal_credit', points: 10 },
      { key: 'proposal_credit_accepted', points: 6 },
    ],
    grades: [{ name: '合格', min: 0 }, { name: '不合格' }],
    ...(credit !== undefined ? { proposalCredit: credit } : {}),
  });
  if (!parsed.ok) throw new Error(`${parsed.path}: ${parsed.detail}`);
  return parsed.method;
}

function run(snap: Snapshot, m: Method): PipelineSuccess {
  const outcome = runPipeline(snap, { fileName: '测试.xlsx', method: m, outputs: STEP_OUTPUTS.all, today: { year: 2025, month: 12, day: 26 }, runAt: '2025-12-26 09:00:00' });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  return outcome;
}

const book = (): Snapshot => snapshot([sheet('统计表', TABLE), sheet('提案登记', PROPOSALS)]);
const points = (r: PipelineSuccess, key: string): Record<string, number | undefined> => Object.fromEntries(r.results.map((m) => [m.name, m.itemPoints[key]]));
const share = (r: PipelineSuccess, name: string, key = 'proposal_credit'): Rational | undefined => r.results.find((m) => m.name === name)?.shares?.[key];

describe('proposal credit with lead 0.5 and the rest split', () => {
  /*
   * P1 甲 1 (no co-signer: in full). P2 甲 1/2, 乙 1/2. P3 乙 1/2, 甲 1/4, 丙 1/4.
   * P4 丙 1/2, 甲 乙 丁 1/6 each. P5 no one. P6 丁 1/2, 乙 1/2 (某企业 takes no place in a collective proposal).
   *   甲 1 + 1/2 + 1/4 + 1/6 = 23/12   × 10 = 19.1666… → 19.17
   *   乙 1/2 + 1/2 + 1/6 + 1/2 = 5/3    × 10 = 16.666…  → 16.67
   *   丙 1/4 + 1/2 = 3/4                × 10 = 7.5
   *   丁 1/6 + 1/2 = 2/3                × 10 = 6.666…   → 6.67
   * Accepted ones only (P2, P4; P5 credits no one): 甲 1/2 + 1/6 = 2/3, 乙 2/3, 丙 1/2, 丁 1/6; × 6 = 4, 4, 3, 1.
   */
  const r = run(book(), method({ lead: 0.5, joint: 'split' }));

  it('sums every member’s shares exactly', () => {
    expect(share(r, '甲')).toEqual(rational(23n, 12n));
    expect(share(r, '乙')).toEqual(rational(5n, 3n));
    expect(share(r, '丙')).toEqual(rational(3n, 4n));
    expect(share(r, '丁')).toEqual(rational(2n, 3n));
    expect(share(r, '丁', 'proposal_credit_accepted')).toEqual(rational(1n, 6n));
  });

  it('rounds the item points half up to 0.01 only at the end', () => {
    expect(points(r, 'p')).toEqual({ 甲: 19.17, 乙: 16.67, 丙: 7.5, 丁: 6.67 });
    expect(points(r, 'proposal_credit_accepted')).toEqual({ 甲: 4, 乙: 4, 丙: 3, 丁: 1 });
    expect(r.results.map((m) => m.score)).toEqual([23.17, 20.67, 10.5, 7.67]);
  });

  it('shows the count to 0.01, while conditions compare the exact share', () => {
    expect(r.results.map((m) => m.counts.proposal_credit)).toEqual([1.92, 1.67, 0.75, 0.67]);
    // 甲 23/12 = 1.9166… is below 1.92 although shown as 1.92; 乙 5/3 ≥ 5/3 holds exactly
    const parsed = parseMethodObject({
      ...methodToJson(method({ lead: 0.5, joint: 'split' })),
      requirements: [{ label: '提案', when: 'proposal_credit >= 1.92', ceiling: '不合格' }],
    });
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(run(book(), parsed.method).results[0].unmetRequirements).toEqual(['提案']);
  });

  it('says which collective proposal credited no one, and which name is no member', () => {
    expect(r.findings.filter((f) => f.code === 'records.collective_uncredited').map((f) => f.cell)).toEqual(['C6']);
    expect(r.findings.filter((f) => f.code === 'records.unknown_member').map((f) => [f.sheet, f.cell, f.params.text])).toEqual([['提案登记', 'D7', '某企业']]);
  });
});

describe('proposal credit with a fixed share for each co-signer', () => {
  /*
   * lead 1, joint 0.5: P1 甲 1. P2 甲 1, 乙 .5. P3 乙 1, 甲 .5, 丙 .5. P4 丙 1, 甲 乙 丁 .5 each. P5 no one. P6 丁 1, 乙 .5.
   *   甲 1 + 1 + .5 + .5 = 3 → 30;  乙 .5 + 1 + .5 + .5 = 2.5 → 25;  丙 .5 + 1 = 1.5 → 15;  丁 .5 + 1 = 1.5 → 15
   */
  it('gives the first proposer lead and each co-signer the fixed share', () => {
    const r = run(book(), method({ lead: 1, joint: 0.5 }));
    expect(points(r, 'p')).toEqual({ 甲: 30, 乙: 25, 丙: 15, 丁: 15 });
  });

  it('defaults to lead 1 with the rest split: only first proposers are credited', () => {
    // 甲 P1 + P2 = 2; 乙 P3 = 1; 丙 P4 = 1; 丁 P6 = 1 (co-signers share 1 − 1 = 0)
    const r = run(book(), method(undefined));
    expect(points(r, 'p')).toEqual({ 甲: 20, 乙: 10, 丙: 10, 丁: 10 });
  });
});

describe('proposal shares', () => {
  const m = (name: string): ReturnType<typeof memberRecord> => memberRecord({ row: name.charCodeAt(0), name });
  const entry = (lead: string | null, joint: readonly (string | null)[], over: Partial<ProposalEntry> = {}): ProposalEntry => ({
    lead: lead === null ? null : m(lead),
    joint: joint.map((j) => (j === null ? null : m(j))),
    collective: false,
    accepted: false,
    leadIsMember: lead !== null,
    ...over,
  });
  const credit = { lead: 0.5, joint: 'split' as const };

  it('3 co-signers at lead 0.5 get 1/6 each; two such sixths make a third, × 10 points = 3.33', () => {
    const shares = creditShares([entry('甲', ['乙', '丙', '丁']), entry('乙', ['甲', '丙', '丁'])], credit);
    const of = (name: string): Rational => shares.filter((s) => s.member.name === name).reduce((a, s) => add(a, s.share), ZERO);
    expect(of('丁')).toEqual(rational(1n, 3n));
    expect(itemCentsExact(item('p', 10), of('丁'))).toBe(333);
  });

  it('a co-signer who is no member keeps his place in an ordinary proposal (his share goes to no one)', () => {
    expect(proposalShares(entry('甲', ['乙', null]), credit).map((s) => [s.member?.name ?? null, s.share])).toEqual([
      ['甲', rational(1n, 2n)],
      ['乙', rational(1n, 4n)],
      [null, rational(1n, 4n)],
    ]);
  });

  it('a collective proposal credits only its member authors, and no one when its first proposer is no member', () => {
    expect(proposalShares(entry('甲', ['乙', null], { collective: true }), credit).map((s) => s.share)).toEqual([rational(1n, 2n), rational(1n, 2n)]);
    expect(proposalShares(entry(null, ['乙'], { collective: true, leadIsMember: false }), credit)).toEqual([]);
  });

  it('scores fractional counts through tiers and from exactly', () => {
    const tiers: MethodItem = item('p', 0, { tiers: [{ upTo: 1, points: 15 }, { upTo: null, points: 5 }] });
    // 5/3 credit: 1 × 15 + 2/3 × 5 = 18.333… → 18.33
    expect(itemCentsExact(tiers, rational(5n, 3n))).toBe(1833);
    // from 2: units = 5/3 − 1 = 2/3, × 10 = 6.67; below 1 nothing
    expect(itemCentsExact(item('p', 10, { from: 2 }), rational(5n, 3n))).toBe(667);
    expect(itemCentsExact(item('p', 10, { from: 2 }), rational(2n, 3n))).toBe(0);
    // negative points round half away from zero: −10 × 1/8 = −1.25
    expect(itemCentsExact(item('p', -10), rational(1n, 8n))).toBe(-125);
    // clamped after rounding
    expect(itemCentsExact(item('p', 10, { max: 15 }), rational(23n, 12n))).toBe(1500);
  });
});

describe('a proposal registered twice', () => {
  it('counts once: the later row is reported at its 案号 cell and left out', () => {
    const twice = [...PROPOSALS, ['P2', '二（重复登记）', '甲', '乙', '是', '否']];
    const r = run(snapshot([sheet('统计表', TABLE), sheet('提案登记', twice)]), method({ lead: 0.5, joint: 'split' }));
    expect(r.findings.filter((f) => f.code === 'records.duplicate_proposal').map((f) => [f.cell, f.params.first])).toEqual([['A8', 3]]);
    // the same shares as without the repeat: 甲 23/12 → 19.17
    expect(points(r, 'p')).toEqual({ 甲: 19.17, 乙: 16.67, 丙: 7.5, 丁: 6.67 });
    expect(r.report.counts?.records?.proposals).toBe(6);
  });
});

describe('a method that uses proposal credit without 提案登记', () => {
  it('warns method.item_unbound naming the missing sheet, never a silent 0', () => {
    const r = run(snapshot([sheet('统计表', TABLE)]), method({ lead: 0.5 }));
    const unbound = r.findings.filter((f) => f.code === 'method.item_unbound');
    expect(unbound.map((f) => f.params.key)).toEqual(['p', 'proposal_credit_accepted']);
    expect(unbound[0].message).toContain('提案登记');
    expect(points(r, 'p')).toEqual({ 甲: 0, 乙: 0, 丙: 0, 丁: 0 });
  });

  it('is bound once 提案登记 exists', () => {
    expect(run(book(), method({ lead: 0.5 })).findings.some((f) => f.code === 'method.item_unbound')).toBe(false);
  });
});
