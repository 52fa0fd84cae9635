/**
 * Lays out a printed notice row by row on a fixed grid of columns: title, paragraphs, headings,
 * tables and the signature block, every text in merged, wrapped cells with a row height estimated
 * from its length, so nothing is cut off when printed.
 */
import { columnLetter } from '../a1';
import type { CellStyle, HorizontalAlign, PageSetup, PlanValue, SheetPlan } from '../plan';
import { A4_NOTICE, FONTS, SheetBuilder } from '../output/sheet-builder';
import { PADDING_PT, breakLines, lineCount, rowHeight, widthPoints } from './text-fit';

export interface FontSizes {
  readonly title: number;
  readonly body: number;
  readonly table: number;
}

/** GB/T 9704: title size 2 (22 pt), body size 3 (16 pt), tables size 5 (10.5 pt). */
export const STANDARD_SIZES: FontSizes = { title: 22, body: 16, table: 10.5 };
/** For pages that must fit on one sheet of paper (a unit's letter, a member's slip). */
export const COMPACT_SIZES: FontSizes = { title: 18, body: 12, table: 10.5 };
export const TIGHT_SIZES: FontSizes = { title: 16, body: 10.5, table: 9 };

/** Height of the A4 text block (297 − 37 − 35 mm ≈ 638 pt), less a margin for hosts rounding row heights to pixels. */
export const PAGE_BUDGET_PT = 620;

/** One-page letters (a unit's letter, a member's slip) carry no page number: a unit should not see it got page 3 of 9. */
export const LETTER_PAGE: PageSetup = {
  paperSize: A4_NOTICE.paperSize,
  orientation: A4_NOTICE.orientation,
  margins: A4_NOTICE.margins,
  fitToWidth: A4_NOTICE.fitToWidth,
  horizontalCentered: A4_NOTICE.horizontalCentered,
  firstPageNumber: 1,
};

export interface NoticeColumn<T> {
  readonly header: string;
  /** Group header over adjacent columns with the same group (two header rows). */
  readonly group?: string | null;
  /** Grid columns this column covers (merged in every row); default 1. */
  readonly span?: number;
  readonly value: (row: T) => PlanValue;
  readonly format?: string;
  readonly align?: HorizontalAlign;
  /** Fill of a data cell. */
  readonly fill?: (row: T) => string | null;
  /** Fills by the cell's text (e.g. a grade's colour): one conditional format each over the column's data rows, whatever their number. */
  readonly valueFills?: readonly { readonly equals: string; readonly fill: string }[];
  /** Consecutive rows with the same key share one cell, merged down (e.g. a category over its items). */
  readonly mergeDown?: (row: T) => string;
}

/** A row inside a table that is a heading across all its columns, e.g. 「一、优秀（12人）」, or a note (plain). */
export interface SectionRow {
  readonly section: string;
  readonly plain?: boolean;
}

export interface TableArea {
  readonly headerTop: number;
  readonly headerBottom: number;
  /** Last row written (headerBottom when there are no rows). */
  readonly lastRow: number;
}

export interface ParagraphOptions {
  readonly indent?: boolean;
  readonly align?: HorizontalAlign;
  readonly size?: number;
  readonly font?: string;
  readonly bold?: boolean;
  /** Grid columns spanned, 1-based inclusive; default all. */
  readonly from?: number;
  readonly to?: number;
  readonly fill?: string | null;
}

/** One cell of a form grid: a label (黑体, shaded) or a value, over `span` grid columns. */
export interface FormCell {
  readonly value: PlanValue;
  readonly span?: number;
  readonly label?: boolean;
  readonly format?: string;
  readonly fill?: string | null;
}

const INDENT = '　　';
const LABEL_FILL = '#F2F2F2';

export class NoticeWriter {
  readonly b: SheetBuilder;
  private readonly spans = new Map<number, number>();

  constructor(
    name: string,
    readonly widths: readonly number[],
    readonly sizes: FontSizes,
  ) {
    this.b = new SheetBuilder(name);
  }

  get cols(): number {
    return this.widths.length;
  }

  get lastRow(): number {
    return this.b.lastRow;
  }

  /** Width in characters of grid columns from..to (1-based, inclusive). */
  span(from: number, to: number): number {
    const key = from * 1024 + to;
    let width = this.spans.get(key);
    if (width === undefined) {
      width = this.widths.slice(from - 1, to).reduce((a, w) => a + w, 0);
      this.spans.set(key, width);
    }
    return width;
  }

