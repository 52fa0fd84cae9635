/** Cell marks on the member table (CONTRACT.md section 5): fill and note per error/warning cell, removable on re-run. */
import { cellAddress, parseCell } from '../a1';
import type { MarkClear } from '../plan';
import type { MarkRecord, SheetSnapshot, Snapshot } from '../snapshot';
import type { Finding } from '../types';

export const MARK_FILL = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/** Starts the product's part of a note, so a user's own note above it stays readable. */
export const NOTE_TAG = '【履职统计】';

export interface MarkPlan {
  /** Every earlier mark, restored to what the cell had before. */
  readonly clear: readonly MarkClear[];
  /** New marks for error and warning findings with a cell on the member sheet. */
  readonly set: readonly MarkRecord[];
}

/**
 * Plans marks: earlier marks (snapshot.bookkeeping.marks) are cleared; each error/warning cell
 * of `sheet` gets the fill of its most severe finding and a note with the messages; a new
 * mark's previous fill/note is the earlier mark's previous state when the cell was marked before,
 * else the cell's current fill/note in the snapshot. `findings` empty → only clearing.
 * Marks on sheets no longer in the workbook are dropped, not cleared.
 */
export function planMarks(snapshot: Snapshot, sheet: SheetSnapshot | null, findings: readonly Finding[]): MarkPlan {
  const earlier = new Map<string, MarkRecord>();
  for (const m of snapshot.bookkeeping.marks) {
    const key = markKey(m.sheet, normalCell(m.cell));
    if (!earlier.has(key)) earlier.set(key, m);
  }
  // A mark on a sheet the user has since deleted cannot be restored; the host would fail on it.
  const present = new Set(snapshot.sheets.map((s) => s.name));
  const clear: MarkClear[] = [...earlier.values()]
    .filter((m) => present.has(m.sheet))
    .map((m) => ({ sheet: m.sheet, cell: m.cell, fill: m.previousFill, note: m.previousNote }));
  if (sheet === null) return { clear, set: [] };

  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === 'info' || f.cell === null || f.sheet !== sheet.name) continue;
    const cell = normalCell(f.cell);
    const list = byCell.get(cell);
    if (list) list.push(f);
    else byCell.set(cell, [f]);
  }

  const set: MarkRecord[] = [...byCell.entries()]
    .sort((a, b) => compareCells(a[0], b[0]))
    .map(([cell, list]) => {
      const before = earlier.get(markKey(sheet.name, cell));
      const previousFill = before ? before.previousFill : (sheet.fills?.[cell] ?? null);
      const previousNote = before ? before.previousNote : userPart(sheet.notes?.[cell] ?? null);
      const fill = list.some((f) => f.severity === 'error') ? MARK_FILL.error : MARK_FILL.warning;
      return { sheet: sheet.name, cell, fill, note: markNote(previousNote, list), previousFill, previousNote };
    });
  return { clear, set };
}

/** The user's note (if any), a blank line, then 【履职统计】 and the messages, errors first, each once. */
function markNote(previous: string | null, findings: readonly Finding[]): string {
  const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
  const text = NOTE_TAG + [...new Set(ordered.map((f) => f.message))].join('\n');
  return previous ? `${previous}\n\n${text}` : text;
}

/** A note still carrying our text without a bookkeeping record (e.g. the record was lost): keep only the user's part. */
function userPart(note: string | null): string | null {
  if (note === null) return null;
  const at = note.indexOf(NOTE_TAG);
  if (at < 0) return note;
  const own = note.slice(0, at).replace(/\n+$/, '');
  return own === '' ? null : own;
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
