/**
 * 校验结果: every finding as one row for a clerk, errors first, each linking to its cell. The office
 * reads it: the finding codes stay in the JSON report, not on the sheet; wrapped messages get the
 * row height their lines need (a host does not grow a row it did not lay out, so they would overlap).
 */
import { cellAddress, parseCell } from '../a1';
import type { CellStyle, PlanValue, SheetPlan } from '../plan';
import type { Finding, Severity } from '../types';
import { SheetBuilder } from './sheet-builder';
import { A4_TABLE, TITLE_STYLE, rowRuns, writeBanner, writeTable, type TableColumn } from './table';
import { lineCount, rowHeight } from '../notices/text-fit';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const LINK_STYLE: CellStyle = { font: { color: '#0563C1', underline: true }, horizontal: 'center' };
const CENTER: CellStyle = { horizontal: 'center' };

const COLUMNS: readonly TableColumn[] = [
  { header: '序号', width: 6, style: CENTER },
  { header: '级别', width: 7, style: CENTER },
  { header: '工作表', width: 14 },
  { header: '单元格', width: 9, style: LINK_STYLE },
  { header: '行', width: 7, style: CENTER },
  { header: '委员', width: 12 },
  { header: '说明', width: 72, style: { wrap: true } },
];
const MESSAGE_COL = 7;
/** The sheet's type size (the workbook's default, 11 pt), for the row heights of wrapped messages. */
const FONT_PT = 11;
const LEVEL_COL = 2;
/** The 单元格 column carries the link to the finding's cell; 行 links to the row when there is no cell. */
export const CELL_COL = 4;
export const ROW_COL = 5;
const HEADER_ROW = 3;

/** `unlinked`: sheets that are not in this workbook (the records file of `run --records`): their findings name the cell without a link. */
export function findingsSheet(name: string, findings: readonly Finding[], fileName: string, unlinked: ReadonlySet<string> = new Set()): SheetPlan {
  const b = new SheetBuilder(name);
  const width = COLUMNS.length;
  writeBanner(b, 1, `数据校验结果——${fileName}`, width, TITLE_STYLE);
  b.rowHeight(1, 28);
  writeBanner(b, 2, summaryLine(findings), width, { wrap: true, vertical: 'middle' });
  b.rowHeight(2, 30);

  const ordered = orderFindings(findings);
  const rows: PlanValue[][] = ordered.map((f, i) => [i + 1, SEVERITY_LABEL[f.severity], f.sheet, f.cell, f.row, f.member, f.message]);
  const area = writeTable(b, HEADER_ROW, COLUMNS, rows);
  b.rowHeight(HEADER_ROW, 20);
  ordered.forEach((f, i) => {
    const lines = lineCount(f.message, COLUMNS[MESSAGE_COL - 1].width, FONT_PT);
    if (lines > 1) b.rowHeight(area.firstRow + i, rowHeight(lines, FONT_PT));
  });

  for (const run of rowRuns(area.firstRow, ordered.map((f) => f.severity))) b.style(run.top, LEVEL_COL, run.bottom, LEVEL_COL, { fill: SEVERITY_FILL[run.key] });
  ordered.forEach((f, i) => {
    const row = area.firstRow + i;
    if (unlinked.has(f.sheet)) return;
    if (f.cell !== null) b.link(cellAddress(row, CELL_COL), f.sheet, f.cell);
    else if (f.row !== null) b.link(cellAddress(row, ROW_COL), f.sheet, `A${f.row}`);
  });

  if (ordered.length === 0) {
    const row = HEADER_ROW + 1;
    b.set(row, 1, '未发现问题。');
    b.merge(row, 1, row, width);
    b.style(row, 1, row, width, { border: 'thin', horizontal: 'center' });
  }

  b.columnWidths(COLUMNS.map((c) => c.width));
  b.freeze(HEADER_ROW, 0);
  b.page({ ...A4_TABLE, printTitleRows: [HEADER_ROW, HEADER_ROW] });
  b.tabColor(ordered.some((f) => f.severity === 'error') ? '#C00000' : '#70AD47');
  return b.build();
}

/** 错误 N 条、警告 N 条、提示 N 条, and what errors mean for scoring. */
export function summaryLine(findings: readonly Finding[]): string {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const counts = `错误 ${count('error')} 条、警告 ${count('warning')} 条、提示 ${count('info')} 条。`;
  return count('error') > 0 ? `${counts}有错误的委员暂不评分（待核实），改正后请重新运行。` : counts;
}

/** Errors, then warnings, then info; within each by row, then column (findings without a row first). */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity) || (a.f.row ?? 0) - (b.f.row ?? 0) || column(a.f.cell) - column(b.f.cell) || a.i - b.i)
    .map((x) => x.f);
}

function column(cell: string | null): number {
  return cell === null ? 0 : (parseCell(cell)?.col ?? 0);
}