  title(text: string): number {
    return this.paragraph(text, { indent: false, align: 'center', size: this.sizes.title, font: FONTS.title });
  }

  /** A heading line in 黑体, e.g. 「待核实委员（2人）」. */
  heading(text: string): number {
    return this.paragraph(text, { indent: false, size: Math.min(this.sizes.body, 14), font: FONTS.heading });
  }

  paragraph(text: string, o: ParagraphOptions = {}): number {
    const from = o.from ?? 1;
    const to = o.to ?? this.cols;
    const size = o.size ?? this.sizes.body;
    // Broken into lines here, not by the host: no 「）》，」 starts a line (GB/T 9704 via kinsoku rules).
    const lines = breakLines((o.indent ?? true) ? INDENT + text : text, widthPoints(this.span(from, to)) - PADDING_PT, size);
    const value = lines.join('\n');
    const row = this.b.addRow();
    this.b.set(row, from, value);
    this.b.merge(row, from, row, to);
    const style: CellStyle = {
      font: { name: o.font ?? FONTS.body, size, ...(o.bold ? { bold: true } : {}) },
      horizontal: o.align ?? 'left',
      vertical: 'middle',
      wrap: true,
      ...(o.fill ? { fill: o.fill } : {}),
    };
    this.b.style(row, from, row, to, style);
    this.b.rowHeight(row, rowHeight(lines.length, size));
    return row;
  }

  spacer(height = 8): number {
    const row = this.b.addRow();
    this.b.rowHeight(row, height);
    return row;
  }

  /** Issuing office and date at the bottom right (GB/T 9704). */
  signature(office: string, date: string): void {
    const from = Math.max(1, Math.ceil(this.cols / 3));
    this.spacer(Math.round(this.sizes.body * 1.5));
    this.paragraph(office, { indent: false, align: 'right', from, to: this.cols });
    this.paragraph(date, { indent: false, align: 'right', from, to: this.cols });
  }

  /** Rows of label/value cells with borders (a small form, e.g. a member's identity). */
  form(rows: readonly (readonly FormCell[])[], size = this.sizes.table): void {
    const body: CellStyle = { border: 'thin', vertical: 'middle', wrap: true, horizontal: 'center', font: { name: FONTS.table, size } };
    const label: CellStyle = { ...body, font: { name: FONTS.heading, size }, fill: LABEL_FILL };
    const top = this.lastRow + 1;
    // The body once over the whole form; labels and special cells as runs, stacked vertically where they line up.
    const runs: { top: number; bottom: number; left: number; right: number; style: CellStyle; key: string }[] = [];
    for (const cells of rows) {
      const row = this.b.addRow();
      let col = 1;
      let lines = 1;
      for (const c of cells) {
        const end = Math.min(this.cols, col + (c.span ?? 1) - 1);
        this.b.set(row, col, c.value);
        this.b.merge(row, col, row, end);
        const style: CellStyle | null = c.label ? label : c.format || c.fill ? { ...body, ...(c.format ? { numberFormat: c.format } : {}), ...(c.fill ? { fill: c.fill } : {}) } : null;
        if (style) {
          // Equal keys ⇔ equal styles: the label style, or the body with this format and fill.
          const key = c.label ? 'label' : `${c.format ?? ''}\u0000${c.fill ?? ''}`;
          const prev = runs.find((r) => r.bottom === row - 1 && r.left === col && r.right === end && r.key === key);
          if (prev) prev.bottom = row;
          else runs.push({ top: row, bottom: row, left: col, right: end, style, key });
        }
        lines = Math.max(lines, valueLines(c.value, c.format, this.span(col, end), size));
        col = end + 1;
      }
      this.b.rowHeight(row, rowHeight(lines, size));
    }
    if (rows.length === 0) return;
    this.b.style(top, 1, this.lastRow, this.cols, body);
    for (const r of runs) this.b.style(r.top, r.left, r.bottom, r.right, r.style);
  }

