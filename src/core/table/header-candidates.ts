/**
 * Header candidates of one sheet: a one-row header at row r, or a two-row header at rows r, r+1
 * (group cells merged across their sub-columns; single columns merged over both rows, or written
 * only in the top or only in the bottom row). Every column whose header matches a counted item
 * counts for it (CONTRACT.md §7: 视察活动 + 调研活动 + 考察活动 → inspections, summed by the
 * reader); an identity key bound twice keeps its first (leftmost) column. A 「其中：采用」
 * column not matched under its group belongs to the nearest column on its left that it
 * qualifies (社情民意 → adopted/instructed, 提案 → accepted).
 */
import { QUALIFIERS, qualifierFamily } from '../columns';
import type { ColumnBinding } from '../types';
import type { HeaderGrid } from './header-grid';
import { qualifierOf, type HeaderMatcher } from './match-header';
import { headerAsWritten } from './normalize-header';

export interface HeaderCandidate {
  readonly headerRows: readonly number[];
  readonly columns: readonly ColumnBinding[];
}

/** Title rows may sit above the header: a header may start in any of the first SEARCH_ROWS rows. */
export const SEARCH_ROWS = 30;

class Bindings {
  readonly list: ColumnBinding[] = [];
  private readonly identityKeys = new Set<string>();
  /** 「其中…」 columns not matched directly: column → its qualifier word and header. */
  private readonly qualified = new Map<number, { word: string; header: string; second: boolean }>();
  /** Whether a 「其中…」 column written in the second header row was bound. */
  secondRowQualifier = false;

  /** Returns whether the column was bound. */
  add(match: { key: string; kind: ColumnBinding['kind'] } | null, col: number, header: string, text: string = header, second = false): boolean {
    if (!match) {
      const word = qualifierOf(text);
      if (word !== null) this.qualified.set(col, { word, header, second });
      return false;
    }
    if (match.kind === 'identity') {
      if (this.identityKeys.has(match.key)) return false;
      this.identityKeys.add(match.key);
    }
    this.list.push({ key: match.key, kind: match.kind, col, header });
    return true;
  }

  /** Binds each 「其中…」 column to the item of the nearest column on its left that it qualifies (other 其中 columns skipped). */
  finish(): ColumnBinding[] {
    for (const [col, { word, header, second }] of [...this.qualified].sort((a, b) => a[0] - b[0])) {
      const left = this.list.filter((x) => x.col < col && x.kind !== 'identity' && !this.qualifierColumn(x.col)).sort((a, b) => b.col - a.col)[0];
      const family = left === undefined ? null : qualifierFamily(left.key);
      const key = family === null ? undefined : QUALIFIERS[family].get(word);
      if (key === undefined) continue;
      this.list.push({ key, kind: 'count', col, header });
      if (second) this.secondRowQualifier = true;
    }
    return this.list;
  }

  private qualifierColumn(col: number): boolean {
    return this.qualified.has(col) || this.list.some((x) => x.col === col && qualifierOf(x.header.split('/').pop() ?? x.header) !== null);
  }
}

export function oneRowHeader(grid: HeaderGrid, matcher: HeaderMatcher, r: number): HeaderCandidate {
  const b = new Bindings();
  for (let c = 1; c <= grid.width; c++) {
    const text = grid.ownText(r, c);
    if (text !== '') b.add(matcher.single(text), c, headerAsWritten(text));
  }
  return { headerRows: [r], columns: b.finish() };
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
    if (b.add(matcher.pair(group, sub), c, header, sub || group, sub !== '') && sub !== '') usesSecondRow = true;
  }
  const columns = b.finish();
  return { headerRows: [r, r + 1], columns, usesSecondRow: usesSecondRow || b.secondRowQualifier };
}

/**
 * Whether row r is a group row over sub-headers (CONTRACT.md §7): a cell merged across columns
 * in row r only, with text under it in row r+1, not over the name column and not alone in its
 * row (either would make it a title). Such a row is the top of a two-row header, so a group row
 * is never read as a one-row header with its sub-header row as a member.
 */
function isGroupRow(grid: HeaderGrid, r: number, nameCols: readonly number[]): boolean {
  for (let c = 1; c <= grid.width; c++) {
    const m = grid.mergeAt(r, c);
    if (!m || m.top !== r || m.bottom !== r || m.left !== c || m.right === m.left) continue;
    if (grid.ownText(r, c) === '' || nameCols.some((n) => n >= m.left && n <= m.right)) continue;
    let subs = false;
    for (let s = m.left; s <= m.right && !subs; s++) subs = grid.ownText(r + 1, s) !== '';
    let others = false;
    for (let o = 1; o <= grid.width && !others; o++) others = (o < m.left || o > m.right) && grid.ownText(r, o) !== '';
    if (subs && others) return true;
  }
  return false;
}

export function isValidHeader(c: HeaderCandidate): boolean {
  return c.columns.some((b) => b.key === 'name') && c.columns.some((b) => b.kind === 'count' || b.kind === 'flag');
}

/**
 * The best header of a sheet: the candidate with most recognised columns (earliest on ties), or null.
 * A two-row reading at r is taken when it uses row r+1 at all and either row r is a group row
 * (merged group cells over matching sub-headers), or it recognises at least as much as the
 * one-row reading at r and more than the one-row reading at r+1: so a title merged over the
 * header stays a title, a data row is never read as sub-headers, a group row is never read as a
 * one-row header with its sub-headers as a member, and a blank row after a one-row header is a
 * (skipped) data row.
 */
export function bestHeader(grid: HeaderGrid, matcher: HeaderMatcher): HeaderCandidate | null {
  const last = Math.min(SEARCH_ROWS, grid.lastRow);
  let best: HeaderCandidate | null = null;
  let next = oneRowHeader(grid, matcher, 1);
  for (let r = 1; r <= last; r++) {
    const one = next;
    next = oneRowHeader(grid, matcher, r + 1);
    const two = twoRowHeader(grid, matcher, r);
    const nameCols = [...one.columns, ...two.columns].filter((b) => b.key === 'name').map((b) => b.col);
    const byCount = two.columns.length >= one.columns.length && two.columns.length > next.columns.length;
    const take = two.usesSecondRow && isValidHeader(two) && (byCount || isGroupRow(grid, r, nameCols)) ? two : one;
    if (isValidHeader(take) && (best === null || take.columns.length > best.columns.length)) best = take;
  }
  return best;
}
