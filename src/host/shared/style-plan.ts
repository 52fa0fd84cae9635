/**
 * A sheet's StyleRuns (later runs win per property, fonts per sub-property) resolved to each
 * cell's final style, then grouped: every distinct cell format with the rectangles that carry it,
 * likewise every border kind and every number format. A host then needs one call per distinct
 * style (per address chunk of its own length limit) instead of several per run: a notice with a
 * block per member has thousands of runs but a few dozen distinct styles. Shared by every host
 * through compile-plan.ts.
 */
import { parseRange } from '../../core';
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

export interface StyleGroups {
  readonly formats: readonly { readonly format: FormatPart; readonly areas: readonly Rect[] }[];
  readonly borders: readonly { readonly border: Exclude<BorderStyle, 'none'>; readonly areas: readonly Rect[] }[];
  /** Every number format with the rectangles that carry it (`General`, a new sheet's default, is left out). */
  readonly numberFormats: readonly { readonly format: string; readonly areas: readonly Rect[] }[];
}

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

/** Each cell's final style id, row by row (rows[r][c], 1-based; 0 = unstyled), and the interned styles. */
interface ResolvedCells {
  readonly rows: (Uint16Array | undefined)[];
  readonly styles: CellStyle[];
}

function resolveCells(runs: readonly StyleRun[]): ResolvedCells {
  const styles: CellStyle[] = [{}];
  const ids = new Map<string, number>([['{}', 0]]);
  const runStyles = new Map<string, number>();
  // (style before, run style) → style after, over the whole sheet: the same few styles recur in every slip.
  const next = new Map<number, number>();
  const rows: (Uint16Array | undefined)[] = [];
  const rects = runs.map((run) => {
    const r = parseRange(run.range);
    if (!r) throw new Error(`bad range address in plan: ${run.range}`);
    return r;
  });
  const width = rects.reduce((w, r) => Math.max(w, r.right), 0) + 1;
  runs.forEach((run, i) => {
    const r = rects[i];
    const runText = JSON.stringify(run.style);
    let runId = runStyles.get(runText);
    if (runId === undefined) {
      runId = runStyles.size;
      runStyles.set(runText, runId);
    }
    for (let row = r.top; row <= r.bottom; row++) {
      const line = (rows[row] ??= new Uint16Array(width));
      for (let col = r.left; col <= r.right; col++) {
        const before = line[col];
        const memo = before * 1_048_576 + runId;
        let id = next.get(memo);
        if (id === undefined) {
          const style = mergeStyle(styles[before], run.style);
          const text = JSON.stringify(style);
          id = ids.get(text);
          if (id === undefined) {
            id = styles.length;
            if (id > 0xffff) throw new Error('more than 65,535 distinct cell styles in one sheet');
            styles.push(style);
            ids.set(text, id);
          }
          next.set(memo, id);
        }
        line[col] = id;
      }
    }
  });
  return { rows, styles };
}

/**
 * Cells → rectangles per class (`classOf` gives a cell's class, or -1 for none): runs of equal
 * class along each row, stacked while the next row has a run of that class over the same columns.
 */
export function rectangles(rowCount: number, width: number, classOf: (row: number, col: number) => number): Map<number, Rect[]> {
  const done = new Map<number, Rect[]>();
  const finish = (cls: number, rect: Rect): void => {
    const list = done.get(cls) ?? [];
    list.push(rect);
    done.set(cls, list);
  };
  let open = new Map<number, { cls: number; rect: Rect }>();
  for (let row = 0; row < rowCount; row++) {
    const current = new Map<number, { cls: number; rect: Rect }>();
    for (let col = 0; col < width; ) {
      const cls = classOf(row, col);
      const left = col;
      while (col + 1 < width && classOf(row, col + 1) === cls) col++;
      if (cls >= 0) {
        const key = (cls * 16_384 + left) * 16_384 + col;
        const above = open.get(key);
        current.set(key, { cls, rect: above ? { ...above.rect, bottom: row } : { top: row, bottom: row, left, right: col } });
      }
      col++;
    }
    for (const [key, { cls, rect }] of open) if (!current.has(key)) finish(cls, rect);
    open = current;
  }
  for (const { cls, rect } of open.values()) finish(cls, rect);
  for (const list of done.values()) list.sort((a, b) => a.top - b.top || a.left - b.left);
  return done;
}

export function groupStyles(runs: readonly StyleRun[]): StyleGroups {
  const { rows, styles } = resolveCells(runs);
  const width = rows.reduce((w, line) => Math.max(w, line?.length ?? 0), 0);
  const at = (row: number, col: number): number => rows[row]?.[col] ?? 0;
  // Each style's format part as a class: styles that differ only in border or number format share one.
  const formats: FormatPart[] = [];
  const formatClass = new Map<string, number>();
  const classOfStyle = styles.map((style) => {
    const part = formatPart(style);
    if (!part) return -1;
    const text = JSON.stringify(part);
    let cls = formatClass.get(text);
    if (cls === undefined) {
      cls = formats.length;
      formats.push(part);
      formatClass.set(text, cls);
    }
    return cls;
  });
  const byFormat = rectangles(rows.length, width, (r, c) => classOfStyle[at(r, c)]);
  // Thin before medium: where a thin and a medium cell share an edge, the medium line wins.
  const kinds = ['thin', 'medium'] as const;
  const borderClass = styles.map((style) => kinds.indexOf(style.border as (typeof kinds)[number]));
  const byBorder = rectangles(rows.length, width, (r, c) => borderClass[at(r, c)]);
  const numberFormats: string[] = [];
  const numberFormatClass = styles.map((style) => {
    const f = style.numberFormat;
    if (f === undefined || f === 'General') return -1;
    let cls = numberFormats.indexOf(f);
    if (cls < 0) cls = numberFormats.push(f) - 1;
    return cls;
  });
  const byNumberFormat = rectangles(rows.length, width, (r, c) => numberFormatClass[at(r, c)]);
  return {
    formats: [...byFormat].sort((a, b) => a[0] - b[0]).map(([cls, areas]) => ({ format: formats[cls], areas })),
    borders: kinds.flatMap((border, cls) => (byBorder.has(cls) ? [{ border, areas: byBorder.get(cls) ?? [] }] : [])),
    numberFormats: [...byNumberFormat].sort((a, b) => a[0] - b[0]).map(([cls, areas]) => ({ format: numberFormats[cls], areas })),
  };
}
