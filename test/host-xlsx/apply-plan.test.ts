/** WritePlan → exceljs, written to bytes and read back (exceljs, and the raw XML where exceljs cannot tell). */
import JSZip from 'jszip';
import { Workbook, type Worksheet } from 'exceljs';
import { applyPlan } from '../../src/host/xlsx/apply-plan';
import { loadWorkbook, workbookBytes, XlsxHost } from '../../src/host/xlsx/xlsx-host';
import { readSnapshot } from '../../src/host/xlsx/read-snapshot';
import { solidFillColor } from '../../src/host/xlsx/colors';
import { withFingerprints } from '../support/fingerprints';
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type Bookkeeping, type SheetPlan, type WritePlan } from '../../src/host/port';

function sheetPlan(name: string, over: Partial<SheetPlan> = {}): SheetPlan {
  return { name, values: [['标题']], styles: [], merges: [], columnWidths: [], rowHeights: [], hyperlinks: [], pageBreaks: [], ...over };
}

/** A plan as the core makes it: the sheets it writes are recorded with their fingerprints (issue 10 point 10). */
function plan(over: Partial<WritePlan>): WritePlan {
  const p: WritePlan = { sheets: [], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING, ...over };
  return { ...p, bookkeeping: withFingerprints(p) };
}

async function reload(wb: Workbook): Promise<Workbook> {
  return loadWorkbook(await workbookBytes(wb));
}

