/**
 * 导入往年结果 from the task pane (issue 13): the files are read with exceljs, the archive is written
 * into the open workbook through the host; the same year again replaces it.
 */
import { Workbook } from 'exceljs';
import { importArchiveFiles } from '../../src/host/archive-import';
import { readArchiveSheet } from '../../src/core/archive/archive-sheet';
import { workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { MemoryHost, memSheet } from '../support/memory-host';
import { plainResults, TABLE_SHEET, tableValues } from '../support/archive-years';

async function resultsFile(): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.addWorksheet('2021').addRows(plainResults(2021, false).map((r) => r.map((v) => (v === null || typeof v === 'object' ? null : v))));
  wb.addWorksheet('2022').addRows(plainResults(2022, false).map((r) => r.map((v) => (v === null || typeof v === 'object' ? null : v))));
  return workbookBytes(wb);
}

describe('importArchiveFiles', () => {
  it('writes 2021 and 2022 into 履职档案 of the open workbook; again, it replaces them', async () => {
    const host = new MemoryHost([memSheet(TABLE_SHEET, tableValues(2023))]);
    const bytes = await resultsFile();
    const first = await importArchiveFiles(host, [{ name: '往年成绩.xlsx', bytes }], new Date(2026, 0, 5, 9, 0));
    expect(first.ok && first.years.map((y) => [y.year, y.members, y.replaced])).toEqual([
      [2021, 5, 0],
      [2022, 5, 0],
    ]);
    const again = await importArchiveFiles(host, [{ name: '往年成绩.xlsx', bytes }], new Date(2026, 0, 5, 9, 5));
    expect(again.ok && again.years.map((y) => y.replaced)).toEqual([5, 5]);
    const snap = await host.readSnapshot();
    const read = readArchiveSheet(snap.sheets.find((s) => s.name === '履职档案') ?? snap.sheets[0]);
    expect(read?.records.length).toBe(10);
    // The member table is untouched.
    expect(host.sheet(TABLE_SHEET).values).toEqual(tableValues(2023));
  });

  it('a file that is not a workbook is refused with its name', async () => {
    const host = new MemoryHost([memSheet(TABLE_SHEET, tableValues(2023))]);
    const r = await importArchiveFiles(host, [{ name: '说明.txt', bytes: new TextEncoder().encode('hello') }]);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('「说明.txt」不是有效的 .xlsx 工作簿') });
    expect(host.applied).toBe(0);
  });
});
