import fc from 'fast-check';
import { memberRecord } from '../../support/builders';
import { grades, item, method, when } from '../../support/method-builder';
import type { MemberRecord, Method, MethodItem } from '../../../src/core/types';
import { PENDING_NOTE } from '../../../src/core/evaluate/notes';
import { evaluateMembers, scoreCounts } from '../../../src/core/evaluate/score';

let nextRow = 3;
function m(name: string, counts: Record<string, number>, over: Partial<MemberRecord> = {}): MemberRecord {
  return memberRecord({ row: nextRow++, name, counts, ...over });
}

function byName(results: ReturnType<typeof evaluateMembers>): Record<string, ReturnType<typeof evaluateMembers>[number]> {
  return Object.fromEntries(results.map((r) => [r.name, r]));
}

describe('Tongcheng-style: 100 points made of capped parts, pass 60', () => {
  const tongcheng = method({
    base: 0,
    total: { min: 0, max: 100 },
    categories: [
      { key: 'proposals', label: '提案', max: 25, min: null },
      { key: 'activities', label: '活动', max: 10, min: null },
      { key: 'opinions', label: '社情民意', max: 15, min: null },
    ],
    items: [
      item('plenary_attended', 50, { max: 50 }),
      item('plenary_leave', 30, { max: 30 }),
      item('proposals_lead', 10, { category: 'proposals' }),
      item('proposals_accepted', 15, { category: 'proposals' }),
      item('committee_activities', 2, { category: 'activities' }),
      item('inspections', 2, { category: 'activities' }),
      item('opinions_submitted', 10, { category: 'opinions' }),
      item('opinions_adopted', 5, { category: 'opinions' }),
    ],
    grades: grades(['合格', 60], ['不合格', null]),
  });
  const results = byName(
    evaluateMembers(
      [
        // 50 + min(2×10 + 15, 25) + min(3×2 + 4×2, 10) + min(10 + 5, 15) = 50 + 25 + 10 + 15 = 100
        m('甲', { plenary_attended: 1, proposals_lead: 2, proposals_accepted: 1, committee_activities: 3, inspections: 4, opinions_submitted: 1, opinions_adopted: 1 }),
        // 30 (leave) + 10 + 2×2 = 44 → 不合格
        m('乙', { plenary_leave: 1, proposals_lead: 1, committee_activities: 2 }),
        // 50 + 10 = 60, exactly the pass mark
        m('丙', { plenary_attended: 1, opinions_submitted: 1 }),
        // 50 + min(10 + 15, 25) + 2 + min(2×10 + 5, 15) = 50 + 25 + 2 + 15 = 92
        m('丁', { plenary_attended: 1, proposals_lead: 1, proposals_accepted: 1, inspections: 1, opinions_submitted: 2, opinions_adopted: 1 }),
      ],
      new Set(),
      tongcheng,
    ),
  );

  it('scores with item and category caps', () => {
    expect([results['甲'].score, results['乙'].score, results['丙'].score, results['丁'].score]).toEqual([100, 44, 60, 92]);
    expect(results['甲'].categories).toEqual({ proposals: 25, activities: 10, opinions: 15 });
    expect(results['甲'].itemPoints).toMatchObject({ plenary_attended: 50, proposals_lead: 20, proposals_accepted: 15, inspections: 8 });
    expect(results['丁'].categories).toEqual({ proposals: 25, activities: 2, opinions: 15 });
  });

  it('grades at the cut-off inclusively and ranks by score', () => {
    expect([results['甲'].grade, results['乙'].grade, results['丙'].grade, results['丁'].grade]).toEqual(['合格', '不合格', '合格', '合格']);
    expect([results['甲'].rank, results['丁'].rank, results['丙'].rank, results['乙'].rank]).toEqual([1, 2, 3, 4]);
    expect(results['乙'].status).toBe('graded');
  });
});

