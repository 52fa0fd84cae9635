/**
 * duty-stats merge (CONTRACT.md §8): the members' submitted forms → the member table
 * 「委员履职情况统计表」 (one row per member, values copied unchanged, a 来源文件 column), a sheet
 * 「收集情况」 listing every file and its outcome and every finding, and the findings themselves.
 * Pure: the host reads the files (or says why it could not) and passes their modification times.
 *
 * Decisions: a value that is not a whole number ≥ 0 is reported (file, sheet, cell) and copied as
 * it is, so `run` marks the member pending until the office corrects it; identity comes from the
 * roster where a form leaves it blank or spells it differently; of two forms of one member the
 * later modified is kept (the later in file order when the times are equal or unknown).
 */
import { cellAddress, parseCell } from '../a1';
import { builtinLabel, COUNT_COLUMNS, IDENTITY_COLUMNS, isBuiltinCountKey } from '../columns';
import { finding, type FindingPlace } from '../findings';
import { message } from '../i18n/format';
import type { MessageKey } from '../i18n/zh-CN';
import { methodColumns } from '../inputs';
import type { PlanValue, SheetPlan, StyleRun, WritePlan } from '../plan';
import { METHOD_SHEET, SHEETS } from '../sheet-names';
import { EMPTY_BOOKKEEPING, type CellValue, type Snapshot } from '../snapshot';
import { identityText, normalizeName, normalizeRole } from '../table/identity';
import { normalizeCount, normalizeFlag } from '../table/normalize-value';
import { cellText, compact, isBlank } from '../table/text';
import type { Finding, Method, Severity } from '../types';
import { readFormSheet, type FormLayout, type FormMember } from './read-form';
import type { Roster, RosterMember } from './roster';

export const MERGED_SHEET = '委员履职情况统计表';
export const COLLECTION_SHEET = '收集情况';
export const SOURCE_HEADER = '来源文件';

export type UnreadableReason = 'empty' | 'encrypted' | 'old_xls' | 'broken' | 'not_spreadsheet' | 'ods' | 'xlsb' | 'no_workbook' | 'lock_file' | 'io';

export type FormFileInput =
  | { readonly file: string; readonly modified: number | null; readonly snapshot: Snapshot }
  | { readonly file: string; readonly modified: number | null; readonly unreadable: UnreadableReason; readonly detail?: string };

export interface MergeOptions {
  readonly roster?: Roster | null;
  /** The method whose custom items the forms may hold (labels, headers). */
  readonly method?: Method | null;
}

/** A finding of the merge: the §4 shape plus the file it is about (null for the roster's own). */
export interface MergeFinding extends Finding {
  readonly file: string | null;
}

export interface FileOutcome {
  readonly file: string;
  readonly outcome: 'read' | 'skipped';
  /** How it was read (form, one-row table, hand-made labels); null when skipped. */
  readonly layout: FormLayout | null;
  /** Names of the members read from it (also those of a dropped duplicate). */
  readonly members: readonly string[];
  /** Why it was skipped, in Chinese; null when read. */
  readonly reason: string | null;
}

export interface MergedMemberReport {
  readonly name: string;
  readonly unit: string | null;
  readonly memberId: string | null;
  readonly source: string;
  /** Its row in 委员履职情况统计表. */
  readonly row: number;
}

export interface MergeReport {
  readonly version: 1;
  readonly files: readonly FileOutcome[];
  readonly roster: { readonly file: string; readonly sheet: string; readonly members: number } | null;
  readonly members: readonly MergedMemberReport[];
  readonly findings: readonly {
    readonly severity: Severity;
    readonly code: string;
    readonly file: string | null;
    readonly sheet: string;
    readonly cell: string | null;
    readonly row: number | null;
    readonly member: string | null;
    readonly message: string;
  }[];
  readonly summary: {
    readonly files: number;
    readonly read: number;
    readonly skipped: number;
    readonly members: number;
    readonly duplicates: number;
    readonly rosterMissing: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
  };
}

