/**
 * Reads one sheet of a submitted file as members' forms (CONTRACT.md §8), in this order:
 * 1. the product's own form (form-layout.ts: the item header row 序号 | 履职项目 | 填报数);
 * 2. a one-row table: a header row (the member-table header rules, locate-table.ts) and member rows;
 * 3. a hand-made layout: label cells recognised with the member-table vocabulary, each with its
 *    value beside it (right) or below it.
 * Values are returned as they are in the cells; the merge validates them and copies them unchanged.
 */
import { cellAddress, columnLetter } from '../a1';
import type { CellValue, MergedArea, SheetSnapshot } from '../snapshot';
import { locateTable, type CustomColumn } from '../table/locate-table';
import { headerMatcher, type HeaderMatch, type HeaderMatcher } from '../table/match-header';
import { headerAsWritten, normalizeHeader } from '../table/normalize-header';
import { cellText, compact, isBlank } from '../table/text';
import { FORM_COLUMNS, FORM_ITEM_HEADER } from './form-layout';

export type FormLayout = 'form' | 'table' | 'labels';

/** A counted value found in a form: the item's key, the label as written, the cell. */
export interface FormCount {
  readonly key: string;
  readonly kind: 'count' | 'flag';
  /** The label (or header) as written. */
  readonly label: string;
  /** Not a built-in key nor a method item: a line of the product's form the vocabulary does not know. */
  readonly custom: boolean;
  readonly value: CellValue;
  readonly cell: string;
}

export interface FormIdentityValue {
  readonly value: CellValue;
  readonly cell: string;
  /** The label as written (是否常委 holds 是/否, not a role). */
  readonly label: string;
}

/** One member read from a sheet. */
export interface FormMember {
  readonly sheet: string;
  readonly layout: FormLayout;
  /** The member's row in a one-row table; null for a form. */
  readonly row: number | null;
  readonly identity: ReadonlyMap<string, FormIdentityValue>;
  readonly counts: readonly FormCount[];
}

/** What a sheet gave: members, rows of a table that had data but no name, or why nothing was read. */
export interface SheetReading {
  readonly members: readonly FormMember[];
  /** Table rows with counts but no name (each a warning: skipped). */
  readonly namelessRows: readonly number[];
  /** When no member: what was recognised (for the reason in form.not_a_form). */
  readonly recognised: 'nothing' | 'no_name';
  /** Header cells of a one-row table that match no item (never silent: reported as column.unused). */
  readonly unknownColumns?: readonly { readonly cell: string; readonly row: number; readonly header: string; readonly letter: string }[];
}

/** Header cells that carry no count by nature. */
const NOT_DATA: ReadonlySet<string> = new Set(['序号', '编号', '备注', '说明', '签名', '签字', '来源文件', '民族', '出生年月', '年龄', '学历', '职称']);

/** A cell holding only 委员 is a role value (政协职务 | 委员), never a label in a form. */
const NOT_LABELS: ReadonlySet<string> = new Set(['委员']);

function at(sheet: SheetSnapshot, r: number, c: number): CellValue {
  return sheet.values[r - 1]?.[c - 1] ?? null;
}

function textAt(sheet: SheetSnapshot, r: number, c: number): string {
  const v = at(sheet, r, c);
  return typeof v === 'string' ? compact(v) : '';
}

/** The product's form: the row of the item header, or 0. */
function formHeaderRow(sheet: SheetSnapshot): number {
  for (let r = 1; r <= sheet.values.length; r++) {
    if (FORM_ITEM_HEADER.slice(0, 3).every((h, i) => textAt(sheet, r, i + 1) === h)) return r;
  }
  return 0;
}

function countMatch(m: HeaderMatch | null): m is HeaderMatch & { kind: 'count' | 'flag' } {
  return m !== null && m.kind !== 'identity';
}

/** The label's matching form of an unknown line of the product's form, as its key. */
export function customKey(label: string): string {
  return `custom:${normalizeHeader(label).strict}`;
}

