/** A small mutable builder for one generated sheet; build() returns the immutable SheetPlan. */
import { columnLetter, parseCell, parseRange } from '../a1';
import type { CellStyle, ConditionalFill, Hyperlink, PageSetup, PlanValue, SheetPlan, StyleRun } from '../plan';

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
  // Every document starts at 「— 1 —」, not where the sheets printed before it left off.
  firstPageNumber: 1,
};

/** A rectangle of 1-based rows and columns, inclusive. */
interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

interface BoxedStyle extends Box {
  readonly style: CellStyle;
}

/** Ranges of a built plan as numbers, so placeBlock can shift them without parsing A1 strings back. */
interface BlockGeometry {
  readonly styles: readonly BoxedStyle[];
  readonly merges: readonly Box[];
  readonly conditional: readonly BoxedFill[];
}

interface BoxedFill extends Box {
  readonly equals: string;
  readonly fill: string;
}

const GEOMETRY = new WeakMap<SheetPlan, BlockGeometry>();

/** The same text as a1.rangeAddress, with column letters looked up. */
function boxAddress(top: number, left: number, bottom: number, right: number): string {
  const a = columnLetter(left) + top;
  return top === bottom && left === right ? a : `${a}:${columnLetter(right)}${bottom}`;
}

function box(a1: string, sheet: string): Box {
  const r = parseRange(a1);
  if (!r) throw new Error(`bad range ${a1} in block ${sheet}`);
  return r;
}

export class SheetBuilder {
  private readonly rows: PlanValue[][] = [];
  private readonly styleRuns: BoxedStyle[] = [];
  private readonly mergeList: Box[] = [];
  private readonly conditional: BoxedFill[] = [];
  private readonly widths: (number | null)[] = [];
  /** Row heights by 1-based row (an array: a sheet of thousands of slips has a height on nearly every row). */
  private readonly heights: (number | undefined)[] = [];
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
    this.styleRuns.push({ top, left, bottom, right, style });
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    if (top !== bottom || left !== right) this.mergeList.push({ top, left, bottom, right });
    return this;
  }

  /** Fills the cells of the box whose text equals `equals` (one conditional format, whatever the rows). */
  conditionalFill(top: number, left: number, bottom: number, right: number, equals: string, fill: string): this {
    if (bottom >= top) this.conditional.push({ top, left, bottom, right, equals, fill });
    return this;
  }

  columnWidths(widths: readonly (number | null)[]): this {
    widths.forEach((w, i) => (this.widths[i] = w));
    return this;
  }

  rowHeight(row: number, height: number): this {
    this.heights[row] = height;
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
    let blockRows = block.values.length;
    for (const h of block.rowHeights) blockRows = Math.max(blockRows, h.row);
    while (this.rows.length < shift + blockRows) this.rows.push([]);
    block.values.forEach((row, i) => {
      const target = this.rows[shift + i];
      if (target.length > 0) {
        row.forEach((v, j) => v !== null && this.set(atRow + i, j + 1, v));
        return;
      }
      // An empty target row gets the block's row as set() would leave it: trailing nulls dropped.
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      for (let j = 0; j < end; j++) target.push(row[j]);
    });
    const geometry = GEOMETRY.get(block) ?? {
      styles: block.styles.map((s) => ({ ...box(s.range, block.name), style: s.style })),
      merges: block.merges.map((m) => box(m, block.name)),
      conditional: (block.conditionalFills ?? []).map((c) => ({ ...box(c.range, block.name), equals: c.equals, fill: c.fill })),
    };
    for (const s of geometry.styles) this.styleRuns.push({ top: s.top + shift, left: s.left, bottom: s.bottom + shift, right: s.right, style: s.style });
    for (const m of geometry.merges) this.mergeList.push({ top: m.top + shift, left: m.left, bottom: m.bottom + shift, right: m.right });
    for (const c of geometry.conditional) this.conditional.push({ ...c, top: c.top + shift, bottom: c.bottom + shift });
    for (const h of block.rowHeights) this.heights[h.row + shift] = h.height;
    block.hyperlinks.forEach((l) => {
      const c = parseCell(l.cell);
      if (c) this.links.push({ ...l, cell: boxAddress(c.row + shift, c.col, c.row + shift, c.col) });
    });
    block.pageBreaks.forEach((r) => this.pageBreakBefore(r + shift));
    return this;
  }

  /** Total height in points of the rows written so far (rows without a height count as 15 pt), as blockHeight(build()) gives. */
  height(): number {
    const rows = Math.max(this.rows.length, this.heights.length - 1);
    let total = 0;
    for (let r = 1; r <= rows; r++) total += this.heights[r] ?? 15;
    return total;
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

  private rowHeights(): { row: number; height: number }[] {
    const out: { row: number; height: number }[] = [];
    this.heights.forEach((height, row) => height !== undefined && out.push({ row, height }));
    return out;
  }

  build(): SheetPlan {
    const styles: StyleRun[] = this.styleRuns.map((s) => ({ range: boxAddress(s.top, s.left, s.bottom, s.right), style: s.style }));
    const plan: SheetPlan = {
      name: this.name,
      values: this.rows.map((r) => [...r]),
      styles,
      merges: this.mergeList.map((m) => boxAddress(m.top, m.left, m.bottom, m.right)),
      columnWidths: Array.from({ length: this.widths.length }, (_, i) => this.widths[i] ?? null),
      rowHeights: this.rowHeights(),
      hyperlinks: [...this.links],
      pageSetup: this.setup,
      pageBreaks: [...this.breaks].sort((a, b) => a - b),
      freeze: this.frozen,
      tabColor: this.tab,
      ...(this.conditional.length > 0 && { conditionalFills: this.conditional.map((c): ConditionalFill => ({ range: boxAddress(c.top, c.left, c.bottom, c.right), equals: c.equals, fill: c.fill })) }),
    };
    GEOMETRY.set(plan, { styles: [...this.styleRuns], merges: [...this.mergeList], conditional: [...this.conditional] });
    return plan;
  }
}
