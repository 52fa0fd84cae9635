/**
 * 「履职档案」 as a sheet (CONTRACT.md §9), laid out to read back unambiguously:
 *   row 1  title
 *   row 2  「写入时间：2026-12-01 09:30」 and what the sheet is
 *   row 3  column labels (年度, 档案编号, 姓名, …, then each item's Chinese label)
 *   row 4  column codes (year, person, name, …, then each item's key) — the row the reader keys on,
 *          so an item keeps its meaning whatever its label was in another year's method
 *   row 5… one record per member and year, years ascending
 * A count left blank means the item was not recorded that year (never read as 0).
 *
 * The reader accepts the sheet as a clerk may have edited it: columns moved (the code row says what
 * each is), rows added, sorted or deleted. What it cannot read it says (archive.* findings).
 */
import { cellAddress, columnLetter } from '../a1';
import { finding } from '../findings';
import type { PlanValue, SheetPlan } from '../plan';
import type { CellValue, SheetSnapshot } from '../snapshot';
import type { Finding, MemberStatus } from '../types';
import { isSafeKey } from '../method/parse-method';
import { SheetBuilder } from '../output/sheet-builder';
import { HEADER_STYLE, TITLE_STYLE, readableTableSetup } from '../output/table';
import type { Archive, ArchiveRecord } from './archive-types';

export const ARCHIVE_TITLE = '委员履职档案';
export const STAMP_LABEL = '写入时间：';
const LABEL_ROW = 3;
export const CODE_ROW = 4;
const FIRST_ROW = 5;

interface FixedColumn {
  readonly key: string;
  readonly label: string;
  readonly width: number;
  readonly value: (r: ArchiveRecord) => PlanValue;
}

export const STATUS_WORDS: Readonly<Record<MemberStatus, string>> = { graded: '已评分', vetoed: '否决', pending: '待核实' };

const FIXED: readonly FixedColumn[] = [
  { key: 'year', label: '年度', width: 7, value: (r) => r.year },
  { key: 'person', label: '档案编号', width: 9, value: (r) => r.person },
  { key: 'name', label: '姓名', width: 10, value: (r) => r.name },
  { key: 'member_id', label: '委员编号', width: 10, value: (r) => r.memberId },
  { key: 'unit', label: '工作单位', width: 22, value: (r) => r.unit },
  { key: 'sector', label: '界别', width: 10, value: (r) => r.sector },
  { key: 'committee', label: '专委会', width: 12, value: (r) => r.committee },
  { key: 'liaison_group', label: '联络组', width: 10, value: (r) => r.liaisonGroup },
  { key: 'role', label: '政协职务', width: 9, value: (r) => r.role },
  { key: 'score', label: '得分', width: 8, value: (r) => r.score },
  { key: 'grade', label: '等次', width: 8, value: (r) => r.grade },
  { key: 'status', label: '状态', width: 8, value: (r) => STATUS_WORDS[r.status] },
];
const FIXED_KEYS = new Set(FIXED.map((c) => c.key));

/** Count keys in the order they first appear (built-in order of the records as written). */
function countKeys(archive: Archive): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of archive.records) {
    for (const k of Object.keys(r.counts)) {
      if (seen.has(k)) continue;
      seen.add(k);
      keys.push(k);
    }
  }
  return keys;
}