  /**
   * A bordered table; returns its header rows (for printTitleRows) and last row. Every style run
   * carries the whole cell style (hosts may replace rather than merge), one run per column and per
   * stretch of equal fills, not one per cell.
   */
  table<T>(columns: readonly NoticeColumn<T>[], rows: readonly (T | SectionRow)[], size = this.sizes.table): TableArea {
    const starts: number[] = [];
    let next = 1;
    for (const c of columns) {
      starts.push(next);
      next += c.span ?? 1;
    }
    const ends = columns.map((c, i) => starts[i] + (c.span ?? 1) - 1);
    const right = ends[ends.length - 1];
    const body: CellStyle = { border: 'thin', vertical: 'middle', wrap: true, horizontal: 'center', font: { name: FONTS.table, size } };

    const headerTop = this.lastRow + 1;
    const headerBottom = this.header(columns, starts, ends, headerTop, size, body);
    const sections: { row: number; plain: boolean }[] = [];
    const heights: number[] = [];
    rows.forEach((r) => {
      const row = this.b.addRow();
      if (isSection(r)) {
        sections.push({ row, plain: r.plain === true });
        this.b.set(row, 1, r.section);
        this.b.merge(row, 1, row, right);
        heights.push(rowHeight(lineCount(r.section, this.span(1, right), size), size));
        return;
      }
      let lines = 1;
      columns.forEach((c, i) => {
        // Written once per stretch below; its lines are checked against the stretch's height.
        if (c.mergeDown) return;
        const v = c.value(r);
        this.b.set(row, starts[i], v);
        if (ends[i] > starts[i]) this.b.merge(row, starts[i], row, ends[i]);
        lines = Math.max(lines, valueLines(v, c.format, this.span(starts[i], ends[i]), size));
      });
      heights.push(rowHeight(lines, size));
    });
    const firstData = headerBottom + 1;
    columns.forEach((c, i) => {
      if (!c.mergeDown) return;
      let start = 0;
      for (let k = 1; k <= rows.length; k++) {
        const r = rows[start];
        if (k < rows.length && !isSection(r) && sameStretch(c, r, rows[k])) continue;
        if (!isSection(r)) {
          if (k - 1 > start || ends[i] > starts[i]) this.b.merge(firstData + start, starts[i], firstData + k - 1, ends[i]);
          this.b.set(firstData + start, starts[i], c.value(r));
          // Grow the stretch's last row when the merged text needs more height than its rows give.
          const need = rowHeight(lineCount(cellText(c.value(r), c.format), this.span(starts[i], ends[i]), size), size);
          const have = heights.slice(start, k).reduce((a, h) => a + h, 0);
          if (need > have) heights[k - 1] += need - have;
        }
        start = k;
      }
    });
    heights.forEach((h, k) => this.b.rowHeight(firstData + k, h));
    const lastRow = headerBottom + rows.length;
    if (rows.length === 0) return { headerTop, headerBottom, lastRow };
    const first = headerBottom + 1;
    this.b.style(first, 1, lastRow, right, body);
    columns.forEach((c, i) => {
      const style = columnStyle(body, c);
      if (style !== body) this.b.style(first, starts[i], lastRow, ends[i], style);
      for (const v of c.valueFills ?? []) this.b.conditionalFill(first, starts[i], lastRow, ends[i], v.equals, v.fill);
      if (!c.fill) return;
      const fills = rows.map((r) => (isSection(r) ? null : (c.fill?.(r) ?? null)));
      let start = 0;
      for (let k = 1; k <= fills.length; k++) {
        if (k < fills.length && fills[k] === fills[start]) continue;
        const fill = fills[start];
        if (fill) this.b.style(first + start, starts[i], first + k - 1, ends[i], { ...style, fill });
        start = k;
      }
    });
    for (const { row, plain } of sections) this.b.style(row, 1, row, right, { ...body, horizontal: 'left', font: { name: plain ? FONTS.table : FONTS.heading, size } });
    return { headerTop, headerBottom, lastRow };
  }

