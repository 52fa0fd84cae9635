/* The Excel host's write side, on the strict fake, with hand-made plans. */
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type SheetPlan } from '../../src/host/port';
import { ExcelHost } from '../../src/host/excel/excel-host';
import { PlanRefused, TEMP_PREFIX } from '../../src/host/excel/apply-plan';
import { ExcelFake } from '../support/fakes/excel-fake';
import { ERROR_MARK, MEMBER_SHEET, MEMBER_SHEET_FIXTURE, memberWorkbook, plan, summaryPlan, WARNING_MARK } from '../support/excel-plans';

describe('ExcelHost.applyPlan: one sheet plan', () => {
  const write = async (): Promise<ExcelFake> => {
    const fake = memberWorkbook();
    await new ExcelHost(fake.run).applyPlan(plan([summaryPlan()]));
    return fake;
  };

  it('writes values in bulk, keeping text that Excel would reinterpret as text', async () => {
    const fake = await write();
    expect(fake.grid('履职汇总').slice(0, 3)).toEqual([
      ['履职汇总表', null, null, null, null],
      ['姓名', '编号', '得分', '日期', '公式样'],
      ['委员1', '001', 80, '2025年12月26日', '=SUM(A1)'],
    ]);
    expect(fake.formulaCells()).toEqual([]);
    expect(fake.extra('履职汇总', 'B3')?.quotePrefix).toBe(true);
    expect(fake.extra('履职汇总', 'A3')?.quotePrefix).toBe(true); // 委员1 holds a digit
    expect(fake.extra('履职汇总', 'B2')?.quotePrefix).toBeUndefined();
  });

  it('applies styles with later runs winning per property, and number formats', async () => {
    const fake = await write();
    const a1 = fake.style('履职汇总', 'A1');
    expect([a1.font.bold, a1.font.size, a1.font.name, a1.horizontal]).toEqual([true, 16, '黑体', 'Center']);
    const b2 = fake.style('履职汇总', 'B2');
    expect([b2.fill, b2.font.bold, b2.vertical, b2.borders.top.style, b2.borders.top.weight]).toEqual(['#D9D9D9', true, 'Center', 'Continuous', 'Thin']);
    const c4 = fake.style('履职汇总', 'C4');
    expect([c4.numberFormat, c4.horizontal, c4.vertical, c4.borders.left.style, c4.borders.bottom.style]).toEqual(['0.00', 'Right', 'Center', 'Continuous', 'Continuous']);
    expect(fake.style('履职汇总', 'C2').numberFormat).toBe('General');
    expect(fake.style('履职汇总', 'F3').borders.left.style).toBe('None');
  });

  it('sets merges, widths (points), heights, the hyperlink, page layout, break, freeze panes and tab colour', async () => {
    const fake = await write();
    const sheet = fake.sheet('履职汇总');
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    // 10 characters → trunc(10 × 7 + 5) = 75 px → 56.25 pt; 8 → 61 px → 45.75 pt; 12 → 89 px → 66.75 pt
    expect([...sheet.columnWidths].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 56.25],
      [1, 45.75],
      [2, 45.75],
      [4, 66.75],
    ]);
    expect([...sheet.rowHeights].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 30],
      [1, 20],
      [2, 20],
    ]);
    expect(fake.extra('履职汇总', 'A3')?.hyperlink).toEqual({ documentReference: "'统计表'!A2", textToDisplay: '委员1' });
    expect(fake.value('履职汇总', 'A3')).toBe('委员1');
    // 37 mm × 72 / 25.4 = 104.88 pt; 28 mm = 79.37 pt
    expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', topMargin: 104.88, leftMargin: 79.37, centerHorizontally: true, zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: 'A1:E5', printTitleRows: '$2:$2', centerFooter: '— &P —' });
    expect(sheet.pageBreaks).toEqual([2]);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 1 });
    expect(sheet.tabColor).toBe('#C00000');
    expect(fake.state.activeSheetId).toBe(sheet.id);
  });

  it('stores the bookkeeping in a very hidden sheet, suspends calculation in every writing batch, and syncs a fixed number of times', async () => {
    const fake = await write();
    expect(fake.sheetNames()).toEqual([MEMBER_SHEET, '履职汇总', BOOKKEEPING_SHEET]);
    expect(fake.sheet(BOOKKEEPING_SHEET).visibility).toBe('VeryHidden');
    expect(fake.engine.writeBatchesWithoutSuspend).toBe(0);
    // sheet names; then everything (no stored bookkeeping, no marks: nothing else to read first)
    expect(fake.syncs).toBe(2);
  });
});

