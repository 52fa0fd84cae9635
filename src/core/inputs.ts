/**
 * The one place that decides what a run's inputs are: which method applies (option, 评价办法
 * sheet, or the example), where the member table is, which columns feed each item of the method
 * (with their header text and letters), which items no column feeds (`method.item_unbound`,
 * CONTRACT.md §7) and which header columns nothing reads. runPipeline and the task pane's
 * overview both call it, so what the pane shows before a run is what the run uses.
 */
import { isArchiveName } from './archive/read-archive';
import { isArchiveSheet } from './archive/archive-sheet';
import { columnLetter, cellAddress } from './a1';
import { builtinLabel, COUNT_COLUMNS, isBuiltinCountKey, isRecordKey } from './columns';
import { readRecords } from './records/read-records';
import { PROPOSAL_SHEET, recordSheetNames, recordsSource, type RecordsFile, type RecordsSource } from './records/record-sheets';
import { finding } from './findings';
import { namesIn } from './method/expression';
import { CONDITION_FIELDS, STANDING } from './method/resolve-names';
import { chooseMethod, type MethodChoice } from './method-choice';
import { METHOD_SHEET, SHEETS } from './sheet-names';
import type { Snapshot } from './snapshot';
import { HeaderGrid } from './table/header-grid';
import { locateTable, type LocateResult } from './table/locate-table';
import { headerAsWritten, normalizeHeader } from './table/normalize-header';
import type { Finding, Method, MethodItem, TableLocation } from './types';

export interface InputColumn {
  readonly col: number;
  /** Column letters, e.g. "F". */
  readonly letter: string;
  /** The header as written (group and sub-header joined with "/"). */
  readonly header: string;
}

/** An item of the method (or a key its conditions name) and the columns that feed it. */
export interface ItemFeed {
  readonly key: string;
  readonly label: string;
  /** The key whose columns feed it: its `count`, else its own key. */
  readonly source: string;
  readonly columns: readonly InputColumn[];
  /** Whether the item scores (non-zero points or bands); else it is only named in a condition. */
  readonly scored: boolean;
  /** Fed by the office's records (proposal credit; or counts the records give where the method's countsFrom chooses them). */
  readonly fromRecords?: boolean;
}

/** Something the method uses that no column of the table holds: it counts 0 (an identity field: missing) for everyone. */
export interface UnboundInput {
  readonly key: string;
  readonly label: string;
  /** `records`: a key only 提案登记 gives (proposal_credit), and there is none. */
  readonly kind: 'item' | 'identity' | 'records';
  /** Header names the table was searched for. */
  readonly tried: readonly string[];
}

/** A header column that feeds nothing. */
export interface UnusedColumn extends InputColumn {
  readonly row: number;
}

export interface TableInputs {
  /** The member table, or table.not_found. */
  readonly table: LocateResult;
  /** Every item of the method, then keys named only in conditions; empty without a table or method. */
  readonly feeds: readonly ItemFeed[];
  readonly unbound: readonly UnboundInput[];
  readonly unused: readonly UnusedColumn[];
}

export interface InputsDecision extends TableInputs {
  readonly method: MethodChoice;
}

/** The office's records a run would read (CONTRACT.md §8), for the pane and the report. */
export interface RecordsSummary {
  readonly origin: 'sheet' | 'file';
  readonly file: string | null;
  /** Record rows of 活动记录, proposals of 提案登记 (0 where the sheet is missing). */
  readonly activities: number;
  readonly proposals: number;
}

export interface InputsOptions {
  /** --sheet, or the pane's choice; else the sheet whose header matches best. */
  readonly sheet?: string;
  /** A method given explicitly (--method, or the pane's choice). */
  readonly method?: Method;
  /** A records file (`run --records`); else the workbook's own 活动记录 / 提案登记 sheets. */
  readonly records?: RecordsFile | null;
}

/** Sheets never taken as member tables: generated sheets (also when renamed by the bookkeeping), 评价办法 and the office's records (活动记录, 提案登记). */
export function excludedSheets(snapshot: Snapshot): string[] {
  const generated = new Set(snapshot.bookkeeping.generatedSheets);
  // The archive stays the archive when a clerk edited it (it is no longer listed as generated): never a member table.
  const archives = snapshot.sheets.filter((s) => (isArchiveName(s.name) && isArchiveSheet(s)) || s.name === SHEETS.archiveMatch).map((s) => s.name);
  return [...new Set([...generated, METHOD_SHEET, ...recordSheetNames(snapshot), ...Object.values(SHEETS).filter((n) => generated.has(n)), ...archives])];
}

