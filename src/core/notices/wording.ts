/**
 * The wording of the notices: the office's own texts from the method's notice settings, else
 * the built-in defaults below; and the placeholder values every notice shares.
 */
import { extensionLabel } from '../method/expression-extensions';
import { CONDITION_FIELDS } from '../method/resolve-names';
import { builtinLabel } from '../columns';
import type { MemberResult, Method, NoticeSettings } from '../types';
import type { DateParts, NoticeContext } from './context';
import type { PlaceholderValues } from './placeholders';

export const DEFAULT_TEXTS = {
  circularTitle: '关于{本会}委员{年度}年度履职情况的通报',
  circularOpening: '根据《{办法}》，{本会}对全体委员{年度}年度的履职情况进行了统计和综合评价。全体委员{人数}人，参加综合评价{评价人数}人，其中{各等次人数}。现将有关情况通报如下。',
  circularPendingSentence: '另有{待核实人数}名委员的部分履职数据正在核实，核实后另行通报。',
  circularClosing:
    '希望受到表扬的委员珍惜荣誉、再接再厉，更好地发挥示范带头作用；希望履职未达到要求的委员认真查找不足，切实改进提高。全体委员要进一步增强履职意识，积极参加政协组织的各项活动，认真履行政治协商、民主监督、参政议政职能，为经济社会高质量发展贡献智慧和力量。',
  unitTitle: '关于{本会}委员{年度}年度履职情况的告知函',
  unitOpening: '根据《{办法}》，{本会}对委员{年度}年度的履职情况进行了统计和综合评价。现将贵单位{人数}名委员的履职情况告知如下。感谢贵单位对委员履职工作的支持，请继续支持和督促委员积极履职尽责。',
  unitClosing: '特此告知。',
  slipTitle: '{年度}年度政协委员履职情况告知单',
  slipOpening: '根据《{办法}》，现将您{年度}年度的履职情况和综合评价结果告知如下。如对统计结果有异议，请与{发文单位}联系核实。',
} as const;

export const NO_UNIT = '未填写单位';
export const NO_COMMITTEE = '未填写专委会';
export const PENDING_GRADE = '待核实';

/** Notice settings with every default applied. */
export interface Wording {
  readonly year: number;
  readonly office: string;
  readonly date: string;
  readonly docNumber: string | null;
  readonly circularTitle: string;
  /** 主送 of the circular, ending in a full-width colon: 「各位委员：」 by default. */
  readonly recipients: string;
  /** null: the built-in opening (with the pending sentence when members are pending). */
  readonly circularOpening: string | null;
  readonly circularClosing: string;
  readonly circularGroupBy: NoticeSettings['circularGroupBy'];
  readonly pending: NoticeSettings['pending'];
  readonly unitTitle: string;
  readonly unitOpening: string;
  readonly unitClosing: string;
  readonly slipTitle: string;
  readonly slipOpening: string;
}

export function wording(ctx: NoticeContext): Wording {
  const n = ctx.method.notice;
  return {
    year: ctx.year,
    office: text(n?.office) ?? defaultOffice(ctx.method.title),
    date: text(n?.date) ?? dateText(ctx.today),
    docNumber: text(n?.docNumber),
    circularTitle: text(n?.circularTitle) ?? DEFAULT_TEXTS.circularTitle,
    recipients: recipientsLine(text(n?.recipients) ?? CIRCULAR_RECIPIENTS),
    circularOpening: text(n?.circularOpening),
    circularClosing: text(n?.circularClosing) ?? DEFAULT_TEXTS.circularClosing,
    circularGroupBy: n?.circularGroupBy ?? 'grade',
    pending: n?.pending ?? 'list',
    unitTitle: text(n?.unitTitle) ?? DEFAULT_TEXTS.unitTitle,
    unitOpening: text(n?.unitOpening) ?? DEFAULT_TEXTS.unitOpening,
    unitClosing: text(n?.unitClosing) ?? DEFAULT_TEXTS.unitClosing,
    slipTitle: text(n?.slipTitle) ?? DEFAULT_TEXTS.slipTitle,
    slipOpening: text(n?.slipOpening) ?? DEFAULT_TEXTS.slipOpening,
  };
}

/** 2025年12月26日 (Arabic numerals, no leading zeros, GB/T 9704). */
export function dateText(d: DateParts): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/** 「政协X区委员会办公室」 from a method titled 「政协X区委员会委员履职综合评价办法」, else 「区政协办公室」. */
export function defaultOffice(methodTitle: string): string {
  const m = /^(.*?委员会)/.exec(methodTitle.trim());
  return m && m[1].length > 3 ? `${m[1]}办公室` : '区政协办公室';
}

/**
 * The committee's own name: the issuing office without 「办公室」 (「政协X区委员会」), else the start of the
 * method's title up to 「委员会」, else 「区政协」. Titles of the working sheets carry it; a unit of this name is the
 * committee itself, not an employer unit.
 */
