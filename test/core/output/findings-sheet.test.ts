import { finding } from '../../../src/core/findings';
import type { Finding } from '../../../src/core/types';
import { findingsSheet, orderFindings, summaryLine, SEVERITY_FILL } from '../../../src/core/output/findings-sheet';
import { allValues, rowValues, runsCovering, valueAt } from '../../support/output-fixtures';

const S = '统计表';
const info = finding('value.normalized', { sheet: S, cell: 'H7', row: 7, member: '王五' }, { item: '出席全体会议', text: '１', value: 1 });
const warn = finding('row.hidden', { sheet: S, cell: null, row: 5, member: '李四' }, {});
const errLate = finding('value.not_number', { sheet: S, cell: 'I9', row: 9, member: '赵六' }, { item: '领衔提案', text: '若干' });
const errEarly = finding('value.negative', { sheet: S, cell: 'H4', row: 4, member: '张三' }, { item: '出席全体会议', text: '-1' });
const errSameRowLeft = finding('value.fraction', { sheet: S, cell: 'C9', row: 9, member: '赵六' }, { item: '出席全体会议', text: '1.5' });
const all: readonly Finding[] = [info, warn, errLate, errEarly, errSameRowLeft];

describe('orderFindings', () => {
  it('puts errors first, then warnings, then info, each by row then column', () => {
    expect(orderFindings(all)).toEqual([errEarly, errSameRowLeft, errLate, warn, info]);
  });
});

describe('summaryLine', () => {
  it('counts each severity and explains pending members when there are errors', () => {
    expect(summaryLine(all)).toBe('错误 3 条、警告 1 条、提示 1 条。有错误的委员暂不评分（待核实），改正后请重新运行。');
  });
  it('has no pending sentence without errors', () => {
    expect(summaryLine([warn])).toBe('错误 0 条、警告 1 条、提示 0 条。');
  });
});

describe('findingsSheet', () => {
  const plan = findingsSheet('校验结果', all, '委员履职.xlsx');

  it('writes a title with the file name, the summary line and the header row', () => {
    expect(plan.name).toBe('校验结果');
    expect(valueAt(plan, 'A1')).toBe('数据校验结果——委员履职.xlsx');
    expect(valueAt(plan, 'A2')).toBe(summaryLine(all));
    // No 代码 column: the office reads this sheet; the codes stay in the JSON report.
    expect(rowValues(plan, 3)).toEqual(['序号', '级别', '工作表', '单元格', '行', '委员', '说明']);
    expect(plan.merges).toEqual(expect.arrayContaining(['A1:G1', 'A2:G2']));
    expect(allValues(plan).filter(([, v]) => typeof v === 'string' && /[a-z]+\.[a-z_]+/.test(v))).toEqual([]);
  });

  it('lists findings in order with every field', () => {
    // rows 4..8 = errEarly, errSameRowLeft, errLate, warn, info
    expect(rowValues(plan, 4)).toEqual([1, '错误', S, 'H4', 4, '张三', errEarly.message]);
    expect(rowValues(plan, 6)).toEqual([3, '错误', S, 'I9', 9, '赵六', errLate.message]);
    expect(rowValues(plan, 7)).toEqual([4, '警告', S, null, 5, '李四', warn.message]);
    expect(rowValues(plan, 8)).toEqual([5, '提示', S, 'H7', 7, '王五', info.message]);
    expect(plan.values).toHaveLength(8);
  });

  it('links each finding with a cell to that cell, and a row-only finding to its row', () => {
    expect(plan.hyperlinks).toEqual([
      { cell: 'D4', sheet: S, target: 'H4' },
      { cell: 'D5', sheet: S, target: 'C9' },
      { cell: 'D6', sheet: S, target: 'I9' },
      { cell: 'E7', sheet: S, target: 'A5' },
      { cell: 'D8', sheet: S, target: 'H7' },
    ]);
  });

  it('colours the 级别 cells with one run per severity block', () => {
    const fills = plan.styles.filter((s) => s.style.fill && s.range.startsWith('B')).map((s) => [s.range, s.style.fill]);
    expect(fills).toEqual([
      ['B4:B6', SEVERITY_FILL.error],
      ['B7', SEVERITY_FILL.warning],
      ['B8', SEVERITY_FILL.info],
    ]);
    // the fill runs add only the fill: the border comes from the one table run beneath
    expect(runsCovering(plan, 'B7').map((r) => r.style)).toEqual([{ border: 'thin', vertical: 'middle' }, { horizontal: 'center' }, { fill: SEVERITY_FILL.warning }]);
    expect(SEVERITY_FILL.error).toBe('#FFC7CE');
    expect(SEVERITY_FILL.warning).toBe('#FFEB9C');
  });

  it('wraps the message column, freezes the header and prints landscape with the header repeated', () => {
    expect(runsCovering(plan, 'G8').some((r) => r.style.wrap === true)).toBe(true);
    expect(plan.freeze).toEqual({ rows: 3, columns: 0 });
    expect(plan.pageSetup).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true, printTitleRows: [3, 3] });
    expect(plan.columnWidths).toHaveLength(7);
    expect(plan.columnWidths[6]).toBeGreaterThan(40);
  });

  it('keeps style runs independent of the number of findings', () => {
    const many = Array.from({ length: 500 }, (_, i) => finding('value.not_number', { sheet: S, cell: `H${i + 3}`, row: i + 3, member: `委员${i}` }, { item: '出席全体会议', text: 'x' }));
    const big = findingsSheet('校验结果', many, 'a.xlsx');
    expect(big.styles.length).toBe(plan.styles.length - 2); // two fewer severity blocks (only errors)
    expect(big.hyperlinks).toHaveLength(500);
  });

  it('says so when there is nothing to report', () => {
    const empty = findingsSheet('校验结果', [], 'a.xlsx');
    expect(valueAt(empty, 'A2')).toBe('错误 0 条、警告 0 条、提示 0 条。');
    expect(valueAt(empty, 'A4')).toBe('未发现问题。');
    expect(empty.hyperlinks).toEqual([]);
    expect(allValues(empty).filter(([, v]) => v !== null)).toHaveLength(10); // A1, A2, 7 headers, A4
  });

  it('gives a wrapped message the height of its lines, and a one-line message none', () => {
    // 「说明」 is 72 width units ≈ 378 pt less 5 pt padding: 373 pt holds 33 full-width characters at 11 pt.
    // 80 characters of CJK: 80 × 11 × 1.04 = 915 pt → 3 lines → 3 × 11 × 1.45 + 2 = 49.85 → 50 pt.
    const long = { ...errLate, message: '单'.repeat(80) };
    const p = findingsSheet('校验结果', [long, warn], 'a.xlsx');
    expect(p.rowHeights.filter((h) => h.row >= 4)).toEqual([{ row: 4, height: 50 }]);
  });
});
