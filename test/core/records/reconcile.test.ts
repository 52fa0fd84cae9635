/**
 * Reconciliation (issue 12 point 4): the office's 活动记录 and 提案登记 against the members' own
 * figures, with every count worked by hand below, under the three countsFrom choices.
 */
import { runPipeline, STEP_OUTPUTS, type PipelineSuccess } from '../../../src/core/pipeline';
import { parseMethodObject } from '../../../src/core/method/parse-method';
import { SHEETS } from '../../../src/core/sheet-names';
import { sheet, snapshot } from '../../support/builders';
import type { CellValue, Snapshot } from '../../../src/core/snapshot';
import type { CountsFrom, Method } from '../../../src/core/types';

const TABLE: CellValue[][] = [
  ['2025年度委员履职情况统计表'],
  ['序号', '姓名', '工作单位', '出席全体会议', '全体会议请假', '全体会议无故缺席', '视察调研', '领衔提案', '联名提案', '提案立案'],
  //        D att  E leave  F absent  G insp  H lead  I joint  J accepted
  [1, '张三', '区医院', 2, 0, 0, 3, 2, 1, 1], // row 3
  [2, '李四', '一中', 1, 1, 0, 1, 0, 2, 0], // row 4
  [3, '王五', '二中', 2, 0, 0, 0, 1, 0, 1], // row 5
  [4, '赵六', '区法院', 1, 0, 1, 2, 0, 0, 0], // row 6
];

const ACTIVITIES: CellValue[][] = [
  [' 日 期 ', '活动名称', '计分项目（名称）', '姓名', '出勤情况'], // headers tolerant of spaces, brackets and 情况
  ['2025-01-10', '一届五次全会', '全体会议', '张三', '出席'], // 2
  ['2025-01-10', '一届五次全会', '全体会议', '李四', '出席'], // 3
  ['2025-01-10', '一届五次全会', '全体会议', '王五', '出席'], // 4
  ['2025-01-10', '一届五次全会', '全体会议', '赵六', '无故缺席'], // 5
  ['2025-06-10', '一届六次全会', '全体会议', '张　三', '出席'], // 6 (a full-width space in the name)
  ['2025-06-10', '一届六次全会', '全体会议', '李四', '请假'], // 7
  ['2025-06-10', '一届六次全会', '全体会议', '王五', '请假'], // 8
  ['2025-06-10', '一届六次全会', '全体会议', '赵六', '出席'], // 9
  ['2025-03-02', '视察A', '视察', '张三', '出席'], // 10
  ['2025-03-02', '视察A', '视察', '李四', '出席'], // 11
  ['2025-04-02', '视察B', 'inspections', '张三', '出席'], // 12: the item's key
  ['2025-04-02', '视察B', '视察调研', '赵六', '请假'], // 13: understood, counts nothing
  [null, null, null, null, null], // 14: blank, skipped (15 record rows in all)
  ['2025-05-02', '视察C', '视察', '钱七', '出席'], // 15: not a member
  ['2025-05-02', '联欢', '跳舞', '张三', '出席'], // 16: not an item
  ['2025-05-02', '视察C', '视察', '张三', '迟到'], // 17: not an attendance
];

const PROPOSALS: CellValue[][] = [
  ['案号', '标题', '第一提案人', '联名提案人', '是否立案', '是否重点', '是否优秀', '是否集体提案'],
  [1, '甲', '张三', null, '是', '否', '否', '否'], // 2
  [2, '乙', '张三', '李四', '否', '否', '否', '否'], // 3
  [3, '丙', '王五', '李四、赵六', '是', '否', '否', '否'], // 4
  [4, '丁', '李四', '张三，王五;赵六', '否', '否', '否', '否'], // 5
  [5, '戊', '民盟区委', '张三、李四', '是', '否', '否', '是'], // 6: collective, first proposer no member
];

