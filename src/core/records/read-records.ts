/**
 * The office's records → recorded counts per member (CONTRACT.md §8, issue 12 point 4).
 *
 * 活动记录 (日期, 活动名称, 计分项目, 姓名, 出勤): one row per person and activity. 计分项目 names
 * an item by its key, label, `headers` or the built-in header vocabulary. For a meeting with
 * attendance items (全体会议, 常委会议) the 出勤 chooses the item (全体会议 + 请假 → plenary_leave);
 * for any other item 出席 counts 1 and 请假 / 无故缺席 count nothing (the member did not take part).
 *
 * 提案登记 (案号, 标题, 第一提案人, 联名提案人, 是否立案, 是否重点, 是否优秀, 是否集体提案): one row
 * per proposal. The first proposer counts proposals_lead, each co-signer proposals_joint. 立案,
 * 重点 and 优秀 count on the first proposer's side only (proposals_accepted, _key, _excellent):
 * the member table's 提案立案 column counts the member's own accepted proposals (DOMAIN.md: some
 * exports' 提交提案 column "really counts accepted proposals as first proposer"), and a
 * co-signer's accepted proposal stays under proposals_joint. Proposal credit: proposal-credit.ts.
 *
 * Never silent: a row whose 计分项目, 姓名 or 出勤 cannot be understood is a finding at its cell
 * in the records sheet and is not counted; headers are matched as the member table's are
 * (white space, bracketed units and a trailing 情况 ignored).
 */
import { BARE_MEETING_NAMES, isBuiltinCountKey, isRecordKey } from '../columns';
import { cellAddress } from '../a1';
import { finding } from '../findings';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { headerMatcher } from '../table/match-header';
import { normalizeHeader } from '../table/normalize-header';
import { normalizeName } from '../table/identity';
import { cellText, compact, isBlank, trimAll } from '../table/text';
import type { Finding, FindingParams, MemberRecord, Method } from '../types';
import { methodColumns } from '../method-columns';
import { splitNameList } from './name-list';
import { creditShares, type ProposalEntry } from './proposal-credit';
import type { RecordsSource } from './record-sheets';
import { ZERO, add, type Rational } from './rational';

/** A row of a records sheet that fed a recorded count. */
export interface RecordRef {
  readonly sheet: string;
  readonly row: number;
}

/** What the records say about one member. */
export interface MemberRecorded {
  readonly counts: Map<string, number>;
  readonly refs: Map<string, RecordRef[]>;
  credit: Rational;
  creditAccepted: Rational;
}

export interface RecordsRead {
  readonly source: RecordsSource;
  /** Record rows read from 活动记录 (blank rows left out). */
  readonly activities: number;
  /** Proposals read from 提案登记. */
  readonly proposals: number;
  /** Whether 提案登记 could be read (proposal_credit is bound to it). */
  readonly hasProposals: boolean;
  /** Keys the records speak about: only these are compared with the table and may score from the records. */
  readonly covered: ReadonlySet<string>;
  /** By member row. */
  readonly byRow: ReadonlyMap<number, MemberRecorded>;
  readonly findings: readonly Finding[];
}

type Attendance = 'attended' | 'leave' | 'absent';

const ATTENDANCE_WORDS: ReadonlyMap<string, Attendance> = new Map([
  ...['出席', '参加', '到会', '按时参加', '按时出席', '参会', '√', '✓', '✔'].map((w) => [w, 'attended'] as const),
  ...['请假', '因故请假', '事假', '病假', '公假', '准假'].map((w) => [w, 'leave'] as const),
  ...['无故缺席', '缺席', '未到', '旷会', '未请假缺席', '未经准假无故缺席'].map((w) => [w, 'absent'] as const),
]);

/** The meetings whose attendance is three items (CONTRACT.md §2). */
const FAMILIES: readonly Readonly<Record<Attendance, string>>[] = [
  { attended: 'plenary_attended', leave: 'plenary_leave', absent: 'plenary_absent' },
  { attended: 'standing_attended', leave: 'standing_leave', absent: 'standing_absent' },
];

