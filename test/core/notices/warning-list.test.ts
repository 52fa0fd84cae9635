import { warningListSheet, warningReasons } from '../../../src/core/notices/warning-list';
import { cell, noticeContext, rowOf, rowsText, secrets, testResults } from '../../support/notice-context';
import { memberResult } from '../../support/builders';

describe('履职预警名单', () => {
  const plan = warningListSheet('履职预警名单', noticeContext());

  it('lists the vetoed member, the one failing a requirement and the one with no activity, with reasons', () => {
    const wang = rowOf(plan, '王五');
    expect(cell(plan, wang, 8)).toBe('未达到基本要求「三个一」：未出席全体会议；否决情形：两次无故缺席全会');
    const zhao = rowOf(plan, '赵六');
    expect(cell(plan, zhao, 8)).toBe('未达到基本要求「三个一」：未出席全体会议；全年无履职记录');
    expect(cell(plan, zhao, 6)).toBe(60);
    expect(cell(plan, zhao, 7)).toBe('基本合格');
  });

  it('leaves out members in good standing and pending members, and says how many are pending', () => {
    for (const name of ['张三', '李四', '周八', '孙七']) expect(rowOf(plan, name)).toBe(0);
    expect(rowsText(plan)).toContain('　　另有1名委员的履职数据待核实，核实前未列入本名单。');
    expect(rowsText(plan).join('')).toContain('共2人');
  });

  it('treats a member with every count 0 as having no activity, and any count as activity', () => {
    expect(warningReasons(memberResult({ row: 1, name: '甲', counts: { plenary_attended: 0, proposals_lead: 0 } }))).toEqual(['全年无履职记录']);
    expect(warningReasons(memberResult({ row: 1, name: '乙', counts: { plenary_attended: 0, welfare_activities: 1 } }))).toEqual([]);
    expect(warningReasons(memberResult({ row: 1, name: '丙', counts: {}, status: 'pending' }))).toEqual([]);
  });

  it('repeats the header on every printed page', () => {
    const header = rowOf(plan, '预警原因');
    expect(plan.pageSetup?.printTitleRows).toEqual([header, header]);
  });

  it('prints no phone or ID number', () => {
    const text = rowsText(plan).join('\n');
    for (const s of secrets(testResults())) expect(text).not.toContain(s);
  });
});
