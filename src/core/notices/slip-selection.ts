/**
 * Which members get a 个人履职告知单 when the slips are asked for on their own: every member of the
 * table, the members of one employer unit, or the members on the rows the clerk selected. Never
 * silent: a selection that holds no member is an error naming what was asked for, and selected
 * rows that are not member rows (the header, a blank or subtotal row) are named in a note.
 */
import type { MemberResult } from '../types';

export type SlipSelection =
  | { readonly kind: 'all' }
  | { readonly kind: 'unit'; readonly unit: string }
  /** Table rows as Excel and WPS number them (1-based); `sheet`: where they were selected, when known. */
  | { readonly kind: 'rows'; readonly rows: readonly number[]; readonly sheet?: string };

export type SlipChoice =
  | { readonly ok: true; readonly members: readonly MemberResult[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** Unit names are compared without white space, as names are (CONTRACT §2). */
function bare(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The distinct employer units of the table, in table order (what the pane offers to choose from). */
export function slipUnits(results: readonly MemberResult[]): string[] {
  return [...new Set(results.map((m) => m.unit).filter((u): u is string => u !== null && bare(u) !== ''))];
}

/** `5-9,12` → [5, 6, 7, 8, 9, 12]; null when the text is not such a list. */
export function parseRowList(text: string): number[] | null {
  const rows: number[] = [];
  for (const part of text.split(/[,，、\s]+/).filter((p) => p !== '')) {
    const m = /^(\d+)(?:[-－~～至](\d+))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from || to - from > 1_048_576) return null;
    for (let r = from; r <= to; r++) rows.push(r);
  }
  return rows.length > 0 ? rows : null;
}

/** Compact `5-9、12` for messages. */
export function rowListText(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join('、');
}

export function selectSlipMembers(results: readonly MemberResult[], selection: SlipSelection, sheet: string): SlipChoice {
  if (selection.kind === 'all') {
    return results.length > 0
      ? { ok: true, members: results, notes: [] }
      : { ok: false, message: `工作表「${sheet}」中没有委员，未生成个人履职告知单。` };
  }
  if (selection.kind === 'unit') {
    const unit = bare(selection.unit);
    const members = results.filter((m) => m.unit !== null && bare(m.unit) === unit);
    if (members.length > 0) return { ok: true, members, notes: [`个人履职告知单：单位「${selection.unit}」的 ${members.length} 位委员。`] };
    const known = slipUnits(results);
    const hint =
      known.length > 0
        ? `表中的单位有：${known.slice(0, 8).join('、')}${known.length > 8 ? ` 等 ${known.length} 个` : ''}。`
        : '表中没有填写工作单位。';
    return { ok: false, message: `工作表「${sheet}」中没有单位为「${selection.unit}」的委员，未生成个人履职告知单。${hint}` };
  }
  if (selection.sheet !== undefined && selection.sheet !== sheet) {
    return {
      ok: false,
      message: `选中的行在工作表「${selection.sheet}」中，不在委员履职统计表「${sheet}」中，未生成个人履职告知单。请在「${sheet}」中选中委员所在的行后再试。`,
    };
  }
  const wanted = new Set(selection.rows);
  const members = results.filter((m) => wanted.has(m.row));
  const found = new Set(members.map((m) => m.row));
  const others = [...wanted].filter((r) => !found.has(r));
  if (members.length === 0)
    return {
      ok: false,
      message: `选中的第 ${rowListText(selection.rows)} 行不是工作表「${sheet}」中的委员行，未生成个人履职告知单。请在统计表中选中委员所在的行后再试。`,
    };
  const notes = [`个人履职告知单：选中的 ${members.length} 位委员。`];
  if (others.length > 0) notes.push(`选中的第 ${rowListText(others)} 行不是委员行（表头、空行或合计行），已跳过。`);
  return { ok: true, members, notes };
}
