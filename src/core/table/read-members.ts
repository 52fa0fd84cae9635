/**
 * Reads the member rows of a located table (CONTRACT.md §2 "Cell values" and "Rows"): one
 * MemberRecord per member row, findings at their exact cells, and the rows that are pending
 * without an error of their own. Linear in rows × columns.
 */
import { cellAddress, parseCell } from '../a1';
import { finding } from '../findings';
import type { CellValue, SheetSnapshot } from '../snapshot';
import type { ColumnBinding, Finding, MemberRecord, TableLocation } from '../types';
import { DuplicateTracker } from './duplicates';
import { identityText, normalizeRole } from './identity';
import { normalizeHeader } from './normalize-header';
import { normalizeCount, normalizeFlag } from './normalize-value';
import { classifyRow } from './row-kind';
import { dataMerges, tableLayout, type DataMerges, type TableLayout } from './table-layout';
import { cellText, trimAll } from './text';
// issue 10 reading checks, each in a module of its own
import { uncachedIdentityFindings } from './formula-uncached';
import { MergedCounts } from './merged-counts';
import { sideBySide } from './side-by-side';

export interface ReadResult {
  /** Every member row in table order, including those with errors (they become pending). */
  readonly members: readonly MemberRecord[];
  /** name.missing, member.duplicate, member.same_name, value.*, row.subtotal_skipped, row.note_skipped, row.hidden. */
  readonly findings: readonly Finding[];
  /** Rows pending without an error finding of their own (the first occurrence of a duplicate member). */
  readonly pendingRows: ReadonlySet<number>;
}

const IDENTITY_FIELDS = {
  member_id: 'memberId',
  gender: 'gender',
  sector: 'sector',
  committee: 'committee',
  liaison_group: 'liaisonGroup',
  unit: 'unit',
  title: 'title',
  party: 'party',
  phone: 'phone',
  id_number: 'idNumber',
} as const;

type TextField = (typeof IDENTITY_FIELDS)[keyof typeof IDENTITY_FIELDS];

function isTextKey(key: string): key is keyof typeof IDENTITY_FIELDS {
  return Object.prototype.hasOwnProperty.call(IDENTITY_FIELDS, key);
}

const NOTE_TEXT_MAX = 30;

function shorten(text: string): string {
  const chars = [...text.replace(/[\r\n\t]+/g, ' ')];
  return chars.length > NOTE_TEXT_MAX ? `${chars.slice(0, NOTE_TEXT_MAX).join('')}…` : chars.join('');
}

/** The raw text of a cell for messages: strings trimmed, numbers printed, error values by code. */
function rawText(v: CellValue): string {
  return typeof v === 'string' ? trimAll(v) : cellText(v);
}

interface RowContext {
  readonly sheet: string;
  readonly r: number;
  readonly row: readonly CellValue[];
  readonly name: string;
  readonly findings: Finding[];
}

/**
 * The row's counts by key: several columns of one key are summed, each cell validated on its own
 * (CONTRACT.md §7); `cells` keeps a key's first cell. Null-prototype records, so no key can
 * reach a built-in property.
 */
function readCounts(ctx: RowContext, layout: TableLayout): { counts: Record<string, number>; cells: Record<string, string> } {
  const counts = Object.create(null) as Record<string, number>;
  const cells = Object.create(null) as Record<string, string>;
  for (const b of layout.counted) {
    const v = ctx.row[b.col - 1] ?? null;
    const cell = cellAddress(ctx.r, b.col);
    const res = b.kind === 'flag' ? normalizeFlag(v) : normalizeCount(v);
    counts[b.key] = (counts[b.key] ?? 0) + (res.ok ? res.value : 0);
    cells[b.key] ??= cell;
    const place = { sheet: ctx.sheet, cell, row: ctx.r, member: ctx.name };
    // A private number is never quoted, not even in the finding's parameters (issue 10 point 7).
    if (!res.ok) ctx.findings.push(finding(res.code, place, { item: b.header, text: res.code === 'value.private_number' ? '' : rawText(v) }));
    else if (res.normalized) ctx.findings.push(finding('value.normalized', place, { item: b.header, text: rawText(v), value: res.value }));
  }
  return { counts, cells };
}

function isYesNoRole(b: ColumnBinding): boolean {
  return normalizeHeader(b.header.split('/').pop() ?? b.header).loose.startsWith('是否');
}

