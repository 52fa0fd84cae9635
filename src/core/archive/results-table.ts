/**
 * An earlier year's results as offices keep them (CONTRACT.md §9 import): a table with 姓名 and a
 * score (得分/总分…) or a grade (等次…), optionally 工作单位, 委员编号, 界别, 专委会, 联络组, 政协职务,
 * 状态, counted items and a 年度 column. The product's own 履职汇总 is such a table too. The year of
 * a row: its 年度 cell, else a year in the title rows above the header, the sheet name or the file
 * name. Every row or column not read is a finding; a table without any year is the caller's fatal.
 */
import { cellAddress, columnLetter } from '../a1';
import { finding } from '../findings';
import type { CellValue, SheetSnapshot } from '../snapshot';
import type { Finding, MemberStatus } from '../types';
import { headerMatcher } from '../table/match-header';
import { yearInText } from '../year';
import { cellNumber, rowCounts } from './archive-sheet';
import type { ArchiveRecord } from './archive-types';

type Field = 'year' | 'name' | 'member_id' | 'unit' | 'sector' | 'committee' | 'liaison_group' | 'role' | 'score' | 'grade' | 'status';

/** Header text (white space removed) → field. */
const FIELD_HEADERS: ReadonlyMap<string, Field> = new Map<string, Field>([
  ...(['年度', '年份', '考核年度', '评价年度'] as const).map((h): [string, Field] => [h, 'year']),
  ...(['姓名', '委员姓名', '委员'] as const).map((h): [string, Field] => [h, 'name']),
  ['委员编号', 'member_id'],
  ...(['工作单位', '所在单位', '单位', '工作单位及职务'] as const).map((h): [string, Field] => [h, 'unit']),
  ['界别', 'sector'],
  ...(['专委会', '所在专委会', '专门委员会'] as const).map((h): [string, Field] => [h, 'committee']),
  ...(['联络组', '所属联络组'] as const).map((h): [string, Field] => [h, 'liaison_group']),
  ...(['政协职务'] as const).map((h): [string, Field] => [h, 'role']),
  ...(['得分', '总分', '综合得分', '考核得分', '评价得分', '分数', '评分'] as const).map((h): [string, Field] => [h, 'score']),
  ...(['等次', '考核等次', '评定等次', '评价等次', '等级', '考核结果', '评价结果'] as const).map((h): [string, Field] => [h, 'grade']),
  ['状态', 'status'],
]);
/** Columns knowingly not read (numbering, rank, remarks, private numbers). */
const IGNORED: ReadonlySet<string> = new Set(['序号', '排名', '名次', '备注', '性别', '党派', '政治面貌', '职务', '联系电话', '手机', '身份证号', '身份证号码', '出生年月']);
const SUBTOTAL = /^(合计|小计|总计|平均|共计)/;
const STATUS: ReadonlyMap<string, MemberStatus> = new Map([
  ['已评分', 'graded'],
  ['已评价', 'graded'],
  ['否决', 'vetoed'],
  ['待核实', 'pending'],
]);
const HEADER_SCAN_ROWS = 15;

/** A row of an earlier year, before matching (no archive number yet). */
export type ImportedRow = Omit<ArchiveRecord, 'person'> & { readonly row: number };

export interface ResultsTable {
  readonly rows: readonly ImportedRow[];
  readonly labels: ReadonlyMap<string, string>;
  readonly findings: readonly Finding[];
}

export type ResultsRead = { readonly kind: 'table'; readonly table: ResultsTable } | { readonly kind: 'none' } | { readonly kind: 'no_year'; readonly sheet: string };

function text(v: CellValue | undefined): string {
  return v === null || v === undefined || typeof v === 'object' ? '' : String(v).trim();
}

function compact(s: string): string {
  return s.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
}

/** The header row: a name column and a score or grade column. */
function findHeader(sheet: SheetSnapshot): number | null {
  for (let r = 1; r <= Math.min(sheet.values.length, HEADER_SCAN_ROWS); r++) {
    const fields = new Set((sheet.values[r - 1] ?? []).map((v) => FIELD_HEADERS.get(compact(text(v)))));
    if (fields.has('name') && (fields.has('score') || fields.has('grade'))) return r;
  }
  return null;
}

/** The year of a row as written in a 年度 cell: 2023, 「2023」, 「2023年」, 「2023年度」. */
export function yearOfCell(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2099 ? v : null;
  const t = text(v);
  if (t === '') return null;
  const y = /^\d{4}$/.test(t) ? Number(t) : yearInText(t, false);
  return y !== null && y >= 1900 && y <= 2099 ? y : null;
}