/*
 * Recorded counts, by hand:
 *   张三: plenary_attended 2 (活动记录 2, 6), inspections 2 (10, 12); proposals_lead 2 (提案登记 2, 3),
 *         proposals_accepted 1 (2; on the lead's side), proposals_joint 2 (5, 6).
 *   李四: plenary_attended 1 (3), plenary_leave 1 (7), inspections 1 (11); lead 1 (5), joint 3 (3, 4, 6).
 *   王五: plenary_attended 1 (4), plenary_leave 1 (8); lead 1 (4), accepted 1 (4), joint 1 (5).
 *   赵六: plenary_absent 1 (5), plenary_attended 1 (9), inspections 0 (13 is a leave); joint 2 (4, 5).
 * Differences with the table (9):
 *   张三 G3 inspections 3 vs 2; 张三 I3 joint 1 vs 2; 李四 H4 lead 0 vs 1; 李四 I4 joint 2 vs 3;
 *   王五 D5 attended 2 vs 1; 王五 E5 leave 0 vs 1; 王五 I5 joint 0 vs 1; 赵六 G6 inspections 2 vs 0; 赵六 I6 joint 0 vs 2.
 */
const DIFFERENCES: readonly (readonly [string, string, number, number])[] = [
  ['G3', '张三', 3, 2],
  ['I3', '张三', 1, 2],
  ['H4', '李四', 0, 1],
  ['I4', '李四', 2, 3],
  ['D5', '王五', 2, 1],
  ['E5', '王五', 0, 1],
  ['I5', '王五', 0, 1],
  ['G6', '赵六', 2, 0],
  ['I6', '赵六', 0, 2],
];

function method(countsFrom?: CountsFrom): Method {
  const parsed = parseMethodObject({
    title: '核对测试办法',
    year: 2025,
    base: 60,
    items: [
      { key: 'plenary_attended', points: 5 },
      { key: 'plenary_absent', points: -10 },
      { key: 'inspections', points: 2 },
      { key: 'proposals_lead', points: 3 },
      { key: 'proposals_joint', points: 1 },
    ],
    grades: [{ name: '合格', min: 60 }, { name: '不合格' }],
    ...(countsFrom !== undefined ? { countsFrom } : {}),
  });
  if (!parsed.ok) throw new Error(`${parsed.path}: ${parsed.detail}`);
  return parsed.method;
}

function book(extra: { activities?: CellValue[][]; proposals?: CellValue[][] } = {}): Snapshot {
  return snapshot([
    sheet('活动记录', extra.activities ?? ACTIVITIES), // first in the workbook: still never taken as the member table
    sheet('统计表', TABLE),
    sheet('提案登记', extra.proposals ?? PROPOSALS),
  ]);
}

function run(snap: Snapshot, m: Method): PipelineSuccess {
  const outcome = runPipeline(snap, { fileName: '测试.xlsx', method: m, outputs: STEP_OUTPUTS.all, today: { year: 2025, month: 12, day: 26 }, runAt: '2025-12-26 09:00:00' });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  return outcome;
}

const scores = (r: PipelineSuccess): Record<string, number | null> => Object.fromEntries(r.results.map((m) => [m.name, m.score]));