/** The archive as a generated sheet. `runAt` is stamped in row 2: where two archive sheets hold one year, the later stamp wins. */
export function archiveSheet(name: string, archive: Archive, runAt: string): SheetPlan {
  const b = new SheetBuilder(name);
  const keys = countKeys(archive);
  const width = FIXED.length + keys.length;
  b.set(1, 1, ARCHIVE_TITLE);
  b.merge(1, 1, 1, Math.min(width, 12));
  b.style(1, 1, 1, Math.min(width, 12), TITLE_STYLE);
  b.rowHeight(1, 28);
  b.set(2, 1, `${STAMP_LABEL}${runAt}。本表由「履职统计」生成：每次年末运行写入（或替换）当年每位委员的记录，往年的记录保留。第 ${CODE_ROW} 行是各列的代码，请勿改动；往年记录如需更正可直接修改，程序仍按本表读取。`);
  b.merge(2, 1, 2, Math.min(width, 12));
  b.style(2, 1, 2, Math.min(width, 12), { wrap: true, vertical: 'top', font: { size: 9, color: '#595959' } });
  b.rowHeight(2, 30);
  b.rowHeight(LABEL_ROW, 30);
  b.setRow(LABEL_ROW, [...FIXED.map((c) => c.label), ...keys.map((k) => archive.labels.get(k) ?? k)]);
  b.setRow(CODE_ROW, [...FIXED.map((c) => c.key), ...keys]);
  archive.records.forEach((r, i) => {
    b.setRow(FIRST_ROW + i, [...FIXED.map((c) => c.value(r)), ...keys.map((k) => (Object.prototype.hasOwnProperty.call(r.counts, k) ? r.counts[k] : null))]);
  });
  const last = Math.max(CODE_ROW, FIRST_ROW + archive.records.length - 1);
  // No border over the records: a style on every cell costs the hosts a style object per cell (20,000 members × 40 columns),
  // and the archive is a data sheet; the header rows carry the table's look.
  b.style(LABEL_ROW, 1, LABEL_ROW, width, { ...HEADER_STYLE, border: 'thin' });
  b.style(CODE_ROW, 1, CODE_ROW, width, { font: { size: 8, color: '#808080' }, horizontal: 'center' });
  const scoreCol = FIXED.findIndex((c) => c.key === 'score') + 1;
  if (archive.records.length > 0) b.style(FIRST_ROW, scoreCol, last, scoreCol, { numberFormat: '0.00' });
  const widths = [...FIXED.map((c) => c.width), ...keys.map(() => 8)];
  b.columnWidths(widths);
  b.freeze(CODE_ROW, 3);
  // Printable like the other working tables: landscape, the label row repeated, 年度 to 姓名 on every page when wide.
  b.page({ ...readableTableSetup(widths, [1, 3]).setup, printTitleRows: [LABEL_ROW, LABEL_ROW] });
  return b.build();
}

export interface ArchiveSheetRead {
  readonly records: readonly ArchiveRecord[];
  readonly labels: ReadonlyMap<string, string>;
  /** The 写入时间 of row 2 ('' when absent). */
  readonly stamp: string;
  readonly findings: readonly Finding[];
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return '';
  return String(v).trim();
}

function optionalText(v: CellValue | undefined): string | null {
  const t = text(v);
  return t === '' ? null : t;
}

/** A number of a cell: a number, or text of one (exported tables store numbers as text). */
export function cellNumber(v: CellValue | undefined): number | null | 'bad' {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'bad';
  if (typeof v === 'string') {
    const t = v.trim().replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)));
    if (t === '' || t === '-' || t === '—') return null;
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : 'bad';
  }
  return 'bad';
}

/**
 * The counts of one row of an archive or results table, by item key. A cell that is not a count is
 * reported (archive.row_skipped) and that item left unrecorded, never read as 0.
 */
export function rowCounts(
  at: { readonly row: readonly CellValue[]; readonly r: number; readonly counts: readonly { readonly key: string; readonly col: number }[]; readonly labels: ReadonlyMap<string, string>; readonly sheet: string; readonly member: string },
  findings: Finding[],
): Record<string, number> {
  const memberCounts: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const c of at.counts) {
    const v = cellNumber(at.row[c.col]);
    if (v === null) continue;
    if (v === 'bad' || v < 0) {
      const place = { sheet: at.sheet, cell: cellAddress(at.r, c.col + 1), row: at.r, member: at.member };
      findings.push(finding('archive.row_skipped', place, { sheet: at.sheet, row: at.r, reason: `「${at.labels.get(c.key) ?? c.key}」的「${text(at.row[c.col])}」不是次数，该项按未记录处理（其余各项已读入）` }));
      continue;
    }
    memberCounts[c.key] = v;
  }
  return memberCounts;
}

const STATUS_BY_WORD: ReadonlyMap<string, MemberStatus> = new Map([
  ['已评分', 'graded'],
  ['已评价', 'graded'],
  ['否决', 'vetoed'],
  ['待核实', 'pending'],
]);

/** The row holding the column codes: `year` and `name` among its cells (within the first rows). */
function codeRow(sheet: SheetSnapshot): number | null {
  for (let r = 1; r <= Math.min(sheet.values.length, 12); r++) {
    const cells = (sheet.values[r - 1] ?? []).map(text);
    if (cells.includes('year') && cells.includes('name')) return r;
  }
  return null;
}

