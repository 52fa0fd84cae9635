/**
 * Members and columns of the current table as marks see them (issue 10 point 4): a mark is
 * anchored to its member (委员编号, else name and unit) and its column's key, so after a row is
 * inserted, deleted or the table sorted, the earlier mark is looked for on that member's row.
 * A member key held by two rows (a duplicate) points nowhere: the mark is then found by address.
 */
import { cellAddress, parseCell } from '../a1';
import type { MarkAnchor } from '../snapshot';
import type { MemberRecord, TableLocation } from '../types';
import type { MarkTable } from './marks';

function memberKey(m: MemberRecord): string {
  const id = (m.memberId ?? '').replace(/\s+/g, '');
  if (id !== '') return `编号:${id}`;
  return `姓名:${m.name}｜单位:${(m.unit ?? '').replace(/\s+/g, '')}`;
}

export function markTable(location: TableLocation, members: readonly MemberRecord[]): MarkTable {
  const rowOf = new Map<string, number | null>();
  const keyOfRow = new Map<number, string>();
  for (const m of members) {
    const key = memberKey(m);
    rowOf.set(key, rowOf.has(key) ? null : m.row);
    keyOfRow.set(m.row, key);
  }
  const colOf = new Map<string, number>();
  const keyOfCol = new Map<number, string>();
  for (const b of location.columns) {
    if (colOf.has(b.key)) continue;
    colOf.set(b.key, b.col);
    keyOfCol.set(b.col, b.key);
  }
  return {
    sheet: location.sheet,
    anchorOf(cell: string): MarkAnchor | null {
      const at = parseCell(cell);
      const member = at ? keyOfRow.get(at.row) : undefined;
      if (!at || member === undefined) return null;
      return { member, key: keyOfCol.get(at.col) ?? null };
    },
    cellOf(anchor: MarkAnchor): string | null {
      const row = rowOf.get(anchor.member);
      const col = anchor.key === null ? undefined : colOf.get(anchor.key);
      return row === undefined || row === null || col === undefined ? null : cellAddress(row, col);
    },
  };
}
