/**
 * The term archive over five years (issue 13), on the in-memory host: each year the clerk puts the
 * year's member table into the same workbook and runs the year-end step; the archive keeps every
 * year. Members and scores: test/support/archive-years.ts (worked by hand there).
 */
import { runPipeline, STEP_OUTPUTS, type PipelineSuccess } from '../../../src/core/pipeline';
import { parseMethodObject } from '../../../src/core/method/parse-method';
import { readArchiveSheet } from '../../../src/core/archive/archive-sheet';
import type { ArchiveRecord } from '../../../src/core/archive/archive-types';
import type { Method } from '../../../src/core/types';
import { MemoryHost, memSheet } from '../../support/memory-host';
import { TABLE_SHEET, TERM_METHOD, tableValues, YEARS, type Year } from '../../support/archive-years';

function method(extra: Record<string, unknown> = {}): Method {
  const parsed = parseMethodObject({ ...TERM_METHOD, ...extra });
  if (!parsed.ok) throw new Error(`${parsed.path}: ${parsed.detail}`);
  return parsed.method;
}

async function runYear(host: MemoryHost, year: Year, m: Method = method()): Promise<PipelineSuccess> {
  host.sheet(TABLE_SHEET).values = tableValues(year);
  const snap = await host.readSnapshot();
  const outcome = runPipeline(snap, { fileName: '履职.xlsx', method: m, outputs: STEP_OUTPUTS.all, today: { year: year + 1, month: 1, day: 5 }, runAt: `${year + 1}-01-05 09:00:00` });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  await host.applyPlan(outcome.plan);
  return outcome;
}