/** Visible sheets that may hold the member table, in workbook order. */
export function candidateSheets(snapshot: Snapshot): string[] {
  const excluded = new Set(excludedSheets(snapshot));
  return snapshot.sheets.filter((s) => s.visible !== false && !excluded.has(s.name)).map((s) => s.name);
}

import { methodColumns } from './method-columns';

export { methodColumns };

function scores(item: MethodItem): boolean {
  return item.tiers === null ? item.points !== 0 : item.tiers.some((t) => t.points !== 0);
}

/** Keys (and identity fields) the method's conditions name: requirements, vetoes, item `when`s, the shortlist's `when`. */
function namedInConditions(method: Method): Set<string> {
  const out = new Set<string>();
  for (const r of method.requirements) namesIn(r.when.expr, out);
  for (const v of method.vetoes) namesIn(v.when.expr, out);
  for (const i of method.items) if (i.when !== null) namesIn(i.when.expr, out);
  if (method.shortlist?.when) namesIn(method.shortlist.when.expr, out);
  return out;
}

const MAX_TRIED = 8;

/** The header names searched for a key: the method's own names first, then the built-in vocabulary. */
function triedNames(key: string, method: Method): string[] {
  const own = methodColumns(method).find((c) => c.key === key)?.headers ?? [];
  const vocabulary = COUNT_COLUMNS.find((c) => c.key === key)?.headers ?? [];
  const all = [...new Set([...own, ...vocabulary])];
  return all.length > MAX_TRIED ? [...all.slice(0, MAX_TRIED), '…'] : all;
}

const IDENTITY_HEADERS: Readonly<Record<string, readonly string[]>> = {
  role: ['政协职务', '是否常委'],
  sector: ['界别'],
  committee: ['专委会', '所在专委会', '专门委员会'],
  liaison_group: ['联络组', '所属联络组'],
  unit: ['工作单位', '所在单位', '工作单位及职务'],
};

/** Header columns that carry no count by nature (序号, 备注…) or common identity details the product does not use. */
const NOT_DATA: ReadonlySet<string> = new Set(
  ['序号', '编号', '备注', '说明', '签名', '签字', '本人签字', '填表说明', '附注', '民族', '出生年月', '出生日期', '年龄', '学历', '学位', '籍贯', '职称', '届次', '其他说明', '来源文件'].map(
    (h) => normalizeHeader(h).strict,
  ),
);

function unusedColumns(snapshot: Snapshot, location: TableLocation): UnusedColumn[] {
  const sheet = snapshot.sheets.find((s) => s.name === location.sheet);
  if (!sheet) return [];
  const [top, bottom] = location.headerRows;
  const grid = new HeaderGrid(sheet, bottom ?? top);
  const bound = new Set(location.columns.map((c) => c.col));
  const out: UnusedColumn[] = [];
  for (let c = 1; c <= grid.width; c++) {
    if (bound.has(c)) continue;
    const m = grid.mergeAt(top, c);
    const group = m && m.top === top && m.left !== c ? grid.ownText(top, m.left) : grid.ownText(top, c);
    const sub = bottom === undefined ? '' : grid.ownText(bottom, c);
    const text = sub !== '' ? sub : group;
    if (text === '' || NOT_DATA.has(normalizeHeader(text).strict)) continue;
    const header = group !== '' && sub !== '' ? `${headerAsWritten(group)}/${headerAsWritten(sub)}` : headerAsWritten(text);
    out.push({ col: c, letter: columnLetter(c), header, row: sub !== '' ? (bottom ?? top) : top });
  }
  return out;
}

/** How many records a source holds (as a run reads them), for the pane and the report. */
export function recordsSummary(source: RecordsSource, method: Method): RecordsSummary {
  const read = readRecords(source, [], method);
  return { origin: source.origin, file: source.file, activities: read.activities, proposals: read.proposals };
}

/**
 * The inputs a method and a sheet give: the table, the feeding columns, the unbound items and the
 * unused columns. `records`: the office's records of the run (default: the workbook's own sheets).
 */
