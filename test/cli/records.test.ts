/** duty-stats run with the office's records (issue 12): --records, exit codes, report fields, 核对结果 with its links. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { SHEETS } from '../../src/core/sheet-names';
import { loadWorkbook } from '../../src/host/xlsx/xlsx-host';
import type { Report } from '../../src/core/report';
import { cleanWorkbook, listFiles, run, snapshotOf, tempDir, writeWorkbook } from '../support/cli';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/*
 * The clean table (cleanWorkbook): 张伟 row 2 (出席全体会议 E2 = 2, 视察调研 H2 = 2, 领衔提案 I2 = 1),
 * 李娜 row 3 (E3 1, H3 1, I3 2), 王芳 row 4 (E4 2, H4 3, I4 3).
 * Records: 全体会议 twice for 张伟 and 王芳, once for 李娜 (agrees); 视察 3 times for 张伟 (table 2),
 * none for 李娜 (table 1), 3 times for 王芳 (agrees); proposals: 张伟 leads 1 (agrees), 李娜 1 (table 2),
 * 王芳 3 (agrees); 李娜's 全体会议请假 F3 = 1 has no record (0). Differences: H2 2 vs 3, F3 1 vs 0, H3 1 vs 0, I3 2 vs 1.
 */
function addRecords(wb: Workbook): void {
  const a = wb.addWorksheet('活动记录');
  a.addRow(['日期', '活动名称', '计分项目', '姓名', '出勤']);
  for (const [name, times] of [['张伟', 2], ['李娜', 1], ['王芳', 2]] as const) for (let i = 0; i < times; i++) a.addRow(['2025-01-10', `全会${i + 1}`, '全体会议', name, '出席']);
  for (let i = 0; i < 3; i++) a.addRow(['2025-03-01', `视察${i + 1}`, '视察', '张伟', '出席']);
  for (let i = 0; i < 3; i++) a.addRow(['2025-03-01', `视察${i + 1}`, '视察', '王芳', '出席']);
  const p = wb.addWorksheet('提案登记');
  p.addRow(['案号', '标题', '第一提案人', '联名提案人', '是否立案', '是否重点', '是否优秀', '是否集体提案']);
  p.addRow([1, '一', '张伟', '李娜', '是', '否', '否', '否']);
  p.addRow([2, '二', '李娜', '', '否', '否', '否', '否']);
  for (let i = 0; i < 3; i++) p.addRow([3 + i, `三${i}`, '王芳', '张伟、李娜', '否', '否', '否', '否']);
}

async function report(file: string): Promise<Report> {
  return JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')) as Report;
}

