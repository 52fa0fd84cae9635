/*
 * The same year-end run on the three hosts: the Excel host on the strict Excel fake, the WPS host on
 * the strict WPS fake, and the xlsx host on an exceljs workbook (written to bytes and loaded again).
 * The same member table goes in; every generated sheet comes out identical, as a user would see
 * it: values, merges, per-cell fonts, fills, alignment, wrap, number formats and borders, column
 * widths, row heights, links, grade colours (conditional formats), page setup, page breaks, freeze
 * panes and tab colour (test/support/generated-sheets.ts reads each host's workbook into one model).
 */
import JSZip from 'jszip';
import { runPipeline, STEP_OUTPUTS, type PipelineSuccess } from '../../src/core/pipeline';
import type { HostPort } from '../../src/host/port';
import { ExcelHost } from '../../src/host/excel/excel-host';
import { loadWorkbook, XlsxHost } from '../../src/host/xlsx/xlsx-host';
import { tableWorkbook } from '../../scripts/sample/table';
import { fakeFromSnapshot as excelFake, RUN_DATE } from '../support/excel-fixtures';
import { fakeFromSnapshot as wpsFake, hostOf } from '../support/wps-fixtures';
import { excelLook, wpsLook, xlsxLook, type SheetLook } from '../support/generated-sheets';
import { syntheticSnapshot, syntheticTable } from '../support/synthetic';

const N = 300;

async function yearEnd(host: HostPort): Promise<PipelineSuccess> {
  const snapshot = await host.readSnapshot();
  const outcome = runPipeline(snapshot, { fileName: snapshot.fileName, outputs: STEP_OUTPUTS.all, today: RUN_DATE, runAt: '2025-12-26 09:30:00' });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  await host.applyPlan(outcome.plan);
  return outcome;
}

describe('one year-end run, three hosts, identical generated sheets', () => {
  const looks: Record<'excel' | 'wps' | 'xlsx', Map<string, SheetLook>> = { excel: new Map(), wps: new Map(), xlsx: new Map() };
  let plans: PipelineSuccess[] = [];
  let bytes: Uint8Array = new Uint8Array();

  beforeAll(async () => {
    const snapshot = syntheticSnapshot(N);
    const excel = excelFake(snapshot);
    const wps = wpsFake(snapshot);
    const xlsx = new XlsxHost(tableWorkbook(syntheticTable(N).table, false), snapshot.fileName);
    plans = [await yearEnd(new ExcelHost(excel.run)), await yearEnd(hostOf(wps)), await yearEnd(xlsx)];
    // The workbook as written to the file: its bytes must load again. It is read in memory, because
    // exceljs reads font sizes back with parseInt (10.5 pt → 10) and gives cells without a font its
    // default one; the file itself says sz val="10.5" (checked below).
    bytes = await xlsx.toBuffer();
    await loadWorkbook(bytes);
    for (const sheet of plans[0].plan.sheets) {
      looks.excel.set(sheet.name, excelLook(excel, sheet.name));
      looks.wps.set(sheet.name, wpsLook(wps, sheet.name));
      looks.xlsx.set(sheet.name, xlsxLook(xlsx.workbook, sheet.name));
    }
  }, 300_000);

  it('the three reads give the core the same input, so the three plans are the same', () => {
    expect(plans[1].plan.sheets).toEqual(plans[0].plan.sheets);
    expect(plans[2].plan.sheets).toEqual(plans[0].plan.sheets);
    expect(plans[0].plan.sheets.map((s) => s.name)).toEqual(['校验结果', '履职汇总', '分组统计', '履职通报', '单位告知', '优秀委员建议名单', '履职预警名单', '运行记录', '履职档案']);
  });

  it('the comparison has something to compare: styles, links, grade colours, merges, breaks', () => {
    const summary = looks.excel.get('履职汇总');
    expect(Object.keys(summary?.cells ?? {}).length).toBeGreaterThan(N * 10);
    expect(summary?.conditional.length).toBeGreaterThan(0);
    expect(Object.keys(looks.excel.get('校验结果')?.links ?? {}).length).toBeGreaterThan(0);
    expect(looks.excel.get('单位告知')?.merges.length).toBeGreaterThan(50);
    expect(looks.excel.get('单位告知')?.pageBreaks.length).toBeGreaterThan(10);
    expect(looks.excel.get('履职通报')?.page.fitWide).toBe(1);
  });

  it('the file keeps the notices’ 10.5 pt table font and the grade colours as conditional formats', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('xl/styles.xml')?.async('string');
    expect(styles).toContain('<sz val="10.5"/>');
    const sheets = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map((f) => zip.file(f)?.async('string')));
    expect(sheets.filter((x) => x?.includes('<conditionalFormatting')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(['校验结果', '履职汇总', '分组统计', '履职通报', '单位告知', '优秀委员建议名单', '履职预警名单', '运行记录', '履职档案'])('%s: identical on Excel, WPS and xlsx', (name) => {
    const excel = looks.excel.get(name);
    expect(excel?.values.length).toBeGreaterThan(0);
    for (const part of ['values', 'merges', 'cells', 'columnWidths', 'rowHeights', 'conditional', 'pageBreaks', 'freeze', 'tabColor', 'page'] as const) {
      expect([part, looks.wps.get(name)?.[part]]).toEqual([part, excel?.[part]]);
      expect([part, looks.xlsx.get(name)?.[part]]).toEqual([part, excel?.[part]]);
    }
    // Links: Excel's documentReference and WPS's SubAddress are the same text; the file keeps it after '#'.
    expect(looks.wps.get(name)?.links).toEqual(excel?.links);
    expect(looks.xlsx.get(name)?.links).toEqual(excel?.links);
  });
});
