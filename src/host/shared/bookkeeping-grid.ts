/**
 * The layout of the very hidden bookkeeping sheet, as a plain grid (no exceljs): any host that
 * stores Bookkeeping in a sheet can use it, so a workbook keeps its records across hosts.
 *
 *   A1 `duty-stats bookkeeping`  B1 version (1)
 *   row 2: kind | sheet | cell | fill | note | previousFill | previousNote
 *   rows 3…: `generated | <sheet name>` or `mark | <sheet> | <cell> | <fill> | <note> | <previous fill> | <previous note>`
 * A blank previousFill/previousNote cell means "none" (null).
 */
import { EMPTY_BOOKKEEPING, type Bookkeeping, type CellValue, type MarkRecord } from '../port';

export const BOOKKEEPING_MARKER = 'duty-stats bookkeeping';
export const BOOKKEEPING_VERSION = 1;
export const BOOKKEEPING_HEADER = ['kind', 'sheet', 'cell', 'fill', 'note', 'previousFill', 'previousNote'] as const;

export function bookkeepingGrid(bookkeeping: Bookkeeping): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [[BOOKKEEPING_MARKER, BOOKKEEPING_VERSION], [...BOOKKEEPING_HEADER]];
  for (const name of bookkeeping.generatedSheets) rows.push(['generated', name]);
  for (const m of bookkeeping.marks) rows.push(['mark', m.sheet, m.cell, m.fill, m.note, m.previousFill, m.previousNote]);
  return rows;
}

/** Reads the grid back; anything unexpected (a garbled or foreign sheet) gives EMPTY_BOOKKEEPING. */
export function parseBookkeepingGrid(values: readonly (readonly CellValue[])[]): Bookkeeping {
  const [first, header, ...rows] = values;
  if (!first || first[0] !== BOOKKEEPING_MARKER || first[1] !== BOOKKEEPING_VERSION) return EMPTY_BOOKKEEPING;
  if (!header || BOOKKEEPING_HEADER.some((h, i) => header[i] !== h)) return EMPTY_BOOKKEEPING;
  const generatedSheets: string[] = [];
  const marks: MarkRecord[] = [];
  for (const row of rows) {
    const kind = row[0] ?? null;
    if (kind === null && row.every((v) => v === null || v === '')) continue;
    if (kind === 'generated') {
      const name = text(row[1]);
      if (name === null) return EMPTY_BOOKKEEPING;
      if (!generatedSheets.includes(name)) generatedSheets.push(name);
    } else if (kind === 'mark') {
      const [sheet, cell, fill, note] = [text(row[1]), text(row[2]), text(row[3]), text(row[4])];
      if (sheet === null || cell === null || fill === null || note === null) return EMPTY_BOOKKEEPING;
      marks.push({ sheet, cell, fill, note, previousFill: text(row[5]), previousNote: text(row[6]) });
    } else {
      return EMPTY_BOOKKEEPING;
    }
  }
  return { generatedSheets, marks };
}

function text(v: CellValue | undefined): string | null {
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return String(v);
  return null;
}
