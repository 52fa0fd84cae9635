import { inspectWorkbook, overviewOf } from '../../src/host/workflow';
import { methodSheetPlan, parseMethodObject, runPipeline, STEP_OUTPUTS } from '../../src/core';
import { sheet, snapshot } from '../support/builders';
import { snapshotOf } from '../support/plan-snapshot';
import { NOTHING_TO_ADD, type HostPort, type Snapshot } from '../../src/host/port';
import { exampleMethod } from '../../src/core/method/example-method';
import { METHOD_SHEET } from '../../src/core/sheet-names';

const HEADER = ['序号', '姓名', '工作单位', '出席全体会议', '领衔提案'];
const members = sheet('委员统计表', [['2025年度委员履职情况统计表'], HEADER, [1, '张三', '区教育局', 1, 2], [2, '李四', '区医院', 1, 0]]);
const notes = sheet('说明', [['填表说明：请如实填写']]);

function hostOf(s: Snapshot): HostPort {
  return { readSnapshot: () => Promise.resolve(s), applyPlan: () => Promise.resolve(NOTHING_TO_ADD), selectCell: () => Promise.resolve() };
}

describe('overviewOf (what the pane starts from)', () => {
  it('lists the visible sheets, guesses the member table and names the example method', () => {
    const hidden = { ...sheet('隐藏', [['x']]), visible: false };
    const o = overviewOf(snapshot([notes, members, hidden]));
    expect(o.sheets).toEqual(['说明', '委员统计表']);
    expect(o.guess).toBe('委员统计表');
    expect(o.notFound).toBeNull();
    expect(o.method.ok && o.method.origin).toBe('default');
  });

  it('leaves generated sheets out of the choice', () => {
    const generated = sheet('校验结果', [['姓名', '领衔提案']]);
    const o = overviewOf(snapshot([members, generated], { generatedSheets: ['校验结果'], marks: [] }));
    expect(o.sheets).toEqual(['委员统计表']);
  });

  it('gives the core’s table.not_found when no sheet holds a member table', async () => {
    const o = await inspectWorkbook(hostOf(snapshot([notes], undefined, '无名单.xlsx')));
    expect(o.guess).toBeNull();
    expect(o.notFound?.code).toBe('table.not_found');
    expect(o.notFound?.message).toContain('无名单.xlsx');
  });

  it('finds the member table with a 评价办法 sheet that gives a built-in item extra headers, as a run does (one decision)', () => {
    // Before the decision moved into the core, the pane reported no member table here while a run found it.
    const parsed = parseMethodObject({
      title: '本区办法',
      items: [
        { key: 'plenary_attended', headers: ['参会次数'], points: 10 },
        { key: 'inspections', points: 2 },
      ],
      grades: [{ name: '合格', min: 10 }, { name: '不合格' }],
    });
    if (!parsed.ok) throw new Error(parsed.detail);
    const snap = snapshot([notes, sheet('统计表', [['姓名', '参会次数', '视察活动', '考察活动'], ['张三', 1, 1, 2]]), snapshotOf(methodSheetPlan(parsed.method))]);
    const o = overviewOf(snap);
    const run = runPipeline(snap, { fileName: snap.fileName, outputs: STEP_OUTPUTS.validate, today: { year: 2025, month: 12, day: 26 }, runAt: '' });
    expect(run.ok && run.location.sheet).toBe('统计表');
    expect(o.guess).toBe('统计表');
    expect(o.notFound).toBeNull();
    expect(o.method).toEqual({ ok: true, origin: 'sheet', title: '本区办法' });
    // What feeds each item, before any run: 视察调研 ← 视察活动(C) + 考察活动(D)
    const inputs = o.inputs.find((i) => i.sheet === '统计表');
    expect(inputs?.feeds.map((f) => [f.label, f.columns.map((c) => `${c.header}(${c.letter})`)])).toEqual([
      ['出席全体会议', ['参会次数(B)']],
      ['视察调研', ['视察活动(C)', '考察活动(D)']],
    ]);
    expect(inputs?.unbound).toEqual([]);
  });

  it('lists the inputs of every sheet that holds a table, with the unbound items of the method', () => {
    const o = overviewOf(snapshot([notes, members]));
    const inputs = o.inputs.find((i) => i.sheet === '委员统计表');
    expect(o.inputs.map((i) => i.sheet)).toEqual(['委员统计表']);
    expect(inputs?.headerRows).toEqual([2]);
    // The example method scores many items this small table lacks: each is listed, none silently 0.
    expect(inputs?.unbound.map((u) => u.key)).toContain('plenary_absent');
    expect(inputs?.unbound.map((u) => u.key)).not.toContain('plenary_attended');
  });
});