describe('ExcelHost.applyPlan: marks', () => {
  it('sets fills and notes, then a clearing plan restores the fill and note each cell had', async () => {
    const fake = memberWorkbook();
    const host = new ExcelHost(fake.run);
    await host.applyPlan(plan([], { setMarks: [ERROR_MARK, WARNING_MARK] }));
    expect([fake.fill(MEMBER_SHEET, 'C3'), fake.note(MEMBER_SHEET, 'C3')]).toEqual(['#FFC7CE', ERROR_MARK.note]);
    expect([fake.fill(MEMBER_SHEET, 'B3'), fake.note(MEMBER_SHEET, 'B3')]).toEqual(['#FFEB9C', WARNING_MARK.note]);
    expect(fake.value(MEMBER_SHEET, 'C3')).toBe('若干');

    const stored = (await host.readSnapshot()).bookkeeping;
    expect(stored.marks).toEqual([ERROR_MARK, WARNING_MARK]);
    await host.applyPlan({ sheets: [], deleteSheets: [], setMarks: [], clearMarks: stored.marks.map((m) => ({ sheet: m.sheet, cell: m.cell, fill: m.previousFill, note: m.previousNote })), bookkeeping: EMPTY_BOOKKEEPING });
    expect([fake.fill(MEMBER_SHEET, 'C3'), fake.note(MEMBER_SHEET, 'C3')]).toEqual(['#00B0F0', null]);
    expect([fake.fill(MEMBER_SHEET, 'B3'), fake.note(MEMBER_SHEET, 'B3')]).toEqual([null, '用户自己的批注']);
    // An empty bookkeeping leaves no bookkeeping sheet behind.
    expect(fake.hasSheet(BOOKKEEPING_SHEET)).toBe(false);
  });

  it('re-marking a cell that is marked already replaces its note instead of adding a second one', async () => {
    const fake = memberWorkbook();
    const host = new ExcelHost(fake.run);
    await host.applyPlan(plan([], { setMarks: [ERROR_MARK] }));
    const again = { ...ERROR_MARK, note: '【履职统计】新的说明' };
    await host.applyPlan(plan([], { clearMarks: [{ sheet: MEMBER_SHEET, cell: 'C3', fill: '#00B0F0', note: null }], setMarks: [again] }));
    expect([fake.fill(MEMBER_SHEET, 'C3'), fake.note(MEMBER_SHEET, 'C3')]).toEqual(['#FFC7CE', again.note]);
  });
});

