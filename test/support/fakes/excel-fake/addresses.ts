/** A1 addresses in the fake (0-based inclusive rectangles), including whole rows ("3:5") and columns ("A:C"). */
import { columnLetter, columnNumber } from '../../../../src/core/a1';
import { invalidArgument } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function checked(r: Rect, address: string): Rect {
  if (r.top < 0 || r.left < 0 || r.bottom >= MAX_ROWS || r.right >= MAX_COLS || r.top > r.bottom || r.left > r.right) {
    throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (address ${address})`, 'Range.address');
  }
  return r;
}

/** Parses "B7", "A1:C3", "A:C", "3:5" (no sheet prefix). */
export function parseAddress(address: string): Rect {
  const a = address.trim();
  const parts = a.split(':');
  let m: RegExpExecArray | null;
  if ((m = COLS.exec(a))) {
    const l = columnNumber(m[1]) - 1;
    const r = columnNumber(m[2]) - 1;
    return checked({ top: 0, bottom: MAX_ROWS - 1, left: Math.min(l, r), right: Math.max(l, r) }, a);
  }
  if ((m = ROWS.exec(a))) {
    const t = Number(m[1]) - 1;
    const b = Number(m[2]) - 1;
    return checked({ top: Math.min(t, b), bottom: Math.max(t, b), left: 0, right: MAX_COLS - 1 }, a);
  }
  if (parts.length < 1 || parts.length > 2) throw invalidArgument(`Bad address ${address}`, 'Range.address');
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((c) => c === null)) throw invalidArgument(`Bad address ${address}`, 'Range.address');
  const [p, q = p] = cells as RegExpExecArray[];
  const r1 = Number(p[2]) - 1;
  const c1 = columnNumber(p[1]) - 1;
  const r2 = Number(q[2]) - 1;
  const c2 = columnNumber(q[1]) - 1;
  return checked({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) }, a);
}

export function formatRect(r: Rect): string {
  const a = `${columnLetter(r.left + 1)}${r.top + 1}`;
  const b = `${columnLetter(r.right + 1)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** How Excel writes a sheet name in an address: quoted when it holds anything but letters, digits, _ and CJK. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}
