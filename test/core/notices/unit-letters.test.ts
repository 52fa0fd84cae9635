import { letterNotes, letterPlan, unitGroups, unitLetterSheets, unitLettersSheet } from '../../../src/core/notices/unit-letters';
import { heightOf, noticeContext, pages, rowOf, rowsText, secrets, testResults } from '../../support/notice-context';
import { memberResult } from '../../support/builders';
import { PAGE_BUDGET_PT } from '../../../src/core/notices/notice-writer';

describe('单位告知', () => {
  const ctx = noticeContext();
  const plan = unitLettersSheet('单位告知', ctx);
  // 赵六 has no unit: there is no one to send a letter to, and the run says so.
  const units = ['区教育局', '区卫健委', '区财政局'];
  const membersOf: Record<string, string[]> = { 区教育局: ['张三', '王五'], 区卫健委: ['李四', '周八'], 区财政局: ['孙七'] };
  const allNames = testResults().map((r) => r.name);

  it('groups members by unit in table order, members without a unit under 未填写单位', () => {
    expect(unitGroups(ctx.results).map((g) => [g.unit, g.members.map((m) => m.name)])).toEqual([...units.slice(0, 2), '未填写单位', units[2]].map((u) => [u, membersOf[u] ?? ['赵六']]));
  });

  it('writes letters to employer units only: not to members without a unit, nor to the committee itself, and says so', () => {
    const results = [...testResults(), memberResult({ row: 11, name: '钱九', unit: '政协X区委员会办公室', counts: { plenary_attended: 1 }, score: 80, grade: '良好', rank: 3 }), memberResult({ row: 12, name: '吴十', unit: 'X区政协', counts: {}, score: 60, grade: '合格', rank: 5 })];
    const c = noticeContext({ results });
    expect(letterPlan(c).groups.map((g) => g.unit)).toEqual(units);
    expect(letterPlan(c).committee.map((m) => m.name)).toEqual(['钱九', '吴十']);
    expect(letterNotes(c)).toEqual(['2 名委员的工作单位是政协X区委员会本身，不生成单位告知：钱九、吴十。', '1 名委员未填写工作单位，无法生成单位告知：赵六。']);
    expect(rowsText(unitLettersSheet('单位告知', c)).join('')).not.toContain('钱九');
  });

  it('counts a member listed twice once in the head count and the table', () => {
    const results = testResults();
    const dupe = { ...results[0], row: 11 };
    const findings = [{ severity: 'error' as const, code: 'member.duplicate' as const, sheet: '统计表', cell: 'B11', row: 11, member: '张三', params: {}, message: '重复' }];
    const p = unitLettersSheet('单位告知', noticeContext({ results: [...results, dupe], findings }));
    const first = pages(p)[0];
    expect(rowsText(p, first.from, first.to).join('')).toContain('现将贵单位2名委员的履职情况告知如下');
    expect(p.values.filter((row) => row.includes('张三'))).toHaveLength(1);
  });

  it('prints every letter in the same type sizes', () => {
    const sizes = new Set(pages(plan).map((pg) => plan.styles.find((s) => Number(/\d+/.exec(s.range)?.[0]) === pg.from)?.style.font?.size));
    expect(sizes.size).toBe(1);
  });

  it('has one page per unit: a manual page break before every unit but the first', () => {
    expect(plan.pageBreaks).toHaveLength(units.length - 1);
    expect(pages(plan)).toHaveLength(units.length);
  });

  it('addresses each page to its unit and names only that unit’s members, in any cell of its rows', () => {
    pages(plan).forEach((p, i) => {
      const unit = units[i];
      const text = rowsText(plan, p.from, p.to);
      expect(text).toContain(`${unit}：`);
      for (const name of allNames) {
        if (membersOf[unit].includes(name)) expect(text).toContain(name);
        else expect(text.join('\n')).not.toContain(name);
      }
      for (const other of units.filter((u) => u !== unit)) expect(text.join('\n')).not.toContain(other);
    });
  });

  it('has no notes, links, hidden rows or formulas that could point elsewhere', () => {
    expect(plan.hyperlinks).toEqual([]);
    for (const v of plan.values.flat()) if (typeof v === 'string') expect(v.startsWith('=')).toBe(false);
  });

  it('prints counts, score without needless decimals and grade; pending members as 待核实 without counts, with one neutral line', () => {
    const zhang = rowOf(plan, '张三');
    // 会议 出席 1, 请假 0, 缺席 0; 活动 4; 提案 2; 社情民意 3; 得分 92.5; 等次 优秀
    expect(plan.values[zhang - 1]).toEqual([1, '张三', '教育界', '提案委', 1, 0, 0, 4, 2, 3, 92.5, '优秀']);
    expect(plan.styles.some((s) => s.style.numberFormat === '0.00')).toBe(false);
    const sun = rowOf(plan, '孙七');
    expect(plan.values[sun - 1].slice(4)).toEqual(['—', '—', '—', '—', '—', '—', '—', '待核实']);
    const page = pages(plan)[2];
    expect(rowsText(plan, page.from, page.to).join('')).toContain('标「待核实」的委员，部分履职数据正在核实，核实后另行告知。');
  });

  it('fills the unit placeholders and signs and dates every page', () => {
    const first = pages(plan)[0];
    const text = rowsText(plan, first.from, first.to).join('\n');
    expect(text).toContain('现将贵单位2名委员的履职情况告知如下');
    expect(rowsText(plan, first.to, first.to)).toEqual(['2025年12月26日']);
    expect(rowsText(plan, first.to - 1, first.to - 1)).toEqual(['政协X区委员会办公室']);
    for (const p of pages(plan)) expect(rowsText(plan, p.from, p.to)).toContain('2025年12月26日');
  });

  it('keeps every page within one A4 page, shrinking the fonts for a big unit', () => {
    const big = Array.from({ length: 18 }, (_, i) => memberResult({ row: 5 + i, name: `委员${i + 1}`, unit: '区人民医院', counts: { plenary_attended: 1 }, score: 70, grade: '合格', rank: 1 }));
    const p = unitLettersSheet('单位告知', noticeContext({ results: big }));
    expect(pages(p)).toHaveLength(1);
    expect(heightOf(p, 1, p.values.length)).toBeLessThanOrEqual(PAGE_BUDGET_PT);
    for (const page of pages(plan)) expect(heightOf(plan, page.from, page.to)).toBeLessThanOrEqual(PAGE_BUDGET_PT);
  });

  it('prints no phone or ID number', () => {
    const text = rowsText(plan).join('\n');
    for (const s of secrets(testResults())) expect(text).not.toContain(s);
  });

  it('splits into one standalone sheet per unit with the same layout', () => {
    const split = unitLetterSheets(ctx);
    expect(split.map((s) => s.unit)).toEqual(units);
    split.forEach(({ unit, sheet }, i) => {
      const p = pages(plan)[i];
      expect(sheet.values).toEqual(plan.values.slice(p.from - 1, p.to));
      expect(sheet.pageBreaks).toEqual([]);
      expect(sheet.pageSetup?.printArea).toBe(`A1:L${sheet.values.length}`);
      const text = rowsText(sheet).join('\n');
      for (const name of allNames) expect(text.includes(name)).toBe(membersOf[unit].includes(name));
    });
  });
});

describe('单位告知 page setup', () => {
  it('prints A4 portrait without page numbers (a unit should not see it got page 3 of 9)', () => {
    const plan = unitLettersSheet('单位告知', noticeContext());
    expect(plan.pageSetup).toMatchObject({ paperSize: 'A4', orientation: 'portrait', margins: { top: 37, left: 28 } });
    expect(plan.pageSetup?.footerCenter).toBeUndefined();
    expect(plan.pageSetup?.printTitleRows).toBeUndefined();
    for (const { sheet } of unitLetterSheets(noticeContext())) expect(sheet.pageSetup?.footerCenter).toBeUndefined();
  });
});