function familyOf(key: string): Readonly<Record<Attendance, string>> | null {
  return FAMILIES.find((f) => Object.values(f).includes(key)) ?? null;
}

const YES = new Set(['是', '√', '✓', '✔', '1', 'y', 'yes', 'true', '立案', '已立案', '重点', '优秀', '集体', '有']);
const NO = new Set(['', '否', '×', '✗', '0', 'n', 'no', 'false', '不立案', '未立案', '无', '-', '—', '－', '/']);

function flagOf(v: CellValue): boolean | null {
  if (typeof v === 'boolean') return v;
  const t = compact(cellText(v)).toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

const ACTIVITY_COLUMNS = {
  date: ['日期', '活动日期', '时间'],
  activity: ['活动名称', '会议名称', '活动', '名称'],
  item: ['计分项目', '履职项目', '项目'],
  name: ['姓名', '委员姓名', '委员'],
  attendance: ['出勤', '出席', '到会', '考勤'],
} as const;

const PROPOSAL_COLUMNS = {
  number: ['案号', '提案号', '提案编号'],
  title: ['标题', '案由', '提案标题', '提案名称', '题目'],
  lead: ['第一提案人', '领衔提案人', '主笔人', '提案人'],
  joint: ['联名提案人', '附议人', '其他提案人', '联名人'],
  accepted: ['是否立案', '立案'],
  key: ['是否重点', '重点提案', '重点'],
  excellent: ['是否优秀', '优秀提案', '优秀'],
  collective: ['是否集体提案', '集体提案', '集体'],
} as const;

type Columns<T> = { [K in keyof T]: number | null };

const HEADER_SCAN_ROWS = 20;

function headerForms(v: CellValue): string[] {
  if (typeof v !== 'string') return [];
  const f = normalizeHeader(v);
  return [f.strict, f.loose];
}

/** The header row (the first of the top rows holding every required column) and its columns. */
function findHeader<T extends Readonly<Record<string, readonly string[]>>>(sheet: SheetSnapshot, names: T, required: readonly (keyof T)[]): { row: number; cols: Columns<T> } | null {
  const wanted = Object.entries(names).map(([k, hs]) => [k, new Set(hs.map((h) => normalizeHeader(h).strict))] as const);
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, sheet.values.length); r++) {
    const row = sheet.values[r - 1] ?? [];
    const cols = Object.fromEntries(wanted.map(([k]) => [k, null])) as Record<string, number | null>;
    row.forEach((v, i) => {
      const forms = headerForms(v);
      for (const [k, set] of wanted) if (cols[k] === null && forms.some((f) => set.has(f))) {
        cols[k] = i + 1;
        break;
      }
    });
    if (required.every((k) => cols[k as string] !== null)) return { row: r, cols: cols as Columns<T> };
  }
  return null;
}

interface Context {
  readonly source: RecordsSource;
  readonly findings: Finding[];
  readonly byName: ReadonlyMap<string, readonly MemberRecord[]>;
  readonly byRow: Map<number, MemberRecorded>;
  readonly covered: Set<string>;
}

function whereParams(source: RecordsSource): FindingParams {
  return source.file === null ? { where: '', whereEn: '' } : { where: `记录文件「${source.file}」的`, whereEn: `Records file "${source.file}": ` };
}

function report(ctx: Context, code: Parameters<typeof finding>[0], sheet: string, row: number, col: number | null, params: FindingParams): void {
  ctx.findings.push(finding(code, { sheet, cell: col === null ? null : cellAddress(row, col), row, member: null }, { ...whereParams(ctx.source), sheet, ...params }));
}

function recordedOf(ctx: Context, member: MemberRecord): MemberRecorded {
  let r = ctx.byRow.get(member.row);
  if (r === undefined) {
    r = { counts: new Map(), refs: new Map(), credit: ZERO, creditAccepted: ZERO };
    ctx.byRow.set(member.row, r);
  }
  return r;
}

function count(ctx: Context, member: MemberRecord, key: string, ref: RecordRef): void {
  const r = recordedOf(ctx, member);
  r.counts.set(key, (r.counts.get(key) ?? 0) + 1);
  const refs = r.refs.get(key) ?? [];
  refs.push(ref);
  r.refs.set(key, refs);
}

