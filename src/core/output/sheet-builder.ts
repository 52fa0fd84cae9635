/** A small mutable builder for one generated sheet; build() returns the immutable SheetPlan. */
import { parseCell, parseRange, rangeAddress } from '../a1';
import type { CellStyle, Hyperlink, PageSetup, PlanValue, SheetPlan, StyleRun } from '../plan';

/** CJK fonts named as offices expect, each with fallbacks where 方正/GB2312 fonts are missing. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  table: '仿宋_GB2312',
  /** Fallback chain, first installed wins (hosts that accept one name use the first). */
  fallbacks: ['仿宋', 'FangSong', 'Noto Serif CJK SC', 'SimSun', '宋体'],
} as const;

/** GB/T 9704-2012 as far as a spreadsheet can: A4, top 37 mm, binding side 28 mm. */
export const A4_NOTICE: PageSetup = {
  paperSize: 'A4',
  orientation: 'portrait',
  margins: { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 20 },
  fitToWidth: true,
  horizontalCentered: true,
  footerCenter: '— &P —',
};

export class SheetBuilder {
  private readonly rows: PlanValue[][] = [];
  private readonly styleRuns: StyleRun[] = [];
  private readonly mergeList: string[] = [];
  private readonly widths: (number | null)[] = [];
  private readonly heights = new Map<number, number>();
  private readonly links: Hyperlink[] = [];
  private readonly breaks = new Set<number>();
  private setup: PageSetup | undefined;
  private frozen: { rows: number; columns: number } | undefined;
  private tab: string | undefined;

  constructor(readonly name: string) {}

  /** Number of the last row written (0 when empty). */
  get lastRow(): number {
    return this.rows.length;
  }

  set(row: number, col: number, value: PlanValue): this {
    while (this.rows.length < row) this.rows.push([]);
    const r = this.rows[row - 1];
    while (r.length < col - 1) r.push(null);
    r[col - 1] = value;
    return this;
  }

  /** Writes values from column `startCol` on. */
  setRow(row: number, values: readonly PlanValue[], startCol = 1): this {
    values.forEach((v, i) => this.set(row, startCol + i, v));
    return this;
  }

  /** Appends a row after the last one and returns its number. */
  addRow(values: readonly PlanValue[] = []): number {
    const row = this.rows.length + 1;
    if (values.length === 0) this.rows.push([]);
    else this.setRow(row, values);
    return row;
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): this {
    this.styleRuns.push({ range: rangeAddress(top, left, bottom, right), style });
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    if (top !== bottom || left !== right) this.mergeList.push(rangeAddress(top, left, bottom, right));
    return this;
  }

  columnWidths(widths: readonly (number | null)[]): this {
    widths.forEach((w, i) => (this.widths[i] = w));
    return this;
  }

  rowHeight(row: number, height: number): this {
    this.heights.set(row, height);
    return this;
  }

  link(cell: string, sheet: string, target: string): this {
    this.links.push({ cell, sheet, target });
    return this;
  }

  pageBreakBefore(row: number): this {
    if (row > 1) this.breaks.add(row);
    return this;
  }

  /**
   * Copies a block built on its own (values, styles, merges, row heights, links, breaks) so that its
   * row 1 lands on `atRow`; lets a page be measured before it is placed. Column widths and page setup
   * of the block are ignored.
   */
  placeBlock(block: SheetPlan, atRow: number): this {
    const shift = atRow - 1;
    const shiftRange = (a1: string): string => {
      const r = parseRange(a1);
      if (!r) throw new Error(`bad range ${a1} in block ${block.name}`);
      return rangeAddress(r.top + shift, r.left, r.bottom + shift, r.right);
    };
    const blockRows = Math.max(block.values.length, ...block.rowHeights.map((h) => h.row));
    while (this.rows.length < shift + blockRows) this.rows.push([]);
    block.values.forEach((row, i) => row.forEach((v, j) => v !== null && this.set(atRow + i, j + 1, v)));
    block.styles.forEach((s) => this.styleRuns.push({ range: shiftRange(s.range), style: s.style }));
    block.merges.forEach((m) => this.mergeList.push(shiftRange(m)));
    block.rowHeights.forEach((h) => this.heights.set(h.row + shift, h.height));
    block.hyperlinks.forEach((l) => {
      const c = parseCell(l.cell);
      if (c) this.links.push({ ...l, cell: rangeAddress(c.row + shift, c.col, c.row + shift, c.col) });
    });
    block.pageBreaks.forEach((r) => this.pageBreakBefore(r + shift));
    return this;
  }

  page(setup: PageSetup): this {
    this.setup = setup;
    return this;
  }

  freeze(rows: number, columns: number): this {
    this.frozen = { rows, columns };
    return this;
  }

  tabColor(color: string): this {
    this.tab = color;
    return this;
  }

  build(): SheetPlan {
    return {
      name: this.name,
      values: this.rows.map((r) => [...r]),
      styles: [...this.styleRuns],
      merges: [...this.mergeList],
      columnWidths: Array.from({ length: this.widths.length }, (_, i) => this.widths[i] ?? null),
      rowHeights: [...this.heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height })),
      hyperlinks: [...this.links],
      pageSetup: this.setup,
      pageBreaks: [...this.breaks].sort((a, b) => a - b),
      freeze: this.frozen,
      tabColor: this.tab,
    };
  }
}