async function archiveOf(host: MemoryHost, name = '履职档案'): Promise<ArchiveRecord[]> {
  const snap = await host.readSnapshot();
  const sheet = snap.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no ${name}`);
  const read = readArchiveSheet(sheet);
  if (!read) throw new Error('not an archive');
  return [...read.records];
}

const byName = (o: PipelineSuccess, name: string, unit?: string) => {
  const r = o.results.find((m) => m.name === name && (unit === undefined || m.unit === unit));
  if (!r) throw new Error(`no ${name}`);
  return r;
};

describe('five years in one workbook', () => {
  const host = new MemoryHost([memSheet(TABLE_SHEET)]);
  const runs = new Map<Year, PipelineSuccess>();

  beforeAll(async () => {
    for (const y of YEARS) runs.set(y, await runYear(host, y));
  });

  it('keeps every year: 5 + 5 + 4 + 6 + 6 = 26 records, each year once', async () => {
    const records = await archiveOf(host);
    // 2023: 王五 has no record and 钱七 is not a member yet; 2024: 钱七 joins.
    expect(YEARS.map((y) => records.filter((r) => r.year === y).length)).toEqual([5, 5, 4, 6, 6]);
  });

  it('matches across years: the same archive number for each person, by id, by name + unit, and once by name alone', async () => {
    const records = await archiveOf(host);
    const numbers = (name: string, unit: (u: string | null) => boolean): string[] => [...new Set(records.filter((r) => r.name === name && unit(r.unit)).map((r) => r.person))];
    // Numbers are given in table order of 2021: 张三(区一中) D0001, 张三(区人民医院) D0002, 李四 D0003, 王五 D0004, 赵六 D0005; 钱七 in 2024 D0006.
    expect(numbers('张三', (u) => u === '区一中' || u === '区第一中学')).toEqual(['D0001']);
    expect(numbers('张三', (u) => u === '区人民医院')).toEqual(['D0002']);
    expect(numbers('李四', () => true)).toEqual(['D0003']);
    expect(numbers('王五', () => true)).toEqual(['D0004']);
    expect(numbers('钱七', () => true)).toEqual(['D0006']);
    // The renamed unit (2023) could be matched only by name, among two 张三: one archive.ambiguous warning that year, none later.
    const ambiguous = (y: Year) => runs.get(y)?.findings.filter((f) => f.code === 'archive.ambiguous') ?? [];
    expect(ambiguous(2023).map((f) => f.member)).toEqual(['张三']);
    expect(ambiguous(2023)[0].message).toContain('区第一中学');
    expect(ambiguous(2024)).toEqual([]);
    expect(ambiguous(2025)).toEqual([]);
  });

  it('prev / term values in 2025, worked by hand', () => {
    const o = runs.get(2025);
    if (!o) throw new Error('no run');
    const zhao = byName(o, '赵六');
    const v = o.noticeContext.termOf?.(zhao);
    if (!v) throw new Error('no term values');
    // 赵六: 2024 score 30 不合格, 2023 score 60 合格.
    expect(v.value('prev.score')).toBe(30);
    expect(v.value('prev.grade')).toBe('不合格');
    expect(v.value('prev2.score')).toBe(60);
    expect(v.value('prev2.grade')).toBe('合格');
    // 2021–2025 all archived: 5 years; lowest score 30 (2024; 2025 is 35).
    expect(v.value('term.years')).toBe(5);
    expect(v.value('term.min_score')).toBe(30);
    // 不合格 in 2024 and 2025 (the 2025 grade is the final one, after the veto).
    expect(v.call('term.count_grade', ['不合格'])).toBe(2);
    // Unexcused plenary absences: 0 + 0 + 0 + 1 + 1 = 2; inspections 0 + 0 + 0 + 0 + 1 = 1.
    expect(v.call('term.sum', ['plenary_absent'])).toBe(2);
    expect(v.call('term.sum', ['inspections'])).toBe(1);
    // 王五 has no 2023: prev is 2024 (85), prev2 is 2022 (75); 4 years in the term.
    const wang = o.noticeContext.termOf?.(byName(o, '王五'));
    expect([wang?.value('prev.score'), wang?.value('prev2.score'), wang?.value('term.years')]).toEqual([85, 75, 4]);
  });

  it('a veto reads prev.score: 赵六 is vetoed in 2025 (absent, 2024 score 30 < 60) but not in 2024 (2023 score 60)', () => {
    expect(byName(runs.get(2025) as PipelineSuccess, '赵六').status).toBe('vetoed');
    expect(byName(runs.get(2024) as PipelineSuccess, '赵六').status).toBe('graded');
    // 钱七 has no year before 2024: prev.score is missing, the comparison false.
    expect(byName(runs.get(2024) as PipelineSuccess, '钱七').vetoes).toEqual([]);
  });

  it('term flags and the term summary: 赵六 flagged 连续两年不合格 in 2025, nobody before', () => {
    const o = runs.get(2025) as PipelineSuccess;
    const summary = o.plan.sheets.find((s) => s.name === '届内履职汇总');
    expect(summary).toBeDefined();
    const rows = summary?.values ?? [];
    const zhao = rows.find((r) => r[1] === '赵六') ?? [];
    // 序号 姓名 界别 工作单位, 5 × (得分 等次), 年数 总分 平均分, 优秀 良好 合格 不合格, two flags.
    expect(zhao.slice(4, 14)).toEqual([80, '良好', 70, '合格', 60, '合格', 30, '不合格', 35, '不合格']);
    // 80 + 70 + 60 + 30 + 35 = 275 over 5 years = 55.00.
    expect(zhao.slice(14, 17)).toEqual([5, 275, 55]);
    expect(zhao.slice(17, 21)).toEqual([0, 1, 2, 2]);
    expect(zhao.slice(21, 23)).toEqual(['是', '是']);
    // 王五: 2023 without a record shows 「—」; 85 + 75 + 85 + 85 = 330 over 4 = 82.50.
    const wang = rows.find((r) => r[1] === '王五') ?? [];
    expect(wang.slice(8, 10)).toEqual(['—', '—']);
    expect(wang.slice(14, 17)).toEqual([4, 330, 82.5]);
    const zhao2024 = runs.get(2024)?.plan.sheets.find((s) => s.name === '届内履职汇总')?.values.find((r) => r[1] === '赵六') ?? [];
    // 2024: prev 2023 合格, so not 连续两年; 不合格 once.
    expect(zhao2024.slice(-2)).toEqual(['', '']);
  });

  it('the shortlist condition reads the term: 张三(区一中) and 钱七 (100, 90) qualify, nobody with a 不合格', () => {
    const o = runs.get(2025) as PipelineSuccess;
    expect(o.shortlist?.entries.map((e) => e.name)).toEqual(['张三', '钱七']);
  });

  it('换届建议参考名单 states it is a reference, orders by the term average and shows no codes', () => {
    const sheet = runs.get(2025)?.plan.sheets.find((s) => s.name === '换届建议参考名单');
    const text = (sheet?.values ?? []).flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('仅作为委员会研究换届时委员建议人选的参考');
    expect(text).toContain('由委员会研究决定');
    expect(text).not.toMatch(/prev\.|term\.|grade|[A-Z]+\d+/);
    const names = (sheet?.values ?? []).filter((r) => typeof r[0] === 'number').map((r) => r[1]);
    // Averages: 张三(区一中) 100, 钱七 90, 王五 82.5, 张三(区人民医院) 80, 李四 75, 赵六 55.
    expect(names).toEqual(['张三', '钱七', '王五', '张三', '李四', '赵六']);
  });

  it('re-running 2025 replaces its year: still 26 records, the same archive numbers', async () => {
    const before = await archiveOf(host);
    await runYear(host, 2025);
    const after = await archiveOf(host);
    expect(after.length).toBe(26);
    expect(after.map((r) => `${r.year}|${r.person}|${r.score}`).sort()).toEqual(before.map((r) => `${r.year}|${r.person}|${r.score}`).sort());
  });
});

describe('a hand-edited archive', () => {
  it('is read as data with a warning; the next archive goes to 履职档案(2) with the edit; no year lost or doubled', async () => {
    const host = new MemoryHost([memSheet(TABLE_SHEET)]);
    await runYear(host, 2021);
    await runYear(host, 2022);
    // The clerk corrects 赵六's 2021 score by hand (row 5 onwards are records; find it).
    const archive = host.sheet('履职档案');
    const row = archive.values.findIndex((r) => r[0] === 2021 && r[2] === '赵六');
    const scoreCol = archive.values[3].indexOf('score');
    archive.values[row][scoreCol] = 81;
    const o = await runYear(host, 2023);
    const edited = o.findings.filter((f) => f.code === 'archive.edited');
    expect(edited).toHaveLength(1);
    expect(edited[0].message).toContain('2021、2022');
    expect(o.notes.join('')).toContain('履职档案(2)');
    const second = await archiveOf(host, '履职档案(2)');
    expect(second.find((r) => r.year === 2021 && r.name === '赵六')?.score).toBe(81);
    expect([2021, 2022, 2023].map((y) => second.filter((r) => r.year === y).length)).toEqual([5, 5, 4]);
    // Next year: both sheets are read; every year comes from the later 履职档案(2) only, once.
    const o2 = await runYear(host, 2024);
    const edited2 = o2.findings.filter((f) => f.code === 'archive.edited');
    expect(edited2[0].message).toContain('以更晚写入的「履职档案(2)」为准');
    const third = await archiveOf(host, '履职档案(2)');
    expect([2021, 2022, 2023, 2024].map((y) => third.filter((r) => r.year === y).length)).toEqual([5, 5, 4, 6]);
    expect(third.find((r) => r.year === 2021 && r.name === '赵六')?.score).toBe(81);
  });

  it('a settlement in 档案匹配 is kept: 否 makes the renamed 张三 a new member, on every later run', async () => {
    const host = new MemoryHost([memSheet(TABLE_SHEET)]);
    await runYear(host, 2021);
    await runYear(host, 2022);
    const o = await runYear(host, 2023);
    expect(o.plan.sheets.some((s) => s.name === '档案匹配')).toBe(true);
    const match = host.sheet('档案匹配');
    const row = match.values.findIndex((r) => r[1] === '张三');
    expect(match.values[row][5]).toBe('D0001');
    match.values[row][6] = '否';
    const again = await runYear(host, 2023);
    expect(again.findings.filter((f) => f.code === 'archive.ambiguous')).toEqual([]);
    // The filled sheet is the clerk's: not in the plan, unchanged.
    expect(again.plan.sheets.some((s) => s.name === '档案匹配')).toBe(false);
    expect(host.sheet('档案匹配').values[row][6]).toBe('否');
    const records = await archiveOf(host);
    const zhang2023 = records.find((r) => r.year === 2023 && r.unit === '区第一中学');
    // New member: the next number after D0005.
    expect(zhang2023?.person).toBe('D0006');
  });
});