  private header<T>(columns: readonly NoticeColumn<T>[], starts: readonly number[], ends: readonly number[], top: number, size: number, body: CellStyle): number {
    const grouped = columns.some((c) => c.group);
    const bottom = grouped ? top + 1 : top;
    let groupLines = 1;
    let lines = 1;
    columns.forEach((c, i) => {
      const width = this.span(starts[i], ends[i]);
      if (!c.group) {
        this.b.set(top, starts[i], c.header);
        this.b.merge(top, starts[i], bottom, ends[i]);
        lines = Math.max(lines, lineCount(c.header, width, size) - (grouped ? 1 : 0));
        return;
      }
      this.b.set(bottom, starts[i], c.header);
      if (ends[i] > starts[i]) this.b.merge(bottom, starts[i], bottom, ends[i]);
      lines = Math.max(lines, lineCount(c.header, width, size));
      if (i === 0 || columns[i - 1].group !== c.group) {
        let end = i;
        while (end + 1 < columns.length && columns[end + 1].group === c.group) end++;
        this.b.set(top, starts[i], c.group);
        this.b.merge(top, starts[i], top, ends[end]);
        groupLines = Math.max(groupLines, lineCount(c.group, this.span(starts[i], ends[end]), size));
      }
    });
    if (grouped) this.b.rowHeight(top, rowHeight(groupLines, size));
    this.b.rowHeight(bottom, rowHeight(lines, size));
    this.b.style(top, 1, bottom, ends[ends.length - 1], { ...body, font: { name: FONTS.heading, size } });
    return bottom;
  }

  /** The notice as a sheet: grid widths, A4 portrait page setup, print area over every row. */
  build(setup: Partial<PageSetup> = {}, base: PageSetup = A4_NOTICE): SheetPlan {
    this.b.columnWidths(this.widths);
    this.b.page({ ...base, printArea: `A1:${columnLetter(this.cols)}${Math.max(1, this.lastRow)}`, ...setup });
    return this.b.build();
  }
}

/** One-page letters built one by one (each its own block), stacked with a manual page break before each but the first. */
export function stackPages(name: string, widths: readonly number[], pages: readonly SheetPlan[]): SheetPlan {
  const b = new SheetBuilder(name);
  for (const page of pages) {
    const at = b.lastRow + 1;
    b.placeBlock(page, at);
    b.pageBreakBefore(at);
  }
  b.columnWidths(widths);
  b.page({ ...LETTER_PAGE, printArea: `A1:${columnLetter(widths.length)}${Math.max(1, b.lastRow)}` });
  return b.build();
}

/** Text a value shows in a cell, for line estimates. */
export function cellText(v: PlanValue, format?: string): string {
  if (v === null) return '';
  if (typeof v === 'number' && format === '0.00') return v.toFixed(2);
  return String(v);
}

/** Lines a value needs in a cell: numbers never wrap (a too narrow column shows ###, which the print check catches). */
function valueLines(v: PlanValue, format: string | undefined, widthUnits: number, size: number): number {
  return typeof v === 'number' ? 1 : lineCount(cellText(v, format), widthUnits, size);
}

/** Total height in points of a built block (rows without a height count as 15 pt). */
export function blockHeight(plan: SheetPlan): number {
  const heights = new Map<number, number>();
  let rows = plan.values.length;
  for (const h of plan.rowHeights) {
    heights.set(h.row, h.height);
    rows = Math.max(rows, h.row);
  }
  let total = 0;
  for (let r = 1; r <= rows; r++) total += heights.get(r) ?? 15;
  return total;
}

/** Builds a page with the largest font sizes that keep it within one A4 page (the smallest sizes when none does). */
export function fitOnePage(build: (sizes: FontSizes) => SheetPlan, tries: readonly FontSizes[] = [STANDARD_SIZES, COMPACT_SIZES, TIGHT_SIZES]): SheetPlan {
  let plan: SheetPlan | null = null;
  for (const sizes of tries) {
    plan = build(sizes);
    if (blockHeight(plan) <= PAGE_BUDGET_PT) return plan;
  }
  if (plan === null) throw new Error('fitOnePage needs at least one size');
  return plan;
}

function sameStretch<T>(c: NoticeColumn<T>, a: T | SectionRow, b: T | SectionRow): boolean {
  return !isSection(a) && !isSection(b) && c.mergeDown !== undefined && c.mergeDown(a) === c.mergeDown(b);
}

function isSection<T>(r: T | SectionRow): r is SectionRow {
  return typeof r === 'object' && r !== null && 'section' in r;
}

/** The body style with the column's number format and alignment (the same object when it has neither). */
function columnStyle<T>(body: CellStyle, c: NoticeColumn<T>): CellStyle {
  if (!c.format && (!c.align || c.align === 'center')) return body;
  return { ...body, ...(c.format ? { numberFormat: c.format } : {}), ...(c.align ? { horizontal: c.align } : {}) };
}
