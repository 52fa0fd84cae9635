/**
 * The term archive survives round trips through every host (issue 13): the Excel fake (saved and
 * reopened between the years), the WPS fake and the xlsx host (written to bytes and loaded again).
 * The same test: run 2021, put 2022's member table into the same sheet, run 2022 on the written
 * workbook, read back both years from 「履职档案」.
 */
import { runPipeline, STEP_OUTPUTS, type PipelineSuccess } from '../../src/core/pipeline';
import { parseMethodObject } from '../../src/core/method/parse-method';
import { readArchiveSheet } from '../../src/core/archive/archive-sheet';
import type { ArchiveRecord } from '../../src/core/archive/archive-types';
import type { CellValue } from '../../src/core/snapshot';
import type { HostPort } from '../../src/host/port';
import { ExcelHost } from '../../src/host/excel/excel-host';
import { loadWorkbook, XlsxHost } from '../../src/host/xlsx/xlsx-host';
import { ExcelFake } from '../support/fakes/excel-fake';
import { WpsFake } from '../support/fakes/wps-fake';
import { hostOf } from '../support/wps-fixtures';
import { TABLE_SHEET, TERM_METHOD, tableValues } from '../support/archive-years';
import { Workbook } from 'exceljs';

const parsed = parseMethodObject(TERM_METHOD);
if (!parsed.ok) throw new Error(parsed.detail);
const METHOD = parsed.method;

async function yearEnd(host: HostPort, year: number): Promise<PipelineSuccess> {
  const snapshot = await host.readSnapshot();
  const outcome = runPipeline(snapshot, { fileName: snapshot.fileName, method: METHOD, outputs: STEP_OUTPUTS.all, today: { year: year + 1, month: 1, day: 5 }, runAt: `${year + 1}-01-05 09:00:00` });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  await host.applyPlan(outcome.plan);
  return outcome;
}

async function archiveOf(host: HostPort): Promise<ArchiveRecord[]> {
  const snap = await host.readSnapshot();
  const sheet = snap.sheets.find((s) => s.name === '履职档案');
  const read = sheet ? readArchiveSheet(sheet) : null;
  if (!read) throw new Error('no archive read back');
  return [...read.records];
}

/** Both 2021 and 2022 have five members: the 2022 table overwrites the same 7 × 8 cells. */
const text = (v: CellValue): string | number => (v === null || typeof v === 'object' ? '' : typeof v === 'boolean' ? String(v) : v);

interface Subject {
  host(): HostPort;
  /** The clerk pastes the next year's table into the member sheet (and, where the host has files, saves and reopens). */
  nextYear(values: CellValue[][]): Promise<void>;
}

function excel(): Subject {
  let fake = ExcelFake.fromSheets('履职.xlsx', [{ name: TABLE_SHEET, values: tableValues(2021) }]);
  return {
    host: () => new ExcelHost(fake.run),
    nextYear: async (values) => {
      fake = fake.reopen();
      await fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(TABLE_SHEET);
        ws.getRange(`A1:H${values.length}`).values = values.map((r) => Array.from({ length: 8 }, (_, i) => text(r[i] ?? null)));
        await ctx.sync();
      });
    },
  };
}

function wps(): Subject {
  const fake = WpsFake.fromSheets('履职.xlsx', [{ name: TABLE_SHEET, values: tableValues(2021) }]);
  return {
    host: () => hostOf(fake),
    nextYear: (values) => {
      fake.app.ActiveWorkbook!.Worksheets.Item(TABLE_SHEET).Range(`A1:H${values.length}`).Value2 = values.map((r) => Array.from({ length: 8 }, (_, i) => text(r[i] ?? null)));
      return Promise.resolve();
    },
  };
}

function xlsx(): Subject {
  const wb = new Workbook();
  const ws = wb.addWorksheet(TABLE_SHEET);
  tableValues(2021).forEach((r) => ws.addRow(r));
  let host = new XlsxHost(wb, '履职.xlsx');
  return {
    host: () => host,
    nextYear: async (values) => {
      // The file as written, loaded again: the archive must come back from the bytes.
      host = new XlsxHost(await loadWorkbook(await host.toBuffer()), '履职.xlsx');
      const sheet = host.workbook.getWorksheet(TABLE_SHEET);
      values.forEach((r, i) => r.forEach((v, j) => sheet && (sheet.getCell(i + 1, j + 1).value = v === null || typeof v === 'object' ? null : v)));
    },
  };
}

describe.each([
  ['Excel (fake)', excel],
  ['WPS (fake)', wps],
  ['xlsx (exceljs)', xlsx],
])('the archive through %s', (_name, make) => {
  it('run 2021, then 2022 on the written workbook: both years read back, matched, 2022 sees 2021', async () => {
    const s = make();
    await yearEnd(s.host(), 2021);
    await s.nextYear(tableValues(2022));
    const second = await yearEnd(s.host(), 2022);
    const records = await archiveOf(s.host());
    expect([2021, 2022].map((y) => records.filter((r) => r.year === y).length)).toEqual([5, 5]);
    // 赵六: 2021 (1,0,1,0) = 80 良好; 2022 (1,0,0,0) = 70 合格 — one archive number.
    const zhao = records.filter((r) => r.name === '赵六');
    expect(zhao.map((r) => [r.year, r.score, r.grade, r.person])).toEqual([
      [2021, 80, '良好', 'D0005'],
      [2022, 70, '合格', 'D0005'],
    ]);
    // Counts come back keyed by item: 赵六 2021 proposals_lead 1.
    expect(zhao[0].counts.proposals_lead).toBe(1);
    // The 2022 run read 2021 from the workbook: prev.score of 赵六 is 80.
    const r = second.results.find((m) => m.name === '赵六');
    expect(r && second.noticeContext.termOf?.(r)?.value('prev.score')).toBe(80);
    expect(second.plan.sheets.map((p) => p.name)).toEqual(expect.arrayContaining(['届内履职汇总', '换届建议参考名单', '履职档案']));
  });
});