describe('duty-stats run --records', () => {
  it('reads the records from a file of their own: exit 0, report counts, 核对结果 with links, the records file untouched', async () => {
    await writeWorkbook(path.join(dir, '统计.xlsx'), cleanWorkbook());
    const records = new Workbook();
    addRecords(records);
    await writeWorkbook(path.join(dir, '记录.xlsx'), records);
    const before = await fs.readFile(path.join(dir, '记录.xlsx'));
    const r = await run(dir, ['run', '统计.xlsx', '--records', '记录.xlsx', '--report', 'r.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(await listFiles(dir)).toEqual(['r.json', '统计-结果.xlsx', '统计.xlsx', '记录.xlsx']);
    expect(Buffer.compare(await fs.readFile(path.join(dir, '记录.xlsx')), before)).toBe(0);
    const rep = await report('r.json');
    expect(rep.version).toBe(1);
    // 活动记录: 5 全会 rows + 6 视察 rows = 11; 提案登记: 5 proposals
    expect(rep.counts).toEqual({ from: 'table', records: { origin: 'file', file: '记录.xlsx', activities: 11, proposals: 5 } });
    const mismatches = rep.findings.filter((f) => f.code === 'reconcile.mismatch');
    expect(mismatches.map((f) => f.cell)).toEqual(['H2', 'F3', 'H3', 'I3']);
    expect(mismatches[0].message).toContain('记录文件「记录.xlsx」活动记录第');
    expect(r.out).toContain('办公室记录：记录文件「记录.xlsx」，活动记录 11 条、提案登记 5 件；与统计表不一致 4 处');

    const wb = await loadWorkbook(new Uint8Array(await fs.readFile(path.join(dir, '统计-结果.xlsx'))));
    // the records file's sheets are not copied into the result
    expect(wb.worksheets.map((w) => w.name)).not.toContain('活动记录');
    const sheet = wb.getWorksheet(SHEETS.reconcile);
    expect(sheet).toBeDefined();
    // header row 3; first difference on row 4: the table figure links to 统计表!H2; a file's rows are named, not linked
    expect(sheet?.getCell('E4').value).toEqual({ text: '2', hyperlink: "#'统计表'!H2" });
    expect(sheet?.getCell('F4').value).toBe(3);
    expect(String(sheet?.getCell('G4').value)).toContain('记录文件「记录.xlsx」活动记录第');
    const snap = await snapshotOf(path.join(dir, '统计-结果.xlsx'));
    expect(snap.bookkeeping.generatedSheets).toContain(SHEETS.reconcile);
    const log = snap.sheets.find((s) => s.name === SHEETS.runLog);
    expect(log?.values[1]?.[12]).toBe('委员填报（统计表数字）；记录文件「记录.xlsx」：活动记录 11 条、提案登记 5 件');
  });

  it('reads the workbook’s own records sheets and links 核对结果 to their rows; a re-run replaces 核对结果', async () => {
    await writeWorkbook(path.join(dir, '统计.xlsx'), cleanWorkbook(addRecords));
    const r = await run(dir, ['run', '统计.xlsx', '--report', 'r.json', '--out', '结果.xlsx']);
    expect(r.code).toBe(0);
    expect((await report('r.json')).counts?.records).toEqual({ origin: 'sheet', file: null, activities: 11, proposals: 5 });
    const wb = await loadWorkbook(new Uint8Array(await fs.readFile(path.join(dir, '结果.xlsx'))));
    const sheet = wb.getWorksheet(SHEETS.reconcile);
    // 张伟's 视察 records are rows 7–9 of 活动记录 (header, 5 全会 rows, then 视察)
    expect(sheet?.getCell('F4').value).toEqual({ text: '3', hyperlink: "#'活动记录'!A7" });
    // the records sheets are kept as they were
    expect(wb.getWorksheet('活动记录')?.rowCount).toBe(12);
    const again = await run(dir, ['run', '结果.xlsx', '--out', '结果2.xlsx']);
    expect(again.code).toBe(0);
    const names = (await snapshotOf(path.join(dir, '结果2.xlsx'))).sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith(SHEETS.reconcile))).toEqual([SHEETS.reconcile]);
  });

  it('scores the records with countsFrom records given in the method', async () => {
    await writeWorkbook(path.join(dir, '统计.xlsx'), cleanWorkbook(addRecords));
    const method = { title: '办法', countsFrom: 'records', items: [{ key: 'inspections', points: 10 }], grades: [{ name: '合格', min: 0 }, { name: '不合格' }] };
    await fs.writeFile(path.join(dir, 'm.json'), JSON.stringify(method));
    const r = await run(dir, ['run', '统计.xlsx', '--method', 'm.json', '--report', 'r.json']);
    expect(r.code).toBe(0);
    const rep = await report('r.json');
    // recorded 视察: 张伟 3, 李娜 0, 王芳 3 → 30, 0, 30 (the table's 2, 1, 3 would give 20, 10, 30)
    expect(rep.members.map((m) => m.score)).toEqual([30, 0, 30]);
    expect(rep.counts?.from).toBe('records');
  });

  it('exit 2 with one Chinese message naming the file when the records file cannot be read or holds neither sheet; nothing written', async () => {
    await writeWorkbook(path.join(dir, '统计.xlsx'), cleanWorkbook());
    await fs.writeFile(path.join(dir, '坏.xlsx'), 'not a workbook');
    const broken = await run(dir, ['run', '统计.xlsx', '--records', '坏.xlsx']);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('坏.xlsx');
    const other = new Workbook();
    other.addWorksheet('签到表').addRow(['姓名']);
    await writeWorkbook(path.join(dir, '别的.xlsx'), other);
    const none = await run(dir, ['run', '统计.xlsx', '--records', '别的.xlsx']);
    expect(none.code).toBe(2);
    expect(none.err).toBe('记录文件「别的.xlsx」中没有「活动记录」或「提案登记」工作表，无法核对：请确认选对了文件，或给这两个工作表改正名称。');
    const missing = await run(dir, ['run', '统计.xlsx', '--records', '没有.xlsx']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('没有.xlsx');
    expect(await listFiles(dir)).toEqual(['别的.xlsx', '坏.xlsx', '统计.xlsx']);
  });

  it('refuses --out pointing at the records file', async () => {
    await writeWorkbook(path.join(dir, '统计.xlsx'), cleanWorkbook());
    const records = new Workbook();
    addRecords(records);
    await writeWorkbook(path.join(dir, '记录.xlsx'), records);
    const r = await run(dir, ['run', '统计.xlsx', '--records', '记录.xlsx', '--out', '记录.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('记录.xlsx');
  });
});
