/**
 * Cell marks on the member table (CONTRACT.md section 5): fill and note per error/warning cell,
 * removable on re-run — and, since issue 10 point 4, the product's only while they are exactly as
 * it left them:
 * - an earlier mark is looked for where its member now is (its anchor: the member's row, the
 *   item's column), then at its recorded address, then as the one cell of its sheet holding
 *   exactly its fill and note; it is the product's only where that cell still holds exactly the
 *   fill and note the product wrote. There it is cleared (the cell gets back what the mark
 *   replaced), so a stale mark never survives a run.
 * - a mark the user changed since (a new fill, a note added to) is the user's: left as it is,
 *   and forgotten. Whatever the user did stays.
 * - a new mark remembers what it replaces: the cell's state before the earlier mark where that mark
 *   was found on the same cell, else the cell's current fill and note, whole.
 */
import { cellAddress, parseCell } from '../a1';
import type { MarkClear } from '../plan';
import type { MarkAnchor, MarkRecord, SheetSnapshot, Snapshot } from '../snapshot';
import type { Finding } from '../types';
import { plainText } from './fingerprint';

export const MARK_FILL = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/** Starts the product's part of a note, so a user's own note above it stays readable. */
export const NOTE_TAG = '【履职统计】';

export interface MarkPlan {
  /** Earlier marks still exactly as the product left them, restored to what the cell had before. */
  readonly clear: readonly MarkClear[];
  /** New marks for error and warning findings with a cell on the member sheet. */
  readonly set: readonly MarkRecord[];
  /** Earlier marks not found as the product left them (the user changed or removed them): left alone, forgotten. */
  readonly released: number;
}

/** Where members and columns are in the current table, for marks that follow their member. */
export interface MarkTable {
  readonly sheet: string;
  /** The anchor of a cell of the table, or null outside it. */
  anchorOf(cell: string): MarkAnchor | null;
  /** The cell an anchor points at now, or null when its member or column is gone (or ambiguous). */
  cellOf(anchor: MarkAnchor): string | null;
}

function sameFill(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

function sameNote(a: string | null | undefined, b: string | null | undefined): boolean {
  return plainText(a ?? '') === plainText(b ?? '');
}

/** Whether the cell holds exactly the mark's fill and note. */
function holds(sheet: SheetSnapshot, cell: string, m: MarkRecord): boolean {
  return sameFill(sheet.fills?.[cell], m.fill) && sameNote(sheet.notes?.[cell], m.note);
}

/** The earlier marks still on their cells as the product left them, by sheet and current cell. */
function verifiedMarks(snapshot: Snapshot, table: MarkTable | null): { found: Map<string, MarkRecord>; released: number } {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const byNote = new Map<string, Map<string, string[]>>();
  const cellsWithNote = (sheet: SheetSnapshot, note: string): string[] => {
    let index = byNote.get(sheet.name);
    if (!index) {
      index = new Map();
      for (const [cell, text] of Object.entries(sheet.notes ?? {})) {
        const key = plainText(text);
        index.set(key, [...(index.get(key) ?? []), cell]);
      }
      byNote.set(sheet.name, index);
    }
    return index.get(plainText(note)) ?? [];
  };
  const found = new Map<string, MarkRecord>();
  const claim = (m: MarkRecord, sheet: SheetSnapshot, candidates: readonly (string | null)[]): boolean => {
    const at = candidates.find((c): c is string => c !== null && !found.has(markKey(m.sheet, c)) && holds(sheet, c, m));
    if (at !== undefined) found.set(markKey(m.sheet, at), { ...m, cell: at });
    return at !== undefined;
  };
  // First where the member is, then at the recorded address; only then, for marks found neither
  // way, the one unclaimed cell of the sheet holding exactly the mark (never a cell another mark holds).
  const unresolved: { m: MarkRecord; sheet: SheetSnapshot }[] = [];
  let released = 0;
  for (const m of snapshot.bookkeeping.marks) {
    const sheet = sheets.get(m.sheet);
    if (!sheet) {
      released++;
      continue;
    }
    const byAnchor = m.anchor && table && table.sheet === m.sheet ? table.cellOf(m.anchor) : null;
    if (!claim(m, sheet, [byAnchor])) unresolved.push({ m, sheet });
  }
  const later: { m: MarkRecord; sheet: SheetSnapshot }[] = [];
  for (const u of unresolved) if (!claim(u.m, u.sheet, [normalCell(u.m.cell)])) later.push(u);
  for (const { m, sheet } of later) {
    const exact = cellsWithNote(sheet, m.note).filter((c) => holds(sheet, c, m) && !found.has(markKey(m.sheet, c)));
    if (!(exact.length === 1 && claim(m, sheet, exact))) released++;
  }
  return { found, released };
}

/**
 * Plans marks: earlier marks verified and cleared; each error/warning cell of `sheet` gets the fill
 * of its most severe finding and a note with the messages. `sheet` null → only clearing.
 */
export function planMarks(snapshot: Snapshot, sheet: SheetSnapshot | null, findings: readonly Finding[], table: MarkTable | null = null): MarkPlan {
  const { found, released } = verifiedMarks(snapshot, table);
  const clear: MarkClear[] = [...found.values()].map((m) => ({ sheet: m.sheet, cell: m.cell, fill: m.previousFill, note: m.previousNote }));
  if (sheet === null) return { clear, set: [], released };

  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === 'info' || f.cell === null || f.sheet !== sheet.name) continue;
    const cell = normalCell(f.cell);
    const list = byCell.get(cell);
    if (list) list.push(f);
    else byCell.set(cell, [f]);
  }

  const anchored = table !== null && table.sheet === sheet.name;
  const set: MarkRecord[] = [...byCell.entries()]
    .sort((a, b) => compareCells(a[0], b[0]))
    .map(([cell, list]) => {
      const before = found.get(markKey(sheet.name, cell));
      const previousFill = before ? before.previousFill : (sheet.fills?.[cell] ?? null);
      const previousNote = before ? before.previousNote : (sheet.notes?.[cell] ?? null);
      const fill = list.some((f) => f.severity === 'error') ? MARK_FILL.error : MARK_FILL.warning;
      const anchor = anchored ? table.anchorOf(cell) : null;
      return { sheet: sheet.name, cell, fill, note: markNote(previousNote, list, cell), previousFill, previousNote, ...(anchor ? { anchor } : {}) };
    });
  return { clear, set, released };
}

/**
 * The user's note (if any), a blank line, then 【履职统计】 and the messages, errors first, each once.
 * Where no message names the cell, the tag does (「【履职统计】（A3）」): two marks never carry the same
 * note, so a moved mark is never taken for another (member.same_name gives two cells one message).
 */
function markNote(previous: string | null, findings: readonly Finding[], cell: string): string {
  const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
  const messages = [...new Set(ordered.map((f) => f.message))];
  const named = messages.some((m) => new RegExp(`(^|[^A-Z])${cell}(?!\\d)`).test(m));
  const text = (named ? NOTE_TAG : `${NOTE_TAG}（${cell}）`) + messages.join('\n');
  return previous ? `${previous}\n\n${text}` : text;
}

function normalCell(cell: string): string {
  const p = parseCell(cell);
  return p ? cellAddress(p.row, p.col) : cell;
}

function markKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

function compareCells(a: string, b: string): number {
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return a < b ? -1 : a > b ? 1 : 0;
  return p.row - q.row || p.col - q.col;
}
