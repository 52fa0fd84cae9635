import { shortlistSheet, tieNotes, TIE_MARK } from '../../../src/core/notices/shortlist-sheet';
import { cell, noticeContext, rowOf, rowsText, secrets, styleAt, testMethod, testResults } from '../../support/notice-context';
import type { ShortlistResult } from '../../../src/core/types';

describe('优秀委员建议名单', () => {
  // quota 2 in 全体 (floor 0.5 × 5 = 2); 李四 and 周八 tie at 85.5 for the 2nd place → 3 taken
  const shortlist: ShortlistResult = {
    entries: [
      { row: 5, name: '张三', score: 92.5, rank: 1, grade: '优秀', group: 'all', tie: false },
      { row: 6, name: '李四', score: 85.5, rank: 2, grade: '良好', group: 'all', tie: true },
      { row: 10, name: '周八', score: 85.5, rank: 2, grade: '良好', group: 'all', tie: true },
    ],
    excluded: [{ row: 7, name: '王五', group: 'all', score: 95, grade: '不合格', reason: '否决：两次无故缺席全会' }],
    groups: [{ group: 'all', members: 6, quota: 2, taken: 3 }],
  };
  const method = testMethod({ shortlist: { label: '优秀政协委员建议名单', minGrade: '良好', quota: 0.4, rounding: 'floor', scope: 'all', excludeRoles: ['主席'], when: null } });
  const plan = shortlistSheet('优秀委员建议名单', noticeContext({ method, shortlist }));

  it('has the year and the method label as title', () => {
    expect(cell(plan, 1, 1)).toBe('2025年度优秀政协委员建议名单');
  });

  it('ranks the entries with group, score, one rank, grade and the reason each is eligible in plain words', () => {
    const zhang = rowOf(plan, '张三');
    expect(plan.values[zhang - 1].slice(0, 6)).toEqual([1, '张三', '全体委员', 92.5, 1, '优秀']);
    expect(styleAt(plan, zhang, 4).numberFormat).toBeUndefined();
    // The rank is stated once, in 名次: no second 「第1位」 in the reason.
    expect(cell(plan, zhang, 7)).toBe('等次优秀；达到基本要求');
    expect(cell(plan, zhang, 8)).toBe('');
    expect(rowOf(plan, '李四')).toBeGreaterThan(zhang);
  });

  it('marks the members tied at the cut-off and explains the list is above the quota', () => {
    for (const name of ['李四', '周八']) {
      const r = rowOf(plan, name);
      expect(cell(plan, r, 8)).toBe(TIE_MARK);
      expect(String(cell(plan, r, 7))).not.toMatch(/第\d+位/);
    }
    const note = rowOf(plan, '注：全体委员名额2名，因第2名得分并列，列入3名，超出名额1名；标注「并列，需研究确定」的委员由评审研究确定。');
    // right under the list, above the excluded members
    expect(note).toBe(rowOf(plan, '周八') + 1);
    expect(note).toBeLessThan(rowOf(plan, '王五'));
  });

  it('repeats the header row when printed; the header fits both the list and the excluded members', () => {
    const header = rowOf(plan, '入选理由或未列入原因');
    expect(plan.pageSetup?.printTitleRows).toEqual([header, header]);
    expect(rowOf(plan, '一、建议名单（3人，名额2名）')).toBe(header + 1);
  });

  it('lists the excluded members separately, with the reason', () => {
    const heading = rowOf(plan, '二、未列入名单的委员（1人）：得分达到良好及以上，但因政协职务或评价办法规定的条件未列入');
    const wang = rowOf(plan, '王五');
    expect(heading).toBeGreaterThan(rowOf(plan, '周八'));
    expect(wang).toBe(heading + 1);
    // 王五 is vetoed, so has no rank
    expect(plan.values[wang - 1]).toEqual([1, '王五', '全体委员', 95, '—', '不合格', '否决：两次无故缺席全会', '未列入']);
    expect(rowsText(plan)).toContain('　　另有1名委员的履职数据待核实，未参加评选。');
  });

  it('writes no tie note when nobody is tied', () => {
    expect(tieNotes({ entries: [], excluded: [], groups: [{ group: '提案委', members: 10, quota: 1, taken: 1 }] })).toEqual([]);
    expect(tieNotes({ entries: [], excluded: [], groups: [{ group: '提案委', members: 10, quota: 1, taken: 2 }] })[0]).toContain('提案委名额1名');
  });

  it('says so when the method sets no shortlist', () => {
    const p = shortlistSheet('优秀委员建议名单', noticeContext({ method: testMethod({ shortlist: null }), shortlist: null }));
    expect(rowsText(p).join('')).toContain('未设置优秀委员建议名单');
    expect(rowOf(p, '张三')).toBe(0);
  });

  it('prints no phone or ID number', () => {
    const text = rowsText(plan).join('\n');
    for (const s of secrets(testResults())) expect(text).not.toContain(s);
  });
});
