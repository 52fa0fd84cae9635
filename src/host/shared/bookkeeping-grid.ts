/**
 * The layout of the very hidden bookkeeping sheet, as a plain grid (no exceljs): every host stores
 * Bookkeeping in a sheet this way, so a workbook keeps its records across hosts.
 *
 *   A1 `duty-stats bookkeeping`  B1 version (2)  C1 checksum of rows 2… (the core's Fingerprint)
 *   row 2: kind | sheet | cell | fill | note | previousFill | previousNote | member | key | fingerprint
 *   rows 3…: `generated | <sheet name> | … | <content fingerprint>` (columns C–I blank)
 *            `mark | <sheet> | <cell> | <fill> | <note> | <previous fill> | <previous note> | <member> | <key>`
 * A blank previousFill/previousNote/key cell means "none" (null).
 *
 * Version 2 (issue 10 point 10) adds the fingerprints of generated sheets, the marks' anchors and
 * the checksum. A grid that does not verify (another version, a wrong checksum, anything garbled)
 * is not used: the reader says why, and nothing it lists is touched.
 */
import { Fingerprint, fingerprintText } from '../../core';
import { EMPTY_BOOKKEEPING, type Bookkeeping, type CellValue, type MarkRecord } from '../port';

export const BOOKKEEPING_MARKER = 'duty-stats bookkeeping';
export const BOOKKEEPING_VERSION = 2;
export const BOOKKEEPING_HEADER = ['kind', 'sheet', 'cell', 'fill', 'note', 'previousFill', 'previousNote', 'member', 'key', 'fingerprint'] as const;

type GridValue = string | number | null;

function checksum(rows: readonly (readonly (CellValue | undefined)[])[]): string {
  const fp = new Fingerprint();
  for (const row of rows) {
    for (let c = 0; c < BOOKKEEPING_HEADER.length; c++) fp.add(fingerprintText(row[c] ?? null));
  }
  return fp.hex();
}

export function bookkeepingGrid(bookkeeping: Bookkeeping): GridValue[][] {
  const rows: GridValue[][] = [[...BOOKKEEPING_HEADER]];
  for (const name of bookkeeping.generatedSheets) rows.push(['generated', name, null, null, null, null, null, null, null, bookkeeping.fingerprints?.[name] ?? null]);
  for (const m of bookkeeping.marks) rows.push(['mark', m.sheet, m.cell, m.fill, m.note, m.previousFill, m.previousNote, m.anchor?.member ?? null, m.anchor?.key ?? null, null]);
  return [[BOOKKEEPING_MARKER, BOOKKEEPING_VERSION, checksum(rows)], ...rows];
}

export interface ReadBookkeeping {
  readonly bookkeeping: Bookkeeping;
  /** Why the grid was not used (in Chinese), or null when it verified (or there is none). */
  readonly problem: string | null;
}

const ignored = (problem: string): ReadBookkeeping => ({ bookkeeping: EMPTY_BOOKKEEPING, problem });

/** Reads the grid back and verifies it; anything unexpected gives EMPTY_BOOKKEEPING and the reason. */
export function readBookkeepingGrid(values: readonly (readonly CellValue[])[]): ReadBookkeeping {
  const [first, header, ...rest] = values;
  if (!first || first[0] !== BOOKKEEPING_MARKER) return values.some((r) => r.some((v) => v !== null && v !== '')) ? ignored('不是本程序的记录格式') : { bookkeeping: EMPTY_BOOKKEEPING, problem: null };
  if (first[1] !== BOOKKEEPING_VERSION) return ignored(`记录格式版本为 ${fingerprintText(first[1] ?? null) || '未知'}，本程序只认第 ${BOOKKEEPING_VERSION} 版`);
  if (!header || BOOKKEEPING_HEADER.some((h, i) => header[i] !== h)) return ignored('表头不符');
  // Trailing blank rows (an older, longer record overwritten by a shorter one) are not part of it.
  let end = rest.length;
  while (end > 0 && rest[end - 1].every((v) => v === null || v === '')) end--;
  const rows = rest.slice(0, end);
  if (first[2] !== checksum([header, ...rows])) return ignored('校验码不符，记录可能被改动过');
  const generatedSheets: string[] = [];
  const fingerprints: Record<string, string> = Object.create(null) as Record<string, string>;
  const marks: MarkRecord[] = [];
  for (const row of rows) {
    const kind = row[0] ?? null;
    if (kind === 'generated') {
      // A generated sheet without a fingerprint is listed but never proven the product's (never replaced).
      const [name, fingerprint] = [text(row[1]), text(row[9])];
      if (name === null) return ignored('记录不完整');
      if (!generatedSheets.includes(name)) generatedSheets.push(name);
      if (fingerprint !== null) fingerprints[name] = fingerprint;
    } else if (kind === 'mark') {
      const [sheet, cell, fill, note] = [text(row[1]), text(row[2]), text(row[3]), text(row[4])];
      if (sheet === null || cell === null || fill === null || note === null) return ignored('记录不完整');
      const member = text(row[7]);
      const mark: MarkRecord = { sheet, cell, fill, note, previousFill: text(row[5]), previousNote: text(row[6]) };
      marks.push(member === null ? mark : { ...mark, anchor: { member, key: text(row[8]) } });
    } else {
      return ignored('记录中有无法识别的行');
    }
  }
  const any = Object.keys(fingerprints).length > 0;
  return { bookkeeping: { generatedSheets, ...(any ? { fingerprints } : {}), marks }, problem: null };
}

/** The verified bookkeeping, or EMPTY_BOOKKEEPING. */
export function parseBookkeepingGrid(values: readonly (readonly CellValue[])[]): Bookkeeping {
  return readBookkeepingGrid(values).bookkeeping;
}

function text(v: CellValue | undefined): string | null {
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return String(v);
  return null;
}
