import { memberRecord } from '../../support/builders';
import { grades, item, method, shortlistSettings, when } from '../../support/method-builder';
import type { MemberRecord, MethodShortlist } from '../../../src/core/types';
import { evaluateMembers } from '../../../src/core/evaluate/score';
import { buildShortlist } from '../../../src/core/evaluate/shortlist';

/** One point per `pts`, so a member's score is their `pts` count. */
function shortlistMethod(settings: Partial<MethodShortlist> | null) {
  return method({
    items: [item('pts', 1)],
    grades: grades(['优秀', 90], ['良好', 80], ['合格', 60], ['不合格', null]),
    requirements: [{ label: '三个一', when: when('plenary_attended >= 1'), ceiling: '合格' }],
    vetoes: [{ label: '违纪违法', when: when('violations >= 1'), grade: '不合格' }],
    shortlist: settings === null ? null : shortlistSettings(settings),
  });
}

let nextRow = 5;
function m(name: string, pts: number, counts: Record<string, number> = {}, over: Partial<MemberRecord> = {}): MemberRecord {
  return memberRecord({ row: nextRow++, name, counts: { pts, plenary_attended: 1, ...counts }, ...over });
}

function run(members: MemberRecord[], settings: Partial<MethodShortlist> | null, pending: string[] = []) {
  const mtd = shortlistMethod(settings);
  const pendingRows = new Set(members.filter((x) => pending.includes(x.name)).map((x) => x.row));
  return buildShortlist(evaluateMembers(members, pendingRows, mtd), mtd);
}

