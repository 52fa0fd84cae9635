/** A1 addresses: 1-based column numbers ↔ letters. */

/** Letters of the columns seen so far, by number: addresses are built for every cell of large tables. */
const LETTERS: string[] = [];
const LAST_CACHED_COLUMN = 16384;

export function columnLetter(col: number): string {
  const cached = LETTERS[col];
  if (cached !== undefined) return cached;
  if (!Number.isInteger(col) || col < 1) throw new Error(`bad column number ${col}`);
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (col <= LAST_CACHED_COLUMN) LETTERS[col] = s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  const b = cellAddress(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses "B7" into { row: 7, col: 2 }; null when not an address. */
export function parseCell(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Parses "A1:C3" or "B2" into inclusive bounds; null when not a range. */
export function parseRange(a1: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = a1.split(':');
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