describe('ExcelHost.applyPlan: generated sheets only', () => {
  it("refuses to replace a user's sheet that carries a generated name, and changes nothing", async () => {
    const fake = memberWorkbook({ sheets: [{ name: '履职汇总', values: [['我自己的汇总']] }] });
    const before = fake.save();
    await expect(new ExcelHost(fake.run).applyPlan(plan([summaryPlan()], { setMarks: [ERROR_MARK] }))).rejects.toThrow(PlanRefused);
    await expect(new ExcelHost(fake.run).applyPlan(plan([summaryPlan()]))).rejects.toThrow(/是您自己的工作表/);
    expect(fake.save()).toBe(before);
  });

  it("refuses to delete a user's sheet", async () => {
    const fake = memberWorkbook({ sheets: [{ name: '旧表', values: [['x']] }] });
    const before = fake.save();
    await expect(new ExcelHost(fake.run).applyPlan(plan([], { deleteSheets: ['旧表'] }))).rejects.toThrow(/不是本加载项生成的/);
    expect(fake.save()).toBe(before);
  });

  it('replaces a sheet it generated before with the new one, and removes leftovers of an interrupted run', async () => {
    const fake = memberWorkbook({
      bookkeeping: { generatedSheets: ['履职汇总'], marks: [] },
      sheets: [
        { name: '履职汇总', values: Array.from({ length: 50 }, (_, i) => [`旧内容${i}`]) },
        { name: `${TEMP_PREFIX}1`, values: [['半截']] },
      ],
    });
    await new ExcelHost(fake.run).applyPlan(plan([summaryPlan()], {}, { generatedSheets: ['履职汇总'], marks: [] }));
    // the new sheet takes the old one's place
    expect(fake.sheetNames()).toEqual([MEMBER_SHEET, '履职汇总', BOOKKEEPING_SHEET]);
    expect(fake.grid('履职汇总')).toHaveLength(5);
    expect(fake.value('履职汇总', 'A1')).toBe('履职汇总表');
  });

  it('creates a sheet whose name is new even when the bookkeeping does not list it', async () => {
    const fake = memberWorkbook();
    await new ExcelHost(fake.run).applyPlan({ sheets: [summaryPlan('评价办法')], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING, activate: '评价办法' });
    expect(fake.sheetNames()).toEqual([MEMBER_SHEET, '评价办法']);
  });
});

describe('ExcelHost.applyPlan: a failure in the middle', () => {
  const OLD = Array.from({ length: 4 }, (_, i) => [`旧${i}`, i]);
  const before = { generatedSheets: ['履职汇总'], marks: [] };
  const second: SheetPlan = { ...summaryPlan('单位告知', 6), hyperlinks: [] };
  const thePlan = plan([summaryPlan(), second], { setMarks: [ERROR_MARK, WARNING_MARK] }, before);
  const workbook = (): ExcelFake => memberWorkbook({ bookkeeping: before, sheets: [{ name: '履职汇总', values: OLD }] });

  it('leaves no temporary sheet and no half-written generated sheet, whichever operation fails', async () => {
    const dry = workbook();
    await new ExcelHost(dry.run).applyPlan(thePlan);
    const operations = dry.engine.executedOperations;
    const complete = { 履职汇总: dry.grid('履职汇总'), 单位告知: dry.grid('单位告知') };
    expect(operations).toBeGreaterThan(30);

    for (let n = 1; n <= operations; n++) {
      const fake = workbook();
      fake.failAtOperation(n);
      const result = await new ExcelHost(fake.run).applyPlan(thePlan).then(
        () => 'applied',
        (e: { code?: string }) => e.code,
      );
      expect([n, result]).toEqual([n, 'GeneralException']);
      expect(fake.sheetNames().filter((s) => s.startsWith(TEMP_PREFIX))).toEqual([]);
      // Each generated sheet is absent, the old one, or complete.
      const summary = fake.hasSheet('履职汇总') ? fake.grid('履职汇总') : null;
      expect([n, summary === null || JSON.stringify(summary) === JSON.stringify(OLD) || JSON.stringify(summary) === JSON.stringify(complete.履职汇总)]).toEqual([n, true]);
      const units = fake.hasSheet('单位告知') ? fake.grid('单位告知') : null;
      expect([n, units === null || JSON.stringify(units) === JSON.stringify(complete.单位告知)]).toEqual([n, true]);
      // A marked cell is always known to the stored bookkeeping, so a later run can restore it.
      const stored = (await new ExcelHost(fake.run).readSnapshot()).bookkeeping;
      for (const mark of [ERROR_MARK, WARNING_MARK]) {
        if (fake.fill(MEMBER_SHEET, mark.cell) === mark.fill) expect([n, stored.marks.some((m) => m.cell === mark.cell && m.previousFill === mark.previousFill)]).toEqual([n, true]);
      }
    }
  });
});

