import { EMPTY_DIMENSION_TEXT, groupsSheet, NO_DIMENSION_TEXT } from '../../../src/core/output/groups-sheet';
import { allValues, binding, location, rowOf, rowValues, smallMethod, valueAt } from '../../support/output-fixtures';
import type { GroupStat } from '../../../src/core/types';

function stat(dimension: GroupStat['dimension'], group: string, over: Partial<GroupStat> = {}): GroupStat {
  return { dimension, group, members: 2, graded: 2, pending: 0, vetoed: 0, meanScore: 80, grades: { 优秀: 1, 合格: 1, 不合格: 0 }, participation: { plenary_attended: 1, proposals_lead: 0.5, poverty_help: 0 }, ...over };
}

const stats: readonly GroupStat[] = [
  stat('committee', '经济委', { meanScore: 90, participation: { plenary_attended: 1, proposals_lead: 1, poverty_help: 0.5 } }),
  stat('committee', '文史委', { members: 3, graded: 1, pending: 1, vetoed: 1, meanScore: 76.25, grades: { 优秀: 0, 合格: 1, 不合格: 1 }, participation: { plenary_attended: 0.6667, proposals_lead: 0.3333, poverty_help: 0 } }),
  stat('sector', '经济界', { members: 5 }),
  stat('liaison_group', '东街道', { members: 5 }),
];

describe('groupsSheet', () => {
  const method = smallMethod();
  // the fixture table has 界别 and 专委会 but no 联络组
  const plan = groupsSheet('分组统计', stats, method, location());

  it('writes one section per dimension present in the table, in the order 专委会, 界别', () => {
    expect(valueAt(plan, 'A1')).toBe('政协测试区委员会2025年度委员履职分组统计');
    const committee = rowOf(plan, '按专委会');
    const sector = rowOf(plan, '按界别');
    expect(committee).toBe(3);
    expect(sector).toBeGreaterThan(committee);
    expect(rowOf(plan, '按联络组')).toBe(0);
    expect(allValues(plan).some(([, v]) => v === '东街道')).toBe(false);
  });

  it('has counts, mean, one column per grade and participation per counted item', () => {
    expect(rowValues(plan, 4)).toEqual(['分组', '委员人数', '已评分', '待核实', '否决', '平均分', '优秀', '合格', '不合格', '出席全体会议参与率', '领衔提案参与率', '结对帮扶参与率']);
    expect(rowValues(plan, 5)).toEqual(['经济委', 2, 2, 0, 0, 90, 1, 1, 0, 1, 1, 0.5]);
    expect(rowValues(plan, 6)).toEqual(['文史委', 3, 1, 1, 1, 76.25, 0, 1, 1, 0.6667, 0.3333, 0]);
  });

  it('adds a 合计 row summing the member counts (2 + 3 = 5 members; 0 + 1 pending; 1 + 0 优秀…)', () => {
    expect(rowValues(plan, 7)).toEqual(['合计', 5, 3, 1, 1, null, 1, 2, 1, null, null, null]);
  });

  it('formats rates as 0.0% and means as 0.00, one run per column per section', () => {
    const format = (range: string): string | undefined => plan.styles.find((s) => s.range === range)?.style.numberFormat;
    expect(format('J5:J7')).toBe('0.0%');
    expect(format('F5:F7')).toBe('0.00');
    const sectionHeader = rowOf(plan, '按界别') + 1;
    expect(format(`J${sectionHeader + 1}:J${sectionHeader + 2}`)).toBe('0.0%');
    // one bold run over the 合计 row
    expect(plan.styles).toContainEqual({ range: 'A7:L7', style: { font: { bold: true } } });
  });

  it('does not count the violation flag as participation', () => {
    expect(rowValues(plan, 4)).not.toContain('违纪违法参与率');
  });

  it('says so when the table has no grouping column', () => {
    const none = groupsSheet('分组统计', [], method, location({ columns: location().columns.filter((c) => !['committee', 'sector'].includes(c.key)) }));
    expect(valueAt(none, 'A3')).toBe(NO_DIMENSION_TEXT);
    expect(none.values).toHaveLength(3);
  });

  it('says so when a grouping column exists but is blank for everyone', () => {
    const withGroup = location({ columns: [...location().columns, binding('liaison_group', 12, '联络组')] });
    const p = groupsSheet('分组统计', stats.filter((s) => s.dimension !== 'liaison_group'), method, withGroup);
    const row = rowOf(p, '按联络组');
    expect(row).toBeGreaterThan(0);
    expect(valueAt(p, `A${row + 1}`)).toBe(EMPTY_DIMENSION_TEXT);
  });

  it('prints A4 landscape fitted to width', () => {
    expect(plan.pageSetup).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true });
  });
});