export function tableInputs(snapshot: Snapshot, method: Method | null, sheet?: string, records: RecordsSource | null = recordsSource(snapshot)): TableInputs {
  const table = locateTable(snapshot, { sheet, customItems: methodColumns(method), exclude: excludedSheets(snapshot) });
  if (!table.ok || method === null) return { table, feeds: [], unbound: [], unused: table.ok ? unusedColumns(snapshot, table.location) : [] };
  const location = table.location;
  const columnsOf = (key: string): InputColumn[] =>
    location.columns.filter((c) => c.key === key && c.kind !== 'identity').map((c) => ({ col: c.col, letter: columnLetter(c.col), header: c.header }));
  const named = namedInConditions(method);
  const feeds: ItemFeed[] = [];
  const unbound: UnboundInput[] = [];
  const items = new Map(method.items.map((i) => [i.key, i]));
  // Keys the records give and that may score from them (countsFrom records / larger): not unbound without a column.
  const fromRecords = records !== null && (method.countsFrom ?? 'table') !== 'table' ? readRecords(records, [], method).covered : new Set<string>();
  const hasProposals = records !== null && records.proposals !== null;
  for (const item of method.items) {
    const source = item.count ?? item.key;
    const columns = columnsOf(source);
    const scored = scores(item);
    const recordKey = isRecordKey(source);
    const fed = recordKey ? hasProposals : fromRecords.has(source);
    feeds.push({ key: item.key, label: item.label, source, columns, scored, ...(fed ? { fromRecords: true } : {}) });
    if (columns.length === 0 && !fed && (scored || named.has(item.key)))
      unbound.push({ key: item.key, label: item.label, kind: recordKey ? 'records' : 'item', tried: recordKey ? [`工作表「${PROPOSAL_SHEET}」`] : triedNames(source, method) });
  }
  const bound = new Set(location.columns.map((c) => c.key));
  for (const key of named) {
    if (items.has(key)) continue;
    if (isBuiltinCountKey(key)) {
      const columns = columnsOf(key);
      const label = builtinLabel(key) ?? key;
      const recordKey = isRecordKey(key);
      const fed = recordKey ? hasProposals : fromRecords.has(key);
      feeds.push({ key, label, source: key, columns, scored: false, ...(fed ? { fromRecords: true } : {}) });
      if (columns.length === 0 && !fed) unbound.push({ key, label, kind: recordKey ? 'records' : 'item', tried: recordKey ? [`工作表「${PROPOSAL_SHEET}」`] : triedNames(key, method) });
    } else if (key === STANDING || CONDITION_FIELDS.has(key)) {
      const field = key === STANDING ? 'role' : key;
      if (bound.has(field) || unbound.some((u) => u.key === field)) continue;
      unbound.push({ key: field, label: CONDITION_FIELDS.get(field) ?? field, kind: 'identity', tried: IDENTITY_HEADERS[field] ?? [] });
    }
  }
  return { table, feeds, unbound, unused: unusedColumns(snapshot, location) };
}

/** The whole decision: the method choice, then the table and its inputs for that method. */
export function decideInputs(snapshot: Snapshot, options: InputsOptions = {}): InputsDecision {
  const method = chooseMethod(snapshot, options.method);
  return { method, ...tableInputs(snapshot, method.ok ? method.method : null, options.sheet, recordsSource(snapshot, options.records)) };
}

/** The findings of a decision: one `method.item_unbound` warning per unbound input, one `column.unused` info per unused column. */
export function inputFindings(inputs: TableInputs): Finding[] {
  if (!inputs.table.ok) return [];
  const sheet = inputs.table.location.sheet;
  const out: Finding[] = [];
  for (const u of inputs.unbound) {
    const item = u.label === u.key ? u.key : `${u.label}（${u.key}）`;
    const effect = u.kind === 'identity' ? '条件中与它的比较一律不成立' : '全体委员此项按 0 计';
    const advice =
      u.kind === 'item'
        ? '请核对表头，或在评价办法中为该项目填写「表头名称」（表中实际的列名）。'
        : u.kind === 'records'
          ? `该项目按办公室的「${PROPOSAL_SHEET}」计算：请在工作簿中加入该工作表，或运行时用 --records 指定记录文件。`
          : '请在表中加上该列，或核对其表头。';
    out.push(finding('method.item_unbound', { sheet, cell: null, row: null, member: null }, { item, key: u.key, label: u.label, tried: u.tried.join('、') || '—', effect, advice }));
  }
  for (const c of inputs.unused) {
    out.push(finding('column.unused', { sheet, cell: cellAddress(c.row, c.col), row: c.row, member: null }, { header: c.header, column: c.letter }));
  }
  return out;
}

/** The report's `source.columns`: the column letters that fed each item (CONTRACT.md §7). */
export function sourceColumns(location: TableLocation, method: Method): Record<string, string[]> {
  const out = Object.create(null) as Record<string, string[]>;
  for (const c of [...location.columns].sort((a, b) => a.col - b.col)) {
    if (c.kind === 'identity') continue;
    (out[c.key] ??= []).push(columnLetter(c.col));
  }
  for (const i of method.items) if (i.count !== null && out[i.count] !== undefined) out[i.key] = [...out[i.count]];
  return out;
}
