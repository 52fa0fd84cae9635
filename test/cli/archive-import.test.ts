/**
 * duty-stats archive import (issue 13): earlier years from the product's result workbooks (their
 * 履职档案, or 履职汇总 alone) and from plain tables, into a copy of --into; the same year again
 * replaces it; nothing named is ever written; a table without a year is exit 2 naming the file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { readArchiveSheet } from '../../src/core/archive/archive-sheet';
import type { CellValue } from '../../src/core/snapshot';
import { loadWorkbook, workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { plainResults, TABLE_SHEET, TERM_METHOD, tableValues, type Year } from '../support/archive-years';
import { listFiles, run, snapshotOf, tempDir, writeWorkbook } from '../support/cli';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await fs.writeFile(path.join(dir, 'method.json'), JSON.stringify(TERM_METHOD));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function workbookOf(sheets: Record<string, CellValue[][]>): Workbook {
  const wb = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r.map((v) => (v === null || typeof v === 'object' ? null : v)));
  }
  return wb;
}

async function tableFile(year: Year): Promise<string> {
  const file = path.join(dir, `统计${year}.xlsx`);
  await writeWorkbook(file, workbookOf({ [TABLE_SHEET]: tableValues(year) }));
  return file;
}

async function archiveIn(file: string): Promise<{ year: number; person: string; name: string; score: number | null; grade: string | null }[]> {
  const snap = await snapshotOf(file);
  const sheet = snap.sheets.find((s) => s.name === '履职档案');
  const read = sheet ? readArchiveSheet(sheet) : null;
  if (!read) throw new Error(`no archive in ${file}`);
  return read.records.map((r) => ({ year: r.year, person: r.person, name: r.name, score: r.score, grade: r.grade }));
}

const count = (records: { year: number }[], y: number): number => records.filter((r) => r.year === y).length;

describe('duty-stats archive import', () => {
  it('imports the product’s result workbooks, then a run of the next year reads them', async () => {
    await tableFile(2021);
    await tableFile(2022);
    expect((await run(dir, ['run', '统计2021.xlsx', '--method', 'method.json'])).code).toBe(0);
    expect((await run(dir, ['run', '统计2022.xlsx', '--method', 'method.json'])).code).toBe(0);
    // An older result workbook without 履职档案: its 履职汇总 is read, the year from its title.
    const older = await loadWorkbook(new Uint8Array(await fs.readFile(path.join(dir, '统计2022-结果.xlsx'))));
    older.removeWorksheet(older.getWorksheet('履职档案')?.id ?? -1);
    await fs.writeFile(path.join(dir, '旧版2022结果.xlsx'), await workbookBytes(older));
    await tableFile(2023);
    const before = await Promise.all(['统计2021-结果.xlsx', '旧版2022结果.xlsx', '统计2023.xlsx'].map((f) => fs.readFile(path.join(dir, f))));

    const r = await run(dir, ['archive', 'import', '统计2021-结果.xlsx', '旧版2022结果.xlsx', '--into', '统计2023.xlsx']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2021 年度：5 位委员');
    expect(r.out).toContain('2022 年度：5 位委员');
    // The named files are untouched; the result is 统计2023-结果.xlsx beside --into.
    const after = await Promise.all(['统计2021-结果.xlsx', '旧版2022结果.xlsx', '统计2023.xlsx'].map((f) => fs.readFile(path.join(dir, f))));
    after.forEach((b, i) => expect(Buffer.compare(b, before[i])).toBe(0));
    const records = await archiveIn(path.join(dir, '统计2023-结果.xlsx'));
    expect([count(records, 2021), count(records, 2022)]).toEqual([5, 5]);
    // 赵六: 2021 (1,0,1,0) = 80 良好, 2022 (1,0,0,0) = 70 合格; one archive number for both years.
    const zhao = records.filter((x) => x.name === '赵六');
    expect(zhao.map((x) => [x.year, x.score, x.grade])).toEqual([[2021, 80, '良好'], [2022, 70, '合格']]);
    expect(new Set(zhao.map((x) => x.person)).size).toBe(1);
    // The 履职汇总 of 2022 carries columns the archive does not take (category-less here: 总分 is read as the score, 排名 ignored).
    expect(r.out).not.toContain('总分');

    // Running 2023 on the imported workbook: the term sheets appear with three years.
    const ran = await run(dir, ['run', '统计2023-结果.xlsx', '--method', 'method.json', '--out', '统计2023-年终.xlsx']);
    expect(ran.code).toBe(0);
    const snap = await snapshotOf(path.join(dir, '统计2023-年终.xlsx'));
    expect(snap.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['履职档案', '届内履职汇总', '换届建议参考名单']));
    const final = await archiveIn(path.join(dir, '统计2023-年终.xlsx'));
    expect([2021, 2022, 2023].map((y) => count(final, y))).toEqual([5, 5, 4]);
  });

  it('imports plain tables (year from the title, or from a 年度 column), and the same year again replaces it', async () => {
    await writeWorkbook(path.join(dir, '往年成绩.xlsx'), workbookOf({ '2021': plainResults(2021, false), 汇总: plainResults(2022, true).slice(1) }));
    const into = path.join(dir, '新表.xlsx');
    await writeWorkbook(into, workbookOf({ [TABLE_SHEET]: tableValues(2023) }));
    const r = await run(dir, ['archive', 'import', '往年成绩.xlsx', '--into', '新表.xlsx', '--out', '档案.xlsx']);
    expect(r.err).toBe('');
    const records = await archiveIn(path.join(dir, '档案.xlsx'));
    expect([count(records, 2021), count(records, 2022)]).toEqual([5, 5]);
    // 张三 twice each year (区一中, 区人民医院): two archive numbers, never merged.
    expect(new Set(records.filter((x) => x.name === '张三').map((x) => x.person)).size).toBe(2);

    // Again, into the result: 2021 replaced (5 before, 5 after), never duplicated.
    const again = await run(dir, ['archive', 'import', '往年成绩.xlsx', '--into', '档案.xlsx', '--out', '档案2.xlsx']);
    expect(again.out).toContain('2021 年度：5 位委员（来自「往年成绩.xlsx」），替换了档案中原有的 5 条记录');
    const twice = await archiveIn(path.join(dir, '档案2.xlsx'));
    expect([count(twice, 2021), count(twice, 2022)]).toEqual([5, 5]);
    expect(twice.map((x) => x.person).sort()).toEqual(records.map((x) => x.person).sort());
  });

  it('says what it skipped: a subtotal row, an unknown column, a sheet without results', async () => {
    const rows = plainResults(2021, false);
    rows[0] = ['2020年度委员履职考核结果'];
    rows[1].push('联系人');
    rows.push(['合计', null, 300, null]);
    await writeWorkbook(path.join(dir, '2020.xlsx'), workbookOf({ 成绩: rows, 说明: [['本文件为2020年度考核结果']] }));
    await writeWorkbook(path.join(dir, '空表.xlsx'), workbookOf({ [TABLE_SHEET]: tableValues(2023) }));
    const r = await run(dir, ['archive', 'import', '2020.xlsx', '--into', '空表.xlsx']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('「合计」行');
    expect(r.out).toContain('列「联系人」');
    expect(r.out).toContain('工作表「说明」未读入档案');
  });

  it('a table without any year is exit 2 naming the file and sheet, and nothing is written', async () => {
    await writeWorkbook(path.join(dir, '成绩.xlsx'), workbookOf({ 表: plainResults(2021, false).slice(1) }));
    await writeWorkbook(path.join(dir, '目标.xlsx'), workbookOf({ [TABLE_SHEET]: tableValues(2023) }));
    const files = await listFiles(dir);
    const r = await run(dir, ['archive', 'import', '成绩.xlsx', '--into', '目标.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('「成绩.xlsx」的工作表「表」没有写明年度');
    expect(await listFiles(dir)).toEqual(files);
  });

  it('refuses --out naming an input, and a missing --into', async () => {
    expect((await run(dir, ['archive', 'import', '成绩.xlsx', '--into', '目标.xlsx', '--out', '成绩.xlsx'])).code).toBe(2);
    const r = await run(dir, ['archive', 'import', '成绩.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--into');
  });
});
