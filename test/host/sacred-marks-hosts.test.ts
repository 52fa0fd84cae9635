/**
 * Issue 10 points 4 and 10 on every host: the Excel fake (Office.js), the WPS fake and the xlsx
 * host (exceljs). The user fixes the marked cell and colours it green: the next run keeps the
 * green and the note; a visible sheet named like the bookkeeping sheet is the user's, never
 * written nor hidden.
 */
/* The Office.js rules check source order; these proxies are read after the sync of the same run, and
   exceljs cells and WPS ranges are not Office.js proxies at all. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
import { runStep } from '../../src/host/workflow';
import { ExcelHost } from '../../src/host/excel/excel-host';
import { BOOKKEEPING_SHEET, type HostPort } from '../../src/host/port';
import { hexToBgr } from '../../src/host/wps/colors';
import { XL_SHEET_VISIBLE } from '../../src/host/wps/wps-api';
import { XlsxHost, workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { MEMBER_SHEET, MEMBER_SHEET_FIXTURE, memberWorkbook as excelWorkbook } from '../support/excel-plans';
import { hostOf, memberWorkbook as wpsWorkbook } from '../support/wps-fixtures';
import { Workbook } from 'exceljs';

const NOW = (): Date => new Date(2025, 11, 26, 10, 30);
const GREEN = '#92D050';
const MARK = '#FFC7CE';

interface Subject {
  readonly host: HostPort;
  /** The user's edit in the host: a value and a fill on one cell. */
  edit(a1: string, value: number, fill: string): Promise<void>;
  fill(a1: string): Promise<string | null>;
  note(a1: string): Promise<string | null>;
  addVisibleSheet(name: string, text: string): Promise<void>;
  sheetState(name: string): Promise<{ visible: boolean; text: unknown } | null>;
}

function excel(): Subject {
  const fake = excelWorkbook();
  const host = new ExcelHost(fake.run);
  return {
    host,
    edit: (a1, value, fill) =>
      fake.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem(MEMBER_SHEET).getRange(a1);
        range.values = [[value]];
        range.format.set({ fill: { color: fill } });
        await ctx.sync();
      }),
    fill: (a1) => Promise.resolve(fake.fill(MEMBER_SHEET, a1)),
    note: (a1) => Promise.resolve(fake.note(MEMBER_SHEET, a1)),
    addVisibleSheet: (name, text) =>
      Promise.resolve(void fake.addSheet({ name, values: [[text]], visibility: 'Visible' })),
    sheetState: (name) =>
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
        ws.load('visibility');
        const used = ws.getUsedRangeOrNullObject();
        used.load('values');
        await ctx.sync();
        return ws.isNullObject ? null : { visible: ws.visibility === 'Visible', text: used.isNullObject ? null : used.values[0][0] };
      }),
  };
}

function wps(): Subject {
  const fake = wpsWorkbook();
  const sheet = (name: string) => fake.app.ActiveWorkbook!.Worksheets.Item(name);
  return {
    host: hostOf(fake),
    edit: (a1, value, fill) => {
      const cell = sheet(MEMBER_SHEET).Range(a1);
      cell.Value2 = value;
      cell.Interior.Color = hexToBgr(fill);
      return Promise.resolve();
    },
    fill: (a1) => Promise.resolve(fake.fill(MEMBER_SHEET, a1)),
    note: (a1) => Promise.resolve(fake.note(MEMBER_SHEET, a1)),
    addVisibleSheet: (name, text) => Promise.resolve(void fake.addSheet({ name, values: [[text]], visible: XL_SHEET_VISIBLE })),
    sheetState: (name) => {
      const names: string[] = [];
      const sheets = fake.app.ActiveWorkbook!.Worksheets;
      for (let i = 1; i <= sheets.Count; i++) names.push(sheets.Item(i).Name);
      if (!names.includes(name)) return Promise.resolve(null);
      return Promise.resolve({ visible: sheet(name).Visible === XL_SHEET_VISIBLE, text: fake.value(name, 'A1') });
    },
  };
}

async function xlsx(): Promise<Subject> {
  const wb = new Workbook();
  const ws = wb.addWorksheet(MEMBER_SHEET);
  MEMBER_SHEET_FIXTURE.values.forEach((row) => ws.addRow(row));
  for (const [a1, f] of Object.entries(MEMBER_SHEET_FIXTURE.fills)) ws.getCell(a1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${f.slice(1)}` } };
  for (const [a1, n] of Object.entries(MEMBER_SHEET_FIXTURE.notes)) ws.getCell(a1).note = n;
  const host = await XlsxHost.fromBuffer(await workbookBytes(wb), '委员履职.xlsx');
  const cell = async () => (await host.readSnapshot()).sheets.find((s) => s.name === MEMBER_SHEET);
  return {
    host,
    edit: (a1, value, fill) => {
      const c = host.workbook.getWorksheet(MEMBER_SHEET)!.getCell(a1);
      c.value = value;
      c.style = { ...c.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill.slice(1)}` } } };
      return Promise.resolve();
    },
    fill: async (a1) => (await cell())?.fills?.[a1] ?? null,
    note: async (a1) => (await cell())?.notes?.[a1] ?? null,
    addVisibleSheet: (name, text) => Promise.resolve(void (host.workbook.addWorksheet(name).getCell('A1').value = text)),
    sheetState: (name) => {
      const ws = host.workbook.getWorksheet(name);
      return Promise.resolve(ws ? { visible: ws.state === 'visible' || ws.state === undefined, text: ws.getCell('A1').value } : null);
    },
  };
}

describe.each([
  ['Excel (Office.js fake)', (): Promise<Subject> => Promise.resolve(excel())],
  ['WPS (fake)', (): Promise<Subject> => Promise.resolve(wps())],
  ['xlsx (exceljs)', xlsx],
])('%s', (_name, make) => {
  it('point 4: the user fixes the marked cell and colours it: the next run keeps the fill and the note', async () => {
    const s = await make();
    expect((await runStep(s.host, 'validate', { now: NOW })).ok).toBe(true);
    expect(await s.fill('C3')).toBe(MARK);
    const note = await s.note('C3');
    await s.edit('C3', 1, GREEN);
    expect((await runStep(s.host, 'validate', { now: NOW })).ok).toBe(true);
    expect(await s.fill('C3')).toBe(GREEN);
    expect(await s.note('C3')).toBe(note);
  }, 60_000);

  it('point 10: a visible sheet named like the bookkeeping sheet is neither overwritten nor hidden', async () => {
    const s = await make();
    await s.addVisibleSheet(BOOKKEEPING_SHEET, '我的记录');
    const r = await runStep(s.host, 'validate', { now: NOW });
    expect(r.ok).toBe(true);
    expect(await s.sheetState(BOOKKEEPING_SHEET)).toEqual({ visible: true, text: '我的记录' });
    expect(await s.fill('C3')).toBe(MARK_OR_USER);
  }, 60_000);
});

// Without a place for its record the product sets no mark: C3 keeps the user's own fill.
const MARK_OR_USER = MEMBER_SHEET_FIXTURE.fills.C3;
