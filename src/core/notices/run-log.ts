/**
 * 运行记录: one row per run, appended under the rows of the existing sheet (read back by column
 * header, so the rows survive a change of column order), so an office can later show which
 * method produced which notice.
 */
import type { PlanValue, SheetPlan } from '../plan';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { A4_NOTICE, FONTS, SheetBuilder } from '../output/sheet-builder';
import type { NoticeContext } from './context';
import { methodFingerprint } from './fingerprint';
import { columnLetter } from '../a1';
import { COUNTS_FROM_TEXT } from '../output/reconcile-sheet';

export const RUN_LOG_HEADERS = ['运行时间', '输入文件', '委员名单表', '评价办法', '办法来源', '办法指纹', '委员人数', '已评价', '否决', '待核实', '错误', '警告', '计分依据'] as const;
const WIDTHS = [20, 24, 14, 36, 14, 19, 9, 8, 6, 8, 6, 6, 40];
/** The numeric columns (委员人数 … 警告), centred. */
const FIRST_NUMBER_COL = 7;
const LAST_NUMBER_COL = 12;

const ORIGIN_LABEL: Readonly<Record<string, string>> = { option: '指定的办法文件', sheet: '「评价办法」工作表', default: '内置示例办法' };

export function runLogSheet(name: string, ctx: NoticeContext): SheetPlan {
  const b = new SheetBuilder(name);
  b.setRow(1, [...RUN_LOG_HEADERS]);
  const rows = [...previousRows(ctx.previousRunLog), currentRow(ctx)];
  rows.forEach((r, i) => b.setRow(i + 2, r));
  const last = rows.length + 1;
  const right = RUN_LOG_HEADERS.length;
  const font = { name: FONTS.table, size: 10.5 };
  b.style(1, 1, last, right, { border: 'thin', vertical: 'middle', font });
  b.style(1, 1, 1, right, { border: 'thin', vertical: 'middle', horizontal: 'center', fill: '#D9D9D9', font: { ...font, name: FONTS.heading } });
  b.style(2, FIRST_NUMBER_COL, last, LAST_NUMBER_COL, { border: 'thin', vertical: 'middle', horizontal: 'center', font });
  b.style(2, right, last, right, { border: 'thin', vertical: 'middle', wrap: true, font });
  b.columnWidths(WIDTHS);
  b.freeze(1, 0);
  b.page({ ...A4_NOTICE, orientation: 'landscape', margins: { top: 20, bottom: 20, left: 15, right: 15, header: 10, footer: 10 }, printArea: `A1:${columnLetter(right)}${last}`, printTitleRows: [1, 1] });
  return b.build();
}

function currentRow(ctx: NoticeContext): PlanValue[] {
  const s = ctx.summary;
  return [ctx.runAt, ctx.fileName, ctx.location.sheet, ctx.method.title, ORIGIN_LABEL[ctx.methodOrigin] ?? ctx.methodOrigin, methodFingerprint(ctx.method), s.members, s.graded, s.vetoed, s.pending, s.errors, s.warnings, countsText(ctx)];
}

/** Which figures scored and the office's records used (issue 12): 「委员填报（统计表数字）；本工作簿：活动记录 12 条、提案登记 5 件」. */
export function countsText(ctx: Pick<NoticeContext, 'counts'>): string {
  const c = ctx.counts ?? { from: 'table', records: null };
  const from = COUNTS_FROM_TEXT[c.from];
  if (c.records === null) return `${from}；无办公室记录`;
  const where = c.records.file === null ? '本工作簿' : `记录文件「${c.records.file}」`;
  return `${from}；${where}：活动记录 ${c.records.activities} 条、提案登记 ${c.records.proposals} 件`;
}

/** Rows of an earlier 运行记录, mapped to today's columns by header text; blank rows dropped. */
export function previousRows(sheet: SheetSnapshot | null): PlanValue[][] {
  if (sheet === null) return [];
  const headerIndex = sheet.values.findIndex((r) => r.some((v) => v === RUN_LOG_HEADERS[0]));
  if (headerIndex < 0) return [];
  const header = sheet.values[headerIndex].map((v) => (typeof v === 'string' ? v.trim() : ''));
  const source = RUN_LOG_HEADERS.map((h) => header.indexOf(h));
  return sheet.values
    .slice(headerIndex + 1)
    .filter((r) => r.some((v) => plain(v) !== null && plain(v) !== ''))
    .map((r) => source.map((c) => (c < 0 ? null : plain(r[c] ?? null))));
}

function plain(v: CellValue): PlanValue {
  return v !== null && typeof v === 'object' ? ('error' in v ? v.error : null) : v;
}
