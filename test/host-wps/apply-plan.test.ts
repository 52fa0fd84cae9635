import { BOOKKEEPING_SHEET, type WritePlan } from '../../src/host/port';
import { PlanRefused, TEMP_PREFIX } from '../../src/host/shared';
import { ERROR_MARK, MEMBER_SHEET, MEMBER_SHEET_FIXTURE, plan, summaryPlan, WARNING_MARK } from '../support/excel-plans';
import { WpsFake } from '../support/fakes/wps-fake';
import { hostOf, memberWorkbook } from '../support/wps-fixtures';

describe('WpsHost.applyPlan: a generated sheet', () => {
  it('writes values (text stays text), styles, merges, sizes, link, page setup, breaks, freeze and tab colour', async () => {
    const fake = memberWorkbook();
    await hostOf(fake).applyPlan(plan([summaryPlan()]));
    expect(fake.sheetNames()).toEqual([MEMBER_SHEET, '履职汇总', BOOKKEEPING_SHEET]);
    expect(fake.grid('履职汇总')).toEqual([
      ['履职汇总表', null, null, null, null],
      ['姓名', '编号', '得分', '日期', '公式样'],
      ['委员1', '001', 80, '2025年12月26日', '=SUM(A1)'],
      ['委员2', '001', 81, '2025年12月26日', '=SUM(A1)'],
      ['委员3', '001', 82, '2025年12月26日', '=SUM(A1)'],
    ]);
    expect(fake.formulaCells()).toEqual([]);
    // 黑体 16 bold, centred; #D9D9D9 header fill is BGR 0xD9D9D9; borders thin (2) continuous (1)
    expect(fake.cellFormat('履职汇总', 'B1')).toEqual({ fontName: '黑体', fontSize: 16, bold: true, horizontal: -4108 });
    expect(fake.cellFormat('履职汇总', 'B2')).toEqual({ fill: 0xd9d9d9, bold: true, lineStyle: 1, weight: 2, vertical: -4108 });
    expect(fake.cellFormat('履职汇总', 'C4')).toMatchObject({ numberFormat: '0.00', horizontal: -4152, lineStyle: 1 });
    expect(fake.cellFormat('履职汇总', 'A4').numberFormat).toBeUndefined();
    const view = fake.view('履职汇总');
    expect(view.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
    expect([...view.columnWidths]).toEqual([[1, 10], [2, 8], [3, 8], [5, 12]]);
    expect([...view.rowHeights]).toEqual([[1, 30], [2, 20], [3, 20]]);
    expect(view.hyperlinks).toEqual([{ cell: 'A3', address: '', subAddress: `'${MEMBER_SHEET}'!A2`, text: '委员1' }]);
    // margins: 37 mm × 72 / 25.4 = 104.88 pt, 28 mm = 79.37 pt
    expect(view.pageSetup).toMatchObject({ PaperSize: 9, Orientation: 2, TopMargin: 104.88, LeftMargin: 79.37, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false, CenterHorizontally: true, PrintArea: 'A1:E5', PrintTitleRows: '$2:$2', CenterFooter: '— &P —' });
    expect(view.pageBreaks).toEqual([3]);
    expect(view.freeze).toEqual({ rows: 2, columns: 1 });
    expect(view.tabColor).toBe('#C00000');
    expect(fake.view(BOOKKEEPING_SHEET).visible).toBe(2);
    expect(fake.activeSheet()).toBe('履职汇总');
    expect(fake.applicationState()).toEqual({ screenUpdating: true, calculation: -4105, displayAlerts: true });
  });

  it('writes each sheet with ONE Value2 assignment, and the calls do not grow with its rows', async () => {
    const counts: number[] = [];
    for (const rows of [3, 300]) {
      const fake = memberWorkbook();
      await hostOf(fake).applyPlan(plan([summaryPlan('履职汇总', rows)]));
      expect(fake.value2Writes()).toEqual({ 履职汇总: 1, [BOOKKEEPING_SHEET]: 2 });
      counts.push(fake.calls);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('keeps the bookkeeping for the next run, through readSnapshot', async () => {
    const fake = memberWorkbook();
    const host = hostOf(fake);
    await host.applyPlan(plan([summaryPlan()], { setMarks: [ERROR_MARK] }));
    const snapshot = await host.readSnapshot();
    expect(snapshot.bookkeeping).toEqual({ generatedSheets: ['履职汇总'], marks: [ERROR_MARK] });
    expect(snapshot.sheets.map((s) => s.name)).toEqual([MEMBER_SHEET, '履职汇总']);
  });
});

describe('WpsHost.applyPlan: replacing and refusing', () => {
  it('replaces a generated sheet in place, never a second copy', async () => {
    const fake = memberWorkbook();
    const host = hostOf(fake);
    await host.applyPlan(plan([summaryPlan('履职汇总', 3)]));
    fake.addSheet({ name: '其他' });
    const { bookkeeping } = await host.readSnapshot();
    await host.applyPlan(plan([summaryPlan('履职汇总', 1)], {}, bookkeeping));
    expect(fake.sheetNames()).toEqual([MEMBER_SHEET, '履职汇总', BOOKKEEPING_SHEET, '其他']);
    expect(fake.grid('履职汇总')).toHaveLength(3);
  });

  it("refuses to write over a user's sheet with a generated name, and writes nothing", async () => {
    const fake = memberWorkbook({ sheets: [{ name: '履职汇总', values: [['我自己的汇总表']] }] });
    fake.resetCounters();
    await expect(hostOf(fake).applyPlan(plan([summaryPlan()]))).rejects.toThrow(PlanRefused);
    expect(fake.grid('履职汇总')).toEqual([['我自己的汇总表']]);
    expect(fake.sheetNames()).toEqual([MEMBER_SHEET, '履职汇总']);
    expect(fake.value2Writes()).toEqual({});
  });

  it('a failure half-way leaves no half-written sheet, no temporary sheet, and the application state restored', async () => {
    const fake = memberWorkbook();
    const host = hostOf(fake);
    await host.applyPlan(plan([summaryPlan('履职汇总', 3)]));
    const { bookkeeping } = await host.readSnapshot();
    const before = fake.grid('履职汇总');
    fake.failAt('Hyperlinks.Add', 2); // the second sheet's link: the first temporary sheet is complete
    const second = { ...summaryPlan('分组统计', 2) };
    await expect(host.applyPlan(plan([summaryPlan('履职汇总', 5), second], {}, bookkeeping))).rejects.toThrow(/injected/);
    expect(fake.sheetNames()).toEqual([MEMBER_SHEET, '履职汇总', BOOKKEEPING_SHEET]);
    expect(fake.sheetNames().filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
    expect(fake.grid('履职汇总')).toEqual(before);
    expect(fake.applicationState()).toEqual({ screenUpdating: true, calculation: -4105, displayAlerts: true });
  });

  it('removes temporary sheets an interrupted run left, and deletes generated sheets the plan drops', async () => {
    const fake = memberWorkbook({ bookkeeping: { generatedSheets: ['旧表'], marks: [] }, sheets: [{ name: '旧表', values: [['x']] }, { name: `${TEMP_PREFIX}1`, values: [['半']] }] });
    await hostOf(fake).applyPlan(plan([summaryPlan()], { deleteSheets: ['旧表'] }, { generatedSheets: ['旧表'], marks: [] }));
    expect(fake.sheetNames()).toEqual([MEMBER_SHEET, BOOKKEEPING_SHEET, '履职汇总']);
  });
});

describe('WpsHost: marks', () => {
  it('set then cleared restores the exact previous fill and note', async () => {
    const fake = memberWorkbook();
    const host = hostOf(fake);
    await host.applyPlan(plan([], { setMarks: [ERROR_MARK, WARNING_MARK] }));
    expect([fake.fill(MEMBER_SHEET, 'C3'), fake.note(MEMBER_SHEET, 'C3')]).toEqual(['#FFC7CE', ERROR_MARK.note]);
    expect([fake.fill(MEMBER_SHEET, 'B3'), fake.note(MEMBER_SHEET, 'B3')]).toEqual(['#FFEB9C', WARNING_MARK.note]);
    const snapshot = await host.readSnapshot();
    const member = snapshot.sheets.find((s) => s.name === MEMBER_SHEET);
    expect(member?.fills).toEqual({ B3: '#FFEB9C', C3: '#FFC7CE' });
    const clear: WritePlan = {
      sheets: [],
      deleteSheets: [],
      setMarks: [],
      clearMarks: snapshot.bookkeeping.marks.map((m) => ({ sheet: m.sheet, cell: m.cell, fill: m.previousFill, note: m.previousNote })),
      bookkeeping: { generatedSheets: [], marks: [] },
    };
    await host.applyPlan(clear);
    expect([fake.fill(MEMBER_SHEET, 'C3'), fake.note(MEMBER_SHEET, 'C3')]).toEqual(['#00B0F0', null]);
    expect([fake.fill(MEMBER_SHEET, 'B3'), fake.note(MEMBER_SHEET, 'B3')]).toEqual([null, '用户自己的批注']);
  });

  it('selectCell activates the sheet and selects the cell', async () => {
    const fake = memberWorkbook({ sheets: [{ name: '其他', values: [['x']] }] });
    await hostOf(fake).selectCell('其他', 'B7');
    expect(fake.selection()).toEqual({ sheet: '其他', address: 'B7' });
  });
});

describe('WpsHost.applyPlan: protection (the shared plan check)', () => {
  it('a protected member sheet refuses the marks in Chinese; a protected workbook refuses new sheets; nothing is written', async () => {
    const fake = memberWorkbook();
    const locked = WpsFake.fromSheets('委员履职.xlsx', [{ ...MEMBER_SHEET_FIXTURE, protected: true }]);
    await expect(hostOf(locked).applyPlan(plan([], { setMarks: [ERROR_MARK] }))).rejects.toMatchObject({ name: 'WorkbookRefused', message: expect.stringContaining(`工作表「${MEMBER_SHEET}」受保护`) });
    expect(locked.sheetNames()).toEqual([MEMBER_SHEET]);
    fake.protectStructure();
    await expect(hostOf(fake).applyPlan(plan([summaryPlan()]))).rejects.toMatchObject({ name: 'WorkbookRefused', message: expect.stringContaining('工作簿的结构受保护') });
    expect(fake.sheetNames()).toEqual([MEMBER_SHEET]);
  });
});
