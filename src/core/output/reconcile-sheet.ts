/**
 * 核对结果 (CONTRACT.md §8, issue 12 point 4): every difference between a member's own figure in
 * the member table and the office's records, one row each: member, item, the table's figure
 * (linking to its cell), the recorded count (linking to the first record row), which rows of the
 * records gave it, and which figure scored. An office sheet: it may name cells. Records read from
 * a separate file (`run --records`) are named, not linked (the file is not in the workbook).
 */
import { cellAddress } from '../a1';
import type { CellStyle, PlanValue, SheetPlan } from '../plan';
import { SCORED_WORDS, refsText, type Difference } from '../records/reconcile';
import type { CountsFrom } from '../types';
import { SheetBuilder } from './sheet-builder';
import { A4_TABLE, TITLE_STYLE, writeBanner, writeTable, type TableColumn } from './table';

const LINK_STYLE: CellStyle = { font: { color: '#0563C1', underline: true }, horizontal: 'center' };
const CENTER: CellStyle = { horizontal: 'center' };

const COLUMNS: readonly TableColumn[] = [
  { header: '序号', width: 6, style: CENTER },
  { header: '委员', width: 12 },
  { header: '行', width: 6, style: CENTER },
  { header: '项目', width: 18 },
  { header: '统计表数字', width: 10, style: LINK_STYLE },
  { header: '办公室记录', width: 10, style: LINK_STYLE },
  { header: '记录所在', width: 40, style: { wrap: true } },
  { header: '计分采用', width: 12, style: CENTER },
];
export const TABLE_COL = 5;
export const RECORD_COL = 6;
const HEADER_ROW = 3;

export const COUNTS_FROM_TEXT: Readonly<Record<CountsFrom, string>> = {
  table: '委员填报（统计表数字）',
  records: '办公室记录',
  larger: '统计表数字与办公室记录中较大者',
};

export interface ReconcileSheetInput {
  readonly differences: readonly Difference[];
  readonly tableSheet: string;
  readonly countsFrom: CountsFrom;
  /** The records file (`run --records`), or null when the records are sheets of this workbook. */
  readonly file: string | null;
  readonly activities: number;
  readonly proposals: number;
}

export function reconcileSheet(name: string, input: ReconcileSheetInput): SheetPlan {
  const b = new SheetBuilder(name);
  const width = COLUMNS.length;
  writeBanner(b, 1, '统计表与办公室记录核对结果', width, TITLE_STYLE);
  b.rowHeight(1, 28);
  const where = input.file === null ? '本工作簿' : `记录文件「${input.file}」`;
  const line = `${where}：活动记录 ${input.activities} 条、提案登记 ${input.proposals} 件；不一致 ${input.differences.length} 处；计分依据：${COUNTS_FROM_TEXT[input.countsFrom]}。`;
  writeBanner(b, 2, line, width, { wrap: true, vertical: 'middle' });
  b.rowHeight(2, 30);
  const rows: PlanValue[][] = input.differences.map((d, i) => [i + 1, d.member.name, d.member.row, d.label, d.table, d.recorded, refsText(d.refs, input.file), SCORED_WORDS[d.scored]]);
  const area = writeTable(b, HEADER_ROW, COLUMNS, rows);
  input.differences.forEach((d, i) => {
    const row = area.firstRow + i;
    b.link(cellAddress(row, TABLE_COL), input.tableSheet, d.cell);
    const first = d.refs[0];
    if (first !== undefined && input.file === null) b.link(cellAddress(row, RECORD_COL), first.sheet, `A${first.row}`);
  });
  if (rows.length === 0) {
    const row = HEADER_ROW + 1;
    b.set(row, 1, '统计表与办公室记录一致。');
    b.merge(row, 1, row, width);
    b.style(row, 1, row, width, { border: 'thin', horizontal: 'center' });
  }
  b.columnWidths(COLUMNS.map((c) => c.width));
  b.freeze(HEADER_ROW, 0);
  b.page({ ...A4_TABLE, printTitleRows: [HEADER_ROW, HEADER_ROW] });
  b.tabColor(rows.length > 0 ? '#FFC000' : '#70AD47');
  return b.build();
}