function readIdentity(ctx: RowContext, layout: TableLayout, merges: DataMerges, yesNoRole: boolean): { fields: Record<TextField, string | null>; role: string } {
  const fields: Record<TextField, string | null> = {
    memberId: null, gender: null, sector: null, committee: null, liaisonGroup: null, unit: null, title: null, party: null, phone: null, idNumber: null,
  };
  let role = '委员';
  for (const b of layout.identity) {
    const own = ctx.row[b.col - 1] ?? null;
    const v = own === null || (typeof own === 'string' && trimAll(own) === '') ? (merges.filledDown(ctx.r, b.col) ?? own) : own;
    if (b.key === 'role') role = normalizeRole(v, yesNoRole);
    else if (isTextKey(b.key)) fields[IDENTITY_FIELDS[b.key]] = identityText(v);
  }
  return { fields, role };
}

export function readMembers(sheet: SheetSnapshot, tableLocation: TableLocation): ReadResult {
  const beside = sideBySide(sheet, tableLocation);
  const location = beside.location;
  const layout = tableLayout(location);
  const merges = dataMerges(sheet, location, layout);
  const mergedCounts = new MergedCounts(sheet, location, layout);
  const nameHeader = location.columns.find((b) => b.key === 'name')?.header ?? '姓名';
  const hidden = new Set(sheet.hiddenRows);
  const dups = new DuplicateTracker(sheet.name);
  const findings: Finding[] = beside.finding ? [beside.finding] : [];
  const members: MemberRecord[] = [];
  const noRow: readonly CellValue[] = [];
  const roleColumn = layout.identity.find((b) => b.key === 'role');
  const yesNoRole = roleColumn !== undefined && isYesNoRole(roleColumn);

  for (let r = location.firstDataRow; r <= location.lastDataRow; r++) {
    const row = sheet.values[r - 1] ?? noRow;
    const uncached = uncachedIdentityFindings(sheet.name, r, row, layout, nameHeader, null);
    if (uncached.some((f) => f.cell === cellAddress(r, layout.nameCol))) {
      // Who the member is cannot be known: the row is reported, not read as a member or a blank.
      findings.push(...uncached);
      continue;
    }
    const kind = classifyRow(row, r, layout, merges);
    if (kind.kind === 'blank') continue;
    const nameCell = cellAddress(r, layout.nameCol);
    if (kind.kind === 'subtotal' || kind.kind === 'note') {
      const place = { sheet: sheet.name, cell: cellAddress(r, kind.col), row: r, member: null };
      findings.push(finding(kind.kind === 'note' ? 'row.note_skipped' : 'row.subtotal_skipped', place, { text: shorten(kind.text) }));
      continue;
    }
    if (kind.kind === 'missing') {
      findings.push(finding('name.missing', { sheet: sheet.name, cell: nameCell, row: r, member: null }, {}));
      continue;
    }
    for (const f of uncached) findings.push({ ...f, member: kind.name });
    findings.push(...mergedCounts.findings(sheet.name, r, kind.name));
    const ctx: RowContext = { sheet: sheet.name, r, row, name: kind.name, findings };
    const { fields, role } = readIdentity(ctx, layout, merges, yesNoRole);
    const { counts, cells } = readCounts(ctx, layout);
    const isHidden = hidden.has(r);
    const member: MemberRecord = { name: kind.name, ...fields, role, row: r, hidden: isHidden, counts, cells, nameCell };
    members.push(member);
    if (isHidden) findings.push(finding('row.hidden', { sheet: sheet.name, cell: nameCell, row: r, member: kind.name }, {}));
    const dup = dups.add(member, layout.memberIdCol === null ? null : cellAddress(r, layout.memberIdCol));
    if (dup) findings.push(dup);
  }

  findings.push(...dups.sameNameFindings());
  return { members, findings: sortByPlace(findings), pendingRows: dups.pendingRows };
}

function columnOf(cell: string | null): number {
  return cell === null ? 0 : (parseCell(cell)?.col ?? 0);
}

/** Row order, then column order; stable, so findings of one cell keep the order they were made in. */
function sortByPlace(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i, row: f.row ?? 0, col: columnOf(f.cell) }))
    .sort((a, b) => a.row - b.row || a.col - b.col || a.i - b.i)
    .map((x) => x.f);
}