describe('the year before the run (overview.years: the core’s runYear, the decision runPipeline makes)', () => {
  const december = new Date(2026, 11, 1);

  it('gives each member sheet its year and where it came from; sheets without a member table get none', () => {
    const o = overviewOf(snapshot([notes, members], undefined, '统计表2023.xlsx'), { year: 2026, month: 12, day: 1 });
    expect(o.years).toEqual([{ sheet: '委员统计表', year: 2025, origin: 'title', source: '2025年度委员履职情况统计表', findings: [] }]);
  });

  it('falls back to the sheet name, the file name, then the run date, as the run does', async () => {
    const plain = sheet('委员统计表', [HEADER, [1, '张三', '区教育局', 1, 2]]);
    expect((await inspectWorkbook(hostOf(snapshot([plain], undefined, '2024年委员履职.xlsx')), () => december)).years[0]).toMatchObject({ year: 2024, origin: 'file', source: '2024年委员履职.xlsx' });
    // March 2026: the year-end statistics of 2025.
    expect((await inspectWorkbook(hostOf(snapshot([plain], undefined, '统计.xlsx')), () => new Date(2026, 2, 5))).years[0]).toMatchObject({ year: 2025, origin: 'runDate', source: '2026年3月5日' });
  });

  it('is the year the run then uses, and the report says so', () => {
    const s = snapshot([notes, members], undefined, '统计.xlsx');
    const today = { year: 2026, month: 12, day: 1 };
    const shown = overviewOf(s, today).years[0];
    const run = runPipeline(s, { fileName: s.fileName, outputs: [], today, runAt: '' });
    if (!run.ok) throw new Error(run.fatal.message);
    expect([run.report.year, run.report.yearOrigin, run.year.source]).toEqual([shown.year, shown.origin, shown.source]);
    // The clerk's year wins, without a year.assumed warning.
    const chosen = runPipeline(s, { fileName: s.fileName, outputs: [], today, runAt: '', year: 2024 });
    if (!chosen.ok) throw new Error(chosen.fatal.message);
    expect([chosen.report.year, chosen.report.yearOrigin]).toEqual([2024, 'option']);
    expect(chosen.findings.filter((f) => f.code.startsWith('year.'))).toEqual([]);
  });

  it('carries year.mismatch when the method’s year and the table’s differ', () => {
    const method = methodSheetPlan({ ...exampleMethod(), year: 2024 });
    const s = snapshot([members, sheet(METHOD_SHEET, method.values)], undefined, '统计.xlsx');
    const [y] = overviewOf(s, { year: 2026, month: 12, day: 1 }).years;
    expect([y.year, y.origin]).toEqual([2024, 'method']);
    expect(y.findings.map((f) => f.code)).toEqual(['year.mismatch']);
    expect(y.findings[0].message).toContain('2025');
  });
});

describe('overviewOf: the office records (issue 12)', () => {
  const activities = sheet('活动记录', [['日期', '活动名称', '计分项目', '姓名', '出勤'], ['2025-01-10', '全会', '全体会议', '张三', '出席'], ['2025-01-10', '全会', '全体会议', '李四', '请假']]);
  const proposals = sheet('提案登记', [['案号', '标题', '第一提案人', '联名提案人'], [1, '一', '张三', '李四']]);

  it('says how many records were found and which figures score; never offers a records sheet as the member table', () => {
    const parsed = parseMethodObject({
      title: '本区办法',
      countsFrom: 'larger',
      items: [
        { key: 'plenary_attended', points: 10 },
        { key: 'proposal_credit', points: 5 },
      ],
      grades: [{ name: '合格', min: 10 }, { name: '不合格' }],
    });
    if (!parsed.ok) throw new Error(parsed.detail);
    const o = overviewOf(snapshot([activities, members, proposals, sheet(METHOD_SHEET, snapshotOf(methodSheetPlan(parsed.method)).values)]));
    expect(o.sheets).toEqual(['委员统计表']);
    expect(o.records).toEqual({ origin: 'sheet', file: null, activities: 2, proposals: 1 });
    expect(o.method.ok && o.method.countsFrom).toBe('larger');
    const feeds = o.inputs[0].feeds;
    expect(feeds.find((f) => f.key === 'proposal_credit')).toMatchObject({ columns: [], fromRecords: true });
    expect(feeds.find((f) => f.key === 'plenary_attended')?.fromRecords).toBe(true);
    expect(o.inputs[0].unbound).toEqual([]);
  });

  it('has no records without the sheets, and proposal_credit is then unbound with the sheet named', () => {
    const parsed = parseMethodObject({ title: '本区办法', items: [{ key: 'plenary_attended', points: 10 }, { key: 'proposal_credit', points: 5 }], grades: [{ name: '合格', min: 10 }, { name: '不合格' }] });
    if (!parsed.ok) throw new Error(parsed.detail);
    const o = overviewOf(snapshot([members, sheet(METHOD_SHEET, snapshotOf(methodSheetPlan(parsed.method)).values)]));
    expect(o.records).toBeNull();
    expect(o.inputs[0].unbound).toEqual([{ key: 'proposal_credit', label: '提案积分', kind: 'records', tried: ['工作表「提案登记」'] }]);
  });
});
