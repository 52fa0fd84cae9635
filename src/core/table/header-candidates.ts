/**
 * Header candidates of one sheet: a one-row header at row r, or a two-row header at rows r, r+1
 * (group cells merged across their sub-columns; single columns merged over both rows, or written
 * only in the top or only in the bottom row). A key bound twice keeps its first (leftmost) column;
 * later columns with the same key are ignored.
 */
import type { ColumnBinding } from '../types';
import type { HeaderGrid } from './header-grid';
import type { HeaderMatcher } from './match-header';
import { headerAsWritten } from './normalize-header';

export interface HeaderCandidate {
  readonly headerRows: readonly number[];
  readonly columns: readonly ColumnBinding[];
}

/** Title rows may sit above the header: a header may start in any of the first SEARCH_ROWS rows. */
export const SEARCH_ROWS = 30;

class Bindings {
  readonly list: ColumnBinding[] = [];
  private readonly keys = new Set<string>();

  /** Returns whether the column was bound. */
  add(match: { key: string; kind: ColumnBinding['kind'] } | null, col: number, header: string): boolean {
    if (!match || this.keys.has(match.key)) return false;
    this.keys.add(match.key);
    this.list.push({ key: match.key, kind: match.kind, col, header });
    return true;
  }
}

export function oneRowHeader(grid: HeaderGrid, matcher: HeaderMatcher, r: number): HeaderCandidate {
  const b = new Bindings();
  for (let c = 1; c <= grid.width; c++) {
    const text = grid.ownText(r, c);
    if (text !== '') b.add(matcher.single(text), c, headerAsWritten(text));
  }
  return { headerRows: [r], columns: b.list };
}

/** A two-row reading; `usesSecondRow` is false when no bound column has anything in row r+1. */
export function twoRowHeader(grid: HeaderGrid, matcher: HeaderMatcher, r: number): HeaderCandidate & { readonly usesSecondRow: boolean } {
  const b = new Bindings();
  let usesSecondRow = false;
  // A known group written in one unmerged cell applies to the empty top cells to its right.
  let openGroup: string | null = null;
  for (let c = 1; c <= grid.width; c++) {
    const m = grid.mergeAt(r, c);
    if (m && m.top < r) {
      openGroup = null;
      continue;
    }
    if (m && m.bottom > r) {
      openGroup = null;
      const text = grid.ownText(r, c);
      if (text !== '' && b.add(matcher.single(text), c, headerAsWritten(text))) usesSecondRow = true;
      continue;
    }
    let group = grid.ownText(r, c);
    if (group !== '') openGroup = !m && matcher.isGroup(group) ? group : null;
    else if (!m && openGroup !== null) group = openGroup;
    const sub = grid.ownText(r + 1, c);
    if (group === '' && sub === '') continue;
    const header = group !== '' && sub !== '' ? `${headerAsWritten(group)}/${headerAsWritten(sub)}` : headerAsWritten(group || sub);
    if (b.add(matcher.pair(group, sub), c, header) && sub !== '') usesSecondRow = true;
  }
  return { headerRows: [r, r + 1], columns: b.list, usesSecondRow };
}

export function isValidHeader(c: HeaderCandidate): boolean {
  return c.columns.some((b) => b.key === 'name') && c.columns.some((b) => b.kind === 'count' || b.kind === 'flag');
}

/**
 * The best header of a sheet: the candidate with most recognised columns (earliest on ties), or null.
 * A two-row reading at r is taken only when it recognises at least as much as the one-row reading
 * at r and more than the one-row reading at r+1, and uses row r+1 at all: so a title merged over
 * the header stays a title, a data row is never read as sub-headers, and a blank row after a
 * one-row header is a (skipped) data row.
 */
export function bestHeader(grid: HeaderGrid, matcher: HeaderMatcher): HeaderCandidate | null {
  const last = Math.min(SEARCH_ROWS, grid.lastRow);
  let best: HeaderCandidate | null = null;
  let next = oneRowHeader(grid, matcher, 1);
  for (let r = 1; r <= last; r++) {
    const one = next;
    next = oneRowHeader(grid, matcher, r + 1);
    const two = twoRowHeader(grid, matcher, r);
    const take = two.usesSecondRow && isValidHeader(two) && two.columns.length >= one.columns.length && two.columns.length > next.columns.length ? two : one;
    if (isValidHeader(take) && (best === null || take.columns.length > best.columns.length)) best = take;
  }
  return best;
}