export function committeeName(method: Method): string {
  const office = text(method.notice?.office);
  const fromOffice = office === null ? null : /^(.+?委员会)/.exec(office)?.[1] ?? office.replace(/(办公室|办公厅|机关)$/, '');
  if (fromOffice && fromOffice.length > 2) return fromOffice;
  const fromTitle = /^(.*?委员会)/.exec(method.title.trim())?.[1];
  return fromTitle && fromTitle.length > 3 ? fromTitle : '区政协';
}

function text(s: string | null | undefined): string | null {
  return s === null || s === undefined || s.trim() === '' ? null : s.trim();
}

/** Placeholders every notice knows: {年度} {办法} {发文单位} {日期} {文号} {本会} (the committee's name, never assumed to be a 区). */
export function basePlaceholders(method: Method, w: Wording): Record<string, string | number> {
  return { 年度: w.year, 办法: method.title, 发文单位: w.office, 日期: w.date, 文号: w.docNumber ?? '', 本会: committeeName(method) };
}

/**
 * Count placeholders over a set of members: {人数} {评价人数} {待核实人数} {各等次人数}
 * (「优秀3人、良好5人」, grades without members left out) and {<等次>人数} per grade.
 */
export function countPlaceholders(method: Method, members: readonly MemberResult[]): PlaceholderValues {
  const values: Record<string, string | number> = {
    人数: members.length,
    评价人数: members.filter((m) => m.status !== 'pending').length,
    待核实人数: members.filter((m) => m.status === 'pending').length,
  };
  const parts: string[] = [];
  for (const g of method.grades) {
    const count = members.filter((m) => m.status !== 'pending' && m.grade === g.name).length;
    values[`${g.name}人数`] = count;
    if (count > 0) parts.push(`${g.name}${count}人`);
  }
  values['各等次人数'] = parts.length > 0 ? parts.join('、') : '无';
  return values;
}

/** Placeholders of one member: {姓名} {等次} {得分} {名次} {单位} {界别} {专委会}. */
export function memberPlaceholders(m: MemberResult): PlaceholderValues {
  return {
    姓名: m.name,
    等次: m.status === 'pending' ? PENDING_GRADE : (m.grade ?? ''),
    得分: m.score === null ? '' : m.score.toFixed(2),
    名次: m.rank ?? '',
    单位: unitOf(m),
    界别: m.sector ?? '',
    专委会: m.committee ?? '',
  };
}

export function unitOf(m: MemberResult): string {
  const u = m.unit?.replace(/\s+/g, '');
  return u ? u : NO_UNIT;
}

/** The one neutral line a pending member (and the member's unit) reads: no cell, row, code or instruction. */
export const PENDING_LINE = '您的部分履职数据正在核实，核实后另行告知。';

/** 主送 of the circular by default (GB/T 9704: the addressees, flush left, ending in a full-width colon). */
export const CIRCULAR_RECIPIENTS = '各位委员：';

/** The 主送 line as printed: the office's text with one full-width colon at its end (「各位委员」, 「各位委员:」 → 「各位委员：」). */
export function recipientsLine(text: string): string {
  return `${text.trim().replace(/[：:]+$/, '')}：`;
}

/**
 * The members as notices list them: each member once, whatever the table's duplicates (a row that
 * member.duplicate names as a repeat of an earlier row is left out; the earlier row stays, pending).
 */
export function noticeMembers(ctx: NoticeContext): readonly MemberResult[] {
  const repeats = new Set((ctx.findings ?? []).filter((f) => f.code === 'member.duplicate' && f.row !== null).map((f) => f.row as number));
  return repeats.size === 0 ? ctx.results : ctx.results.filter((m) => !repeats.has(m.row));
}

/** The Chinese label of a variable in a condition: the method's item label, else the built-in one; `standing` is 常委. */
export function labelOf(method: Method): (variable: string) => string {
  const labels = new Map(method.items.map((i) => [i.key, i.label]));
  return (v) => labels.get(v) ?? CONDITION_FIELDS.get(v) ?? (v === 'standing' ? '常委' : (builtinLabel(v) ?? extensionLabel(v) ?? v));
}

/**
 * Whether a unit is the committee itself (its members work for the CPPCC: 驻会 chairs, the office):
 * 「政协X区委员会」 and what starts with it (「政协X区委员会办公室」), 「X区政协」 and 「X区政协机关」, 「区政协」.
 */
export function isCommitteeItself(unit: string, method: Method): boolean {
  const u = unit.replace(/\s+/g, '');
  const name = committeeName(method);
  const place = /^政协(.+?)委员会$/.exec(name)?.[1];
  const names = [name, ...(place ? [`${place}政协`] : []), '区政协', '县政协', '市政协'];
  return names.some((n) => u === n || (u.startsWith(n) && /^(办公室|机关|办公厅|委员会)/.test(u.slice(n.length))) || (n === name && u.startsWith(n)));
}