describe('ExcelHost.applyPlan: large plans', () => {
  it('splits a plan of more than 5 MB over several syncs, none over 5 MB, and never one per row', async () => {
    const fake = memberWorkbook();
    const rows = 30_000;
    const big: SheetPlan = {
      ...summaryPlan('个人履职告知单', 0),
      values: Array.from({ length: rows }, (_, i) => [`第${i}行`, '政协委员履职情况告知单内容'.repeat(3), i, '区政协办公室', '2025年12月26日']),
      merges: Array.from({ length: rows / 10 }, (_, i) => `B${i * 10 + 1}:C${i * 10 + 1}`),
      pageBreaks: Array.from({ length: rows / 30 - 1 }, (_, i) => (i + 1) * 30 + 1),
    };
    await new ExcelHost(fake.run).applyPlan(plan([big]));
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    const total = fake.requests.reduce((n, r) => n + r.requestBytes, 0);
    expect(total).toBeGreaterThan(6 * 1024 * 1024);
    // every batch but the first (sheet names) and the last carries at least 3 MB
    expect(fake.requests.slice(1, -1).every((r) => r.requestBytes > 3 * 1024 * 1024)).toBe(true);
    expect(fake.syncs).toBeLessThan(2 + Math.ceil(total / (3 * 1024 * 1024)));
    expect(fake.value('个人履职告知单', `C${rows}`)).toBe(rows - 1);
    expect(fake.sheet('个人履职告知单').merges).toHaveLength(rows / 10);
  });
});

describe('ExcelHost.selectCell', () => {
  it('activates the sheet and selects the cell in one run', async () => {
    const fake = memberWorkbook({ sheets: [{ name: '校验结果', values: [['x']] }] });
    await new ExcelHost(fake.run).selectCell(MEMBER_SHEET, 'C3');
    expect(fake.state.selection).toEqual({ sheetId: fake.sheet(MEMBER_SHEET).id, address: 'C3' });
    expect(fake.syncs).toBe(1);
  });
});

describe('ExcelHost.applyPlan: protection and threaded comments', () => {
  it('a protected member sheet: refuses in Chinese, naming the sheet, before anything is written', async () => {
    const fake = ExcelFake.fromSheets('委员履职.xlsx', [{ ...MEMBER_SHEET_FIXTURE, protected: true }]);
    const before = fake.save();
    await expect(new ExcelHost(fake.run).applyPlan(plan([summaryPlan()], { setMarks: [ERROR_MARK] }))).rejects.toMatchObject({
      name: 'WorkbookRefused',
      message: expect.stringContaining(`工作表「${MEMBER_SHEET}」受保护`),
    });
    expect(fake.save()).toBe(before);
  });

  it('a protected workbook structure: refuses in Chinese before anything is written', async () => {
    const fake = memberWorkbook();
    fake.protectStructure();
    const before = fake.save();
    await expect(new ExcelHost(fake.run).applyPlan(plan([summaryPlan()]))).rejects.toMatchObject({ name: 'WorkbookRefused', message: expect.stringContaining('工作簿的结构受保护') });
    expect(fake.save()).toBe(before);
  });

  it('a marked cell holding a threaded comment gets the fill, keeps its thread, and the outcome says so', async () => {
    const fake = ExcelFake.fromSheets('委员履职.xlsx', [{ ...MEMBER_SHEET_FIXTURE, threadedComments: { C3: '这一格请再核对' } }]);
    const result = await new ExcelHost(fake.run).applyPlan(plan([], { setMarks: [ERROR_MARK, WARNING_MARK] }));
    expect([fake.fill(MEMBER_SHEET, 'C3'), fake.note(MEMBER_SHEET, 'C3')]).toEqual([ERROR_MARK.fill, null]);
    expect(fake.sheet(MEMBER_SHEET).threaded.size).toBe(1);
    // the other mark is complete
    expect([fake.fill(MEMBER_SHEET, 'B3'), fake.note(MEMBER_SHEET, 'B3')]).toEqual([WARNING_MARK.fill, WARNING_MARK.note]);
    expect(result.notes).toEqual([expect.stringContaining(`「${MEMBER_SHEET}」的单元格 C3 已有讨论式批注`)]);
  });
});