/** The one member a name in a record means; a finding (and null) when none or several. */
function memberNamed(ctx: Context, name: string, raw: string, sheet: string, row: number, col: number): MemberRecord | null {
  const found = ctx.byName.get(name) ?? [];
  if (found.length === 1) return found[0];
  if (found.length === 0) report(ctx, 'records.unknown_member', sheet, row, col, { text: raw === '' ? '（空白）' : raw });
  else report(ctx, 'records.ambiguous_member', sheet, row, col, { text: raw, count: found.length, countEn: String(found.length), rows: found.map((m) => m.row).join('、') });
  return null;
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((v) => isBlank(v));
}

/** 计分项目 → the key it counts: a method item's key or label, the method's headers, the built-in vocabulary or a bare meeting name. */
function itemResolver(method: Method): (text: string) => string | null {
  const matcher = headerMatcher(methodColumns(method));
  const items = new Map(method.items.map((i) => [compact(i.key), i]));
  const labels = new Map(method.items.map((i) => [compact(i.label), i]));
  const bare = new Map(Object.entries(BARE_MEETING_NAMES).map(([n, k]) => [normalizeHeader(n).strict, k]));
  return (text) => {
    const t = compact(text);
    if (t === '') return null;
    const item = items.get(t) ?? labels.get(t);
    if (item !== undefined) return item.count ?? item.key;
    if (isBuiltinCountKey(t)) return t;
    const m = matcher.single(text);
    if (m !== null && m.kind !== 'identity') return m.key;
    return bare.get(normalizeHeader(text).strict) ?? null;
  };
}

function readActivities(ctx: Context, sheet: SheetSnapshot, method: Method): number {
  const header = findHeader(sheet, ACTIVITY_COLUMNS, ['item', 'name']);
  if (header === null) {
    report(ctx, 'records.no_header', sheet.name, 1, 1, { missing: '「计分项目」「姓名」' });
    return 0;
  }
  const { cols } = header;
  if (cols.attendance === null) report(ctx, 'records.attendance_assumed', sheet.name, header.row, null, {});
  const resolve = itemResolver(method);
  let rows = 0;
  for (let r = header.row + 1; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1] ?? [];
    if (isBlankRow(row)) continue;
    rows++;
    const at = (c: number | null): CellValue => (c === null ? null : (row[c - 1] ?? null));
    const itemText = trimAll(cellText(at(cols.item)));
    const key = resolve(itemText);
    if (key === null || isRecordKey(key)) {
      report(ctx, 'records.unknown_item', sheet.name, r, cols.item, { text: itemText === '' ? '（空白）' : itemText });
      continue;
    }
    let attendance: Attendance = 'attended';
    if (cols.attendance !== null) {
      const raw = trimAll(cellText(at(cols.attendance)));
      const a = ATTENDANCE_WORDS.get(compact(raw));
      if (a === undefined) {
        report(ctx, 'records.bad_attendance', sheet.name, r, cols.attendance, { text: raw === '' ? '（空白）' : raw });
        continue;
      }
      attendance = a;
    }
    const nameRaw = trimAll(cellText(at(cols.name)));
    const family = familyOf(key);
    if (family !== null) for (const k of Object.values(family)) ctx.covered.add(k);
    else ctx.covered.add(key);
    const member = memberNamed(ctx, normalizeName(at(cols.name)), nameRaw, sheet.name, r, cols.name ?? 1);
    if (member === null) continue;
    const counted = family !== null ? family[attendance] : attendance === 'attended' ? key : null;
    if (counted !== null) count(ctx, member, counted, { sheet: sheet.name, row: r });
  }
  return rows;
}

