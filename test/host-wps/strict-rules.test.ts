/*
 * The WPS fake's stricter rules (issue 9) and the reader/runtime fixes they force. Each rule was
 * added to the fake with this test first, and the test failed on the host as it was:
 *   1. Null / Nothing as undefined: `=== null` tests missed hidden rows, read every cell of a
 *      table as filled (#000000) and called Delete() on a missing comment.
 *   2. UsedRange grown by formatted cells: the reader pulled the whole used range in one Value2.
 *   3. A cap on cells per Value2: one call per sheet for reads and writes.
 */
import { runStep } from '../../src/host/workflow';
import { WpsFake, VALUE2_CELL_CAP } from '../support/fakes/wps-fake';
import { MEMBER_SHEET_FIXTURE } from '../support/excel-plans';
import { hostOf } from '../support/wps-fixtures';

const NOW = (): Date => new Date(2025, 11, 20, 9, 30);

function table(rows: number): (string | number | null)[][] {
  return [['姓名', '工作单位', '领衔提案'], ...Array.from({ length: rows }, (_, i) => [`委员${i + 1}`, `单位${i % 7}`, i % 4])];
}

describe('rule 1: VBA Null / Nothing may come back as undefined', () => {
  const spec = {
    name: '统计表',
    values: table(40),
    hiddenRows: [5, 6],
    fills: { A1: '#D9D9D9', B1: '#D9D9D9', C9: '#FFFF00' },
    notes: { B3: '原有批注' },
    merges: [{ top: 41, left: 2, bottom: 41, right: 3 }],
  };

  it('the fake returns undefined for a mixed property and a missing object in that mode', () => {
    const fake = WpsFake.fromSheets('x.xlsx', [spec], { nothing: 'undefined' });
    const ws = fake.workbook.Worksheets.Item(1);
    expect(ws.Range('1:10').EntireRow.Hidden).toBeUndefined();
    expect(ws.Range('A1:A3').Interior.ColorIndex).toBeUndefined();
    expect(ws.Range('A2').Comment).toBeUndefined();
    expect(new WpsFake('x.xlsx', { nothing: 'undefined', closed: true }).app.ActiveWorkbook).toBeUndefined();
  });

  it.each(['null', 'undefined'] as const)('the snapshot is the same whichever the build returns (%s)', async (nothing) => {
    const snapshot = await hostOf(WpsFake.fromSheets('x.xlsx', [spec], { nothing })).readSnapshot();
    const [sheet] = snapshot.sheets;
    expect(sheet.hiddenRows).toEqual([5, 6]);
    expect(sheet.fills).toEqual({ A1: '#D9D9D9', B1: '#D9D9D9', C9: '#FFFF00' });
    expect(sheet.notes).toEqual({ B3: '原有批注' });
    expect(sheet.merges).toEqual([{ top: 41, left: 2, bottom: 41, right: 3 }]);
  });

  it('marks go onto cells without a comment (Comment is Nothing) in undefined mode', async () => {
    const fake = WpsFake.fromSheets('委员履职.xlsx', [MEMBER_SHEET_FIXTURE], { nothing: 'undefined' });
    const result = await runStep(hostOf(fake), 'validate', { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const marked = result.outcome.plan.setMarks;
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(fake.note(m.sheet, m.cell)).toBe(m.note);
  });

  it('no workbook open is a clear Chinese error, whichever way Nothing comes', async () => {
    for (const nothing of ['null', 'undefined'] as const) {
      await expect(hostOf(new WpsFake('x.xlsx', { nothing, closed: true })).readSnapshot()).rejects.toThrow(/没有打开的工作簿/);
    }
  });
});

describe('rule 2: UsedRange is grown by formatted cells', () => {
  it('the fake includes empty formatted cells in UsedRange', () => {
    const fake = WpsFake.fromSheets('x.xlsx', [{ name: '表', values: table(3), formatted: ['A1:Z60000'] }]);
    const used = fake.workbook.Worksheets.Item(1).UsedRange;
    expect([used.Rows.Count, used.Columns.Count]).toEqual([60000, 26]);
  });

  it('the reader reads only up to the last value, found with Range.Find, not the whole formatted area', async () => {
    const fake = WpsFake.fromSheets('x.xlsx', [{ name: '表', values: table(300), formatted: ['A1:Z60000'], fills: { A1: '#D9D9D9' } }]);
    fake.resetCounters();
    const snapshot = await hostOf(fake).readSnapshot();
    const [sheet] = snapshot.sheets;
    expect(sheet.values.length).toBe(301);
    expect(sheet.values[300]).toEqual(['委员300', '单位5', 3]);
    expect(sheet.fills).toEqual({ A1: '#D9D9D9' });
    // 301 rows × 3 columns fit one block: one Value2 read for the table.
    expect(fake.callsOf('Range.Value2')).toBe(1);
    expect(fake.callsOf('Range.Find')).toBe(2);
  });

  it('a sheet with formats but no value is empty', async () => {
    const fake = WpsFake.fromSheets('x.xlsx', [{ name: '表', formatted: ['B2:H500'] }]);
    const [sheet] = (await hostOf(fake).readSnapshot()).sheets;
    expect(sheet.values).toEqual([]);
  });
});

describe('rule 3: a cap on cells per Value2 read and write', () => {
  it('the fake refuses one Value2 over the cap, both ways', () => {
    const fake = WpsFake.fromSheets('x.xlsx', [{ name: '表', values: [['a']] }]);
    const ws = fake.workbook.Worksheets.Item(1);
    const rows = Math.ceil(VALUE2_CELL_CAP / 10) + 1;
    expect(() => ws.Range(`A1:J${rows}`).Value2).toThrow(/cap/);
    expect(() => (ws.Range(`A1:J${rows}`).Value2 = Array.from({ length: rows }, () => Array(10).fill('')))).toThrow(/cap/);
  });

  it('a table larger than the cap is read in blocks under it, values intact', async () => {
    const rows = 12_000;
    const width = 12; // 144,012 cells: two blocks at least
    const values = [
      Array.from({ length: width }, (_, c) => `列${c + 1}`),
      ...Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => r * width + c)),
    ];
    const fake = WpsFake.fromSheets('x.xlsx', [{ name: '表', values }]);
    fake.resetCounters();
    const [sheet] = (await hostOf(fake).readSnapshot()).sheets;
    expect(sheet.values.length).toBe(rows + 1);
    expect(sheet.values[rows][width - 1]).toBe(rows * width - 1);
    expect(fake.callsOf('Range.Value2')).toBe(Math.ceil(((rows + 1) * width) / VALUE2_CELL_CAP));
  });
});
