import { memberSlipsSheet, scoreGrade } from '../../../src/core/notices/member-slips';
import { itemRule } from '../../../src/core/notices/rules';
import { cell, heightOf, noticeContext, pages, rowOf, rowsText, secrets, styleAt, testMethod, testResults } from '../../support/notice-context';
import { PAGE_BUDGET_PT } from '../../../src/core/notices/notice-writer';
import type { Finding, MethodItem } from '../../../src/core/types';
import { COUNT_COLUMNS } from '../../../src/core/columns';

describe('个人履职告知单', () => {
  const finding: Finding = { severity: 'error', code: 'value.not_number', sheet: '统计表', cell: 'F9', row: 9, member: '孙七', params: {}, message: '单元格 F9（领衔提案）的内容「若干」不是次数，请填写整数。' };
  const ctx = noticeContext({ findings: [finding] });
  const plan = memberSlipsSheet('个人履职告知单', ctx);
  const names = testResults().map((r) => r.name);
  const pageOf = (name: string): { from: number; to: number } => pages(plan)[names.indexOf(name)];
  const textOf = (name: string): string[] => rowsText(plan, pageOf(name).from, pageOf(name).to);

  it('is one sheet with one page per member, in table order, each naming only that member', () => {
    expect(plan.pageBreaks).toHaveLength(names.length - 1);
    pages(plan).forEach((p, i) => {
      const text = rowsText(plan, p.from, p.to).join('\n');
      expect(text).toContain(`${names[i]}委员：`);
      for (const other of names.filter((n) => n !== names[i])) expect(text).not.toContain(other);
    });
  });

  it('keeps every slip within one A4 page', () => {
    for (const p of pages(plan)) expect(heightOf(plan, p.from, p.to)).toBeLessThanOrEqual(PAGE_BUDGET_PT);
  });

  it('lists the member’s counts and points per item, each category merged over its items with subtotal and bounds', () => {
    const p = pageOf('张三');
    const plenary = rowOf(plan, '出席全体会议', p.from);
    expect(plan.values[plenary - 1]).toEqual(['会议活动\n18.00分\n上限30分\n下限-20分', '出席全体会议', 1, 10, '每次10分，最多10分']);
    // the three meeting items share one category cell
    expect(plan.merges).toContain(`A${plenary}:A${plenary + 2}`);
    const committee = rowOf(plan, '专委会活动', p.from);
    // 4 activities × 2 points = 8
    expect(plan.values[committee - 1]).toEqual([null, '专委会活动', 4, 8, '每次2分，最多10分']);
    expect(cell(plan, rowOf(plan, '领衔提案', p.from), 1)).toBe('提案\n10.00分\n上限20分');
    // opinions have no category: listed last; 3 × 1.5 = 4.5
    const opinions = rowOf(plan, '报送社情民意', p.from);
    expect(plan.values[opinions - 1].slice(0, 4)).toEqual(['单列项目', '报送社情民意', 3, 4.5]);
    expect(opinions).toBeGreaterThan(committee);
    // Points without needless decimals: General format, 4.5 and 10 as they are.
    expect(styleAt(plan, plenary, 4).numberFormat).toBeUndefined();
  });

  it('makes a category cell tall enough for its text even over a single item', () => {
    const p = pageOf('张三');
    const lead = rowOf(plan, '领衔提案', p.from);
    // 提案 has two items (rows lead, lead + 1); its 3 lines at 10.5 pt need 3 × 10.5 × 1.45 + 2 = 47.7 pt
    expect(heightOf(plan, lead, lead + 1)).toBeGreaterThanOrEqual(47.5);
  });

  it('shows score, grade with its colour, rank, and that all requirements are met', () => {
    const p = pageOf('张三');
    const scoreRow = rowOf(plan, '综合得分', p.from);
    expect(cell(plan, scoreRow, 2)).toBe(60);
    expect(cell(plan, scoreRow, 4)).toBe(92.5);
    expect(styleAt(plan, scoreRow, 4).numberFormat).toBeUndefined();
    const gradeRow = rowOf(plan, '评价等次', p.from);
    expect(cell(plan, gradeRow, 2)).toBe('优秀');
    expect(styleAt(plan, gradeRow, 2).fill).toBe('#C6EFCE');
    // ranked: 张三, 李四, 赵六, 周八 (王五 vetoed, 孙七 pending)
    expect(cell(plan, gradeRow, 4)).toBe('第1名（共4人参加排名）');
    expect(textOf('张三')).toContain('　　基本要求：已全部达到。');
  });

  it('says which requirement is unmet and how it lowered the grade', () => {
    const text = textOf('赵六');
    // The requirement's failed part in plain words, from its expression (plenary_attended >= 1).
    expect(text).toContain('　　未达到基本要求「三个一」：未出席全体会议，等次最高为基本合格。');
    expect(text.join('')).not.toMatch(/[<>=]|plenary/);
    // 60 points reach 合格 by score; 三个一 caps it at 基本合格
    expect(text).toContain('　　按得分，等次应为合格；因上述情形，评定为基本合格。');
  });

  it('names the veto of a vetoed member, who is not ranked', () => {
    const text = textOf('王五');
    expect(text).toContain('　　两次无故缺席全会（全体会议无故缺席2次），等次定为不合格。');
    expect(text).toContain('不参加排名');
  });

  it('gives a pending member one neutral line: no cell, row, code, instruction, figures or points', () => {
    const p = pageOf('孙七');
    const text = textOf('孙七');
    expect(text).toContain('　　您的部分履职数据正在核实，核实后另行告知。');
    expect(text.join('')).not.toContain(finding.message);
    expect(text.join('')).not.toMatch(/[A-Z]+\d+|第\s*\d+\s*行|删除|请核实|value\.|member\./);
    expect(rowOf(plan, '领衔提案', p.from) === 0 || rowOf(plan, '领衔提案', p.from) > p.to).toBe(true);
  });

  it('lists only the items with a record when a long method would not fit on one page', () => {
    const items: MethodItem[] = COUNT_COLUMNS.filter((c) => c.kind === 'count').map((c) => ({ key: c.key, label: c.headers[0], headers: [], points: 1, from: 1, tiers: null, count: null, when: null, max: 5, min: null, category: 'meetings' }));
    const method = testMethod({ items, categories: [{ key: 'meetings', label: '履职', max: null, min: null }] });
    const p = memberSlipsSheet('个人履职告知单', noticeContext({ method, results: testResults().slice(0, 1) }));
    expect(heightOf(p, 1, p.values.length)).toBeLessThanOrEqual(PAGE_BUDGET_PT);
    // 张三 has counts in 4 of the 29 items (CONTRACT.md §7 added plenary_late, other_meetings, other_activities)
    expect(rowsText(p)).toContain('其余 25 个计分项目本年度无记录，未计分。');
  });

  it('prints no phone or ID number', () => {
    const text = rowsText(plan).join('\n');
    for (const s of secrets(testResults())) expect(text).not.toContain(s);
  });

  it('describes the scoring rule of each item', () => {
    const base: MethodItem = { key: 'proposals_accepted', label: '提案立案', headers: [], points: 5, from: 2, tiers: null, count: null, when: null, max: 20, min: null, category: null };
    expect(itemRule(base)).toBe('第2件起每件5分，最多20分');
    expect(itemRule({ ...base, key: 'plenary_absent', points: -10, from: 1, max: null, min: -30 })).toBe('每次扣10分，最多扣30分');
    expect(itemRule({ ...base, key: 'opinions_adopted', points: 2.5, from: 1, max: null })).toBe('每篇2.5分');
  });

  it('finds the grade the score alone gives', () => {
    const m = testMethod();
    expect([95, 90, 89.99, 60, 50, 0].map((s) => scoreGrade(m, s))).toEqual(['优秀', '优秀', '良好', '合格', '基本合格', '不合格']);
    expect(scoreGrade(m, null)).toBeNull();
  });
});