function readProposals(ctx: Context, sheet: SheetSnapshot, method: Method): number | null {
  const header = findHeader(sheet, PROPOSAL_COLUMNS, ['lead']);
  if (header === null) {
    report(ctx, 'records.no_header', sheet.name, 1, 1, { missing: '「第一提案人」' });
    return null;
  }
  const { cols } = header;
  ctx.covered.add('proposals_lead');
  if (cols.joint !== null) ctx.covered.add('proposals_joint');
  if (cols.accepted !== null) ctx.covered.add('proposals_accepted');
  if (cols.key !== null) ctx.covered.add('proposals_key');
  if (cols.excellent !== null) ctx.covered.add('proposals_excellent');
  const entries: ProposalEntry[] = [];
  const numbers = new Map<string, number>();
  let rows = 0;
  for (let r = header.row + 1; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1] ?? [];
    if (isBlankRow(row)) continue;
    const at = (c: number | null): CellValue => (c === null ? null : (row[c - 1] ?? null));
    // A proposal registered twice would count twice: the later row is reported and left out.
    const number = compact(cellText(at(cols.number)));
    const first = number === '' ? undefined : numbers.get(number);
    if (first !== undefined) {
      report(ctx, 'records.duplicate_proposal', sheet.name, r, cols.number, { text: number, first });
      continue;
    }
    if (number !== '') numbers.set(number, r);
    rows++;
    const flag = (c: number | null, column: string): boolean => {
      if (c === null) return false;
      const f = flagOf(at(c));
      if (f !== null) return f;
      report(ctx, 'records.bad_flag', sheet.name, r, c, { column, text: trimAll(cellText(at(c))) });
      return false;
    };
    const accepted = flag(cols.accepted, '是否立案');
    const key = flag(cols.key, '是否重点');
    const excellent = flag(cols.excellent, '是否优秀');
    const collective = flag(cols.collective, '是否集体提案');
    const ref = { sheet: sheet.name, row: r };
    const leadRaw = trimAll(cellText(at(cols.lead)));
    const leadName = normalizeName(at(cols.lead));
    // A collective proposal's first proposer is often the group itself (民盟区委): not a member, credits no one.
    const leadFound = ctx.byName.get(leadName) ?? [];
    let lead: MemberRecord | null = null;
    if (collective && leadFound.length === 0) report(ctx, 'records.collective_uncredited', sheet.name, r, cols.lead ?? 1, { text: leadRaw === '' ? '（空白）' : leadRaw });
    else lead = memberNamed(ctx, leadName, leadRaw, sheet.name, r, cols.lead ?? 1);
    if (lead !== null) {
      count(ctx, lead, 'proposals_lead', ref);
      if (accepted) count(ctx, lead, 'proposals_accepted', ref);
      if (key) count(ctx, lead, 'proposals_key', ref);
      if (excellent) count(ctx, lead, 'proposals_excellent', ref);
    }
    const joint: (MemberRecord | null)[] = [];
    const jointText = cols.joint === null ? '' : cellText(at(cols.joint));
    for (const name of splitNameList(jointText)) {
      if (name === leadName) continue;
      const m = memberNamed(ctx, name, name, sheet.name, r, cols.joint ?? 1);
      joint.push(m);
      if (m !== null) count(ctx, m, 'proposals_joint', ref);
    }
    entries.push({ lead, joint, collective, accepted, leadIsMember: leadFound.length > 0 });
  }
  for (const s of creditShares(entries, method.proposalCredit)) {
    const r = recordedOf(ctx, s.member);
    r.credit = add(r.credit, s.share);
    if (s.accepted) r.creditAccepted = add(r.creditAccepted, s.share);
  }
  return rows;
}

/** Reads the records against the members of the table (names compared without white space). */
export function readRecords(source: RecordsSource, members: readonly MemberRecord[], method: Method): RecordsRead {
  const byName = new Map<string, MemberRecord[]>();
  for (const m of members) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  const ctx: Context = { source, findings: [], byName, byRow: new Map(), covered: new Set() };
  const activities = source.activity === null ? 0 : readActivities(ctx, source.activity, method);
  const proposals = source.proposals === null ? null : readProposals(ctx, source.proposals, method);
  return { source, activities, proposals: proposals ?? 0, hasProposals: proposals !== null, covered: ctx.covered, byRow: ctx.byRow, findings: ctx.findings };
}