function sheetOf(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

async function sheetXml(bytes: Uint8Array, wb: Workbook, name: string): Promise<string> {
  const index = wb.worksheets.findIndex((w) => w.name === name);
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheetTags = [...workbookXml.matchAll(/<sheet [^>]*r:id="(rId\d+)"/g)];
  const rid = sheetTags[index][1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  const path = (target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '');
  return zip.file(`xl/${path}`)!.async('string');
}

describe('applyPlan: sheets', () => {
  const styled = sheetPlan('履职通报', {
    values: [['政协X区委员会委员履职情况通报'], [], ['序号', '姓名', '得分'], [1, '张三', 86.5], [2, '=HYPERLINK("x")', 90], [3, '李四', null]],
    styles: [
      { range: 'A1:C1', style: { font: { name: '方正小标宋简体', size: 22, bold: true }, horizontal: 'center' } },
      { range: 'A3:C6', style: { font: { name: '仿宋_GB2312', size: 10.5 }, border: 'thin', vertical: 'middle', wrap: true } },
      { range: 'C4:C6', style: { numberFormat: '0.00', font: { color: '#C00000' } } },
      { range: 'A3:C3', style: { fill: '#D9D9D9', font: { bold: true } } },
      // later run overrides the earlier fill of B4
      { range: 'B4', style: { fill: '#FFEB9C' } },
      { range: 'B4', style: { fill: '#C6EFCE' } },
    ],
    merges: ['A1:C1'],
    columnWidths: [6, null, 12],
    rowHeights: [{ row: 1, height: 40 }],
    hyperlinks: [{ cell: 'B4', sheet: '委员履职统计表', target: 'F12' }],
    pageSetup: {
      paperSize: 'A4',
      orientation: 'landscape',
      margins: { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 20 },
      fitToWidth: true,
      horizontalCentered: true,
      printArea: 'A1:C6',
      printTitleRows: [3, 3],
      footerCenter: '— &P —',
    },
    pageBreaks: [5],
    freeze: { rows: 3, columns: 1 },
    tabColor: '#C00000',
  });

  it('writes values, styles, merges, sizes, links and print settings that read back', async () => {
    const wb = new Workbook();
    wb.addWorksheet('委员履职统计表').getCell('A1').value = '姓名';
    applyPlan(wb, plan({ sheets: [styled], bookkeeping: { generatedSheets: ['履职通报'], marks: [] }, activate: '履职通报' }));
    const bytes = await workbookBytes(wb);
    const back = await loadWorkbook(bytes);
    const ws = sheetOf(back, '履职通报');

    expect(ws.getCell('A1').value).toBe('政协X区委员会委员履职情况通报');
    expect(ws.getCell('C4').value).toBe(86.5);
    // text that looks like a formula stays text
    expect(ws.getCell('B5').value).toBe('=HYPERLINK("x")');
    expect(ws.getCell('B5').formula).toBeUndefined();
    expect(ws.getCell('C6').value).toBeNull();

    expect(ws.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 22, bold: true });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    // exceljs reads font sizes as integers; the file holds 10.5 (checked in the XML below)
    expect(ws.getCell('A4').font).toMatchObject({ name: '仿宋_GB2312' });
    expect(ws.getCell('A4').border).toEqual({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(ws.getCell('A4').alignment).toMatchObject({ vertical: 'middle', wrapText: true });
    // C4: font merged property by property (name and size from run 2, colour from run 3)
    expect(ws.getCell('C4').font).toMatchObject({ name: '仿宋_GB2312', color: { argb: 'FFC00000' } });
    expect(ws.getCell('C4').numFmt).toBe('0.00');
    expect(ws.getCell('B3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(ws.getCell('B3').font).toMatchObject({ bold: true, name: '仿宋_GB2312' });
    expect(ws.getCell('B4').fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
    expect(solidFillColor(ws.getCell('A5').fill)).toBeNull();

    expect(ws.model.merges).toEqual(['A1:C1']);
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(3).width).toBe(12);
    expect(ws.getRow(1).height).toBe(40);

    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: 'A1:C6',
      printTitlesRow: '3:3',
    });
    // 37 mm = 1.4567 in, 28 mm = 1.1024 in
    expect(ws.pageSetup.margins).toEqual({ top: 1.4567, bottom: 1.378, left: 1.1024, right: 1.0236, header: 0.5906, footer: 0.7874 });
    expect(ws.headerFooter.oddFooter).toBe('&C— &P —');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect(ws.properties.tabColor).toEqual({ argb: 'FFC00000' });

    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('xl/styles.xml')!.async('string')).toMatch(/<sz val="10.5"\/>/);
    // the link as Excel writes it: a location, no relationship
    const xml = await sheetXml(bytes, back, '履职通报');
    expect(xml).toMatch(/<hyperlink ref="B4" location="&apos;委员履职统计表&apos;!F12"\/>/);
    expect(xml).not.toMatch(/<hyperlink[^>]*r:id=/);
    // a break above row 5 is stored after row 4 (exceljs does not read breaks back)
    expect(xml).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"\/><\/rowBreaks>/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    // …and exceljs (patched) reads it back as an internal link with the cell's text
    expect(ws.getCell('B4').value).toEqual({ text: '张三', hyperlink: "#'委员履职统计表'!F12" });
    expect(back.views[0].activeTab).toBe(1);
  });

  it('creates a print-titles range spanning two rows as "3:4"', async () => {
    const wb = new Workbook();
    applyPlan(wb, plan({ sheets: [sheetPlan('履职汇总', { pageSetup: { ...styled.pageSetup!, printTitleRows: [3, 4] } })], bookkeeping: { generatedSheets: ['履职汇总'], marks: [] } }));
    const back = await reload(wb);
    expect(sheetOf(back, '履职汇总').pageSetup.printTitlesRow).toBe('3:4');
  });

  it('replaces a generated sheet in place (same tab position, no copy) and adds new ones at the end', async () => {
    const wb = new Workbook();
    wb.addWorksheet('统计表');
    const bk: Bookkeeping = { generatedSheets: ['校验结果', '履职汇总'], marks: [] };
    applyPlan(wb, plan({ sheets: [sheetPlan('校验结果', { values: [['第一次']] }), sheetPlan('履职汇总')], bookkeeping: bk }));
    const once = await reload(wb);
    once.addWorksheet('我的备注');
    applyPlan(once, plan({ sheets: [sheetPlan('校验结果', { values: [['第二次']] }), sheetPlan('分组统计')], bookkeeping: { generatedSheets: [...bk.generatedSheets, '分组统计'], marks: [] } }));
    const twice = await reload(once);
    const visible = twice.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    expect(visible).toEqual(['统计表', '校验结果', '履职汇总', '我的备注', '分组统计']);
    expect(sheetOf(twice, '校验结果').getCell('A1').value).toBe('第二次');
    expect(readSnapshot(twice, 'x.xlsx').bookkeeping.generatedSheets).toEqual(['校验结果', '履职汇总', '分组统计']);
  });

  it("never replaces a user's sheet named 履职汇总 and leaves the workbook untouched when refusing", async () => {
    const wb = new Workbook();
    const own = wb.addWorksheet('履职汇总');
    own.getCell('A1').value = '我自己的汇总';
    wb.addWorksheet('统计表').getCell('B2').value = 1;
    const p = plan({
      sheets: [sheetPlan('校验结果'), sheetPlan('履职汇总')],
      setMarks: [{ sheet: '统计表', cell: 'B2', fill: '#FFC7CE', note: 'x', previousFill: null, previousNote: null }],
      bookkeeping: { generatedSheets: ['校验结果', '履职汇总'], marks: [] },
    });
    expect(() => applyPlan(wb, p)).toThrow(/履职汇总/);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['履职汇总', '统计表']);
    expect(sheetOf(wb, '履职汇总').getCell('A1').value).toBe('我自己的汇总');
    expect(sheetOf(wb, '统计表').getCell('B2').fill).toBeUndefined();
    // the output goes to 履职汇总(2) instead (the core picks the name; the host just creates it)
    applyPlan(wb, plan({ sheets: [sheetPlan('履职汇总(2)')], bookkeeping: { generatedSheets: ['履职汇总(2)'], marks: [] } }));
    expect(sheetOf(wb, '履职汇总').getCell('A1').value).toBe('我自己的汇总');
    expect(sheetOf(wb, '履职汇总(2)').getCell('A1').value).toBe('标题');
  });

  it('creates a new sheet the bookkeeping does not list (the example 评价办法 sheet)', () => {
    const wb = new Workbook();
    wb.addWorksheet('统计表');
    applyPlan(wb, plan({ sheets: [sheetPlan('评价办法')], activate: '评价办法' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['统计表', '评价办法']);
    // nothing to remember: no bookkeeping sheet is created
    expect(wb.getWorksheet(BOOKKEEPING_SHEET)).toBeUndefined();
  });

  it('deletes generated sheets only', () => {
    const wb = new Workbook();
    wb.addWorksheet('统计表');
    applyPlan(wb, plan({ sheets: [sheetPlan('运行记录')], bookkeeping: { generatedSheets: ['运行记录'], marks: [] } }));
    expect(() => applyPlan(wb, plan({ deleteSheets: ['统计表'], bookkeeping: { generatedSheets: ['运行记录'], marks: [] } }))).toThrow(/统计表/);
    applyPlan(wb, plan({ deleteSheets: ['运行记录'], bookkeeping: { generatedSheets: [], marks: [] } }));
    expect(wb.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name)).toEqual(['统计表']);
  });
});

describe('applyPlan: marks and bookkeeping', () => {
  async function userWorkbook(): Promise<Workbook> {
    const wb = new Workbook();
    const ws = wb.addWorksheet('统计表');
    ws.getCell('A1').value = '姓名';
    ws.getCell('B1').value = '提案';
    ws.getCell('A2').value = '张三';
    ws.getCell('B2').value = '若干';
    ws.getCell('B3').value = 2;
    // B2 and B3 share one style object after loading: marking B2 must not touch B3
    for (const a of ['B2', 'B3']) ws.getCell(a).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
    ws.getCell('B2').note = '王秘书核对过';
    return reload(wb);
  }

  it('sets marks, then clearing restores the exact previous fill and note', async () => {
    const wb = await userWorkbook();
    const marks = [
      { sheet: '统计表', cell: 'B2', fill: '#FFC7CE', note: '王秘书核对过\n\n【履职统计】不是次数', previousFill: '#92D050', previousNote: '王秘书核对过' },
      { sheet: '统计表', cell: 'C2', fill: '#FFEB9C', note: '【履职统计】请核实', previousFill: null, previousNote: null },
    ];
    applyPlan(wb, plan({ setMarks: marks, bookkeeping: { generatedSheets: [], marks } }));
    const marked = await reload(wb);
    const snap = readSnapshot(marked, 'x.xlsx');
    expect(snap.sheets[0].fills).toEqual({ B2: '#FFC7CE', B3: '#92D050', C2: '#FFEB9C' });
    expect(snap.sheets[0].notes).toEqual({ B2: marks[0].note, C2: marks[1].note });
    expect(snap.bookkeeping.marks).toEqual(marks);
    expect(marked.getWorksheet(BOOKKEEPING_SHEET)?.state).toBe('veryHidden');

    applyPlan(marked, plan({ clearMarks: marks.map((m) => ({ sheet: m.sheet, cell: m.cell, fill: m.previousFill, note: m.previousNote })), bookkeeping: EMPTY_BOOKKEEPING }));
    const cleared = await reload(marked);
    const after = readSnapshot(cleared, 'x.xlsx');
    expect(after.sheets[0].fills).toEqual({ B2: '#92D050', B3: '#92D050' });
    expect(after.sheets[0].notes).toEqual({ B2: '王秘书核对过' });
    expect(after.sheets[0].values).toEqual([['姓名', '提案'], ['张三', '若干'], [null, 2]]);
    expect(after.bookkeeping).toEqual(EMPTY_BOOKKEEPING);
    expect(sheetOf(cleared, '统计表').getCell('C2').fill).toBeUndefined();
    expect(sheetOf(cleared, '统计表').getCell('C2').note).toBeUndefined();
  });

  it('keeps a restored note on a cell that has neither value nor style across save and reload', async () => {
    const wb = await userWorkbook();
    applyPlan(wb, plan({ clearMarks: [{ sheet: '统计表', cell: 'D9', fill: null, note: '用户的批注' }] }));
    const back = await reload(wb);
    expect(readSnapshot(back, 'x.xlsx').sheets[0].notes).toEqual({ B2: '王秘书核对过', D9: '用户的批注' });
  });

  it('bookkeeping survives save → reload through XlsxHost', async () => {
    const host = await XlsxHost.fromBuffer(await workbookBytes(await userWorkbook()), '统计.xlsx');
    const bookkeeping: Bookkeeping = {
      generatedSheets: ['校验结果'],
      marks: [{ sheet: '统计表', cell: 'B2', fill: '#FFC7CE', note: '【履职统计】x', previousFill: '#92D050', previousNote: '王秘书核对过' }],
    };
    await host.applyPlan(plan({ sheets: [sheetPlan('校验结果')], setMarks: bookkeeping.marks, bookkeeping, activate: '校验结果' }));
    const again = await XlsxHost.fromBuffer(await host.toBuffer(), '统计-结果.xlsx');
    const snap = await again.readSnapshot();
    expect(snap.fileName).toBe('统计-结果.xlsx');
    expect(snap.bookkeeping).toEqual(withFingerprints(plan({ sheets: [sheetPlan('校验结果')], bookkeeping })));
    expect(snap.sheets.map((s) => s.name)).toEqual(['统计表', '校验结果']);
    await expect(again.selectCell('统计表', 'B2')).resolves.toBeUndefined();
  });
});

describe('applyPlan (xlsx): the same plan check as Excel and WPS, in Chinese', () => {
  it('refuses marks on a protected sheet, naming it, and leaves the workbook as it was', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('统计表');
    ws.getCell('A1').value = '张三';
    await ws.protect('', {});
    const mark = { sheet: '统计表', cell: 'A1', fill: '#FFC7CE', note: '【履职统计】x', previousFill: null, previousNote: null };
    expect(() => applyPlan(wb, plan({ setMarks: [mark], bookkeeping: { generatedSheets: [], marks: [mark] } }))).toThrow(/工作表「统计表」受保护/);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['统计表']);
    expect(ws.getCell('A1').style.fill).toBeUndefined();
  });

  it('refuses an invalid sheet name with the shared Chinese message', () => {
    expect(() => applyPlan(new Workbook(), plan({ sheets: [sheetPlan('a/b')] }))).toThrow(/工作表名「a\/b」无效/);
  });
});
