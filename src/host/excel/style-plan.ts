/**
 * A sheet's StyleRuns (later runs win per property, fonts per sub-property) resolved to each
 * cell's final style, then grouped: every distinct cell format with the rectangles that carry it,
 * likewise every border kind, and number formats as column blocks. The writer then needs one call
 * per distinct style (per ~2,000 characters of addresses) instead of several per run: a notice
 * with a slip per member has tens of thousands of runs but a few dozen distinct styles.
 */
import { parseRange } from '../../core/a1';
import type { BorderStyle, CellStyle, StyleRun } from '../port';

export interface Rect {
  /** 1-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Cell format without border and number format (what one RangeFormat.set carries). */
export type FormatPart = Pick<CellStyle, 'font' | 'fill' | 'horizontal' | 'vertical' | 'wrap'>;

export interface NumberFormatBlock {
  readonly top: number;
  readonly left: number;
  /** formats[r][c]: rows × columns from (top, left); `General` where the plan sets none. */
  readonly formats: readonly (readonly string[])[];
}

export interface StyleGroups {
  readonly formats: readonly { readonly format: FormatPart; readonly areas: readonly Rect[] }[];
  readonly borders: readonly { readonly border: Exclude<BorderStyle, 'none'>; readonly areas: readonly Rect[] }[];
  readonly numberFormats: readonly NumberFormatBlock[];
}

/** Rows of `General` between two formatted cells of a column that are still sent in one block. */
const NUMBER_FORMAT_GAP = 24;
const COLS = 16_384;

export function mergeStyle(a: CellStyle, b: CellStyle): CellStyle {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) if (v !== undefined && k !== 'font') out[k] = v;
  if (b.font) out.font = { ...a.font, ...Object.fromEntries(Object.entries(b.font).filter(([, v]) => v !== undefined)) };
  return out as CellStyle;
}

function formatPart(s: CellStyle): FormatPart | null {
  const part: Record<string, unknown> = {};
  for (const k of ['font', 'fill', 'horizontal', 'vertical', 'wrap'] as const) if (s[k] !== undefined) part[k] = s[k];
  return Object.keys(part).length > 0 ? (part as FormatPart) : null;
}

/** Each cell's final style id (cell key row * COLS + col, 1-based) and the interned styles. */
function resolveCells(runs: readonly StyleRun[]): { cells: Map<number, number>; styles: CellStyle[] } {
  const styles: CellStyle[] = [{}];
  const ids = new Map<string, number>([['{}', 0]]);
  const next = new Map<string, number>();
  const cells = new Map<number, number>();
  runs.forEach((run, i) => {
    const r = parseRange(run.range);
    if (!r) throw new Error(`bad range address in plan: ${run.range}`);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const key = row * COLS + col;
        const before = cells.get(key) ?? 0;
        const memo = `${before}:${i}`;
        let id = next.get(memo);
        if (id === undefined) {
          const style = mergeStyle(styles[before], run.style);
          const text = JSON.stringify(style);
          id = ids.get(text);
          if (id === undefined) {
            id = styles.length;
            styles.push(style);
            ids.set(text, id);
          }
          next.set(memo, id);
        }
        cells.set(key, id);
      }
    }
  });
  return { cells, styles };
}

/** Cells (keys) → rectangles: runs of columns per row, stacked while rows continue with the same span. */
export function rectangles(keys: readonly number[]): Rect[] {
  const sorted = [...keys].sort((a, b) => a - b);
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  let row = -1;
  let current = new Map<string, Rect>();
  const closeRow = (): void => {
    for (const [span, rect] of open) if (!current.has(span)) done.push(rect);
    open = current;
    current = new Map();
  };
  for (let i = 0; i < sorted.length; ) {
    const r = Math.floor(sorted[i] / COLS);
    if (r !== row) {
      if (row >= 0) {
        if (r !== row + 1) {
          closeRow();
          closeRow();
        } else closeRow();
      }
      row = r;
    }
    const left = sorted[i] % COLS;
    let right = left;
    i++;
    while (i < sorted.length && sorted[i] === r * COLS + right + 1) {
      right++;
      i++;
    }
    const span = `${left}:${right}`;
    const above = open.get(span);
    current.set(span, above ? { ...above, bottom: r } : { top: r, bottom: r, left, right });
  }
  closeRow();
  closeRow();
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function numberFormatBlocks(cells: Map<number, number>, styles: readonly CellStyle[]): NumberFormatBlock[] {
  const byColumn = new Map<number, number[]>();
  for (const [key, id] of cells) {
    if (styles[id].numberFormat === undefined) continue;
    const col = key % COLS;
    const rows = byColumn.get(col) ?? [];
    rows.push(Math.floor(key / COLS));
    byColumn.set(col, rows);
  }
  const format = (row: number, col: number): string => styles[cells.get(row * COLS + col) ?? 0].numberFormat ?? 'General';
  const segments: { top: number; bottom: number; col: number }[] = [];
  for (const [col, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let top = rows[0];
    let bottom = rows[0];
    for (const r of rows.slice(1)) {
      if (r - bottom - 1 <= NUMBER_FORMAT_GAP) bottom = r;
      else {
        segments.push({ top, bottom, col });
        top = bottom = r;
      }
    }
    segments.push({ top, bottom, col });
  }
  // Neighbouring columns with the same rows go in one 2-D block.
  const blocks: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const s of segments) {
    const prev = blocks.find((b) => b.top === s.top && b.bottom === s.bottom && b.right === s.col - 1);
    if (prev) prev.right = s.col;
    else blocks.push({ top: s.top, bottom: s.bottom, left: s.col, right: s.col });
  }
  return blocks.map((b) => ({
    top: b.top,
    left: b.left,
    formats: Array.from({ length: b.bottom - b.top + 1 }, (_, i) => Array.from({ length: b.right - b.left + 1 }, (_, j) => format(b.top + i, b.left + j))),
  }));
}

export function groupStyles(runs: readonly StyleRun[]): StyleGroups {
  const { cells, styles } = resolveCells(runs);
  const formatKeys = new Map<string, { format: FormatPart; keys: number[] }>();
  const borderKeys = new Map<Exclude<BorderStyle, 'none'>, number[]>();
  const partOf = styles.map(formatPart);
  for (const [key, id] of cells) {
    const part = partOf[id];
    if (part) {
      const text = JSON.stringify(part);
      const group = formatKeys.get(text) ?? { format: part, keys: [] };
      group.keys.push(key);
      formatKeys.set(text, group);
    }
    const border = styles[id].border;
    if (border && border !== 'none') {
      const list = borderKeys.get(border) ?? [];
      list.push(key);
      borderKeys.set(border, list);
    }
  }
  return {
    formats: [...formatKeys.values()].map((g) => ({ format: g.format, areas: rectangles(g.keys) })),
    // Thin before medium: where a thin and a medium cell share an edge, the medium line wins.
    borders: (['thin', 'medium'] as const).filter((b) => borderKeys.has(b)).map((border) => ({ border, areas: rectangles(borderKeys.get(border) ?? []) })),
    numberFormats: numberFormatBlocks(cells, styles),
  };
}