/** The year the table's title rows, its sheet name or its file name give (in that order), or null. */
export function tableYearOf(sheet: SheetSnapshot, header: number, fileName: string): number | null {
  for (let r = 1; r < header; r++) {
    for (const v of sheet.values[r - 1] ?? []) {
      if (typeof v !== 'string') continue;
      const y = yearInText(v, false);
      if (y !== null) return y;
    }
  }
  return yearInText(sheet.name, true) ?? yearInText(fileName.replace(/\.xlsx?$/i, ''), true);
}

export function readResultsTable(sheet: SheetSnapshot, fileName: string): ResultsRead {
  const header = findHeader(sheet);
  if (header === null) return { kind: 'none' };
  const place = (row: number | null, cell: string | null, member: string | null = null): { sheet: string; cell: string | null; row: number | null; member: string | null } => ({ sheet: sheet.name, cell, row, member });
  const findings: Finding[] = [];
  const fields = new Map<Field, number>();
  const counts: { key: string; col: number }[] = [];
  const labels = new Map<string, string>();
  const matcher = headerMatcher([]);
  (sheet.values[header - 1] ?? []).forEach((v, i) => {
    const h = text(v);
    if (h === '') return;
    const field = FIELD_HEADERS.get(compact(h));
    if (field !== undefined && !fields.has(field)) {
      fields.set(field, i);
      return;
    }
    if (IGNORED.has(compact(h))) return;
    const m = matcher.single(h);
    if (m !== null && m.kind !== 'identity' && !counts.some((c) => c.key === m.key)) {
      counts.push({ key: m.key, col: i });
      labels.set(m.key, h);
      return;
    }
    findings.push(finding('archive.column_unknown', place(header, cellAddress(header, i + 1)), { sheet: sheet.name, header: h, column: columnLetter(i + 1) }));
  });
  const tableYear = tableYearOf(sheet, header, fileName);
  const col = (f: Field): number => fields.get(f) ?? -1;
  const rows: ImportedRow[] = [];
  let noYear = false;
  for (let r = header + 1; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1] ?? [];
    if (row.every((v) => text(v) === '')) continue;
    const get = (f: Field): CellValue | undefined => (col(f) < 0 ? undefined : row[col(f)]);
    const name = text(get('name')).replace(/\s+/g, '');
    const skip = (reason: string, cell: string | null = null): void => void findings.push(finding('archive.row_skipped', place(r, cell, name || null), { sheet: sheet.name, row: r, reason }));
    if (name === '') {
      skip('没有姓名');
      continue;
    }
    if (SUBTOTAL.test(name)) {
      skip(`是「${name}」行，不是委员`);
      continue;
    }
    const yearCell = get('year');
    const year = text(yearCell) !== '' ? yearOfCell(yearCell) : tableYear;
    if (year === null) {
      if (text(yearCell) !== '') skip(`年度「${text(yearCell)}」不是四位数的年份`, cellAddress(r, col('year') + 1));
      else noYear = true;
      continue;
    }
    const statusWord = text(get('status'));
    const status = statusWord === '' ? null : (STATUS.get(statusWord) ?? undefined);
    if (status === undefined) {
      skip(`状态「${statusWord}」应为 已评分、否决 或 待核实`, cellAddress(r, col('status') + 1));
      continue;
    }
    const scoreValue = cellNumber(get('score'));
    if (scoreValue === 'bad' && status !== 'pending') {
      skip(`得分「${text(get('score'))}」不是数字`, cellAddress(r, col('score') + 1));
      continue;
    }
    const score = scoreValue === 'bad' ? null : scoreValue;
    const grade = text(get('grade')) || null;
    // Without a 状态 cell a row is a result; one with neither score nor grade is skipped (said), never made 待核实.
    const final: MemberStatus = status ?? 'graded';
    if (final !== 'pending' && score === null && grade === null) {
      skip('没有得分和等次');
      continue;
    }
    const memberCounts = rowCounts({ row, r, counts, labels, sheet: sheet.name, member: name }, findings);
    rows.push({
      year,
      row: r,
      name,
      memberId: text(get('member_id')) || null,
      unit: text(get('unit')) || null,
      sector: text(get('sector')) || null,
      committee: text(get('committee')) || null,
      liaisonGroup: text(get('liaison_group')) || null,
      role: text(get('role')) || null,
      counts: memberCounts,
      score: final === 'pending' ? null : score,
      grade: final === 'pending' ? null : grade,
      status: final,
    });
  }
  if (noYear) return { kind: 'no_year', sheet: sheet.name };
  return { kind: 'table', table: { rows, labels, findings } };
}
