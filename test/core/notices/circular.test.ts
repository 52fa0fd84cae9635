import { circularSheet, chineseNumber } from '../../../src/core/notices/circular';
import { cell, noticeContext, rowOf, rowsText, secrets, shownFill, styleAt, testMethod, testResults } from '../../support/notice-context';
import type { NoticeSettings } from '../../../src/core/types';

const SETTINGS: NoticeSettings = {
  office: null,
  docNumber: null,
  date: null,
  circularTitle: null,
  recipients: null,
  circularOpening: null,
  circularClosing: null,
  circularGroupBy: 'grade',
  pending: 'list',
  unitTitle: null,
  unitOpening: null,
  unitClosing: null,
  slipTitle: null,
  slipOpening: null,
};

describe('履职通报', () => {
  const plan = circularSheet('履职通报', noticeContext());

  it('starts with the default title for the year of the run and the committee, then the 主送 line', () => {
    expect(String(cell(plan, 1, 1)).replace(/\n/g, '')).toBe('关于政协X区委员会委员2025年度履职情况的通报');
    expect(plan.merges).toContain('A1:K1');
    expect(styleAt(plan, 1, 1).font?.size).toBe(22);
    // 主送 (GB/T 9704): flush left, before the body, ending in a full-width colon.
    expect(cell(plan, 3, 1)).toBe('各位委员：');
    const year2024 = circularSheet('履职通报', noticeContext({ year: 2024, yearOrigin: 'title' }));
    expect(String(cell(year2024, 1, 1)).replace(/\n/g, '')).toBe('关于政协X区委员会委员2024年度履职情况的通报');
  });

  it('opens with the counts filled in, and says pending members are checked separately', () => {
    const opening = rowsText(plan).find((t) => t.includes('全体委员6人'));
    // 6 members, 5 evaluated (one pending); grades 优秀1 良好2 基本合格1 不合格1
    expect(opening).toContain('全体委员6人，参加综合评价5人，其中优秀1人、良好2人、基本合格1人、不合格1人。');
    expect(opening).toContain('另有1名委员的部分履职数据正在核实');
    expect(opening).toContain('《政协X区委员会委员履职综合评价办法》');
  });

  it('groups by grade, highest first, leaving out empty grades', () => {
    const sections = ['一、优秀（1人）', '二、良好（2人）', '三、基本合格（1人）', '四、不合格（1人）'].map((s) => rowOf(plan, s));
    sections.forEach((r) => expect(r).toBeGreaterThan(0));
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
    expect(rowOf(plan, '合格（0人）')).toBe(0);
  });

  it('prints each member with sector, committee, counts per area and the grade', () => {
    const r = rowOf(plan, '张三');
    // 会议 出席/请假/缺席 count meetings only (plenary 1); 活动 the 4 committee activities; 提案 2; 社情民意 3.
    // No 发言 or 其他 column: the table has none of their items.
    expect(plan.values[r - 1]).toEqual([1, '张三', '教育界', '提案委', 1, 0, 0, 4, 2, 3, '优秀']);
    const wang = rowOf(plan, '王五');
    expect(plan.values[wang - 1].slice(4, 7)).toEqual([0, 0, 2]);
    expect(cell(plan, wang, 11)).toBe('不合格');
  });

  it('colours the grade cells with the method colours: one conditional format per coloured grade over the 等次 column', () => {
    expect(shownFill(plan, rowOf(plan, '张三'), 11)).toBe('#C6EFCE');
    expect(shownFill(plan, rowOf(plan, '王五'), 11)).toBe('#FFC7CE');
    expect(shownFill(plan, rowOf(plan, '张三'), 2)).toBeNull();
    expect(styleAt(plan, rowOf(plan, '张三'), 11).fill).toBeUndefined();
    // one rule per grade that has a colour in the test method (合格 has none)
    expect(plan.conditionalFills?.map((c) => [c.equals, c.fill])).toEqual([
      ['优秀', '#C6EFCE'],
      ['良好', '#DDEBF7'],
      ['基本合格', '#FFEB9C'],
      ['不合格', '#FFC7CE'],
    ]);
  });

  it('repeats the two header rows on every printed page', () => {
    const header = rowOf(plan, '会议');
    expect(plan.pageSetup?.printTitleRows).toEqual([header, header + 1]);
    expect(plan.values[header].slice(4, 7)).toEqual(['出席', '请假', '缺席']);
    expect(plan.pageSetup).toMatchObject({ paperSize: 'A4', orientation: 'portrait', fitToWidth: true, printArea: `A1:K${plan.values.length}`, footerCenter: '— &P —', firstPageNumber: 1 });
  });

  it('says under the table what each count column adds up', () => {
    const note = rowsText(plan).find((t) => t.startsWith('注：'));
    expect(note).toBe('注：「会议」为全体会议的出席、请假、无故缺席次数；「活动」为专委会活动的次数；「提案」为领衔提案的件数；「社情民意」为报送社情民意的篇数。');
  });

  it('does not publish pending members as graded: they are in a separate list after the table', () => {
    const heading = rowOf(plan, '待核实委员（1人）');
    const sun = rowOf(plan, '孙七');
    expect(heading).toBeGreaterThan(rowOf(plan, '王五'));
    expect(sun).toBeGreaterThan(heading);
    expect(plan.values[sun - 1]).toContain('履职数据正在核实');
    expect(rowsText(plan, sun, sun)).not.toContain('合格');
  });

  it('omits pending members entirely when the settings say so', () => {
    const omit = circularSheet('履职通报', noticeContext({ method: testMethod({ notice: { ...SETTINGS, pending: 'omit' } }) }));
    expect(rowOf(omit, '孙七')).toBe(0);
    expect(rowsText(omit).join('')).not.toContain('待核实');
  });

  it('ends with the closing paragraph, the office and the date at the bottom right', () => {
    const last = plan.values.length;
    expect(cell(plan, last, 4)).toBe('2025年12月26日');
    expect(cell(plan, last - 1, 4)).toBe('政协X区委员会办公室');
    expect(styleAt(plan, last, 4).horizontal).toBe('right');
    expect(rowsText(plan, last - 4, last - 2).join('')).toContain('希望受到表扬的委员');
  });

  it('uses the office wording, placeholders filled and unknown ones left visible', () => {
    const method = testMethod({
      year: null,
      notice: { ...SETTINGS, office: '政协Y区委员会办公室', docNumber: 'Y政协办〔{年度}〕12号', date: '2026年1月5日', circularTitle: '{年度}年度{届次}委员履职通报', circularOpening: '共{人数}人，优秀{优秀人数}人。', circularClosing: '此致。' },
    });
    const p = circularSheet('履职通报', noticeContext({ method, year: 2026, today: { year: 2026, month: 1, day: 3 } }));
    expect(cell(p, 1, 1)).toBe('Y政协办〔2026〕12号');
    expect(cell(p, 2, 1)).toBe('2026年度{届次}委员履职通报');
    expect(rowsText(p)).toContain('　　共6人，优秀1人。');
    expect(rowsText(p)).toContain('　　此致。');
    expect(cell(p, p.values.length, 4)).toBe('2026年1月5日');
    expect(cell(p, p.values.length - 1, 4)).toBe('政协Y区委员会办公室');
  });

  it('prints the 主送 the settings give, with one full-width colon at its end', () => {
    const at = (recipients: string | null): unknown => cell(circularSheet('履职通报', noticeContext({ method: testMethod({ notice: { ...SETTINGS, recipients } }) })), 3, 1);
    expect(at(null)).toBe('各位委员：');
    expect(at('全体委员、各专门委员会')).toBe('全体委员、各专门委员会：');
    expect(at('{本会}各位委员:')).toBe('政协X区委员会各位委员：');
    expect(at('  ')).toBe('各位委员：');
  });

  it('groups by committee in table order when asked, members without one under 未填写专委会', () => {
    const p = circularSheet('履职通报', noticeContext({ method: testMethod({ notice: { ...SETTINGS, circularGroupBy: 'committee' } }) }));
    const rows = ['一、提案委（2人）', '二、经济委（1人）', '三、未填写专委会（1人）', '四、文史委（1人）'].map((s) => rowOf(p, s));
    rows.forEach((r) => expect(r).toBeGreaterThan(0));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it('gives the long paragraphs rows tall enough for their lines', () => {
    const r = plan.values.findIndex((row) => typeof row[0] === 'string' && row[0].includes('全体委员6人')) + 1;
    const height = plan.rowHeights.find((h) => h.row === r)?.height ?? 0;
    const lines = String(cell(plan, r, 1)).split('\n');
    expect(height).toBeGreaterThanOrEqual(lines.length * 16 * 1.45);
    // Broken by the product, never with a closing mark at a line start.
    for (const line of lines.slice(1)) expect('，。、；：）》」'.includes(line[0])).toBe(false);
    // about 90 characters at 16 pt in 74.5 units (≈ 385 pt): at least 4 lines of 16 × 1.45 pt
    expect(height).toBeGreaterThanOrEqual(4 * 16 * 1.45);
  });

  it('lists a member once whatever the duplicates, and counts them once', () => {
    const results = testResults();
    // Row 11 repeats 张三 (row 5): member.duplicate names it; both rows are pending.
    const dupe = { ...results[0], row: 11, status: 'pending' as const, score: null, grade: null, rank: null };
    const first = { ...results[0], status: 'pending' as const, score: null, grade: null, rank: null };
    const findings = [{ severity: 'error' as const, code: 'member.duplicate' as const, sheet: '统计表', cell: 'B11', row: 11, member: '张三', params: {}, message: '重复' }];
    const p = circularSheet('履职通报', noticeContext({ results: [first, ...results.slice(1), dupe], findings }));
    expect(p.values.filter((row) => row.includes('张三'))).toHaveLength(1);
    expect(rowsText(p).join('')).toContain('全体委员6人');
  });

  it('prints no phone or ID number', () => {
    const text = rowsText(plan).join('\n');
    for (const s of secrets(testResults())) expect(text).not.toContain(s);
  });

  it('numbers sections in Chinese', () => {
    expect([1, 9, 10, 12, 20, 25].map(chineseNumber)).toEqual(['一', '九', '十', '十二', '二十', '二十五']);
  });
});
