/**
 * Hidden rows, fills and merged areas without reading every cell: a range property read on a
 * multi-cell range gives the common value, or null when the cells differ (VBA semantics, which the
 * WPS JS binding mirrors — ASSUMPTION, not verified on real WPS; the self-check 环境自检 verifies it).
 * Null may arrive as null or undefined (isNothing). Each probe halves a mixed range
 * until it is uniform, so the calls grow with the number of changes (a filled header, a few
 * highlighted cells), not with the number of rows: about 2·k·log2(n) calls for k changes.
 */
import { cellAddress, columnLetter, rangeAddress } from '../../core';
import type { MergedArea } from '../port';
import { bgrToHex } from './colors';
import { isNothing, XL_NONE, type WpsSheet } from './wps-api';

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Fills are probed in the first columns only: a member table is far narrower; a stray value far right must not cost thousands of probes. */
export const FILL_PROBE_COLUMNS = 256;

/** 1-based numbers of the hidden rows among top..bottom. */
export function hiddenRows(ws: WpsSheet, top: number, bottom: number, out: number[] = []): number[] {
  if (bottom < top) return out;
  const hidden = ws.Range(`${top}:${bottom}`).EntireRow.Hidden;
  if (hidden === true) for (let r = top; r <= bottom; r++) out.push(r);
  else if (isNothing(hidden) && top < bottom) {
    const mid = Math.floor((top + bottom) / 2);
    hiddenRows(ws, top, mid, out);
    hiddenRows(ws, mid + 1, bottom, out);
  }
  return out;
}

/** Non-default fills (`#RRGGBB` by A1 address) of one column between top and bottom. */
export function columnFills(ws: WpsSheet, col: number, top: number, bottom: number, out: Record<string, string>): void {
  if (bottom < top) return;
  const letter = columnLetter(col);
  const interior = ws.Range(top === bottom ? `${letter}${top}` : `${letter}${top}:${letter}${bottom}`).Interior;
  const index = interior.ColorIndex;
  if (index === XL_NONE) return;
  const color = isNothing(index) ? null : interior.Color;
  if (!isNothing(color)) {
    for (let r = top; r <= bottom; r++) out[cellAddress(r, col)] = bgrToHex(color);
    return;
  }
  if (top === bottom) return;
  const mid = Math.floor((top + bottom) / 2);
  columnFills(ws, col, top, mid, out);
  columnFills(ws, col, mid + 1, bottom, out);
}

export function sheetFills(ws: WpsSheet, used: Rect): Record<string, string> {
  const fills: Record<string, string> = {};
  for (let col = used.left; col <= Math.min(used.right, used.left + FILL_PROBE_COLUMNS - 1); col++) columnFills(ws, col, used.top, used.bottom, fills);
  return fills;
}

/** Merged areas intersecting `region`: a region fully inside one merge stops the halving. */
export function mergedAreas(ws: WpsSheet, region: Rect, found: Map<string, MergedArea> = new Map()): MergedArea[] {
  if ([...found.values()].some((m) => contains(m, region))) return [...found.values()];
  const range = ws.Range(rangeAddress(region.top, region.left, region.bottom, region.right));
  const merged = range.MergeCells;
  // false: nothing merged; true: all merged; Null (null or undefined): mixed, so halve.
  if (merged === false) return [...found.values()];
  if (merged === true) {
    const area = ws.Range(cellAddress(region.top, region.left)).MergeArea;
    const m: MergedArea = { top: area.Row, left: area.Column, bottom: area.Row + area.Rows.Count - 1, right: area.Column + area.Columns.Count - 1 };
    found.set(`${m.top},${m.left}`, m);
    if (contains(m, region)) return [...found.values()];
  }
  const rows = region.bottom - region.top + 1;
  const cols = region.right - region.left + 1;
  if (rows === 1 && cols === 1) return [...found.values()];
  if (rows >= cols) {
    const mid = region.top + Math.floor(rows / 2) - 1;
    mergedAreas(ws, { ...region, bottom: mid }, found);
    mergedAreas(ws, { ...region, top: mid + 1 }, found);
  } else {
    const mid = region.left + Math.floor(cols / 2) - 1;
    mergedAreas(ws, { ...region, right: mid }, found);
    mergedAreas(ws, { ...region, left: mid + 1 }, found);
  }
  return [...found.values()];
}

function contains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}