export interface MergeOutcome {
  /** The two sheets, as plain user sheets (the member table is the input of `run`, never a generated sheet). */
  readonly plan: WritePlan;
  readonly findings: readonly MergeFinding[];
  readonly report: MergeReport;
}

interface Candidate {
  readonly file: string;
  readonly order: number;
  readonly modified: number | null;
  readonly form: FormMember;
  readonly source: string;
  name: string;
  identity: Map<string, string>;
  roster: RosterMember | null;
}

const IDENTITY_ORDER = ['name', 'member_id', 'unit', 'title', 'sector', 'committee', 'liaison_group', 'role', 'gender', 'party', 'phone', 'id_number'];
const IDENTITY_LABEL = new Map(IDENTITY_COLUMNS.map((c) => [c.key, c.headers[0]]));
const FIELD_NAME: Readonly<Record<string, string>> = { name: '姓名', member_id: '委员编号', unit: '工作单位', title: '职务', sector: '界别', committee: '专委会', liaison_group: '联络组', role: '政协职务', gender: '性别', party: '党派', phone: '联系电话', id_number: '身份证号' };
const SKIP_SHEETS: ReadonlySet<string> = new Set<string>([METHOD_SHEET, COLLECTION_SHEET, ...Object.values(SHEETS)]);

function mergeFinding(code: Parameters<typeof finding>[0], file: string | null, place: FindingPlace, params: Record<string, string | number>, prefix = ''): MergeFinding {
  const f = finding(code, place, params);
  return { ...f, file, message: prefix + f.message };
}

const text = (key: MessageKey, params: Record<string, string | number> = {}): string => message(key, params);

/** The identity of a form member as text (是否常委 → 常委/委员). */
function identityOf(form: FormMember): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, v] of form.identity) {
    if (isBlank(v.value)) continue;
    const t = key === 'name' ? normalizeName(v.value) : key === 'role' && compact(v.label).startsWith('是否常委') ? normalizeRole(v.value, true) : identityText(v.value);
    if (t !== null && t !== '') out.set(key, t);
  }
  return out;
}

function matchRoster(roster: Roster, c: Candidate): { member: RosterMember } | { reason: string } {
  const id = c.identity.get('member_id');
  if (id !== undefined) {
    const byId = roster.members.find((m) => m.identity.member_id !== undefined && compact(m.identity.member_id) === compact(id));
    if (byId) return { member: byId };
  }
  const named = roster.members.filter((m) => m.name === c.name);
  if (named.length === 1) return { member: named[0] };
  if (named.length === 0) return { reason: text('roster.reason.not_listed') };
  const unit = c.identity.get('unit');
  const byUnit = unit === undefined ? [] : named.filter((m) => m.identity.unit !== undefined && compact(m.identity.unit) === compact(unit));
  if (byUnit.length === 1) return { member: byUnit[0] };
  return { reason: text('roster.reason.ambiguous', { count: named.length }) };
}

function sourceText(file: string, form: FormMember, sheetsWithMembers: number): string {
  if (form.row !== null) return `${file}：${form.sheet} 第 ${form.row} 行`;
  return sheetsWithMembers > 1 ? `${file}：${form.sheet}` : file;
}

function duplicateKey(c: Candidate): string {
  if (c.roster) return `roster:${c.roster.row}`;
  const id = c.identity.get('member_id');
  return id !== undefined ? `id:${compact(id)}` : `name:${c.name}|${compact(c.identity.get('unit') ?? '')}`;
}

function planValue(v: CellValue): PlanValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return cellText(v);
}

