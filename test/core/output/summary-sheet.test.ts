import { summarySheet } from '../../../src/core/output/summary-sheet';
import { memberResult } from '../../support/builders';
import { allValues, binding, location, rowValues, runsCovering, smallMethod, valueAt } from '../../support/output-fixtures';
import type { MemberResult } from '../../../src/core/types';

const PHONE = '13800138000';
const ID = '110101199001011234';
const secret = { phone: PHONE, idNumber: ID };

// Method: base 60, plenary 10 each (会议活动), proposals 5 each (建言献策), 结对帮扶 2.5 each (no category).
const members: readonly MemberResult[] = [
  // 60 + 10 + 2×5 + 2×2.5 = 85
  memberResult({ row: 3, name: '张三', sector: '经济界', committee: '经济委', unit: '甲公司', ...secret, counts: { plenary_attended: 1, proposals_lead: 2, poverty_help: 2, violations: 0 }, itemPoints: { plenary_attended: 10, proposals_lead: 10, poverty_help: 5 }, categories: { meetings: 10, advice: 10 }, score: 85, grade: '合格', rank: 3 }),
  memberResult({ row: 4, name: '李四', sector: '教育界', committee: '文史委', unit: '乙学校', ...secret, counts: { plenary_attended: 1, poverty_help: 0, violations: 0 }, status: 'pending', score: 50, grade: '不合格', rank: 9, categories: { meetings: 10 } }),
  // 60 + 10 + 4×5 + 2×2.5 = 95
  memberResult({ row: 5, name: '王五', sector: '经济界', committee: '经济委', unit: '丙厂', ...secret, counts: { plenary_attended: 1, proposals_lead: 4, poverty_help: 2, violations: 0 }, itemPoints: { plenary_attended: 10, proposals_lead: 20, poverty_help: 5 }, categories: { meetings: 10, advice: 20 }, score: 95, grade: '优秀', rank: 1 }),
  // 60 + 10 + 4×5 + 1×2.5 = 92.5
  memberResult({ row: 6, name: '赵六', sector: '医卫界', committee: '提案委', unit: '丁医院', ...secret, counts: { plenary_attended: 1, proposals_lead: 4, poverty_help: 1, violations: 0 }, itemPoints: { plenary_attended: 10, proposals_lead: 20, poverty_help: 2.5 }, categories: { meetings: 10, advice: 20 }, score: 92.5, grade: '优秀', rank: 2 }),
  // 60 + 10 + 0 + 0 = 70, but vetoed: grade 不合格, no rank
  memberResult({ row: 7, name: '钱七', sector: '医卫界', committee: '提案委', unit: '戊局', ...secret, counts: { plenary_attended: 1, proposals_lead: 0, poverty_help: 0, violations: 1 }, itemPoints: { plenary_attended: 10, proposals_lead: 0, poverty_help: 0 }, categories: { meetings: 10, advice: 0 }, score: 70, grade: '不合格', status: 'vetoed', rank: null, vetoes: ['违纪违法'], notes: ['否决：违纪违法', '未达基本要求：三个一'] }),
];

