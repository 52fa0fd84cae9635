/** exceljs workbook (built here, saved, reloaded) → Snapshot. */
import { Workbook } from 'exceljs';
import { loadWorkbook, workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { readSnapshot } from '../../src/host/xlsx/read-snapshot';
import { bookkeepingGrid } from '../../src/host/shared';
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING } from '../../src/host/port';

async function roundTrip(wb: Workbook): Promise<Workbook> {
  return loadWorkbook(await workbookBytes(wb));
}

describe('readSnapshot', () => {
  it('reads values of every kind, starting at A1', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('统计表');
    ws.getCell('B2').value = 3;
    ws.getCell('C2').value = '张三';
    ws.getCell('D2').value = true;
    ws.getCell('E2').value = { richText: [{ text: '三', font: { bold: true } }, { text: '次' }] };
    ws.getCell('F2').value = { formula: 'B2*2', result: 6 };
    ws.getCell('G2').value = { formula: 'Sheet9!A1', result: { error: '#REF!' } };
    ws.getCell('H2').value = { error: '#DIV/0!' };
    ws.getCell('I2').value = new Date(Date.UTC(2025, 2, 1));
    ws.getCell('J2').value = { text: '官网', hyperlink: 'https://example.org/' };
    ws.getCell('K2').value = '=SUM(A1)';
    ws.getCell('L2').value = { formula: 'A1', result: undefined };
    ws.getCell('M2').value = { formula: 'B2-B2', result: 0 };
    ws.getCell('N2').value = { formula: 'B2<0', result: false };
    const snap = readSnapshot(await roundTrip(wb), '测试.xlsx');
    const sheet = snap.sheets[0];
    expect(snap.fileName).toBe('测试.xlsx');
    expect(sheet.name).toBe('统计表');
    expect(sheet.values[0]).toEqual([]);
    expect(sheet.values[1]).toEqual([null, 3, '张三', true, '三次', 6, { error: '#REF!' }, { error: '#DIV/0!' }, '2025-03-01', '官网', '=SUM(A1)', { formula: 'A1' }, 0, false]);
    expect(sheet.visible).toBe(true);
    expect(sheet.fills).toBeUndefined();
    expect(sheet.notes).toBeUndefined();
  });

  it('keeps a merged value in the top-left cell only and lists the merged areas', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = '标题';
    ws.mergeCells('A1:C1');
    ws.getCell('A3').value = '姓名';
    ws.mergeCells('A3:A4');
    ws.getCell('B3').value = '全体会议';
    ws.mergeCells('B3:D3');
    const sheet = readSnapshot(await roundTrip(wb), 'x.xlsx').sheets[0];
    expect(sheet.values[0]).toEqual(['标题']);
    expect(sheet.values[2]).toEqual(['姓名', '全体会议']);
    expect(sheet.values[3] ?? []).toEqual([]);
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 3, right: 4 },
    ]);
  });

  it('reads hidden rows, solid fills, notes and hidden sheets', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = '甲';
    ws.getCell('A2').value = '乙';
    ws.getRow(2).hidden = true;
    ws.getCell('B1').value = 1;
    ws.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    ws.getCell('C1').fill = { type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FF00B050' } };
    ws.getCell('D3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell('B2').note = '原有批注';
    const hidden = wb.addWorksheet('旧表', { state: 'hidden' });
    hidden.getCell('A1').value = 'x';
    const snap = readSnapshot(await roundTrip(wb), 'x.xlsx');
    const sheet = snap.sheets[0];
    expect(sheet.hiddenRows).toEqual([2]);
    // only solid fills count; D3 holds no value but its fill is still reported
    expect(sheet.fills).toEqual({ B1: '#00B050', D3: '#FFFF00' });
    expect(sheet.notes).toEqual({ B2: '原有批注' });
    expect(snap.sheets[1]).toMatchObject({ name: '旧表', visible: false });
  });

  it('parses the bookkeeping sheet and does not list it', async () => {
    const wb = new Workbook();
    wb.addWorksheet('表').getCell('A1').value = 1;
    const bk = wb.addWorksheet(BOOKKEEPING_SHEET, { state: 'veryHidden' });
    const bookkeeping = {
      generatedSheets: ['校验结果', '履职汇总'],
      marks: [{ sheet: '表', cell: 'B7', fill: '#FFC7CE', note: '【履职统计】有误', previousFill: null, previousNote: '我的批注' }],
    };
    bookkeepingGrid(bookkeeping).forEach((row, i) => row.forEach((v, j) => v !== null && (bk.getCell(i + 1, j + 1).value = v)));
    const snap = readSnapshot(await roundTrip(wb), 'x.xlsx');
    expect(snap.sheets.map((s) => s.name)).toEqual(['表']);
    expect(snap.bookkeeping).toEqual(bookkeeping);
  });

  it('gives EMPTY_BOOKKEEPING for a garbled bookkeeping sheet', async () => {
    const wb = new Workbook();
    wb.addWorksheet('表');
    const bk = wb.addWorksheet(BOOKKEEPING_SHEET, { state: 'veryHidden' });
    bk.getCell('A1').value = '别的东西';
    bk.getCell('A3').value = 'generated';
    bk.getCell('B3').value = '履职汇总';
    expect(readSnapshot(await roundTrip(wb), 'x.xlsx').bookkeeping).toEqual(EMPTY_BOOKKEEPING);
  });

  it('does not add rows or cells to the workbook it reads', async () => {
    const wb = await roundTrip(
      (() => {
        const w = new Workbook();
        const ws = w.addWorksheet('表');
        ws.getCell('A1').value = 1;
        ws.getCell('E9').value = 2;
        return w;
      })(),
    );
    const ws = wb.getWorksheet('表');
    const before = ws?.getSheetValues().length;
    readSnapshot(wb, 'x.xlsx');
    expect(ws?.getSheetValues().length).toBe(before);
    expect(ws?.findRow(5)).toBeUndefined();
  });
});