export function mergeForms(inputs: readonly FormFileInput[], options: MergeOptions = {}): MergeOutcome {
  const findings: MergeFinding[] = [];
  const files: FileOutcome[] = [];
  const custom = methodColumns(options.method ?? null);
  const customLabels = new Map(custom.map((c) => [c.key, options.method?.items.find((i) => i.key === c.key)?.label ?? c.key]));
  const candidates: Candidate[] = [];

  inputs.forEach((input, order) => {
    const { file } = input;
    const place: FindingPlace = { sheet: '', cell: null, row: null, member: null };
    if ('unreadable' in input) {
      const reason = text(`form.reason.${input.unreadable}`, { detail: input.detail ?? '' });
      findings.push(mergeFinding('form.unreadable', file, place, { file, reason }));
      files.push({ file, outcome: 'skipped', layout: null, members: [], reason });
      return;
    }
    const readings = input.snapshot.sheets
      .filter((s) => s.visible !== false && !SKIP_SHEETS.has(s.name) && !input.snapshot.bookkeeping.generatedSheets.includes(s.name))
      .map((s) => readFormSheet(s, custom));
    const members = readings.flatMap((r) => r.members);
    for (const r of readings) {
      const sheet = r.members[0]?.sheet ?? '';
      for (const c of r.unknownColumns ?? []) {
        findings.push(mergeFinding('column.unused', file, { sheet, cell: c.cell, row: c.row, member: null }, { header: c.header, column: c.letter }, `「${file}」工作表「${sheet}」`));
      }
      for (const row of r.namelessRows) {
        const sheet = r.members[0]?.sheet ?? '';
        findings.push(mergeFinding('form.no_name', file, { sheet, cell: null, row, member: null }, { file, sheet, row }));
      }
    }
    if (members.length === 0) {
      const reason = text(readings.some((r) => r.recognised === 'no_name') ? 'form.reason.no_name' : 'form.reason.nothing');
      findings.push(mergeFinding('form.not_a_form', file, place, { file, reason }));
      files.push({ file, outcome: 'skipped', layout: null, members: [], reason });
      return;
    }
    const sheetsWithMembers = new Set(members.map((m) => m.sheet)).size;
    for (const form of members) {
      const identity = identityOf(form);
      const name = identity.get('name') ?? '';
      candidates.push({ file, order, modified: input.modified, form, source: sourceText(file, form, sheetsWithMembers), name, identity, roster: null });
      for (const count of form.counts) {
        const res = count.kind === 'flag' ? normalizeFlag(count.value) : normalizeCount(count.value);
        const at = parseCell(count.cell);
        const p: FindingPlace = { sheet: form.sheet, cell: count.cell, row: at?.row ?? null, member: name };
        const prefix = `「${file}」工作表「${form.sheet}」`;
        const shown = cellText(count.value);
        if (!res.ok) findings.push(mergeFinding(res.code, file, p, { item: count.label, text: res.code === 'value.private_number' ? '' : shown }, prefix));
        else if (res.normalized) findings.push(mergeFinding('value.normalized', file, p, { item: count.label, text: shown, value: res.value }, prefix));
      }
    }
    files.push({ file, outcome: 'read', layout: members[0].layout, members: members.map((m) => normalizeName(m.identity.get('name')?.value ?? null)), reason: null });
  });

  // The roster: identity from it, unknown names, differences.
  const roster = options.roster ?? null;
  if (roster) {
    for (const c of candidates) {
      const m = matchRoster(roster, c);
      if ('reason' in m) {
        findings.push(mergeFinding('roster.unknown', c.file, { sheet: c.form.sheet, cell: null, row: c.form.row, member: c.name }, { file: c.file, reason: m.reason }));
        continue;
      }
      c.roster = m.member;
      for (const [key, value] of Object.entries(m.member.identity)) {
        if (value === undefined) continue;
        const mine = c.identity.get(key);
        if (mine !== undefined && compact(mine) !== compact(value)) {
          const cell = c.form.identity.get(key)?.cell ?? null;
          findings.push(
            mergeFinding('roster.identity_differs', c.file, { sheet: c.form.sheet, cell, row: cell ? (parseCell(cell)?.row ?? null) : null, member: m.member.name }, { member: m.member.name, field: FIELD_NAME[key] ?? key, file: c.file, form: mine, roster: value }),
          );
        }
        c.identity.set(key, value);
      }
      c.name = m.member.name;
    }
  }

  // Duplicates: the later modified is kept.
  const kept: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  let duplicates = 0;
  for (const c of candidates) {
    const key = duplicateKey(c);
    const before = byKey.get(key);
    if (!before) {
      byKey.set(key, c);
      kept.push(c);
      continue;
    }
    duplicates++;
    const later = before.modified !== null && c.modified !== null && c.modified !== before.modified;
    const keepNew = later ? (c.modified ?? 0) > (before.modified ?? 0) : c.order >= before.order;
    const [keep, drop] = keepNew ? [c, before] : [before, c];
    findings.push(
      mergeFinding('form.duplicate', drop.file, { sheet: drop.form.sheet, cell: null, row: drop.form.row, member: c.name }, { member: c.name, first: before.source, second: c.source, kept: keep.source, dropped: drop.source, why: text(later ? 'form.reason.later' : 'form.reason.order') }),
    );
    if (keepNew) {
      kept[kept.indexOf(before)] = c;
      byKey.set(key, c);
    }
  }

  let rosterMissing = 0;
  if (roster) {
    const matched = new Set(kept.map((c) => c.roster).filter((m): m is RosterMember => m !== null));
    for (const m of roster.members) {
      if (matched.has(m)) continue;
      rosterMissing++;
      findings.push(mergeFinding('roster.missing', null, { sheet: roster.sheet, cell: cellAddress(m.row, 1), row: m.row, member: m.name }, { unit: m.identity.unit ?? '工作单位未填' }));
    }
    const position = new Map(roster.members.map((m, i) => [m, i]));
    kept.sort((a, b) => (a.roster ? (position.get(a.roster) ?? 0) : Infinity) - (b.roster ? (position.get(b.roster) ?? 0) : Infinity) || a.order - b.order);
  }

  const table = memberTable(kept, customLabels);
  const members: MergedMemberReport[] = kept.map((c, i) => ({ name: c.name, unit: c.identity.get('unit') ?? null, memberId: c.identity.get('member_id') ?? null, source: c.source, row: i + 2 }));
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const report: MergeReport = {
    version: 1,
    files,
    roster: roster ? { file: roster.file, sheet: roster.sheet, members: roster.members.length } : null,
    members,
    findings: findings.map((f) => ({ severity: f.severity, code: f.code, file: f.file, sheet: f.sheet, cell: f.cell, row: f.row, member: f.member, message: f.message })),
    summary: {
      files: files.length,
      read: files.filter((f) => f.outcome === 'read').length,
      skipped: files.filter((f) => f.outcome === 'skipped').length,
      members: kept.length,
      duplicates,
      rosterMissing,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
  };
  return {
    plan: { sheets: [table, collectionSheet(report)], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING, activate: MERGED_SHEET },
    findings,
    report,
  };
}

interface Column {
  readonly id: string;
  readonly header: string;
}

/** Count columns: one per item key and occurrence (a form with 视察 and 调研 fills inspections twice: 视察调研, 视察调研（2）, summed by `run`). */
function countColumns(kept: readonly Candidate[], customLabels: ReadonlyMap<string, string>): { columns: Column[]; valueOf: (c: Candidate) => Map<string, CellValue> } {
  const slotsByKey = new Map<string, { max: number; label: string; first: number }>();
  const values = new Map<Candidate, Map<string, CellValue>>();
  let seen = 0;
  for (const c of kept) {
    const mine = new Map<string, CellValue>();
    const used = new Map<string, number>();
    for (const count of c.form.counts) {
      const slot = (used.get(count.key) ?? 0) + 1;
      used.set(count.key, slot);
      mine.set(`${count.key}#${slot}`, count.value);
      const s = slotsByKey.get(count.key);
      if (!s) slotsByKey.set(count.key, { max: slot, label: builtinLabel(count.key) ?? customLabels.get(count.key) ?? count.label, first: seen++ });
      else s.max = Math.max(s.max, slot);
    }
    values.set(c, mine);
  }
  const builtinOrder = (k: string): number => (isBuiltinCountKey(k) ? BUILTIN_POSITION.get(k) ?? 0 : 10_000);
  const keys = [...slotsByKey.keys()].sort((a, b) => builtinOrder(a) - builtinOrder(b) || (slotsByKey.get(a)?.first ?? 0) - (slotsByKey.get(b)?.first ?? 0));
  const columns: Column[] = [];
  for (const key of keys) {
    const s = slotsByKey.get(key);
    if (!s) continue;
    for (let n = 1; n <= s.max; n++) columns.push({ id: `${key}#${n}`, header: n === 1 ? s.label : `${s.label}（${n}）` });
  }
  return { columns, valueOf: (c) => values.get(c) ?? new Map() };
}

/** Built-in items in the vocabulary's order (the order of the printed table), custom ones after. */
const BUILTIN_POSITION = new Map(COUNT_COLUMNS.map((c, i) => [c.key, i]));

function memberTable(kept: readonly Candidate[], customLabels: ReadonlyMap<string, string>): SheetPlan {
  const identityKeys = IDENTITY_ORDER.filter((k) => k === 'name' || k === 'unit' || kept.some((c) => c.identity.has(k)));
  const { columns, valueOf } = countColumns(kept, customLabels);
  const header: PlanValue[] = [...identityKeys.map((k) => IDENTITY_LABEL.get(k) ?? k), ...columns.map((c) => c.header), SOURCE_HEADER];
  const rows: PlanValue[][] = kept.map((c) => {
    const values = valueOf(c);
    return [...identityKeys.map((k) => c.identity.get(k) ?? null), ...columns.map((col) => planValue(values.get(col.id) ?? null)), c.source];
  });
  const width = header.length;
  const last = rows.length + 1;
  const styles: StyleRun[] = [
    { range: `A1:${cellAddress(1, width)}`, style: { font: { bold: true }, fill: '#F2F2F2', horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' } },
  ];
  if (rows.length > 0) styles.push({ range: `A2:${cellAddress(last, width)}`, style: { border: 'thin' } });
  return {
    name: MERGED_SHEET,
    values: [header, ...rows],
    styles,
    merges: [],
    columnWidths: header.map((_, i) => (i === width - 1 ? 30 : i < identityKeys.length ? 14 : 10)),
    rowHeights: [{ row: 1, height: 36 }],
    hyperlinks: [],
    pageBreaks: [],
    freeze: { rows: 1, columns: 1 },
  };
}

const SEVERITY_TEXT: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

function collectionSheet(report: MergeReport): SheetPlan {
  const s = report.summary;
  const values: PlanValue[][] = [
    ['填报表收集情况'],
    [`共 ${s.files} 个文件：读取 ${s.read} 个，跳过 ${s.skipped} 个；汇总委员 ${s.members} 位${report.roster ? `，名册 ${report.roster.members} 位，未交 ${s.rosterMissing} 位` : ''}；重复提交 ${s.duplicates} 份。`],
    [],
    ['序号', '文件', '结果', '委员', '说明'],
  ];
  report.files.forEach((f, i) => values.push([i + 1, f.file, f.outcome === 'read' ? '已读取' : '已跳过', f.members.join('、'), f.reason ?? '']));
  values.push([]);
  const findingsHeader = values.length + 1;
  values.push(['级别', '文件', '工作表', '单元格', '委员', '说明']);
  for (const f of report.findings) values.push([SEVERITY_TEXT[f.severity], f.file ?? '', f.sheet, f.cell ?? '', f.member ?? '', f.message]);
  if (report.findings.length === 0) values.push(['', '', '', '', '', '没有发现问题。']);
  const filesHeader = 4;
  return {
    name: COLLECTION_SHEET,
    values,
    styles: [
      { range: 'A1', style: { font: { bold: true, size: 14 } } },
      { range: `A${filesHeader}:E${filesHeader}`, style: { font: { bold: true }, fill: '#F2F2F2', border: 'thin' } },
      { range: `A${findingsHeader}:F${findingsHeader}`, style: { font: { bold: true }, fill: '#F2F2F2', border: 'thin' } },
      { range: `F${findingsHeader + 1}:F${values.length}`, style: { wrap: true } },
    ],
    merges: [],
    columnWidths: [8, 28, 14, 16, 10, 70],
    rowHeights: [],
    hyperlinks: [],
    pageBreaks: [],
    freeze: { rows: 0, columns: 0 },
  };
}