describe('summarySheet', () => {
  const method = smallMethod();
  const plan = summarySheet('履职汇总', members, method, location());

  it('titles the sheet with the committee and the year, and writes the header in the documented order', () => {
    expect(valueAt(plan, 'A1')).toBe('政协测试区委员会2025年度委员履职汇总');
    expect(valueAt(summarySheet('履职汇总', members, method, location(), { committee: '政协Y县委员会', year: 2024 }), 'A1')).toBe('政协Y县委员会2024年度委员履职汇总');
    // The title stays over the first page's columns (A–O, worked out below), not centred across two pages.
    expect(plan.merges).toContain('A1:O1');
    expect(rowValues(plan, 2)).toEqual(['序号', '姓名', '界别', '专委会', '工作单位', '出席全体会议', '领衔提案', '结对帮扶', '违纪违法', '会议活动', '建言献策', '其他项目得分', '总分', '等次', '排名', '状态', '备注']);
  });

  it('writes one row per member in table order, numbers as numbers', () => {
    expect(rowValues(plan, 3)).toEqual([1, '张三', '经济界', '经济委', '甲公司', 1, 2, 2, 0, 10, 10, 5, 85, '合格', 3, '已评分', null]);
    expect(rowValues(plan, 6)).toEqual([4, '赵六', '医卫界', '提案委', '丁医院', 1, 4, 1, 0, 10, 20, 2.5, 92.5, '优秀', 2, '已评分', null]);
    expect(plan.values).toHaveLength(2 + members.length);
    expect(typeof valueAt(plan, 'M3')).toBe('number');
  });

  it('leaves points, score, grade and rank blank for a pending member, whatever the result carries', () => {
    // 李四 has no 领衔提案 count (the cell had an error): shown blank, not 0
    expect(rowValues(plan, 4)).toEqual([2, '李四', '教育界', '文史委', '乙学校', 1, null, 0, 0, null, null, null, null, null, null, '待核实', null]);
  });

  it('shows a vetoed member with score and grade, no rank, status 否决 and notes joined with ；', () => {
    expect(rowValues(plan, 7)).toEqual([5, '钱七', '医卫界', '提案委', '戊局', 1, 0, 0, 1, 10, 0, 0, 70, '不合格', null, '否决', '否决：违纪违法；未达基本要求：三个一']);
  });

  it('never writes phone numbers or ID numbers, though the table has those columns', () => {
    const texts = allValues(plan).map(([, v]) => String(v));
    expect(texts.some((t) => t.includes(PHONE) || t.includes(ID))).toBe(false);
    expect(texts).not.toContain('联系电话');
    expect(texts).not.toContain('身份证号');
  });

  it('fills grade cells with the method colour: one conditional format per coloured grade, whatever the rows', () => {
    expect(plan.styles.filter((s) => s.range.startsWith('N') && s.style.fill)).toEqual([]);
    // 优秀 #C6EFCE and 不合格 #FFC7CE have colours; 合格 has none; the rules cover the 等次 column's data rows
    expect(plan.conditionalFills).toEqual([
      { range: 'N3:N7', equals: '优秀', fill: '#C6EFCE' },
      { range: 'N3:N7', equals: '不合格', fill: '#FFC7CE' },
    ]);
    expect(runsCovering(plan, 'N7').some((r) => r.style.border === 'thin')).toBe(true);
  });

  it('formats scores as 0.00 over the whole column in one run', () => {
    expect(runsCovering(plan, 'M6').some((r) => r.range === 'M3:M7' && r.style.numberFormat === '0.00')).toBe(true);
  });

  it('freezes below the header and after 姓名, prints landscape fitted to width, readable, with the header repeated and pages from 1', () => {
    expect(plan.freeze).toEqual({ rows: 2, columns: 2 });
    // 17 columns of 200 width units, planned at 9 px a unit (a host without Calibri) + 5 px each:
    // 200 × 6.75 + 17 × 3.75 = 1,413.75 pt. One A3 page wide (1,133.86 pt) would print the 10 pt type
    // at 8.0 pt, under the 8.5 pt kept as margin: so A3 two pages wide at full size, 序号 and 姓名 repeated.
    // Page 1 at scale 1: A–O add up to 1,082.25 + 57.75 = 1,140 > 1,133.86 with P, so A–O (15 columns).
    expect(plan.pageSetup).toMatchObject({ paperSize: 'A3', orientation: 'landscape', fitToWidth: true, pagesWide: 2, printTitleColumns: [1, 2], printTitleRows: [2, 2], firstPageNumber: 1 });
    expect(plan.columnWidths).toHaveLength(17);
  });

  it('shows 委员编号 only when the table has it and some member has one', () => {
    const withId = location({ columns: [...location().columns, binding('member_id', 12, '委员编号')] });
    const blank = summarySheet('履职汇总', members, method, withId);
    expect(rowValues(blank, 2)).not.toContain('委员编号');
    const numbered = summarySheet('履职汇总', [{ ...members[0], memberId: 'W001' }, ...members.slice(1)], method, withId);
    expect(rowValues(numbered, 2).slice(0, 3)).toEqual(['序号', '姓名', '委员编号']);
    expect(valueAt(numbered, 'C3')).toBe('W001');
  });

  it('leaves out 其他项目得分 when every item has a category, and uses built-in labels for items the method does not score', () => {
    const allCategorised = smallMethod({ items: smallMethod().items.filter((i) => i.category !== null) });
    const p = summarySheet('履职汇总', members, allCategorised, location());
    const header = rowValues(p, 2);
    expect(header).not.toContain('其他项目得分');
    // poverty_help is not in this method: its column keeps the table's own header
    expect(header).toContain('帮扶户数');
  });

  it('keeps the number of style runs independent of the number of members', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...members[0], row: i + 3, name: `委员${i}` }));
    const big = summarySheet('履职汇总', many, method, location());
    // no grade colour for 合格, nobody pending: only the fixed runs remain
    expect(big.styles.length).toBeLessThan(30);
  });
});