class MergeIndex {
  private readonly byCell = new Map<string, MergedArea>();
  constructor(merges: readonly MergedArea[]) {
    for (const m of merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.byCell.set(`${r},${c}`, m);
  }
  at(r: number, c: number): MergedArea | null {
    return this.byCell.get(`${r},${c}`) ?? null;
  }
  /** The area a cell occupies (itself, or its merged area). */
  area(r: number, c: number): MergedArea {
    return this.at(r, c) ?? { top: r, left: c, bottom: r, right: c };
  }
}

interface Label {
  readonly r: number;
  readonly c: number;
  readonly text: string;
  readonly match: HeaderMatch;
}

function labelsOf(sheet: SheetSnapshot, matcher: HeaderMatcher, merges: MergeIndex, fromRow = 1, toRow = sheet.values.length): Label[] {
  const out: Label[] = [];
  for (let r = fromRow; r <= toRow; r++) {
    const row = sheet.values[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const v = row[c - 1];
      if (typeof v !== 'string' || isBlank(v) || NOT_LABELS.has(compact(v))) continue;
      const m = merges.at(r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
      const match = matcher.single(v);
      if (match) out.push({ r, c, text: headerAsWritten(v), match });
    }
  }
  return out;
}

/** Label → value cell: beside (right of the label's area) when that cell is a value, else below; a blank beside a label column is beside. */
function valueCell(label: Label, isLabel: (r: number, c: number) => boolean, sheet: SheetSnapshot, merges: MergeIndex): { r: number; c: number } {
  const area = merges.area(label.r, label.c);
  const right = { r: label.r, c: area.right + 1 };
  const below = { r: area.bottom + 1, c: label.c };
  const blank = (p: { r: number; c: number }): boolean => isBlank(at(sheet, p.r, p.c));
  const rightIsLabel = isLabel(right.r, right.c);
  const belowIsLabel = isLabel(below.r, below.c);
  if (!rightIsLabel && !blank(right)) return right;
  if (!belowIsLabel && !blank(below)) return below;
  // Both blank (or labels): a row of labels has its values below, a column of labels beside.
  if (rightIsLabel && !belowIsLabel) return below;
  return right;
}

function readLabels(sheet: SheetSnapshot, matcher: HeaderMatcher, fromRow?: number, toRow?: number): { identity: Map<string, FormIdentityValue>; counts: FormCount[] } {
  const merges = new MergeIndex(sheet.merges);
  const labels = labelsOf(sheet, matcher, merges, fromRow, toRow);
  const where = new Set(labels.map((l) => `${l.r},${l.c}`));
  const isLabel = (r: number, c: number): boolean => {
    const m = merges.at(r, c);
    return m ? where.has(`${m.top},${m.left}`) : where.has(`${r},${c}`);
  };
  const identity = new Map<string, FormIdentityValue>();
  const counts: FormCount[] = [];
  for (const label of labels) {
    const p = valueCell(label, isLabel, sheet, merges);
    const value = at(sheet, p.r, p.c);
    const cell = cellAddress(p.r, p.c);
    if (label.match.kind === 'identity') {
      const before = identity.get(label.match.key);
      if (before === undefined || (isBlank(before.value) && !isBlank(value))) identity.set(label.match.key, { value, cell, label: label.text });
    } else if (countMatch(label.match)) {
      counts.push({ key: label.match.key, kind: label.match.kind, label: label.text, custom: false, value, cell });
    }
  }
  return { identity, counts };
}

function readProductForm(sheet: SheetSnapshot, matcher: HeaderMatcher, headerRow: number): FormMember {
  const { identity } = readLabels(sheet, matcher, 1, headerRow - 1);
  const counts: FormCount[] = [];
  for (let r = headerRow + 1; r <= sheet.values.length; r++) {
    const raw = at(sheet, r, FORM_COLUMNS.label);
    if (typeof raw !== 'string' || isBlank(raw)) break;
    const label = headerAsWritten(raw);
    const match = matcher.single(raw);
    const cell = cellAddress(r, FORM_COLUMNS.value);
    const value = at(sheet, r, FORM_COLUMNS.value);
    if (countMatch(match)) counts.push({ key: match.key, kind: match.kind, label, custom: false, value, cell });
    else counts.push({ key: customKey(label), kind: 'count', label, custom: true, value, cell });
  }
  return { sheet: sheet.name, layout: 'form', row: null, identity, counts };
}

/** A header row that is really a row of label | value pairs (姓名 | 张三 | 出席全体会议 | 1) is not a table header. */
function pairRow(sheet: SheetSnapshot, matcher: HeaderMatcher, row: number, nameCol: number): boolean {
  const right = at(sheet, row, nameCol + 1);
  if (typeof right === 'number') return true;
  if (typeof right === 'string' && !isBlank(right) && matcher.single(right) === null && !NOT_DATA.has(normalizeHeader(right).strict)) return true;
  return (sheet.values[row - 1] ?? []).some((v) => typeof v === 'number');
}

const SUBTOTAL = /^(合计|小计|总计|平均|共计)/;

function readTable(sheet: SheetSnapshot, matcher: HeaderMatcher, custom: readonly CustomColumn[]): SheetReading | null {
  const found = locateTable({ fileName: '', sheets: [sheet], bookkeeping: { generatedSheets: [], marks: [] } }, { sheet: sheet.name, customItems: custom, exclude: [] });
  if (!found.ok) return null;
  const loc = found.location;
  const nameCol = loc.columns.find((c) => c.key === 'name')?.col;
  if (nameCol === undefined || pairRow(sheet, matcher, loc.headerRows[0], nameCol)) return null;
  // Labels above the header row: a hand-made layout whose last labels happen to line up like a header.
  const isLabel = (v: CellValue): boolean => typeof v === 'string' && !NOT_LABELS.has(compact(v)) && matcher.single(v) !== null;
  for (let r = 1; r < loc.headerRows[0]; r++) if ((sheet.values[r - 1] ?? []).some(isLabel)) return null;
  const members: FormMember[] = [];
  const namelessRows: number[] = [];
  for (let r = loc.firstDataRow; r <= loc.lastDataRow; r++) {
    const row = sheet.values[r - 1] ?? [];
    if (row.every((v) => isBlank(v))) continue;
    const name = at(sheet, r, nameCol);
    if (SUBTOTAL.test(compact(cellText(name)))) continue;
    // A header repeated on a later page is skipped; other label cells below the header mean labels with
    // their values below (姓名 | 出席全体会议 over 张三 | 1, then 领衔提案 | 视察调研 over 2 | 3): not a table.
    const labelled = row.some(isLabel);
    if (labelled) {
      if (typeof name === 'string' && matcher.single(name)?.key === 'name') continue;
      return null;
    }
    const identity = new Map<string, FormIdentityValue>();
    const counts: FormCount[] = [];
    for (const col of loc.columns) {
      const value = at(sheet, r, col.col);
      const cell = cellAddress(r, col.col);
      if (col.kind === 'identity') {
        if (!identity.has(col.key)) identity.set(col.key, { value, cell, label: col.header });
      } else counts.push({ key: col.key, kind: col.kind, label: col.header, custom: false, value, cell });
    }
    if (isBlank(name)) {
      if (counts.some((c) => !isBlank(c.value))) namelessRows.push(r);
      continue;
    }
    members.push({ sheet: sheet.name, layout: 'table', row: r, identity, counts });
  }
  const header = loc.headerRows[loc.headerRows.length - 1];
  const bound = new Set(loc.columns.map((c) => c.col));
  const unknownColumns = (sheet.values[header - 1] ?? []).flatMap((v, i) => {
    const text = typeof v === 'string' ? headerAsWritten(v) : '';
    if (bound.has(i + 1) || text === '' || NOT_DATA.has(normalizeHeader(text).strict)) return [];
    return [{ cell: cellAddress(header, i + 1), row: header, header: text, letter: columnLetter(i + 1) }];
  });
  return members.length > 0 || namelessRows.length > 0 ? { members, namelessRows, recognised: members.length > 0 ? 'nothing' : 'no_name', unknownColumns } : null;
}

function filled(values: Iterable<{ readonly value: CellValue }>): number {
  let n = 0;
  for (const v of values) if (!isBlank(v.value)) n++;
  return n;
}

function moreByLabels(member: FormMember, identity: ReadonlyMap<string, FormIdentityValue>, counts: readonly FormCount[]): boolean {
  const same = normalizeHeader(cellText(identity.get('name')?.value ?? null)).strict === normalizeHeader(cellText(member.identity.get('name')?.value ?? null)).strict;
  return same && filled(identity.values()) + filled(counts) > filled(member.identity.values()) + filled(member.counts);
}

/** Reads one sheet; `custom`: the method's own item names (custom items, extra headers), when a method is given. */
export function readFormSheet(sheet: SheetSnapshot, custom: readonly CustomColumn[] = []): SheetReading {
  const matcher = headerMatcher(custom);
  const header = formHeaderRow(sheet);
  if (header > 0) {
    const member = readProductForm(sheet, matcher, header);
    const name = member.identity.get('name');
    if (name && !isBlank(name.value)) return { members: [member], namelessRows: [], recognised: 'nothing' };
    return { members: [], namelessRows: [], recognised: 'no_name' };
  }
  const table = readTable(sheet, matcher, custom);
  const { identity, counts } = readLabels(sheet, matcher);
  // One member under a "header": a table, unless reading labels with values beside or below finds more of the
  // same member's values (labels in 2×2 blocks may line up like a header row with their values below).
  if (table && !(table.members.length === 1 && moreByLabels(table.members[0], identity, counts))) return table;
  const name = identity.get('name');
  if (counts.length === 0) return { members: [], namelessRows: [], recognised: 'nothing' };
  if (!name || isBlank(name.value)) return { members: [], namelessRows: [], recognised: 'no_name' };
  return { members: [{ sheet: sheet.name, layout: 'labels', row: null, identity, counts }], namelessRows: [], recognised: 'nothing' };
}
