/**
 * An in-memory spreadsheet host for property tests (issue 10): sheets of values with fills, notes,
 * merges, hidden rows and visibility; rows inserted and deleted as Excel does (everything below
 * moves, merges and marks with it). It reads snapshots and applies plans with the same rules as the
 * real hosts: the bookkeeping in a very hidden sheet (the shared grid), a generated sheet replaced
 * only when proven the product's by its fingerprint, a user sheet never written.
 */
import { cellAddress, parseCell, parseRange, sheetFingerprint, type CellValue, type MergedArea, type Snapshot, type WritePlan } from '../../src/core';
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, NOTHING_TO_ADD, type ApplyResult, type Bookkeeping, type BookkeepingIssue, type HostPort } from '../../src/host/port';
import { bookkeepingGrid, readBookkeepingGrid } from '../../src/host/shared/bookkeeping-grid';

export interface MemSheet {
  name: string;
  values: CellValue[][];
  merges: MergedArea[];
  hidden: Set<number>;
  fills: Map<string, string>;
  notes: Map<string, string>;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export function memSheet(name: string, values: CellValue[][] = [], state: MemSheet['state'] = 'visible'): MemSheet {
  return { name, values: values.map((r) => [...r]), merges: [], hidden: new Set(), fills: new Map(), notes: new Map(), state };
}

function shiftCell(a1: string, at: number, by: number): string | null {
  const p = parseCell(a1);
  if (!p) return a1;
  if (p.row < at) return a1;
  if (by < 0 && p.row < at - by) return null;
  return cellAddress(p.row + by, p.col);
}

function shiftMap(m: Map<string, string>, at: number, by: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of m) {
    const moved = shiftCell(k, at, by);
    if (moved !== null) out.set(moved, v);
  }
  return out;
}

export class MemoryHost implements HostPort {
  sheets: MemSheet[];
  /** How many plans were applied, refused. */
  applied = 0;

  constructor(
    sheets: MemSheet[],
    readonly fileName = '内存.xlsx',
  ) {
    this.sheets = sheets;
  }

  sheet(name: string): MemSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  // ---- the user's edits --------------------------------------------------------------------
  setValue(sheet: string, a1: string, v: CellValue): void {
    const p = parseCell(a1);
    if (!p) return;
    const s = this.sheet(sheet);
    while (s.values.length < p.row) s.values.push([]);
    const row = s.values[p.row - 1];
    while (row.length < p.col) row.push(null);
    row[p.col - 1] = v;
  }

  setFill(sheet: string, a1: string, fill: string | null): void {
    const s = this.sheet(sheet);
    if (fill === null) s.fills.delete(a1);
    else s.fills.set(a1, fill);
  }

  setNote(sheet: string, a1: string, note: string | null): void {
    const s = this.sheet(sheet);
    if (note === null) s.notes.delete(a1);
    else s.notes.set(a1, note);
  }

  /** Inserts `count` blank rows above row `at` (Excel: Insert → Entire row). */
  insertRows(sheet: string, at: number, count = 1): void {
    const s = this.sheet(sheet);
    while (s.values.length < at - 1) s.values.push([]);
    s.values.splice(at - 1, 0, ...Array.from({ length: count }, () => []));
    this.shift(s, at, count);
  }

  /** Deletes `count` rows from row `at` (Excel: Delete → Entire row). */
  deleteRows(sheet: string, at: number, count = 1): void {
    const s = this.sheet(sheet);
    s.values.splice(at - 1, count);
    this.shift(s, at, -count);
  }

  private shift(s: MemSheet, at: number, by: number): void {
    s.fills = shiftMap(s.fills, at, by);
    s.notes = shiftMap(s.notes, at, by);
    s.hidden = new Set([...s.hidden].flatMap((r) => (r < at ? [r] : by < 0 && r < at - by ? [] : [r + by])));
    s.merges = s.merges.flatMap((m): MergedArea[] => {
      if (m.bottom < at) return [m];
      if (by > 0) return m.top >= at ? [{ ...m, top: m.top + by, bottom: m.bottom + by }] : [{ ...m, bottom: m.bottom + by }];
      const gone = { from: at, to: at - by - 1 };
      const top = m.top > gone.to ? m.top + by : Math.min(m.top, gone.from);
      const bottom = m.bottom > gone.to ? m.bottom + by : gone.from - 1;
      return bottom >= top && (bottom > top || m.right > m.left) ? [{ ...m, top, bottom }] : [];
    });
  }

