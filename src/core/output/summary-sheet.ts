/** 履职汇总: one row per member in table order: identity, counts, category points, score, grade, rank, status, notes. */
import type { CellStyle, PlanValue, SheetPlan } from '../plan';
import type { MemberResult, Method, TableLocation } from '../types';
import { countColumns, identityColumns, STATUS_LABEL } from './member-columns';
import { SheetBuilder } from './sheet-builder';
import { TABLE_FONT_PT, TITLE_STYLE, readableTableSetup, rowRuns, workingTitle, writeBanner, writeTable, type SheetTitle, type TableColumn } from './table';
import { committeeName } from '../notices/wording';
import { lineCount, rowHeight } from '../notices/text-fit';

const CENTER: CellStyle = { horizontal: 'center' };
const POINTS: CellStyle = { numberFormat: '0.00' };
const ATTENTION_FONT = '#C00000';
const TITLE_ROW = 1;
const HEADER_ROW = 2;

interface Column extends TableColumn {
  readonly value: (r: MemberResult, index: number) => PlanValue;
}

export function summarySheet(name: string, results: readonly MemberResult[], method: Method, location: TableLocation, title: SheetTitle = { committee: committeeName(method), year: method.year }): SheetPlan {
  const columns = summaryColumns(results, method, location);
  const b = new SheetBuilder(name);
  // 序号 and 姓名 repeat on every page when the table prints several pages wide; the title stays over page 1.
  const { setup, firstPageColumns } = readableTableSetup(columns.map((c) => c.width), [1, 2]);
  writeBanner(b, TITLE_ROW, workingTitle(title, '委员履职汇总'), firstPageColumns, TITLE_STYLE);
  b.rowHeight(TITLE_ROW, 30);

  const rows = results.map((r, i) => columns.map((c) => c.value(r, i)));
  const area = writeTable(b, HEADER_ROW, columns, rows);
  b.style(HEADER_ROW, 1, area.lastRow, columns.length, { font: { size: TABLE_FONT_PT } });
  b.rowHeight(HEADER_ROW, headerHeight(columns));
  // Rows whose notes wrap get the height their lines need (a host does not grow a row it did not lay out).
  const notesCol = columns.length - 1;
  rows.forEach((values, i) => {
    const notes = values[notesCol];
    if (typeof notes !== 'string') return;
    const lines = lineCount(notes, columns[notesCol].width, TABLE_FONT_PT);
    if (lines > 1) b.rowHeight(area.firstRow + i, rowHeight(lines, TABLE_FONT_PT));
  });

  // One conditional format per coloured grade over the 等次 column: the cost does not grow with the members.
  const gradeCol = columns.findIndex((c) => c.header === '等次') + 1;
  for (const g of method.grades) if (g.color && area.lastRow >= area.firstRow) b.conditionalFill(area.firstRow, gradeCol, area.lastRow, gradeCol, g.name, g.color);
  const statusCol = columns.findIndex((c) => c.header === '状态') + 1;
  const attention = results.map((r) => (r.status === 'graded' ? null : r.status));
  for (const run of rowRuns(area.firstRow, attention)) b.style(run.top, statusCol, run.bottom, statusCol, { font: { color: ATTENTION_FONT, bold: true } });

  b.columnWidths(columns.map((c) => c.width));
  b.freeze(HEADER_ROW, 2);
  b.page({ ...setup, printTitleRows: [HEADER_ROW, HEADER_ROW] });
  return b.build();
}

/** 序号, identity, counted items, category points, (other items), 总分, 等次, 排名, 状态, 备注. */
function summaryColumns(results: readonly MemberResult[], method: Method, location: TableLocation): Column[] {
  const scored = (r: MemberResult): boolean => r.status !== 'pending';
  const columns: Column[] = [{ header: '序号', width: 6, style: CENTER, value: (_r, i) => i + 1 }];
  for (const c of identityColumns(location, results)) {
    columns.push({ header: c.label, width: c.width, style: c.key === 'gender' ? CENTER : undefined, value: (r) => c.value(r) });
  }
  for (const c of countColumns(location, method)) {
    columns.push({ header: c.label, width: 8, style: CENTER, value: (r) => r.counts[c.key] ?? null });
  }
  for (const cat of method.categories) {
    columns.push({ header: cat.label, width: 10, style: POINTS, value: (r) => (scored(r) ? (r.categories[cat.key] ?? 0) : null) });
  }
  const loose = method.items.filter((i) => i.category === null).map((i) => i.key);
  if (loose.length > 0 && method.categories.length > 0) {
    columns.push({ header: '其他项目得分', width: 10, style: POINTS, value: (r) => (scored(r) ? sumPoints(loose.map((k) => r.itemPoints[k] ?? 0)) : null) });
  }
  columns.push(
    { header: '总分', width: 9, style: { ...POINTS, font: { bold: true } }, value: (r) => (scored(r) ? r.score : null) },
    { header: '等次', width: 9, style: CENTER, value: (r) => (scored(r) ? r.grade : null) },
    { header: '排名', width: 6, style: CENTER, value: (r) => (scored(r) ? r.rank : null) },
    { header: '状态', width: 8, style: CENTER, value: (r) => STATUS_LABEL[r.status] },
    { header: '备注', width: 40, style: { wrap: true }, value: (r) => (r.notes.length > 0 ? r.notes.join('；') : null) },
  );
  return columns;
}

/** Sum of points exact to 0.01 (added in integer hundredths). */
function sumPoints(points: readonly number[]): number {
  return points.reduce((cents, p) => cents + Math.round(p * 100), 0) / 100;
}

/** Tall enough for the longest wrapped header (a CJK character is about two width units). */
function headerHeight(columns: readonly TableColumn[]): number {
  const lines = Math.max(1, ...columns.map((c) => Math.ceil((c.header.length * 2) / Math.max(1, c.width - 1))));
  return 15 * Math.min(lines, 4) + 6;
}
