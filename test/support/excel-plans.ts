/** Hand-made WritePlans for the Excel host tests. */
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type Bookkeeping, type MarkRecord, type SheetPlan, type WritePlan } from '../../src/host/port';
import { ExcelFake } from './fakes/excel-fake';
import { bookkeepingGrid } from '../../src/host/shared/bookkeeping-grid';

export const MEMBER_SHEET = '统计表';

/** The member sheet every host test starts from (the Excel and WPS fakes take the same shape). */
export const MEMBER_SHEET_FIXTURE = {
  name: MEMBER_SHEET,
  values: [
    ['姓名', '工作单位', '领衔提案'],
    ['张三', '区教育局', 2],
    ['李四', '区卫健委', '若干'],
    ['王五', '区财政局', 1],
  ] as (string | number | null)[][],
  notes: { B3: '用户自己的批注' },
  fills: { C3: '#00B0F0' },
};

/** A member table with a user note on B3 and a user fill on C3. */
export function memberWorkbook(extra: { bookkeeping?: Bookkeeping; sheets?: { name: string; values: (string | number | null)[][] }[] } = {}): ExcelFake {
  const fake = ExcelFake.fromSheets('委员履职.xlsx', [MEMBER_SHEET_FIXTURE, ...(extra.sheets ?? [])]);
  if (extra.bookkeeping) storeBookkeeping(fake, extra.bookkeeping);
  return fake;
}

/** Writes a bookkeeping sheet straight into the fake's state, as an earlier run would have left it. */
export function storeBookkeeping(fake: ExcelFake, bookkeeping: Bookkeeping): void {
  fake.addSheet({ name: BOOKKEEPING_SHEET, values: bookkeepingGrid(bookkeeping), visibility: 'VeryHidden' });
}

export function summaryPlan(name = '履职汇总', rows = 3): SheetPlan {
  return {
    name,
    values: [['履职汇总表'], ['姓名', '编号', '得分', '日期', '公式样'], ...Array.from({ length: rows }, (_, i) => [`委员${i + 1}`, '001', 80 + i, '2025年12月26日', '=SUM(A1)'])],
    styles: [
      { range: 'A1:E1', style: { font: { bold: true, size: 16, name: '黑体' }, horizontal: 'center' } },
      { range: `A2:E${rows + 2}`, style: { border: 'thin', vertical: 'middle' } },
      { range: 'A2:E2', style: { fill: '#D9D9D9', font: { bold: true } } },
      { range: `C3:C${rows + 2}`, style: { numberFormat: '0.00', horizontal: 'right' } },
    ],
    merges: ['A1:E1'],
    columnWidths: [10, 8, 8, null, 12],
    rowHeights: [
      { row: 1, height: 30 },
      { row: 2, height: 20 },
      { row: 3, height: 20 },
    ],
    hyperlinks: [{ cell: 'A3', sheet: MEMBER_SHEET, target: 'A2' }],
    pageSetup: {
      paperSize: 'A4',
      orientation: 'landscape',
      margins: { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 20 },
      fitToWidth: true,
      horizontalCentered: true,
      printArea: `A1:E${rows + 2}`,
      printTitleRows: [2, 2],
      footerCenter: '— &P —',
    },
    pageBreaks: [3],
    freeze: { rows: 2, columns: 1 },
    tabColor: '#C00000',
  };
}

export const ERROR_MARK: MarkRecord = { sheet: MEMBER_SHEET, cell: 'C3', fill: '#FFC7CE', note: '【履职统计】「若干」不是数字', previousFill: '#00B0F0', previousNote: null };
export const WARNING_MARK: MarkRecord = { sheet: MEMBER_SHEET, cell: 'B3', fill: '#FFEB9C', note: '【履职统计】提示', previousFill: null, previousNote: '用户自己的批注' };

export function plan(sheets: readonly SheetPlan[], over: Partial<WritePlan> = {}, before: Bookkeeping = EMPTY_BOOKKEEPING): WritePlan {
  const setMarks = over.setMarks ?? [];
  return {
    sheets,
    deleteSheets: [],
    clearMarks: [],
    setMarks,
    bookkeeping: { generatedSheets: [...new Set([...before.generatedSheets, ...sheets.map((s) => s.name)])], marks: setMarks },
    activate: sheets[0]?.name,
    ...over,
  };
}
