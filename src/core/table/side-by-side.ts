/**
 * A second member table beside the first (issue 10 point 9): a column of names with counted
 * items to its right, after at least one blank column. It is not read (its rows would be taken
 * for the first table's, or its columns for the first table's items): the columns it brought into
 * the first table's header are dropped, and a warning names its range.
 */
import { cellAddress, rangeAddress } from '../a1';
import { finding } from '../findings';
import type { SheetSnapshot } from '../snapshot';
import type { ColumnBinding, Finding, TableLocation } from '../types';
import { SEARCH_ROWS } from './header-candidates';
import { lastContentRow } from './header-grid';
import { headerMatcher } from './match-header';
import { cellText, isBlank } from './text';

export interface SideBySide {
  /** The location without the second table's columns. */
  readonly location: TableLocation;
  readonly finding: Finding | null;
}

const matcher = headerMatcher([]);

function textAt(sheet: SheetSnapshot, r: number, c: number): string {
  const v = sheet.values[r - 1]?.[c - 1] ?? null;
  return isBlank(v) ? '' : cellText(v);
}

function isName(text: string): boolean {
  return text !== '' && matcher.single(text)?.key === 'name';
}

function isCounted(text: string): boolean {
  const kind = text === '' ? null : matcher.single(text)?.kind;
  return kind === 'count' || kind === 'flag';
}

/** Whether column c is blank in rows top…bottom. */
function blankColumn(sheet: SheetSnapshot, c: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) if (textAt(sheet, r, c) !== '') return false;
  return true;
}

/** The first header cell of a name column right of `from`, with a counted header to its right in the same row, after a blank column. */
function secondHeader(sheet: SheetSnapshot, from: number, rows: readonly number[]): { row: number; col: number } | null {
  for (const r of rows) {
    const width = sheet.values[r - 1]?.length ?? 0;
    for (let c = from + 1; c <= width; c++) {
      if (!isName(textAt(sheet, r, c))) continue;
      let counted = false;
      for (let k = c + 1; k <= width && !counted; k++) counted = isCounted(textAt(sheet, r, k));
      if (!counted) continue;
      // A blank column between the tables, at the second header's row.
      for (let g = from + 1; g < c; g++) if (blankColumn(sheet, g, r, r)) return { row: r, col: c };
    }
  }
  return null;
}

export function sideBySide(sheet: SheetSnapshot, location: TableLocation): SideBySide {
  const nameCol = location.columns.find((b) => b.key === 'name')?.col;
  if (nameCol === undefined) return { location, finding: null };
  const lastHeader = location.headerRows[location.headerRows.length - 1];
  const firstHeader = location.headerRows[0];
  // Same header row first (then its columns entered the first table's header), else any row of the search area.
  const rows = [...location.headerRows, ...Array.from({ length: SEARCH_ROWS }, (_, i) => i + 1).filter((r) => !location.headerRows.includes(r))];
  const second = secondHeader(sheet, nameCol, rows);
  if (!second) return { location, finding: null };
  const kept: ColumnBinding[] = location.columns.filter((b) => b.col < second.col);
  // Its extent: the last row and column holding anything from its name column rightwards.
  let right = second.col;
  let bottom = second.row;
  for (let r = second.row; r <= lastContentRow(sheet); r++) {
    const row = sheet.values[r - 1] ?? [];
    for (let c = row.length; c >= second.col; c--) {
      if (textAt(sheet, r, c) === '') continue;
      right = Math.max(right, c);
      bottom = r;
      break;
    }
  }
  const top = second.row >= firstHeader && second.row <= lastHeader ? firstHeader : second.row;
  const range = rangeAddress(top, second.col, bottom, right);
  const f = finding('table.side_by_side', { sheet: sheet.name, cell: cellAddress(top, second.col), row: top, member: null }, { sheet: sheet.name, range });
  return { location: { ...location, columns: kept }, finding: f };
}
