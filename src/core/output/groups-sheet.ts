/** 分组统计: one table per dimension (专委会, 界别, 联络组) whose column exists in the member table. */
import type { CellStyle, PlanValue, SheetPlan } from '../plan';
import type { GroupStat, Method, TableLocation } from '../types';
import { countColumns } from './member-columns';
import { SheetBuilder } from './sheet-builder';
import { TABLE_FONT_PT, TITLE_STYLE, readableTableSetup, workingTitle, writeBanner, writeTable, type SheetTitle, type TableColumn } from './table';
import { committeeName } from '../notices/wording';

export const DIMENSIONS: readonly { readonly key: GroupStat['dimension']; readonly title: string }[] = [
  { key: 'committee', title: '按专委会' },
  { key: 'sector', title: '按界别' },
  { key: 'liaison_group', title: '按联络组' },
];

export const NO_DIMENSION_TEXT = '委员名单表中没有「专委会」「界别」或「联络组」列，无法分组统计。';

export const EMPTY_DIMENSION_TEXT = '名单表中这一列均未填写。';

const CENTER: CellStyle = { horizontal: 'center' };
const BOLD: CellStyle = { font: { bold: true } };
const SECTION_STYLE: CellStyle = { font: { bold: true, size: 12 } };

interface Column extends TableColumn {
  readonly value: (s: GroupStat) => PlanValue;
}

export function groupsSheet(name: string, stats: readonly GroupStat[], method: Method, location: TableLocation, title: SheetTitle = { committee: committeeName(method), year: method.year }): SheetPlan {
  const columns = groupColumns(method, location);
  const b = new SheetBuilder(name);
  // 分组 repeats on every page when the participation columns make the table several pages wide; the title stays over page 1.
  const readable = readableTableSetup(columns.map((c) => c.width), [1, 1]);
  writeBanner(b, 1, workingTitle(title, '委员履职分组统计'), readable.firstPageColumns, TITLE_STYLE);
  b.rowHeight(1, 30);

  const bound = new Set(location.columns.map((c) => c.key));
  const dimensions = DIMENSIONS.filter((d) => bound.has(d.key));
  if (dimensions.length === 0) {
    b.set(3, 1, NO_DIMENSION_TEXT);
  }
  for (const d of dimensions) {
    const sectionRow = b.lastRow + 2;
    b.set(sectionRow, 1, d.title);
    b.style(sectionRow, 1, sectionRow, 1, SECTION_STYLE);
    const groups = stats.filter((s) => s.dimension === d.key);
    if (groups.length === 0) {
      b.set(sectionRow + 1, 1, EMPTY_DIMENSION_TEXT);
      continue;
    }
    const rows = groups.map((s) => columns.map((c) => c.value(s)));
    const area = writeTable(b, sectionRow + 1, columns, [...rows, totalRow(groups, columns.length, method)]);
    b.style(area.headerRow, 1, area.lastRow, columns.length, { font: { size: TABLE_FONT_PT } });
    b.rowHeight(area.headerRow, 36);
    b.style(area.lastRow, 1, area.lastRow, columns.length, BOLD);
  }

  b.columnWidths(columns.map((c) => c.width));
  b.page(readable.setup);
  return b.build();
}

/** 分组, counts by status, 平均分, members per grade, participation per counted item. */
function groupColumns(method: Method, location: TableLocation): Column[] {
  const columns: Column[] = [
    { header: '分组', width: 18, value: (s) => s.group },
    { header: '委员人数', width: 8, style: CENTER, value: (s) => s.members },
    { header: '已评分', width: 8, style: CENTER, value: (s) => s.graded },
    { header: '待核实', width: 8, style: CENTER, value: (s) => s.pending },
    { header: '否决', width: 6, style: CENTER, value: (s) => s.vetoed },
    { header: '平均分', width: 8, style: { numberFormat: '0.00' }, value: (s) => s.meanScore },
  ];
  for (const g of method.grades) columns.push({ header: g.name, width: 8, style: CENTER, value: (s) => s.grades[g.name] ?? 0 });
  for (const c of countColumns(location, method).filter((c) => c.kind === 'count')) {
    columns.push({ header: `${c.label}参与率`, width: 10, style: { numberFormat: '0.0%', horizontal: 'center' }, value: (s) => s.participation[c.key] ?? null });
  }
  return columns;
}

/** 合计: the member counts add up; a mean and rates of the whole are left blank (groups cannot be averaged exactly). */
function totalRow(groups: readonly GroupStat[], width: number, method: Method): PlanValue[] {
  const sum = (f: (s: GroupStat) => number): number => groups.reduce((n, s) => n + f(s), 0);
  const row: PlanValue[] = ['合计', sum((s) => s.members), sum((s) => s.graded), sum((s) => s.pending), sum((s) => s.vetoed), null];
  for (const g of method.grades) row.push(sum((s) => s.grades[g.name] ?? 0));
  while (row.length < width) row.push(null);
  return row;
}