  // ---- HostPort ---------------------------------------------------------------------------
  private bookkeepingSheet(): MemSheet | undefined {
    return this.sheets.find((s) => s.name === BOOKKEEPING_SHEET && s.state === 'veryHidden');
  }

  stored(): { bookkeeping: Bookkeeping; issue: BookkeepingIssue | null } {
    const keep = this.bookkeepingSheet();
    const taken = this.sheets.find((s) => s.name === BOOKKEEPING_SHEET && s.state !== 'veryHidden');
    if (taken) return { bookkeeping: EMPTY_BOOKKEEPING, issue: { sheet: taken.name, reason: '这是您自己的工作表', nameTaken: true } };
    if (!keep) return { bookkeeping: EMPTY_BOOKKEEPING, issue: null };
    const read = readBookkeepingGrid(keep.values);
    return { bookkeeping: read.bookkeeping, issue: read.problem === null ? null : { sheet: keep.name, reason: read.problem, nameTaken: false } };
  }

  readSnapshot(): Promise<Snapshot> {
    const { bookkeeping, issue } = this.stored();
    const sheets = this.sheets
      .filter((s) => s !== this.bookkeepingSheet())
      .map((s) => ({
        name: s.name,
        values: s.values.map((r) => [...r]),
        merges: s.merges.map((m) => ({ ...m })),
        hiddenRows: [...s.hidden].sort((a, b) => a - b),
        fills: Object.fromEntries(s.fills),
        notes: Object.fromEntries(s.notes),
        visible: s.state === 'visible',
      }));
    return Promise.resolve({ fileName: this.fileName, sheets, bookkeeping, bookkeepingIssue: issue });
  }

  private proven(name: string, stored: Bookkeeping): boolean {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) return true;
    const expected = stored.fingerprints?.[name];
    return stored.generatedSheets.includes(name) && expected !== undefined && sheetFingerprint(s.values, s.merges) === expected;
  }

  applyPlan(plan: WritePlan): Promise<ApplyResult> {
    const { bookkeeping: stored } = this.stored();
    for (const p of plan.sheets) {
      if (p.name === BOOKKEEPING_SHEET) throw new Error('plan writes the bookkeeping sheet');
      if (!this.proven(p.name, stored)) throw new Error(`plan replaces the user's sheet ${p.name}`);
    }
    for (const name of plan.deleteSheets) if (!this.proven(name, stored)) throw new Error(`plan deletes the user's sheet ${name}`);
    for (const m of plan.clearMarks) {
      if (!this.sheets.some((s) => s.name === m.sheet)) continue;
      this.setFill(m.sheet, m.cell, m.fill);
      this.setNote(m.sheet, m.cell, m.note);
    }
    for (const m of plan.setMarks) {
      this.setFill(m.sheet, m.cell, m.fill);
      this.setNote(m.sheet, m.cell, m.note);
    }
    for (const p of plan.sheets) {
      const fresh = memSheet(p.name, p.values.map((r) => r.map((v) => v ?? null)));
      fresh.merges = p.merges.map((m) => parseRange(m)).filter((m): m is MergedArea => m !== null);
      const at = this.sheets.findIndex((s) => s.name === p.name);
      if (at >= 0) this.sheets[at] = fresh;
      else this.sheets.push(fresh);
    }
    this.sheets = this.sheets.filter((s) => !plan.deleteSheets.includes(s.name) || plan.sheets.some((p) => p.name === s.name));
    const taken = this.sheets.some((s) => s.name === BOOKKEEPING_SHEET && s.state !== 'veryHidden');
    if (!taken) {
      const grid = bookkeepingGrid(plan.bookkeeping).map((r) => r.map((v) => v));
      const keep = this.bookkeepingSheet();
      if (keep) keep.values = grid;
      else this.sheets.push(memSheet(BOOKKEEPING_SHEET, grid, 'veryHidden'));
    }
    this.applied++;
    return Promise.resolve(NOTHING_TO_ADD);
  }

  selectCell(): Promise<void> {
    return Promise.resolve();
  }
}