describe('buildShortlist', () => {
  it('is null when the method has no shortlist', () => {
    expect(run([m('甲', 95)], null)).toBeNull();
  });

  it('excludes by role, requirement, condition and veto, with reasons; ranks are table ranks', () => {
    const members = [
      m('张主席', 98, {}, { role: '主席' }),
      m('癸', 97, { plenary_absent: 1 }, { role: '驻会常委' }),
      m('甲', 96, { plenary_attended: 0 }), // 三个一 unmet → 合格
      m('乙', 95, { plenary_absent: 1 }),
      m('丙', 94, { violations: 1 }), // vetoed
      m('丁', 93),
      m('戊', 92), // pending
      m('己', 91),
      m('辛', 90),
      m('壬', 89),
      m('庚', 85, {}, { role: '主席' }), // below 优秀: not listed as excluded
    ];
    const result = run(members, { quota: 0.2, rounding: 'floor', excludeRoles: ['主席', '副主席', '秘书长', '驻会常委'], when: when('plenary_absent == 0') }, ['戊']);
    // 11 members × 0.2 = 2.2 → floor 2. Graded ranks: 张主席 98 1, 癸 97 2, 甲 96 3, 乙 95 4, 丁 93 5, 己 91 6, 辛 90 7, 壬 89 8, 庚 85 9
    expect(result?.entries).toEqual([
      { row: members[5].row, name: '丁', score: 93, rank: 5, grade: '优秀', group: 'all', tie: false },
      { row: members[7].row, name: '己', score: 91, rank: 6, grade: '优秀', group: 'all', tie: false },
    ]);
    expect(result?.excluded.map((e) => [e.name, e.reason])).toEqual([
      ['张主席', '政协职务为主席，不参加评选'],
      ['癸', '政协职务为驻会常委，不参加评选；不满足附加条件：全体会议无故缺席1次'],
      ['甲', '未达基本要求：三个一'],
      ['乙', '不满足附加条件：全体会议无故缺席1次'],
      ['丙', '否决：违纪违法'],
    ]);
    expect(result?.excluded[2]).toMatchObject({ score: 96, grade: '合格', group: 'all' });
    expect(result?.groups).toEqual([{ group: 'all', members: 11, quota: 2, taken: 2 }]);
  });

  describe('ties at the cut-off', () => {
    const scores = [99, 97, 95, 95, 95, 91, 90, 80, 70, 60];
    const table = (): MemberRecord[] => scores.map((s, i) => m(`委员${i + 1}`, s));

    it('n = 3: everyone tied with the 3rd is taken, tie: true', () => {
      const result = run(table(), { quota: 0.3 });
      expect(result?.entries.map((e) => [e.name, e.score, e.rank, e.tie])).toEqual([
        ['委员1', 99, 1, false],
        ['委员2', 97, 2, false],
        ['委员3', 95, 3, true],
        ['委员4', 95, 3, true],
        ['委员5', 95, 3, true],
      ]);
      expect(result?.groups).toEqual([{ group: 'all', members: 10, quota: 3, taken: 5 }]);
    });

    it('n = 4 cuts inside the tie too', () => {
      const result = run(table(), { quota: 0.4 });
      expect(result?.entries.map((e) => e.tie)).toEqual([false, false, true, true, true]);
    });

    it('n = 5 takes the whole tie: no tie flag', () => {
      const result = run(table(), { quota: 0.5 });
      expect(result?.entries.map((e) => e.tie)).toEqual([false, false, false, false, false]);
      expect(result?.groups[0].taken).toBe(5);
    });

    it('fewer candidates than n: all of them, no tie', () => {
      // 10 × 0.9 = 9, but only the 7 members at 90 or above are 优秀
      const result = run(table(), { quota: 0.9 });
      expect(result?.entries).toHaveLength(7);
      expect(result?.groups[0]).toEqual({ group: 'all', members: 10, quota: 9, taken: 7 });
    });
  });

  describe('quota rounding', () => {
    const table = (n: number): MemberRecord[] => Array.from({ length: n }, (_, i) => m(`委员${i + 1}`, 120 - i));
    it.each([
      [25, 'floor', 2], // 2.5
      [25, 'round', 3],
      [25, 'ceil', 3],
      [30, 'ceil', 3], // 3.0000000000000004 in floats
      [24, 'round', 2], // 2.4
      [24, 'ceil', 3],
    ] as const)('%i members × 0.1, %s → %i', (members, rounding, n) => {
      const result = run(table(members), { quota: 0.1, rounding });
      expect(result?.groups[0].quota).toBe(n);
      expect(result?.entries.map((e) => e.score)).toEqual(Array.from({ length: n }, (_, i) => 120 - i));
    });

    it('n = 0 takes nobody', () => {
      const result = run(table(5), { quota: 0.1, rounding: 'floor' });
      expect(result?.entries).toEqual([]);
      expect(result?.groups).toEqual([{ group: 'all', members: 5, quota: 0, taken: 0 }]);
    });
  });

  it('scope committee: groups in table order, members without a committee under 未填写', () => {
    const members = [
      m('a', 95, {}, { committee: '经济委' }),
      m('d', 91, {}, { committee: '提案委' }),
      m('f', 93, {}, { committee: null }),
      m('b', 92, {}, { committee: '经济委' }),
      m('e', 99, {}, { committee: '提案委' }),
      m('c', 80, {}, { committee: '经济委' }),
      m('g', 90, {}, { committee: '  ' }),
    ];
    // 经济委 3 × 0.5 = 1.5 → ceil 2; 提案委 2 → 1; 未填写 2 → 1.
    // Table ranks: e 99 1, a 95 2, f 93 3, b 92 4, d 91 5, g 90 6, c 80 7
    const result = run(members, { quota: 0.5, rounding: 'ceil', scope: 'committee' });
    expect(result?.entries.map((e) => [e.group, e.name, e.rank])).toEqual([
      ['经济委', 'a', 2],
      ['经济委', 'b', 4],
      ['提案委', 'e', 1],
      ['未填写', 'f', 3],
    ]);
    expect(result?.groups).toEqual([
      { group: '经济委', members: 3, quota: 2, taken: 2 },
      { group: '提案委', members: 2, quota: 1, taken: 1 },
      { group: '未填写', members: 2, quota: 1, taken: 1 },
    ]);
  });

  it('scope liaison_group and sector use their own fields', () => {
    const members = [m('a', 95, {}, { liaisonGroup: '城关街道', sector: '教育界' }), m('b', 94, {}, { liaisonGroup: '城关街道', sector: '医卫界' }), m('c', 93, {}, { liaisonGroup: '新城镇', sector: '教育界' })];
    expect(run(members, { quota: 0.5, rounding: 'ceil', scope: 'liaison_group' })?.entries.map((e) => [e.group, e.name])).toEqual([
      ['城关街道', 'a'],
      ['新城镇', 'c'],
    ]);
    expect(run(members, { quota: 0.5, rounding: 'floor', scope: 'sector' })?.entries.map((e) => [e.group, e.name])).toEqual([['教育界', 'a']]);
  });

  it('decides ties in hundredths', () => {
    const mtd = method({
      items: [item('a', 0.1), item('b', 0.2), item('c', 0.3), item('base_pts', 1)],
      grades: grades(['优秀', 90], ['不合格', null]),
      shortlist: shortlistSettings({ quota: 0.5 }),
    });
    // 90 + 0.1 + 0.2 = 90.3 ties with 90 + 0.3; quota 4 × 0.5 = 2 → 91, then the two 90.3
    const members = [m('甲', 0, { base_pts: 90, a: 1, b: 1 }), m('乙', 0, { base_pts: 90, c: 1 }), m('丙', 0, { base_pts: 91 }), m('丁', 0, { base_pts: 90 })];
    const result = buildShortlist(evaluateMembers(members, new Set(), mtd), mtd);
    expect(result?.entries.map((e) => [e.name, e.score, e.tie])).toEqual([
      ['丙', 91, false],
      ['甲', 90.3, true],
      ['乙', 90.3, true],
    ]);
  });
});
