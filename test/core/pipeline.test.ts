/** The whole pure pipeline on small hand-made snapshots: method choice, sheet naming, the report, marks. */
import { chooseMethod, clearMarksPlan, outputSheetName, runPipeline, STEP_OUTPUTS, type PipelineOptions, type PipelineSuccess } from '../../src/core/pipeline';
import { parseMethodObject } from '../../src/core/method/parse-method';
import { methodSheetPlan } from '../../src/core/method/method-sheet';
import { exampleMethod } from '../../src/core/method/example-method';
import { snapshotOf } from '../support/plan-snapshot';
import { sheet, snapshot } from '../support/builders';
import type { Method } from '../../src/core/types';
import type { CellValue, Snapshot } from '../../src/core/snapshot';
import { sheetFingerprint } from '../../src/core/output/fingerprint';

const HEADER: CellValue[] = ['序号', '姓名', '工作单位', '政协职务', '出席全体会议', '全体会议无故缺席', '领衔提案', '视察调研', '出席大会发言'];

function table(rows: CellValue[][]): Snapshot {
  return snapshot([sheet('统计表', [['2025年度委员履职情况统计表'], HEADER, ...rows])]);
}

function tinyMethod(extra: Record<string, unknown> = {}): Method {
  const parsed = parseMethodObject({
    title: '测试办法',
    year: 2025,
    base: 60,
    total: { min: 0, max: 100 },
    items: [
      { key: 'plenary_attended', points: 10, max: 10 },
      { key: 'plenary_absent', points: -10 },
      { key: 'proposals_lead', points: 2.5, max: 10 },
      { key: 'speeches_oral', points: 0.1, headers: ['出席大会发言'] },
    ],
    grades: [{ name: '优秀', min: 75 }, { name: '合格', min: 60 }, { name: '不合格' }],
    shortlist: { label: '建议名单', minGrade: '优秀', quota: 0.5, rounding: 'floor', scope: 'all', excludeRoles: ['主席'] },
    ...extra,
  });
  if (!parsed.ok) throw new Error(`${parsed.path}: ${parsed.detail}`);
  return parsed.method;
}

const OPTIONS: PipelineOptions = { fileName: '测试.xlsx', outputs: STEP_OUTPUTS.all, today: { year: 2025, month: 12, day: 26 }, runAt: '2025-12-26 09:00:00' };

function run(snap: Snapshot, method: Method | undefined = tinyMethod()): PipelineSuccess {
  const outcome = runPipeline(snap, { ...OPTIONS, method });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  return outcome;
}

describe('runPipeline', () => {
  const rows: CellValue[][] = [
    [1, '张　三', '区医院', '委员', 1, 0, 3, 1, 3],
    [2, '李四', '一中', '主席', 1, 0, 4, 1, 0],
    [3, '王五', '一中', '委员', 1, 0, '若干', 1, 0],
    [4, '赵六', '区医院', '委员', 0, 1, 1, 0, 0],
  ];

  it('scores exactly, ranks graded members and keeps pending ones with nulls', () => {
    const { report } = run(table(rows));
    // 张三: 60 + 10 + min(3×2.5, 10) = 7.5 + 3×0.1 = 0.3 → 77.8 → 优秀
    // 李四: 60 + 10 + min(4×2.5 = 10, 10) + 0 → 80 → 优秀
    // 王五: 「若干」 → value.not_number → pending
    // 赵六: 60 + 0 − 10 + 2.5 → 52.5 → 不合格
    expect(report.members.map((m) => [m.name, m.score, m.grade, m.rank, m.status])).toEqual([
      ['张三', 77.8, '优秀', 2, 'graded'],
      ['李四', 80, '优秀', 1, 'graded'],
      ['王五', null, null, null, 'pending'],
      ['赵六', 52.5, '不合格', 3, 'graded'],
    ]);
    expect(report.source).toEqual({
      file: '测试.xlsx',
      sheet: '统计表',
      headerRows: [2],
      firstDataRow: 3,
      lastDataRow: 6,
      // CONTRACT.md §7: the column letters that fed each item
      columns: { plenary_attended: ['E'], plenary_absent: ['F'], proposals_lead: ['G'], inspections: ['H'], speeches_oral: ['I'] },
    });
    expect(report.method).toEqual({ title: '测试办法', origin: 'option' });
    expect(report.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['value.not_number', 'G5', 'error']]);
    expect(report.summary).toEqual({ members: 4, graded: 3, vetoed: 0, pending: 1, grades: { 优秀: 2, 合格: 0, 不合格: 1 }, errors: 1, warnings: 0 });
  });

  it('binds a built-in item to extra header names the method gives it', () => {
    const { report } = run(table(rows));
    expect(report.members[0].counts.speeches_oral).toBe(3);
  });

  it('shortlists by quota over all members in the table, excluding roles', () => {
    // n = floor(0.5 × 4) = 2; candidates 优秀 and not 主席: only 张三.
    const { report, shortlist } = run(table(rows));
    expect(report.shortlist).toEqual([{ row: 3, name: '张三', score: 77.8, rank: 2, group: 'all', tie: false }]);
    expect(shortlist?.excluded.map((e) => e.name)).toEqual(['李四']);
  });

  it('writes every contract sheet, marks the error cell and records what it generated', () => {
    const { plan } = run(table(rows));
    // issue 13: 履职档案 keeps the year; the term sheets wait for an earlier year (or a method `term`).
    expect(plan.sheets.map((s) => s.name)).toEqual(['校验结果', '履职汇总', '分组统计', '履职通报', '单位告知', '优秀委员建议名单', '履职预警名单', '运行记录', '履职档案']);
    expect(plan.setMarks.map((m) => [m.sheet, m.cell, m.fill])).toEqual([['统计表', 'G5', '#FFC7CE']]);
    expect(plan.bookkeeping.generatedSheets).toEqual(plan.sheets.map((s) => s.name));
    expect(plan.bookkeeping.marks).toEqual(plan.setMarks);
  });

  it('never prints phone or ID numbers in a generated sheet', () => {
    const snap = snapshot([
      sheet('统计表', [
        ['姓名', '工作单位', '联系电话', '身份证号', '出席全体会议'],
        ['张三', '区医院', '13800001234', '110101199001011234', 1],
      ]),
    ]);
    const { plan } = run(snap);
    const text = JSON.stringify(plan.sheets);
    expect(text).not.toContain('13800001234');
    expect(text).not.toContain('110101199001011234');
  });

  it('fails with table.not_found naming the file when no sheet holds a member table', () => {
    const outcome = runPipeline(snapshot([sheet('说明', [['填表说明']])]), OPTIONS);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.fatal.code).toBe('table.not_found');
    expect(outcome.fatal.message).toContain('测试.xlsx');
  });
});

