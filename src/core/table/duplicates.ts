/**
 * The same member twice (same name and same unit — no unit equals no unit — or the same non-empty
 * 委员编号): member.duplicate on every occurrence after the first, and the first occurrence's row
 * pending. Same name with different units: member.same_name on every occurrence of that name.
 * One pass with hash maps: linear in the number of rows.
 */
import { finding } from '../findings';
import type { Finding, MemberRecord } from '../types';
import { countWord } from './chinese-numerals';
import { compact } from './text';

interface NameEntry {
  readonly rows: number[];
  readonly cells: string[];
  readonly units: Set<string>;
}

export class DuplicateTracker {
  private readonly byNameUnit = new Map<string, number>();
  private readonly byId = new Map<string, number>();
  private readonly byName = new Map<string, NameEntry>();
  readonly pendingRows = new Set<number>();

  constructor(private readonly sheet: string) {}

  /** Registers a member; returns member.duplicate when an earlier row is the same member. */
  add(m: MemberRecord, memberIdCell: string | null): Finding | null {
    const unit = compact(m.unit ?? '');
    const nameUnit = `${m.name}\u0001${unit}`;
    const id = m.memberId === null ? '' : compact(m.memberId);
    const entry = this.byName.get(m.name) ?? { rows: [], cells: [], units: new Set<string>() };
    entry.rows.push(m.row);
    entry.cells.push(m.nameCell);
    entry.units.add(unit);
    this.byName.set(m.name, entry);

    let dup: Finding | null = null;
    const sameId = id === '' ? undefined : this.byId.get(id);
    const sameNameUnit = this.byNameUnit.get(nameUnit);
    if (sameId !== undefined) dup = this.duplicate(m, memberIdCell ?? m.nameCell, sameId, '委员编号相同');
    else if (sameNameUnit !== undefined) dup = this.duplicate(m, m.nameCell, sameNameUnit, unit === '' ? '姓名相同且均未填工作单位' : '姓名和工作单位相同');
    if (id !== '' && sameId === undefined) this.byId.set(id, m.row);
    if (sameNameUnit === undefined) this.byNameUnit.set(nameUnit, m.row);
    return dup;
  }

  private duplicate(m: MemberRecord, cell: string, firstRow: number, reason: string): Finding {
    this.pendingRows.add(firstRow);
    return finding('member.duplicate', { sheet: this.sheet, cell, row: m.row, member: m.name }, { firstRow, reason });
  }

  /** member.same_name on each occurrence of a name held by rows with different units. */
  sameNameFindings(): Finding[] {
    const out: Finding[] = [];
    for (const [name, e] of this.byName) {
      if (e.units.size < 2) continue;
      const rows = e.rows.join('、');
      // 「两位」 only for two: three or more are counted (issue 10 point 15).
      const params = { rows, count: countWord(e.rows.length), countEn: String(e.rows.length) };
      e.rows.forEach((row, i) => out.push(finding('member.same_name', { sheet: this.sheet, cell: e.cells[i], row, member: name }, params)));
    }
    return out;
  }
}