describe('records and reconciliation', () => {
  it('reads the member table, never a records sheet, and counts the records', () => {
    const r = run(book(), method());
    expect(r.location.sheet).toBe('统计表');
    expect(r.report.counts).toEqual({ from: 'table', records: { origin: 'sheet', file: null, activities: 15, proposals: 5 } });
  });

  it('reports every difference as reconcile.mismatch on the member-table cell, with both values', () => {
    const r = run(book(), method());
    const mismatches = r.findings.filter((f) => f.code === 'reconcile.mismatch');
    expect(mismatches.map((f) => [f.cell, f.member, f.params.table, f.params.recorded])).toEqual(DIFFERENCES);
    expect(mismatches.every((f) => f.sheet === '统计表' && f.severity === 'warning')).toBe(true);
    expect(mismatches[0].message).toBe('委员「张三」的「视察调研」：统计表填 3，办公室记录为 2（活动记录第 10、12 行），计分采用统计表数字。');
    expect(mismatches[3].message).toContain('提案登记第 3、4、6 行');
  });

  it('names the records cell of a record it cannot understand, and counts nothing from it', () => {
    const r = run(book(), method());
    const of = (code: string): [string, string | null][] => r.findings.filter((f) => f.code === code).map((f) => [f.sheet, f.cell]);
    expect(of('records.unknown_member')).toEqual([['活动记录', 'D15']]);
    expect(of('records.unknown_item')).toEqual([['活动记录', 'C16']]);
    expect(of('records.bad_attendance')).toEqual([['活动记录', 'E17']]);
    expect(of('records.collective_uncredited')).toEqual([['提案登记', 'C6']]);
    expect(r.findings.find((f) => f.code === 'records.unknown_item')?.message).toBe('记录表「活动记录」单元格 C16 的计分项目「跳舞」不是评价办法或统计表中的项目，本条记录未计入。');
  });

  it('scores the table figures by default (countsFrom table)', () => {
    // 张三 2×5 + 3×2 + 2×3 + 1 = 23 → 83; 李四 5 + 2 + 0 + 2 = 9 → 69; 王五 10 + 3 = 13 → 73; 赵六 5 − 10 + 4 = −1 → 59
    expect(scores(run(book(), method()))).toEqual({ 张三: 83, 李四: 69, 王五: 73, 赵六: 59 });
    expect(scores(run(book(), method('table')))).toEqual({ 张三: 83, 李四: 69, 王五: 73, 赵六: 59 });
  });

  it('scores the recorded counts with countsFrom records', () => {
    // 张三 2×5 + 2×2 + 2×3 + 2 = 22 → 82; 李四 5 + 2 + 3 + 3 = 13 → 73; 王五 5 + 3 + 1 = 9 → 69; 赵六 5 − 10 + 0 + 2 = −3 → 57
    const r = run(book(), method('records'));
    expect(scores(r)).toEqual({ 张三: 82, 李四: 73, 王五: 69, 赵六: 57 });
    expect(r.results[2].counts.plenary_attended).toBe(1);
    expect(r.findings.filter((f) => f.code === 'reconcile.mismatch').every((f) => f.params.scored === '办公室记录')).toBe(true);
  });

  it('scores the larger figure with countsFrom larger', () => {
    // 张三 att 2, insp max(3,2)=3, lead 2, joint max(1,2)=2: 10 + 6 + 6 + 2 = 24 → 84
    // 李四 att 1, insp 1, lead max(0,1)=1, joint 3: 5 + 2 + 3 + 3 = 13 → 73
    // 王五 att max(2,1)=2, lead 1, joint max(0,1)=1: 10 + 3 + 1 = 14 → 74
    // 赵六 att 1, absent 1, insp max(2,0)=2, joint max(0,2)=2: 5 − 10 + 4 + 2 = 1 → 61
    const r = run(book(), method('larger'));
    expect(scores(r)).toEqual({ 张三: 84, 李四: 73, 王五: 74, 赵六: 61 });
    const scored = r.findings.filter((f) => f.code === 'reconcile.mismatch').map((f) => `${f.cell}:${f.params.scored}`);
    expect(scored).toEqual(['G3:统计表数字', 'I3:办公室记录', 'H4:办公室记录', 'I4:办公室记录', 'D5:统计表数字', 'E5:办公室记录', 'I5:办公室记录', 'G6:统计表数字', 'I6:办公室记录']);
    expect(r.report.counts?.from).toBe('larger');
  });

  it('writes 核对结果 with every difference, linking the table cell and the first record row', () => {
    const r = run(book(), method('larger'));
    const plan = r.plan.sheets.find((s) => s.name === SHEETS.reconcile);
    expect(plan).toBeDefined();
    if (!plan) return;
    // title, summary line, header, then the 9 differences
    expect(plan.values[2]).toEqual(['序号', '委员', '行', '项目', '统计表数字', '办公室记录', '记录所在', '计分采用']);
    expect(plan.values.slice(3).map((row) => row.slice(1, 6))).toEqual(DIFFERENCES.map(([cell, name, t, rec]) => [name, Number(cell.slice(1)), expect.any(String), t, rec]));
    expect(plan.values[3]).toEqual([1, '张三', 3, '视察调研', 3, 2, '活动记录第 10、12 行', '统计表数字']);
    expect(plan.hyperlinks).toContainEqual({ cell: 'E4', sheet: '统计表', target: 'G3' });
    expect(plan.hyperlinks).toContainEqual({ cell: 'F4', sheet: '活动记录', target: 'A10' });
    // 赵六's recorded 0 inspections has no record row to link to
    expect(plan.hyperlinks.some((h) => h.cell === 'F11')).toBe(false);
    expect(String(plan.values[1][0])).toContain('活动记录 15 条、提案登记 5 件；不一致 9 处');
    // the records sheets are input only: never in the plan
    expect(r.plan.sheets.some((s) => s.name === '活动记录' || s.name === '提案登记')).toBe(false);
    expect(r.plan.setMarks.every((m) => m.sheet === '统计表')).toBe(true);
  });

  it('marks the mismatching table cells as warnings', () => {
    const r = run(book(), method());
    expect(r.plan.setMarks.filter((m) => m.note.includes('办公室记录')).map((m) => m.cell).sort()).toEqual(DIFFERENCES.map(([c]) => c).sort());
  });

  it('writes no 核对结果 and reports no records without the records sheets', () => {
    const r = run(snapshot([sheet('统计表', TABLE)]), method('records'));
    expect(r.plan.sheets.some((s) => s.name === SHEETS.reconcile)).toBe(false);
    expect(r.report.counts).toEqual({ from: 'records', records: null });
    // countsFrom records without records: the table's figures are all there is
    expect(scores(r)).toEqual({ 张三: 83, 李四: 69, 王五: 73, 赵六: 59 });
  });

  it('says a records sheet without its header columns was not read', () => {
    const r = run(book({ activities: [['时间', '内容'], ['2025-01-01', '全会']] }), method());
    const f = r.findings.find((x) => x.code === 'records.no_header');
    expect(f).toMatchObject({ sheet: '活动记录', cell: 'A1', severity: 'warning' });
    expect(r.report.counts?.records?.activities).toBe(0);
  });

  it('reads a 活动记录 without an 出勤 column as attendance, and says so', () => {
    const r = run(book({ activities: [['计分项目', '姓名'], ['视察', '张三'], ['视察', '张三'], ['视察', '张三']] }), method());
    expect(r.findings.filter((f) => f.code === 'records.attendance_assumed')).toHaveLength(1);
    // 张三 inspections 3 recorded = 3 in the table: no mismatch for him on G3
    expect(r.findings.some((f) => f.code === 'reconcile.mismatch' && f.cell === 'G3')).toBe(false);
  });

  it('does not credit a name two members share, and says so', () => {
    const twice = [...TABLE, [5, '张三', '税务局', 0, 0, 0, 0, 0, 0, 0]];
    const r = run(snapshot([sheet('统计表', twice), sheet('活动记录', ACTIVITIES)]), method());
    const ambiguous = r.findings.filter((f) => f.code === 'records.ambiguous_member');
    // rows 2, 6, 10, 12 name 张三 (16 and 17 fail earlier on item and attendance)
    expect(ambiguous.map((f) => f.cell)).toEqual(['D2', 'D6', 'D10', 'D12']);
    expect(ambiguous[0].message).toContain('第 3、7 行');
  });

  it('refuses a records sheet as the member table even when named with --sheet', () => {
    const outcome = runPipeline(book(), { fileName: '测试.xlsx', sheet: '提案登记', method: method(), outputs: STEP_OUTPUTS.all, today: { year: 2025, month: 12, day: 26 }, runAt: 'x' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.fatal.message).toContain('办公室记录');
  });

  it('scores a custom item no column feeds from the records with countsFrom records, named by its label', () => {
    const parsed = parseMethodObject({
      title: '帮扶',
      countsFrom: 'records',
      items: [{ key: 'poverty_help', label: '结对帮扶', points: 5 }],
      grades: [{ name: '合格', min: 0 }, { name: '不合格' }],
    });
    if (!parsed.ok) throw new Error(parsed.detail);
    const activities: CellValue[][] = [['计分项目', '姓名', '出勤'], ['结对帮扶', '张三', '出席'], ['poverty_help', '张三', '出席'], ['结对帮扶', '赵六', '请假']];
    const r = run(book({ activities }), parsed.method);
    // 张三 2 × 5 = 10; the others 0; no column, so no mismatch, and the item is bound by the records
    expect(scores(r)).toEqual({ 张三: 10, 李四: 0, 王五: 0, 赵六: 0 });
    expect(r.findings.some((f) => f.code === 'method.item_unbound')).toBe(false);
    // with the table's figures chosen, the records cannot feed it: unbound, never a silent 0
    const table = parseMethodObject({ title: '帮扶', items: [{ key: 'poverty_help', label: '结对帮扶', points: 5 }], grades: [{ name: '合格', min: 0 }, { name: '不合格' }] });
    if (!table.ok) throw new Error(table.detail);
    expect(run(book({ activities }), table.method).findings.filter((f) => f.code === 'method.item_unbound')).toHaveLength(1);
  });

  it('never replaces a user’s own sheet named 核对结果: the result goes beside it', () => {
    const r = run(snapshot([sheet('统计表', TABLE), sheet('活动记录', ACTIVITIES), sheet('核对结果', [['我自己的核对']])]), method());
    expect(r.plan.sheets.map((s) => s.name)).toContain('核对结果(2)');
    expect(r.plan.sheets.some((s) => s.name === '核对结果')).toBe(false);
    expect(r.plan.bookkeeping.generatedSheets).toContain('核对结果(2)');
  });

  it('reads records from a file of their own over the workbook’s, and names (not links) their cells in 校验结果', () => {
    const file = snapshot([sheet('活动记录', ACTIVITIES), sheet('提案登记', PROPOSALS)], undefined, '记录.xlsx');
    const outcome = runPipeline(snapshot([sheet('统计表', TABLE)]), { fileName: '测试.xlsx', method: method(), outputs: STEP_OUTPUTS.all, today: { year: 2025, month: 12, day: 26 }, runAt: 'x', records: { fileName: '记录.xlsx', snapshot: file } });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.report.counts?.records).toEqual({ origin: 'file', file: '记录.xlsx', activities: 15, proposals: 5 });
    const unknown = outcome.findings.find((f) => f.code === 'records.unknown_member');
    expect(unknown?.message).toBe('记录文件「记录.xlsx」的记录表「活动记录」单元格 D15 的姓名「钱七」不是委员名单表中的委员，本条记录未计入该人。');
    const findingsPlan = outcome.plan.sheets.find((s) => s.name === SHEETS.findings);
    expect(findingsPlan?.hyperlinks.some((h) => h.sheet === '活动记录' || h.sheet === '提案登记')).toBe(false);
    const reconcilePlan = outcome.plan.sheets.find((s) => s.name === SHEETS.reconcile);
    expect(reconcilePlan?.hyperlinks.every((h) => h.sheet === '统计表')).toBe(true);
    expect(reconcilePlan?.values[3]?.[6]).toBe('记录文件「记录.xlsx」活动记录第 10、12 行');
  });
});