/** Whether a sheet is laid out as an archive (its code row is there). */
export function isArchiveSheet(sheet: SheetSnapshot): boolean {
  return codeRow(sheet) !== null;
}

/** Reads an archive sheet; null when it holds no code row (not an archive). */
export function readArchiveSheet(sheet: SheetSnapshot): ArchiveSheetRead | null {
  const codes = codeRow(sheet);
  if (codes === null) return null;
  const findings: Finding[] = [];
  const place = (row: number | null, cell: string | null, member: string | null = null): { sheet: string; cell: string | null; row: number | null; member: string | null } => ({ sheet: sheet.name, cell, row, member });
  const header = (sheet.values[codes - 1] ?? []).map(text);
  const labelsRow = codes > 1 ? (sheet.values[codes - 2] ?? []).map(text) : [];
  const fixed = new Map<string, number>();
  const counts: { key: string; col: number }[] = [];
  const labels = new Map<string, string>();
  header.forEach((code, i) => {
    if (code === '') return;
    if (FIXED_KEYS.has(code)) {
      if (!fixed.has(code)) fixed.set(code, i);
      return;
    }
    if (isSafeKey(code) && !counts.some((c) => c.key === code)) {
      counts.push({ key: code, col: i });
      if (labelsRow[i]) labels.set(code, labelsRow[i]);
      return;
    }
    findings.push(finding('archive.column_unknown', place(codes, cellAddress(codes, i + 1)), { sheet: sheet.name, header: code, column: columnLetter(i + 1) }));
  });
  const stampText = (sheet.values[1] ?? []).map(text).find((t) => t.startsWith(STAMP_LABEL)) ?? '';
  const stamp = /^写入时间：([^。]*)/.exec(stampText)?.[1]?.trim() ?? '';
  const col = (key: string): number => fixed.get(key) ?? -1;
  const records: ArchiveRecord[] = [];
  const seen = new Map<string, number>();
  for (let r = codes + 1; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1] ?? [];
    if (row.every((v) => text(v) === '')) continue;
    const get = (key: string): CellValue | undefined => (col(key) < 0 ? undefined : row[col(key)]);
    const name = text(get('name'));
    const yearValue = cellNumber(get('year'));
    const skip = (reason: string): void => void findings.push(finding('archive.row_skipped', place(r, null, name || null), { sheet: sheet.name, row: r, reason }));
    if (name === '') {
      skip('没有姓名');
      continue;
    }
    if (typeof yearValue !== 'number' || !Number.isInteger(yearValue) || yearValue < 1900 || yearValue > 2099) {
      skip(`年度「${text(get('year'))}」不是四位数的年份`);
      continue;
    }
    const statusWord = text(get('status'));
    const status = statusWord === '' ? null : STATUS_BY_WORD.get(statusWord);
    if (status === undefined) {
      skip(`状态「${statusWord}」应为 已评分、否决 或 待核实`);
      continue;
    }
    const scoreValue = cellNumber(get('score'));
    if (scoreValue === 'bad') {
      skip(`得分「${text(get('score'))}」不是数字`);
      continue;
    }
    const grade = optionalText(get('grade'));
    const memberCounts = rowCounts({ row, r, counts, labels, sheet: sheet.name, member: name }, findings);
    const finalStatus: MemberStatus = status ?? (scoreValue === null ? 'pending' : 'graded');
    const record: ArchiveRecord = {
      year: yearValue,
      person: text(get('person')),
      name: name.replace(/\s+/g, ''),
      memberId: optionalText(get('member_id')),
      unit: optionalText(get('unit')),
      sector: optionalText(get('sector')),
      committee: optionalText(get('committee')),
      liaisonGroup: optionalText(get('liaison_group')),
      role: optionalText(get('role')),
      counts: memberCounts,
      score: finalStatus === 'pending' ? null : scoreValue,
      grade: finalStatus === 'pending' ? null : grade,
      status: finalStatus,
    };
    if (record.person !== '') {
      const key = `${record.year}|${record.person}`;
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push(finding('archive.duplicate', place(r, null, name), { sheet: sheet.name, row: r, firstRow: first, member: `${name}，${record.person}`, year: record.year }));
        continue;
      }
      seen.set(key, r);
    }
    records.push(record);
  }
  return { records, labels, stamp, findings };
}
