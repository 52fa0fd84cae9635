/**
 * What a data row is: blank, a subtotal row, a note, a row without a name, or a member.
 * Every row that is not blank ends as exactly one member or one skip finding.
 *
 * Blank: nothing in any cell, or only numbers in columns the table does not read (a template
 * row pre-numbered in 序号 with nothing filled in). Note: a row with no count in it whose first
 * text starts like a note (注/说明/填表说明/备注/审核人/一、…), is long (≥ 16 characters)
 * or is merged across half the table or more; a row whose name cell repeats the name header
 * (姓名); and a row without a name that only holds text in columns the table does not read (a
 * section heading, a remark).
 */
import { IDENTITY_COLUMNS } from '../columns';
import type { CellValue } from '../snapshot';
import { normalizeName } from './identity';
import { normalizeHeader } from './normalize-header';
import { normalizeCount } from './normalize-value';
import type { DataMerges, TableLayout } from './table-layout';
import { cellText, compact, isBlank, trimAll } from './text';

export type RowKind =
  | { readonly kind: 'blank' }
  | { readonly kind: 'subtotal'; readonly col: number; readonly text: string }
  | { readonly kind: 'note'; readonly col: number; readonly text: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'member'; readonly name: string };

const SUBTOTAL = /^(合计|小计|总计|平均|共计)/;
const NOTE = /^(注|说明|填表|填报|备注|附注|附[:：]|附件|制表|审核|核对|统计人|联系人|联系电话|负责人|日期|报送|以上|本表|数据来源|资料来源|[*※]|([一二三四五六七八九十]+|\d+)[、．]|[(（][一二三四五六七八九十\d]+[)）])/;
const LONG_NOTE = 16;
const NAME_HEADERS: ReadonlySet<string> = new Set((IDENTITY_COLUMNS.find((c) => c.key === 'name')?.headers ?? []).map((h) => normalizeHeader(h).strict));

const BLANK: RowKind = { kind: 'blank' };
const MISSING: RowKind = { kind: 'missing' };

function numberLike(v: CellValue): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && /^\d+$/.test(trimAll(v)));
}

function hasCountValue(row: readonly CellValue[], layout: TableLayout): boolean {
  for (const b of layout.counted) {
    const v = row[b.col - 1] ?? null;
    if (typeof v === 'number') return true;
    if (typeof v === 'string') {
      const n = normalizeCount(v);
      if (n.ok && n.value > 0) return true;
    }
  }
  return false;
}

interface Scan {
  readonly first: { readonly col: number; readonly v: CellValue } | null;
  readonly firstText: { readonly col: number; readonly text: string } | null;
  readonly boundContent: boolean;
  readonly unboundText: boolean;
}

function scan(row: readonly CellValue[], layout: TableLayout): Scan {
  let first: Scan['first'] = null;
  let firstText: Scan['firstText'] = null;
  let boundContent = false;
  let unboundText = false;
  for (let c = 1; c <= row.length; c++) {
    const v = row[c - 1] ?? null;
    if (isBlank(v)) continue;
    first ??= { col: c, v };
    if (layout.bound.has(c)) boundContent = true;
    else if (!numberLike(v)) unboundText = true;
    if (firstText === null && typeof v === 'string' && !numberLike(v)) firstText = { col: c, text: trimAll(v) };
  }
  return { first, firstText, boundContent, unboundText };
}

export function classifyRow(row: readonly CellValue[], r: number, layout: TableLayout, merges: DataMerges): RowKind {
  const s = scan(row, layout);
  if (s.first === null || (!s.boundContent && !s.unboundText)) return BLANK;
  const nameValue = row[layout.nameCol - 1] ?? null;
  const name = normalizeName(nameValue);

  if (name !== '' && SUBTOTAL.test(name)) return { kind: 'subtotal', col: layout.nameCol, text: trimAll(cellText(nameValue)) };
  if (name === '' && s.firstText && SUBTOTAL.test(compact(s.firstText.text))) return { kind: 'subtotal', col: s.firstText.col, text: s.firstText.text };

  if (name === '' && !s.boundContent) return { kind: 'note', col: s.first.col, text: trimAll(cellText(s.first.v)) };
  // The header repeated inside the table (printed page by page, then pasted together).
  if (NAME_HEADERS.has(normalizeHeader(name).strict) && !hasCountValue(row, layout)) return { kind: 'note', col: layout.nameCol, text: trimAll(cellText(nameValue)) };
  const t = s.firstText;
  if (t && (name === '' || t.col === layout.nameCol)) {
    const text = compact(t.text);
    const merge = merges.startingAt(r, t.col);
    const wide = merge !== null && merge.right - merge.left + 1 >= layout.wideMerge;
    const onName = t.col === layout.nameCol;
    const noteLike = NOTE.test(text) || text.length >= LONG_NOTE || wide || (onName && /[:：]/.test(text));
    if (noteLike && !hasCountValue(row, layout)) return { kind: 'note', col: t.col, text: t.text };
  }
  return name === '' ? MISSING : { kind: 'member', name };
}
