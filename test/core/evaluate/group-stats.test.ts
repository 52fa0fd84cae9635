import { memberRecord } from '../../support/builders';
import { grades, item, method, when } from '../../support/method-builder';
import type { MemberRecord } from '../../../src/core/types';
import { groupStats } from '../../../src/core/evaluate/group-stats';
import { evaluateMembers } from '../../../src/core/evaluate/score';

const statsMethod = method({
  items: [item('pts', 0.01)],
  grades: grades(['优秀', 90], ['合格', 60], ['不合格', null]),
  vetoes: [{ label: '违纪违法', when: when('violations >= 1'), grade: '不合格' }],
});

let nextRow = 4;
/** Score = pts hundredths (pts 8001 → 80.01). */
function m(name: string, pts: number, over: Partial<MemberRecord> = {}, counts: Record<string, number> = {}): MemberRecord {
  return memberRecord({ row: nextRow++, name, counts: { pts, proposals_lead: 0, inspections: 0, violations: 0, ...counts }, ...over });
}

describe('groupStats', () => {
  const members = [
    m('甲', 8001, { committee: '经济委', sector: '经济界' }, { proposals_lead: 2 }),
    m('乙', 8002, { committee: '经济委', sector: '教育界' }, { inspections: 1 }),
    m('丙', 9500, { committee: null, sector: '经济界' }, { proposals_lead: 1, inspections: 3 }),
    m('丁', 8002, { committee: '经济委', sector: '经济界' }, { violations: 1 }), // vetoed, counted in the mean
    m('戊', 9900, { committee: '提案委', sector: '' }), // pending
    m('己', 8000, { committee: '提案委', sector: '教育界' }, { proposals_lead: 1 }),
    m('庚', 8001, { committee: '提案委', sector: '教育界' }),
  ];
  const results = evaluateMembers(members, new Set([members[4].row]), statsMethod);
  const stats = groupStats(results, statsMethod);
  const stat = (dimension: string, group: string) => stats.find((s) => s.dimension === dimension && s.group === group);

  it('lists committee groups, then sector groups, each in table order; no liaison groups in this table', () => {
    expect(stats.map((s) => [s.dimension, s.group])).toEqual([
      ['committee', '经济委'],
      ['committee', '未填写'],
      ['committee', '提案委'],
      ['sector', '经济界'],
      ['sector', '教育界'],
      ['sector', '未填写'],
    ]);
  });

  it('counts statuses and grades, every method grade present', () => {
    expect(stat('committee', '经济委')).toMatchObject({ members: 3, graded: 2, pending: 0, vetoed: 1, grades: { 优秀: 0, 合格: 2, 不合格: 1 } });
    expect(stat('committee', '提案委')).toMatchObject({ members: 3, graded: 2, pending: 1, vetoed: 0, grades: { 优秀: 0, 合格: 2, 不合格: 0 } });
    expect(stat('sector', '未填写')).toMatchObject({ members: 1, graded: 0, pending: 1, meanScore: null, grades: { 优秀: 0, 合格: 0, 不合格: 0 } });
  });

  it('means are exact hundredths over graded and vetoed members, rounded half up', () => {
    // 经济委: (80.01 + 80.02 + 80.02) / 3 = 240.05 / 3 = 80.01666… → 80.02
    expect(stat('committee', '经济委')?.meanScore).toBe(80.02);
    // 提案委 without the pending 戊: (80.00 + 80.01) / 2 = 80.005 → 80.01
    expect(stat('committee', '提案委')?.meanScore).toBe(80.01);
    // 经济界: (80.01 + 95.00 + 80.02) / 3 = 255.03 / 3 = 85.01
    expect(stat('sector', '经济界')?.meanScore).toBe(85.01);
  });

  it('participation is the share of members with a count ≥ 1, to 4 decimals; flags are left out', () => {
    // 经济委: proposals_lead 甲 → 1/3; inspections 乙 → 1/3; pts all 3
    expect(stat('committee', '经济委')?.participation).toEqual({ pts: 1, proposals_lead: 0.3333, inspections: 0.3333 });
    // 教育界 (乙, 己, 庚): proposals_lead 己 → 1/3; inspections 乙 → 1/3
    // 经济界 (甲, 丙, 丁): proposals_lead 甲, 丙 → 2/3 = 0.6667
    expect(stat('sector', '经济界')?.participation.proposals_lead).toBe(0.6667);
    expect(stat('committee', '未填写')?.participation).toEqual({ pts: 1, proposals_lead: 1, inspections: 1 });
  });

  it('is empty for no members', () => {
    expect(groupStats([], statsMethod)).toEqual([]);
  });
});