describe('method choice', () => {
  it('prefers the option, then a 评价办法 sheet, then the example', () => {
    const m = tinyMethod();
    const withSheet = snapshot([snapshotOf(methodSheetPlan(m))]);
    expect(chooseMethod(withSheet, exampleMethod())).toMatchObject({ ok: true, origin: 'option' });
    expect(chooseMethod(withSheet, undefined)).toMatchObject({ ok: true, origin: 'sheet', method: m });
    expect(chooseMethod(snapshot([]), undefined)).toMatchObject({ ok: true, origin: 'default' });
  });

  it('reports a broken 评价办法 sheet as method.invalid naming the cell', () => {
    const plan = methodSheetPlan(tinyMethod());
    const snap = snapshotOf(plan);
    const row = snap.values.findIndex((r) => r[0] === '基础分');
    const values = snap.values.map((r, i) => (i === row ? [r[0], '六十'] : r));
    const choice = chooseMethod(snapshot([{ ...snap, values }]), undefined);
    expect(choice.ok).toBe(false);
    if (choice.ok) return;
    expect(choice.fatal.code).toBe('method.invalid');
    expect(choice.fatal.cell).toBe(`B${row + 1}`);
    expect(choice.fatal.message).toContain('评价办法');
  });
});

describe('generated sheet names', () => {
  it("writes beside a user's own sheet of the same name, and reuses its own generated copy later", () => {
    const own = snapshot([sheet('履职汇总', [['我的表']])]);
    expect(outputSheetName(own, '履职汇总')).toBe('履职汇总(2)');
    const later = snapshot([sheet('履职汇总', [['我的表']]), sheet('履职汇总(2)', [])], { generatedSheets: ['履职汇总(2)'], fingerprints: { '履职汇总(2)': sheetFingerprint([], []) }, marks: [] });
    expect(outputSheetName(later, '履职汇总')).toBe('履职汇总(2)');
    expect(outputSheetName(snapshot([]), '履职汇总')).toBe('履职汇总');
  });

  it('never takes a generated sheet as the member table', () => {
    const values = [HEADER, [1, '甲', '一中', '委员', 1, 0, 1, 1, 0]];
    const snap = snapshot([sheet('履职汇总', values)], { generatedSheets: ['履职汇总'], fingerprints: { 履职汇总: sheetFingerprint(values, []) }, marks: [] });
    expect(runPipeline(snap, OPTIONS).ok).toBe(false);
  });
});

describe('clearMarksPlan', () => {
  it('restores every earlier mark and forgets them', () => {
    const mark = { sheet: '统计表', cell: 'G5', fill: '#FFC7CE', note: 'x', previousFill: '#00FF00', previousNote: null };
    const fingerprints = { 校验结果: sheetFingerprint([], []) };
    const cells = { fills: { G5: '#FFC7CE' }, notes: { G5: 'x' } };
    const plan = clearMarksPlan(snapshot([sheet('统计表', [], cells), sheet('校验结果', [])], { generatedSheets: ['校验结果'], fingerprints, marks: [mark] }));
    expect(plan.clearMarks).toEqual([{ sheet: '统计表', cell: 'G5', fill: '#00FF00', note: null }]);
    expect(plan.bookkeeping).toEqual({ generatedSheets: ['校验结果'], fingerprints, marks: [] });
  });
});

describe('cross-checks', () => {
  it('skip a row whose counts could not all be read, so one bad cell gives one error', () => {
    const snap = snapshot([
      sheet('统计表', [
        ['姓名', '报送社情民意', '社情民意采用', '提案立案', '领衔提案'],
        ['张三', '3-4', 2, 0, 1],
        ['李四', 1, 2, 0, 1],
      ]),
    ]);
    const { report } = run(snap);
    // The method's plenary and speech items have no column here: one warning each, never a silent 0 (CONTRACT.md §7).
    // 张三: only value.not_number at B2; 李四: adopted 2 > submitted 1 at C3.
    expect(report.findings.map((f) => [f.code, f.cell])).toEqual([
      ['method.item_unbound', null],
      ['method.item_unbound', null],
      ['method.item_unbound', null],
      ['value.not_number', 'B2'],
      ['logic.accepted_exceeds_submitted', 'C3'],
    ]);
  });
});
