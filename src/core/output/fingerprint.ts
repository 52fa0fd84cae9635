/**
 * Content fingerprints (issue 10 point 10): a generated sheet is replaced only when its content
 * is still exactly what the product wrote, and the bookkeeping sheet verifies as a whole. The
 * fingerprint covers every non-empty cell (its place and its value as text; numbers to 12
 * significant digits, line breaks as \n), skipping the cells a merged area covers, so a sheet
 * gives the same fingerprint from the plan that wrote it and from any host that reads it back.
 * Two FNV-1a 32-bit hashes with different offsets, as 16 hex digits: not a secret (nothing in a
 * workbook can be), but no edit, copy or hand-made sheet matches by chance.
 */
import type { CellValue, MergedArea } from '../snapshot';

const PRIME = 0x01000193;

export class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x2a8c1b4d;

  add(text: string): this {
    let { a, b } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ (c & 0xff), PRIME);
      a = Math.imul(a ^ (c >>> 8), PRIME);
      b = Math.imul(b ^ (c >>> 8), PRIME);
      b = Math.imul(b ^ (c & 0xff), PRIME);
    }
    // A separator, so ("ab","c") and ("a","bc") differ.
    this.a = Math.imul(a ^ 0x1f, PRIME);
    this.b = Math.imul(b ^ 0x1e, PRIME);
    return this;
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

/**
 * Text as every host keeps it: line breaks as \n, without the control characters XML cannot hold
 * (a .xlsx file drops them), without trailing white space (hosts differ in keeping it).
 */
export function plainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/\s+$/, '');
}

/** A cell value as the fingerprint sees it; '' for an empty cell. */
export function fingerprintText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toPrecision(12))) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return plainText(v);
  return 'error' in v ? v.error : `=${v.formula}`;
}

/** The fingerprint of a sheet's content: `values[r-1][c-1]` at row r, column c; merged areas given as areas. */
export function sheetFingerprint(values: readonly (readonly (CellValue | undefined)[] | undefined)[], merges: readonly MergedArea[]): string {
  const covered = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * 16385 + c);
  }
  const fp = new Fingerprint();
  values.forEach((row, i) => {
    row?.forEach((v, j) => {
      const text = fingerprintText(v);
      if (text === '' || covered.has((i + 1) * 16385 + j + 1)) return;
      fp.add(`${i + 1},${j + 1}`).add(text);
    });
  });
  return fp.hex();
}
