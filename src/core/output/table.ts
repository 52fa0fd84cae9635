/** Shared layout of the working sheets (校验结果, 履职汇总, 分组统计): bordered tables with a header row, few style runs. */
import type { CellStyle, PageSetup, PlanValue } from '../plan';
import type { SheetBuilder } from './sheet-builder';

/** A4 landscape for wide working tables, every column on one page width, page numbers in the footer. */
export const A4_TABLE: PageSetup = {
  paperSize: 'A4',
  orientation: 'landscape',
  margins: { top: 15, bottom: 15, left: 10, right: 10, header: 8, footer: 8 },
  fitToWidth: true,
  horizontalCentered: true,
  footerCenter: '第 &P 页，共 &N 页',
  firstPageNumber: 1,
};

/** Type size of the working tables (履职汇总, 分组统计), in points. */
export const TABLE_FONT_PT = 10;
/** The smallest type a printed working table may have after scaling to the page. */
export const MIN_PRINTED_PT = 8;
/** Scale kept above MIN_PRINTED_PT / TABLE_FONT_PT with a margin for page breaks falling at column edges. */
const MIN_SCALE = 0.85;
/**
 * One column-width unit is the widest digit of the workbook's default font (Calibri 11): 7 px in Excel
 * on Windows, but 9 px where Calibri is missing and the host falls back to DejaVu Sans (LibreOffice,
 * WPS on Linux desktops such as UOS and Kylin), plus 5 px padding per column. The layout plans with
 * the wider unit, so the type stays at MIN_PRINTED_PT or more on either (measured by npm run test:print).
 */
const PT_PER_WIDTH_UNIT = 9 * 0.75;
const COLUMN_PADDING_PT = 5 * 0.75;
const PAPER_WIDTH_MM = { A4: 297, A3: 420 } as const;

function columnPoints(width: number | null): number {
  return (width ?? 8.43) * PT_PER_WIDTH_UNIT + COLUMN_PADDING_PT;
}

function printableWidthPt(paper: keyof typeof PAPER_WIDTH_MM): number {
  return ((PAPER_WIDTH_MM[paper] - A4_TABLE.margins.left - A4_TABLE.margins.right) * 72) / 25.4;
}

export interface ReadableSetup {
  readonly setup: PageSetup;
  /** The scale the layout assumes (at most 1; the host computes its own, never smaller with a narrower font). */
  readonly scale: number;
  /** How many columns the first page holds at that scale (all of them when one page wide): a title centred over these stays on page 1. */
  readonly firstPageColumns: number;
}

/**
 * Landscape page setup that keeps a wide table readable: one A4 page wide when the type stays at
 * MIN_PRINTED_PT or more, else one A3 page wide, else A3 several pages wide with the `titleColumns`
 * (序号, 姓名) repeated on every page.
 */
export function readableTableSetup(widths: readonly (number | null)[], titleColumns: readonly [number, number] | null): ReadableSetup {
  const total = widths.reduce((a: number, w) => a + columnPoints(w), 0);
  for (const paper of ['A4', 'A3'] as const) {
    const scale = Math.min(1, printableWidthPt(paper) / total);
    if (scale >= MIN_SCALE) return { setup: { ...A4_TABLE, paperSize: paper }, scale, firstPageColumns: widths.length };
  }
  const titles = titleColumns === null ? 0 : widths.slice(titleColumns[0] - 1, titleColumns[1]).reduce((a: number, w) => a + columnPoints(w), 0);
  const widest = Math.max(...widths.map(columnPoints));
  const perPage = printableWidthPt('A3') / MIN_SCALE - titles - widest;
  const pagesWide = Math.max(2, Math.ceil((total - titles) / Math.max(perPage, widest)));
  const setup: PageSetup = { ...A4_TABLE, paperSize: 'A3', pagesWide, ...(titleColumns ? { printTitleColumns: titleColumns } : {}) };
  const scale = Math.min(1, (printableWidthPt('A3') * pagesWide) / (total + titles * (pagesWide - 1)));
  let used = 0;
  let firstPageColumns = 0;
  for (const w of widths) {
    used += columnPoints(w) * scale;
    if (used > printableWidthPt('A3')) break;
    firstPageColumns++;
  }
  return { setup, scale, firstPageColumns: Math.max(1, firstPageColumns) };
}

/** What the working sheets' titles say: 「政协X区委员会2025年度委员履职汇总」. */
export interface SheetTitle {
  readonly committee: string;
  readonly year: number | null;
}

export function workingTitle(t: SheetTitle, what: string): string {
  return `${t.committee}${t.year !== null ? `${t.year}年度` : ''}${what}`;
}

export const TITLE_STYLE: CellStyle = { font: { bold: true, size: 16 }, horizontal: 'center', vertical: 'middle' };
export const HEADER_STYLE: CellStyle = { font: { bold: true }, fill: '#D9D9D9', horizontal: 'center', vertical: 'middle', wrap: true };
export const BODY_STYLE: CellStyle = { border: 'thin', vertical: 'middle' };

export interface TableColumn {
  readonly header: string;
  /** Column width in characters. */
  readonly width: number;
  /** Applied to the column's data cells as one run (alignment, number format, wrap…). */
  readonly style?: CellStyle;
}

export interface TableArea {
  readonly headerRow: number;
  readonly firstRow: number;
  /** Last data row; equals headerRow when there are no rows. */
  readonly lastRow: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Writes a header row at `headerRow` and the rows below it, from column `left`: one border run over
 * the whole table, one header run, one run per styled column (never one per cell). Runs layer property
 * by property (later runs win per property, as the hosts apply them), so each names only what it adds.
 */
export function writeTable(b: SheetBuilder, headerRow: number, columns: readonly TableColumn[], rows: readonly (readonly PlanValue[])[], left = 1): TableArea {
  const right = left + columns.length - 1;
  b.setRow(headerRow, columns.map((c) => c.header), left);
  rows.forEach((values, i) => b.setRow(headerRow + 1 + i, values, left));
  const lastRow = headerRow + rows.length;
  b.style(headerRow, left, lastRow, right, BODY_STYLE);
  b.style(headerRow, left, headerRow, right, HEADER_STYLE);
  if (rows.length > 0) {
    columns.forEach((c, i) => {
      if (c.style) b.style(headerRow + 1, left + i, lastRow, left + i, c.style);
    });
  }
  return { headerRow, firstRow: headerRow + 1, lastRow, left, right };
}

/** Title (or any one-line text) across `width` columns: merged, styled once. */
export function writeBanner(b: SheetBuilder, row: number, text: string, width: number, style: CellStyle): void {
  b.set(row, 1, text);
  b.merge(row, 1, row, Math.max(1, width));
  b.style(row, 1, row, Math.max(1, width), style);
}

/** A stretch of consecutive rows sharing one key. */
export interface RowRun<K> {
  readonly top: number;
  readonly bottom: number;
  readonly key: K;
}

/** Groups consecutive rows with the same key (null keys are dropped): one style run per stretch, not per cell. */
export function rowRuns<K>(firstRow: number, keys: readonly (K | null)[]): RowRun<K>[] {
  const runs: RowRun<K>[] = [];
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    const key = keys[start];
    if (key !== null && key !== undefined) runs.push({ top: firstRow + start, bottom: firstRow + i - 1, key });
    start = i;
  }
  return runs;
}
