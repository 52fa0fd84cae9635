/**
 * Scoring, second edition (CONTRACT.md §7): tiers, count, item-level when, identity in
 * conditions; `from: n` equals a first band of 0 points up to n − 1 (property); keys named like
 * JavaScript built-ins are plain entries (issue 10, point 6).
 */
import fc from 'fast-check';
import { evaluateMembers, itemCents } from '../../../src/core/evaluate/score';
import { summarize } from '../../../src/core/report';
import { groupStats } from '../../../src/core/evaluate/group-stats';
import { parseMethodObject } from '../../../src/core/method/parse-method';
import type { Method, MethodItem } from '../../../src/core/types';
import { memberRecord } from '../../support/builders';

function method(json: Record<string, unknown>): Method {
  const r = parseMethodObject({ title: '办法', grades: [{ name: '合格', min: 60 }, { name: '不合格' }], ...json });
  if (!r.ok) throw new Error(`${r.path}: ${r.detail}`);
  return r.method;
}

const pointsOf = (m: Method, counts: Record<string, number>, over: Partial<Parameters<typeof memberRecord>[0]> = {}): Record<string, number> =>
  evaluateMembers([memberRecord({ row: 2, name: '甲', counts, ...over })], new Set(), m)[0].itemPoints;

describe('tiers', () => {
  const m = method({ items: [{ key: 'proposals_accepted', tiers: [{ upTo: 1, points: 15 }, { points: 5 }], max: 30 }] });

  it.each([
    // the 1st counts 15, each further one 5, the item's max clamps the sum
    [0, 0],
    [1, 15], // 15
    [2, 20], // 15 + 5
    [4, 30], // 15 + 3 × 5 = 30
    [5, 30], // 15 + 4 × 5 = 35 → max 30
  ])('%i accepted proposals score %i', (count, expected) => {
    expect(pointsOf(m, { proposals_accepted: count }).proposals_accepted).toBe(expected);
  });

  it('adds every band’s share and clamps at min', () => {
    // 2.5 for the first two, 1.25 for the 3rd to 4th, −1 for each further one; min −2
    const item: MethodItem = method({ items: [{ key: 'x1', label: '项', tiers: [{ upTo: 2, points: 2.5 }, { upTo: 4, points: 1.25 }, { points: -10 }], min: -2 }] }).items[0];
    expect(itemCents(item, 1)).toBe(250);
    expect(itemCents(item, 3)).toBe(625); // 2 × 2.5 + 1 × 1.25 = 6.25
    expect(itemCents(item, 4)).toBe(750); // 5 + 2.5
    expect(itemCents(item, 5)).toBe(-200); // 7.5 − 10 = −2.5, below the min −2 → −2
  });
});