describe('Jinan-style: 70 base + reward up to 50 on a 120 scale, 三个一 requirement', () => {
  const jinan = method({
    base: 70,
    total: { min: 0, max: 120 },
    categories: [{ key: 'reward', label: '加分', max: 50, min: null }],
    items: [
      item('plenary_absent', -30),
      item('plenary_leave', -10),
      item('proposals_accepted', 5, { from: 2, category: 'reward' }),
      item('proposals_key', 5, { category: 'reward' }),
      item('proposals_excellent', 10, { category: 'reward' }),
      item('opinions_adopted', 3, { category: 'reward' }),
      item('welfare_activities', 2, { max: 10, category: 'reward' }),
    ],
    requirements: [{ label: '三个一', when: when('plenary_attended >= 1 and proposals_lead + opinions_submitted >= 1 and inspections >= 1'), ceiling: '不称职' }],
    grades: grades(['优秀', 85], ['称职', 60], ['不称职', null]),
  });
  const results = byName(
    evaluateMembers(
      [
        // 70 + (3−2+1)×5 + 5 + min(7×2, 10) = 70 + 10 + 5 + 10 = 95 → 优秀
        m('甲', { plenary_attended: 1, proposals_lead: 3, proposals_accepted: 3, proposals_key: 1, inspections: 2, welfare_activities: 7 }),
        // reward 11×5 + 3×5 + 2×10 + 4×3 + 2 = 55 + 15 + 20 + 12 + 2 = 104 → 50; 70 + 50 = 120
        m('乙', { plenary_attended: 1, proposals_lead: 5, proposals_accepted: 12, proposals_key: 3, proposals_excellent: 2, opinions_adopted: 4, inspections: 1, welfare_activities: 1 }),
        // 70 − 10 + 2×10 = 80 → 称职 by score, but no plenary attendance: 三个一 unmet → 不称职
        m('丙', { plenary_leave: 1, opinions_submitted: 1, inspections: 1, proposals_excellent: 2 }),
        // 70 − 30 = 40 → 不称职 by score, and 三个一 unmet
        m('丁', { plenary_absent: 1, proposals_lead: 1, inspections: 1 }),
        // 70 + (1−2+1 = 0 units) = 70 → 称职
        m('戊', { plenary_attended: 1, proposals_lead: 1, proposals_accepted: 1, inspections: 1 }),
        // 70 − 3×30 = −20 → total min 0
        m('己', { plenary_absent: 3, proposals_lead: 1, inspections: 1 }),
      ],
      new Set(),
      jinan,
    ),
  );

  it('scores with from-the-2nd, capped reward and deductions', () => {
    expect(['甲', '乙', '丙', '丁', '戊', '己'].map((n) => results[n].score)).toEqual([95, 120, 80, 40, 70, 0]);
    expect(results['乙'].categories).toEqual({ reward: 50 });
    expect(results['甲'].itemPoints.proposals_accepted).toBe(10);
    expect(results['戊'].itemPoints.proposals_accepted).toBe(0);
    expect(results['丁'].itemPoints.plenary_absent).toBe(-30);
  });

  it('caps the grade of members failing 三个一 and notes why', () => {
    expect(['甲', '乙', '丙', '丁', '戊', '己'].map((n) => results[n].grade)).toEqual(['优秀', '优秀', '不称职', '不称职', '称职', '不称职']);
    expect(results['丙'].unmetRequirements).toEqual(['三个一']);
    expect(results['丙'].notes).toEqual(['未达基本要求：三个一']);
    expect(results['甲'].notes).toEqual([]);
    // requirement failures stay graded and ranked: 120, 95, 80, 70, 40, 0
    expect(['乙', '甲', '丙', '戊', '丁', '己'].map((n) => results[n].rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('Minhang-style: 5 per half-day or activity, proposals once a year, no cap', () => {
  const minhang = method({
    base: 0,
    items: [
      item('plenary_attended', 5),
      item('committee_activities', 5),
      item('inspections', 5),
      item('consultations', 5),
      item('proposals_lead', 15, { max: 15 }),
      item('proposals_joint', 3),
      item('proposals_key', 15),
      item('key_joint', 3, { label: '重点提案附议' }),
      item('proposals_excellent', 10),
      item('excellent_joint', 2, { label: '优秀提案附议' }),
    ],
    requirements: [
      {
        label: '年度基本要求',
        when: when('plenary_attended >= 1 and committee_activities + inspections + consultations >= 3 and proposals_lead + proposals_joint >= 1 and opinions_submitted >= 1'),
        ceiling: '基本称职',
      },
    ],
    grades: grades(['优秀', 100], ['称职', 40], ['基本称职', 20], ['不称职', null]),
  });
  const results = byName(
    evaluateMembers(
      [
        // 4×5 + 6×5 + 3×5 + 2×5 + min(3×15, 15) + 5×3 + 15 + 2×3 + 10 + 2
        // = 20 + 30 + 15 + 10 + 15 + 15 + 15 + 6 + 10 + 2 = 138 (no overall cap) → 优秀
        m('甲', { plenary_attended: 4, committee_activities: 6, inspections: 3, consultations: 2, proposals_lead: 3, proposals_joint: 5, proposals_key: 1, key_joint: 2, proposals_excellent: 1, excellent_joint: 1, opinions_submitted: 2 }),
        // 2×5 + 5 + 3 = 18 → 不称职 (below the 基本称职 ceiling anyway); only 1 activity
        m('乙', { plenary_attended: 2, inspections: 1, proposals_joint: 1, opinions_submitted: 1 }),
        // 2×5 + 3×5 + 2×3 = 31 → 基本称职, requirement met
        m('丙', { plenary_attended: 2, committee_activities: 3, proposals_joint: 2, opinions_submitted: 1 }),
        // 4×5 + 4×5 + 5 + 15 = 60 → 称职 by score; no social report → capped at 基本称职
        m('丁', { plenary_attended: 4, committee_activities: 4, consultations: 1, proposals_lead: 1 }),
      ],
      new Set(),
      minhang,
    ),
  );

  it('scores custom items and has no overall cap', () => {
    expect(['甲', '乙', '丙', '丁'].map((n) => results[n].score)).toEqual([138, 18, 31, 60]);
    expect(results['甲'].itemPoints).toMatchObject({ proposals_lead: 15, proposals_joint: 15, key_joint: 6, excellent_joint: 2 });
  });

  it('takes the lower of score grade and ceiling', () => {
    expect(['甲', '乙', '丙', '丁'].map((n) => results[n].grade)).toEqual(['优秀', '不称职', '基本称职', '基本称职']);
    expect(results['乙'].notes).toEqual(['未达基本要求：年度基本要求']);
    expect(results['丙'].unmetRequirements).toEqual([]);
  });
});

describe('Anqing-style: deductions from 100 with a category floor, vetoes', () => {
  const anqing = method({
    base: 100,
    total: { min: 0, max: 100 },
    categories: [{ key: 'meetings', label: '会议活动', max: null, min: -30 }],
    items: [
      item('plenary_absent', -10, { category: 'meetings' }),
      item('standing_absent', -5, { category: 'meetings' }),
      item('activities_absent', -5, { label: '无故缺席活动', category: 'meetings' }),
      item('honors', 5),
    ],
    vetoes: [
      { label: '两次无故缺席全会', when: when('plenary_absent >= 2'), grade: '不称职' },
      { label: '违纪违法', when: when('violations >= 1'), grade: '不称职' },
    ],
    grades: grades(['优秀', 90], ['良好', 80], ['称职', 60], ['不称职', null]),
  });
  const results = byName(
    evaluateMembers(
      [
        m('甲', {}), // 100 → 优秀
        m('乙', { plenary_absent: 1, activities_absent: 2 }), // 100 − 10 − 2×5 = 80 → 良好
        // meetings −2×10 − 5×5 − 5 = −50 → floor −30; 100 − 30 = 70; but two plenary absences: veto
        m('丙', { plenary_absent: 2, activities_absent: 5, standing_absent: 1 }),
        m('丁', { activities_absent: 1, honors: 2 }), // 100 − 5 + 2×5 = 105 → total max 100
        m('戊', { activities_absent: 8, violations: 1 }), // −40 → −30; 70, vetoed by 违纪违法
      ],
      new Set(),
      anqing,
    ),
  );

  it('floors the meeting part and clamps the total', () => {
    expect(['甲', '乙', '丙', '丁', '戊'].map((n) => results[n].score)).toEqual([100, 80, 70, 100, 70]);
    expect(results['丙'].categories).toEqual({ meetings: -30 });
    expect(results['丙'].itemPoints).toEqual({ plenary_absent: -20, standing_absent: -5, activities_absent: -25, honors: 0 });
    expect(results['丁'].grade).toBe('优秀');
  });

  it('vetoed members keep their score, get the veto grade and no rank', () => {
    expect(results['丙']).toMatchObject({ status: 'vetoed', grade: '不称职', rank: null, vetoes: ['两次无故缺席全会'], notes: ['否决：两次无故缺席全会'] });
    expect(results['戊']).toMatchObject({ status: 'vetoed', grade: '不称职', rank: null, score: 70 });
    // graded only: 甲 100, 丁 100, 乙 80
    expect([results['甲'].rank, results['丁'].rank, results['乙'].rank]).toEqual([1, 1, 3]);
  });
});

describe('Hefei-style: counting from the 2nd', () => {
  const hefei = method({ base: 85, items: [item('proposals_accepted', 5, { from: 2, max: 20 })] });
  it.each([
    [0, 85], // no units
    [1, 85], // 1 − 2 + 1 = 0 units
    [2, 90], // 1 unit
    [4, 100], // 3 units = 15
    [5, 105], // 4 units = 20
    [9, 105], // 8 units = 40 → item max 20
  ])('%i accepted proposals → %d', (accepted, expected) => {
    const [r] = evaluateMembers([m('甲', { proposals_accepted: accepted })], new Set(), hefei);
    expect(r.score).toBe(expected);
  });
});

describe('decimal points are exact', () => {
  const decimals = method({
    base: 86,
    categories: [{ key: 'x', label: '小数', max: 0.7, min: null }],
    items: [item('a', 0.1), item('b', 0.2), item('c', 0.1, { category: 'x' }), item('d', 0.2, { category: 'x' }), item('e', -0.1)],
  });

  it('0.1×3 + 0.2 = 0.5 exactly: 86.5, not 86.49999', () => {
    const [r] = evaluateMembers([m('甲', { a: 3, b: 1 })], new Set(), decimals);
    expect(r.itemPoints).toMatchObject({ a: 0.3, b: 0.2 });
    expect(r.score).toBe(86.5);
  });

  it('a category capped at 0.7 with 0.1×3 + 0.2×2 (0.7000000000000001 in floats)', () => {
    const [r] = evaluateMembers([m('甲', { c: 3, d: 2 })], new Set(), decimals);
    // 0.3 + 0.4 = 0.7 ≤ 0.7: not capped; 86 + 0.7 = 86.7
    expect(r.categories).toEqual({ x: 0.7 });
    expect(r.score).toBe(86.7);
  });

  it('negative tenths: −0.1×3 = −0.3; 86 − 0.3 = 85.7', () => {
    const [r] = evaluateMembers([m('甲', { e: 3 })], new Set(), decimals);
    expect(r.itemPoints.e).toBe(-0.3);
    expect(r.score).toBe(85.7);
  });

  it('0.05×7 + 2.55×3 = 0.35 + 7.65 = 8', () => {
    const s = scoreCounts({ p: 7, q: 3 }, method({ items: [item('p', 0.05), item('q', 2.55)] }));
    expect(s.itemPoints).toEqual({ p: 0.35, q: 7.65 });
    expect(s.scoreCents).toBe(800);
  });
});

describe('ranks, pending members and the standing variable', () => {
  const simple = method({ items: [item('pts', 1)], grades: grades(['优秀', 90], ['合格', 60], ['不合格', null]), vetoes: [{ label: '违纪违法', when: when('violations >= 1'), grade: '不合格' }] });

  it('ties share a rank (1, 2, 2, 4); pending and vetoed members take no rank', () => {
    const rows = [
      m('甲', { pts: 90 }),
      m('乙', { pts: 85 }),
      m('丙', { pts: 99 }, {}),
      m('丁', { pts: 85 }),
      m('戊', { pts: 100, violations: 1 }),
      m('己', { pts: 80 }),
    ];
    const pendingRow = rows[2].row;
    const results = evaluateMembers(rows, new Set([pendingRow]), simple);
    expect(results.map((r) => r.name)).toEqual(['甲', '乙', '丙', '丁', '戊', '己']);
    expect(results.map((r) => r.rank)).toEqual([1, 2, null, 2, null, 4]);
    expect(results[2]).toMatchObject({ status: 'pending', score: null, grade: null, rank: null, itemPoints: {}, categories: {}, notes: [PENDING_NOTE] });
    expect(results[2].counts).toEqual({ pts: 99 });
    expect(results[4]).toMatchObject({ status: 'vetoed', score: 100, grade: '不合格' });
  });

  it('ties are compared in hundredths (0.1 + 0.2 ties with 0.3)', () => {
    const tenths = method({ items: [item('a', 0.1), item('b', 0.2), item('c', 0.3)] });
    const results = evaluateMembers([m('甲', { a: 1, b: 1 }), m('乙', { c: 1 }), m('丙', { a: 1 })], new Set(), tenths);
    expect(results.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('standing is 1 for 主席/副主席/秘书长/常委/驻会常委', () => {
    const standingRule = method({
      requirements: [{ label: '常委出席常委会议', when: when('standing == 0 or standing_attended >= 1'), ceiling: '不合格' }],
      items: [item('pts', 1)],
    });
    const roles = ['主席', '副主席', '秘书长', '常委', '驻会常委', '委员'];
    const results = evaluateMembers(
      roles.map((role) => m(role, { pts: 80 }, { role })),
      new Set(),
      standingRule,
    );
    expect(results.map((r) => r.grade)).toEqual(['不合格', '不合格', '不合格', '不合格', '不合格', '合格']);
  });
});

describe('several vetoes and requirements', () => {
  const five = grades(['优秀', 90], ['良好', 80], ['合格', 60], ['基本合格', 50], ['不合格', null]);
  const vetoing = method({
    items: [item('pts', 1)],
    grades: five,
    requirements: [
      { label: '三个一', when: when('plenary_attended >= 1'), ceiling: '合格' },
      { label: '提交提案', when: when('proposals_lead >= 1'), ceiling: '良好' },
    ],
    vetoes: [
      { label: '无提案无社情民意', when: when('proposals_lead + opinions_submitted == 0'), grade: '基本合格' },
      { label: '两次无故缺席全会', when: when('plenary_absent >= 2'), grade: '不合格' },
    ],
  });

  it('the lowest veto grade wins; notes list every veto', () => {
    const [r] = evaluateMembers([m('甲', { pts: 95, plenary_attended: 1, plenary_absent: 2 })], new Set(), vetoing);
    expect(r).toMatchObject({ status: 'vetoed', grade: '不合格', score: 95, vetoes: ['无提案无社情民意', '两次无故缺席全会'] });
    expect(r.notes).toEqual(['未达基本要求：提交提案', '否决：无提案无社情民意', '否决：两次无故缺席全会']);
  });

  it('a veto grade replaces a higher score grade', () => {
    const [r] = evaluateMembers([m('甲', { pts: 95, plenary_attended: 1, opinions_submitted: 0 })], new Set(), vetoing);
    // 95 → 优秀; 提交提案 unmet → 良好; veto 无提案无社情民意 → 基本合格
    expect(r.grade).toBe('基本合格');
  });

  it('a veto never raises a lower score grade', () => {
    const [r] = evaluateMembers([m('甲', { pts: 30, plenary_attended: 1 })], new Set(), vetoing);
    expect(r).toMatchObject({ grade: '不合格', status: 'vetoed' });
  });

  it('several unmet requirements: the lowest ceiling', () => {
    const [r] = evaluateMembers([m('甲', { pts: 95, opinions_submitted: 1 })], new Set(), vetoing);
    // 优秀 capped by 三个一 (合格) and 提交提案 (良好) → 合格
    expect(r).toMatchObject({ grade: '合格', status: 'graded', unmetRequirements: ['三个一', '提交提案'] });
  });
});

describe('property: scores are exact hundredths', () => {
  const cents = fc.integer({ min: -5000, max: 5000 });
  const itemArb = fc.record({
    points: cents,
    from: fc.integer({ min: 1, max: 3 }),
    max: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }),
    min: fc.option(fc.integer({ min: -10000, max: 0 }), { nil: null }),
    category: fc.constantFrom<string | null>(null, 'k1', 'k2'),
  });

  it('equals a BigInt reference and prints with at most 2 decimals', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 8, maxLength: 8 }), cents, (specs, counts, base) => {
        const items: MethodItem[] = specs.map((s, i) => item(`i${i}`, s.points / 100, { from: s.from, max: s.max === null ? null : s.max / 100, min: s.min === null ? null : s.min / 100, category: s.category }));
        const mtd: Method = method({
          base: base / 100,
          items,
          categories: [
            { key: 'k1', label: '一', max: 30.5, min: -10.25 },
            { key: 'k2', label: '二', max: null, min: null },
          ],
          total: { min: -100, max: 200.75 },
        });
        const record = m('甲', Object.fromEntries(counts.map((c, i) => [`i${i}`, c])));
        const [r] = evaluateMembers([record], new Set(), mtd);

        // Reference in BigInt hundredths.
        const clamp = (v: bigint, lo: bigint | null, hi: bigint | null): bigint => {
          let out = v;
          if (hi !== null && out > hi) out = hi;
          if (lo !== null && out < lo) out = lo;
          return out;
        };
        const sums = new Map<string | null, bigint>([[null, 0n], ['k1', 0n], ['k2', 0n]]);
        specs.forEach((s, i) => {
          const units = BigInt(Math.max(0, counts[i] - s.from + 1));
          const pts = clamp(BigInt(s.points) * units, s.min === null ? null : BigInt(s.min), s.max === null ? null : BigInt(s.max));
          sums.set(s.category, (sums.get(s.category) ?? 0n) + pts);
        });
        const total = BigInt(base) + (sums.get(null) ?? 0n) + clamp(sums.get('k1') ?? 0n, -1025n, 3050n) + (sums.get('k2') ?? 0n);
        const expected = clamp(total, -10000n, 20075n);

        expect(r.score).not.toBeNull();
        const score = r.score ?? NaN;
        expect(Math.round(score * 100)).toBe(Number(expected));
        expect(score).toBe(Number(expected) / 100);
        expect(String(score)).toMatch(/^-?\d+(\.\d{1,2})?$/);
      }),
      { numRuns: 300 },
    );
  });
});