describe('from: n equals the same method written with tiers (property)', () => {
  it('gives identical item points for any counts, points, from and bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -2000, max: 2000 }).map((c) => c / 100),
        fc.option(fc.integer({ min: 0, max: 5000 }).map((c) => c / 100), { nil: undefined }),
        fc.option(fc.integer({ min: -5000, max: 0 }).map((c) => c / 100), { nil: undefined }),
        fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 20 }),
        (from, points, max, min, counts) => {
          const bounds = { ...(max !== undefined ? { max } : {}), ...(min !== undefined ? { min } : {}) };
          const byFrom = method({ items: [{ key: 'inspections', points, from, ...bounds }] });
          // from: n ≡ a first band of 0 points up to n − 1 (no band when n = 1)
          const tiers = from > 1 ? [{ upTo: from - 1, points: 0 }, { points }] : [{ points }];
          const byTiers = method({ items: [{ key: 'inspections', tiers, ...bounds }] });
          const members = counts.map((c, i) => memberRecord({ row: i + 2, name: `委员${i}`, counts: { inspections: c } }));
          const a = evaluateMembers(members, new Set(), byFrom).map((r) => [r.itemPoints.inspections, r.score]);
          const b = evaluateMembers(members, new Set(), byTiers).map((r) => [r.itemPoints.inspections, r.score]);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('count and item-level when: the contract’s example (合肥: absence −10 for a member, −4 for a standing member)', () => {
  const m = method({
    base: 85,
    items: [
      { key: 'plenary_absent', points: -10, when: 'standing == 0' },
      { key: 'absent_standing', count: 'plenary_absent', when: 'standing == 1', points: -4 },
    ],
  });

  it('scores one column by role, and shows the count for both', () => {
    const [member, standing] = evaluateMembers(
      [memberRecord({ row: 2, name: '委员甲', role: '委员', counts: { plenary_absent: 1 } }), memberRecord({ row: 3, name: '常委乙', role: '常委', counts: { plenary_absent: 1 } })],
      new Set(),
      m,
    );
    // 委员甲: 85 − 10 = 75; the standing item does not apply (0)
    expect(member.itemPoints).toEqual({ plenary_absent: -10, absent_standing: 0 });
    expect(member.score).toBe(75);
    // 常委乙: 85 − 4 = 81; the member item does not apply (0)
    expect(standing.itemPoints).toEqual({ plenary_absent: 0, absent_standing: -4 });
    expect(standing.score).toBe(81);
    expect(standing.counts.plenary_absent).toBe(1);
  });

  it('lets conditions read an item that counts another item as that count', () => {
    const v = method({ items: [{ key: 'absent_standing', count: 'plenary_absent', points: -4 }], vetoes: [{ label: '缺席', when: 'absent_standing >= 2', grade: '不合格' }] });
    const [r] = evaluateMembers([memberRecord({ row: 2, name: '甲', counts: { plenary_absent: 2 } })], new Set(), v);
    expect(r.status).toBe('vetoed');
    expect(r.itemPoints.absent_standing).toBe(-8);
  });
});

describe('identity in conditions (CONTRACT.md §7)', () => {
  const m = method({
    base: 60,
    items: [{ key: 'inspections', points: 5, when: 'sector != "特邀"' }],
    requirements: [{ label: '驻会常委须出席', when: 'role != "驻会常委" or plenary_attended >= 1', ceiling: '不合格' }],
  });

  it('compares role and sector with quoted text; a blank sector is missing, so != is false', () => {
    const rs = evaluateMembers(
      [
        memberRecord({ row: 2, name: '甲', sector: '经济界', role: '驻会常委', counts: { inspections: 2, plenary_attended: 0 } }),
        memberRecord({ row: 3, name: '乙', sector: '特邀', counts: { inspections: 2 } }),
        memberRecord({ row: 4, name: '丙', sector: null, counts: { inspections: 2 } }),
      ],
      new Set(),
      m,
    );
    // 甲: 60 + 2 × 5 = 70, but a 驻会常委 absent from the plenary fails the requirement → 不合格
    expect([rs[0].score, rs[0].grade, rs[0].unmetRequirements]).toEqual([70, '不合格', ['驻会常委须出席']]);
    // 乙: 特邀 → inspections do not score: 60 → 合格
    expect([rs[1].score, rs[1].grade]).toEqual([60, '合格']);
    // 丙: no sector → the comparison with a missing value is false → no points: 60
    expect(rs[2].score).toBe(60);
  });
});

describe('names like JavaScript built-ins are plain entries (issue 10, point 6)', () => {
  it('counts grades named 「constructor」「__proto__」「toString」 and groups named 「constructor」 without NaN or {}', () => {
    const m = method({
      items: [{ key: 'inspections', points: 10 }],
      grades: [{ name: 'constructor', min: 80 }, { name: '__proto__', min: 60 }, { name: 'toString' }],
    });
    const results = evaluateMembers(
      [
        memberRecord({ row: 2, name: '甲', committee: 'constructor', counts: { inspections: 9 } }),
        memberRecord({ row: 3, name: '乙', committee: '__proto__', counts: { inspections: 7 } }),
        memberRecord({ row: 4, name: '丙', committee: 'hasOwnProperty', counts: { inspections: 1 } }),
      ],
      new Set(),
      m,
    );
    expect(results.map((r) => r.grade)).toEqual(['constructor', '__proto__', 'toString']);
    const summary = summarize(results, [], m.grades.map((g) => g.name));
    expect(JSON.stringify(summary.grades)).toBe('{"constructor":1,"__proto__":1,"toString":1}');
    const stats = groupStats(results, m).filter((s) => s.dimension === 'committee');
    expect(stats.map((s) => [s.group, s.members, JSON.stringify(s.grades)])).toEqual([
      ['constructor', 1, '{"constructor":1,"__proto__":0,"toString":0}'],
      ['__proto__', 1, '{"constructor":0,"__proto__":1,"toString":0}'],
      ['hasOwnProperty', 1, '{"constructor":0,"__proto__":0,"toString":1}'],
    ]);
    expect(JSON.stringify(stats)).not.toMatch(/NaN|null,"grades":\{\}/);
  });
});
