/**
 * The method JSON form (CONTRACT.md sections 3 and 7): strict validation into a Method. The
 * first problem stops the parse and is reported with its JSON path (e.g. `items[2].points`) and
 * a Chinese detail. An unknown field anywhere is an error naming its path and the nearest known
 * field (the fields are declared once, in method-fields.ts); a known field of the wrong type is
 * an error. Conditions are stored in one canonical text (Chinese labels, 且/或/非, “…”), so a
 * method read from JSON, from the sheet or from methodToJson compares equal.
 */
import { builtinLabel, COUNT_COLUMNS, isBuiltinCountKey, isRecordKey } from '../columns';
import type {
  Condition,
  CountsFrom,
  Method,
  MethodCategory,
  MethodGrade,
  MethodItem,
  MethodRequirement,
  MethodShortlist,
  MethodTerm,
  MethodTermFlag,
  MethodTier,
  MethodVeto,
  TermOrder,
  NoticeSettings,
  ProposalCredit,
  ShortlistScope,
} from '../types';
import { parseCondition } from './expression';
import { phaseProblem, type ConditionPhase, type Extensions } from './expression-extensions';
import { findJsonSyntaxProblem } from './json-syntax';
import {
  fieldName,
  knownFields,
  COUNTS_FROM_WORDS,
  GROUP_BY_WORDS,
  NOTICE_TEXT_FIELDS,
  PENDING_WORDS,
  ROLES,
  ROUNDING_WORDS,
  SCOPE_WORDS,
  SPLIT_WORD,
  TERM_ORDER_WORDS,
  describeValue,
} from './method-fields';
import {
  child,
  choice,
  element,
  fail,
  field,
  isRecord,
  list,
  MethodProblem,
  optionalPoints,
  optionalText,
  optionalWhole,
  ordered,
  points,
  record,
  text,
} from './method-values';
import { nearestName } from './nearest';
import { renderExpr } from './render-condition';
import { describeOwner, displayName, ItemNames, nameForm } from './resolve-names';

export { methodToJson } from './method-to-json';

export type MethodResult =
  { readonly ok: true; readonly method: Method } | { readonly ok: false; readonly path: string; readonly detail: string };

/** A custom item or category key: letters, digits, underscore or Chinese characters, not starting with a digit, without 且/或/非 (they are operators in conditions). */
const CUSTOM_KEY = /^[A-Za-z_\u3400-\u9fff\uf900-\ufaff][A-Za-z0-9_\u3400-\u9fff\uf900-\ufaff]*$/;
/**
 * Names of JavaScript's Object.prototype (and anything starting with __): never a key, so a
 * lookup by key can never reach a built-in property (issue 10, point 6).
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/** A name of Object.prototype, or one starting with __. */
export function isReservedKey(key: string): boolean {
  return RESERVED_KEYS.has(key) || key.startsWith('__');
}

/** Whether a custom item key is safe: the pattern, and not reserved. */
export function isSafeKey(key: string): boolean {
  return CUSTOM_KEY.test(key) && !/[且或非]/.test(key) && !isReservedKey(key);
}

/** Characters that separate header names in one cell of the 评价办法 sheet. */
export const HEADER_SEPARATORS = /[、,，;；]/;

export interface ParseOptions {
  /** Names and functions conditions may use beyond counts and identity (default: the registered ones). */
  readonly extensions?: Extensions;
}

/** Parses method JSON text; errors name the JSON path (e.g. `items[2].points`) and say what is wrong in Chinese. */
export function parseMethodJson(text: string): MethodResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, path: '', detail: '评价办法文件是空的' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const p = findJsonSyntaxProblem(body);
    return { ok: false, path: '', detail: p ? `JSON 格式错误：第 ${p.line} 行第 ${p.column} 列，${p.reason}` : 'JSON 格式错误' };
  }
  return parseMethodObject(value);
}

/** Validates and normalises an already-parsed JSON value. */
export function parseMethodObject(value: unknown, options: ParseOptions = {}): MethodResult {
  try {
    return { ok: true, method: readMethod(value, options) };
  } catch (e) {
    if (e instanceof MethodProblem) return { ok: false, path: e.path, detail: e.detail };
    throw e;
  }
}

/** Refuses a field the method does not know (CONTRACT.md §7), naming its path and the nearest known field. */
function strict(path: string, obj: Readonly<Record<string, unknown>>): void {
  const known = knownFields(path);
  for (const k of Object.keys(obj)) {
    if (known.includes(k)) continue;
    const where = child(path, k);
    const near = nearestName(k, known, (n) => n.toLowerCase());
    fail(where, near !== null ? `未知字段 ${where}，是否为 ${near}？` : `未知字段 ${where}：「${fieldName(path)}」中可用的字段为 ${known.join('、')}`);
  }
}

/** An object field, checked for unknown fields; null when absent and not required. */
function strictRecord(path: string, v: unknown, required: boolean): Readonly<Record<string, unknown>> | null {
  const r = record(path, v, required);
  if (r !== null) strict(path, r);
  return r;
}

function readMethod(value: unknown, options: ParseOptions): Method {
  if (!isRecord(value)) fail('', `评价办法应为一个 JSON 对象（{ "title": …, "items": […], "grades": […] }），现为${describeValue(value)}`);
  strict('', value);
  const title = text('title', field(value, 'title'));
  const year = readYear(field(value, 'year'));
  const heldObj = strictRecord('held', field(value, 'held'), false);
  const held = {
    plenary: optionalWhole('held.plenary', heldObj && field(heldObj, 'plenary'), 0),
    standing: optionalWhole('held.standing', heldObj && field(heldObj, 'standing'), 0),
  };
  const base = optionalPoints('base', field(value, 'base')) ?? 0;
  const totalObj = strictRecord('total', field(value, 'total'), false);
  const total = {
    min: optionalPoints('total.min', totalObj && field(totalObj, 'min')),
    max: optionalPoints('total.max', totalObj && field(totalObj, 'max')),
  };
  ordered('total', total.min, total.max);
  const categories = readCategories(list('categories', field(value, 'categories'), false));
  const rawItems = list('items', field(value, 'items'), true);
  const names = new ItemNames({ methodBuiltins: builtinKeysOf(rawItems), extensions: options.extensions });
  const drafts = readItems(rawItems, categories, names);
  const grades = readGrades(list('grades', field(value, 'grades'), true));
  const conditions = conditionReader(names, drafts);
  const items = finishItems(drafts, names, conditions);
  const requirements = list('requirements', field(value, 'requirements'), false).map((v, i) =>
    readRequirement(element('requirements', i), v, grades, conditions),
  );
  const vetoes = list('vetoes', field(value, 'vetoes'), false).map((v, i) => readVeto(element('vetoes', i), v, grades, conditions));
  const shortlist = readShortlist(field(value, 'shortlist'), grades, conditions);
  const notice = readNotice(field(value, 'notice'));
  // issue 12: present only where the method gives them, so a first-edition method reads back unchanged.
  const countsFrom = choice<CountsFrom>('countsFrom', field(value, 'countsFrom'), ['table', 'records', 'larger'], 'table', COUNTS_FROM_WORDS);
  const proposalCredit = readProposalCredit(field(value, 'proposalCredit'));
  const term = readTerm(field(value, 'term'), conditions);
  return {
    title, year, held, base, total, categories, items, requirements, vetoes, grades, shortlist, notice,
    ...(countsFrom !== 'table' ? { countsFrom } : {}),
    ...(proposalCredit !== null ? { proposalCredit } : {}),
    ...(term !== null ? { term } : {}),
  };
}

/** A share of a proposal: a number from 0 to 1 with at most four decimals (fractions stay exact, records/rational.ts). */
function share(path: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1 || !/^\d+(\.\d{1,4})?$/.test(String(v)))
    fail(path, `「${fieldName(path)}」应为 0 至 1 之间、最多四位小数的数字，如 0.5，现为${describeValue(v)}`);
  return v;
}

/** `proposalCredit`: `lead` (default 1) and `joint`, "split" (均摊, the default) or a fixed share; lead + joint parts of a proposal never exceed 1 with split. */
function readProposalCredit(v: unknown): ProposalCredit | null {
  const p = strictRecord('proposalCredit', v, false);
  if (p === null) return null;
  const rawLead = field(p, 'lead');
  const lead = rawLead === undefined || rawLead === null ? 1 : share('proposalCredit.lead', rawLead);
  const rawJoint = field(p, 'joint');
  if (rawJoint === undefined || rawJoint === null || rawJoint === 'split' || rawJoint === SPLIT_WORD) return { lead, joint: 'split' };
  if (typeof rawJoint === 'string') fail('proposalCredit.joint', `「联名提案人份额」应为 split（${SPLIT_WORD}）或 0 至 1 之间的数字，现为${describeValue(rawJoint)}`);
  return { lead, joint: share('proposalCredit.joint', rawJoint) };
}

function entry(path: string, v: unknown): Readonly<Record<string, unknown>> {
  if (!isRecord(v)) fail(path, `「${fieldName(path)}」的每一项应为对象（{ … }），第 ${indexOf(path) + 1} 项现为${describeValue(v)}`);
  strict(path, v);
  return v;
}

/** The built-in item keys the method lists (read before the items, so their names stay theirs). */
function builtinKeysOf(values: readonly unknown[]): string[] {
  return values.flatMap((v) => (isRecord(v) && typeof field(v, 'key') === 'string' && isBuiltinCountKey(String(field(v, 'key')).trim()) ? [String(field(v, 'key')).trim()] : []));
}

function indexOf(path: string): number {
  return Number(/\[(\d+)\]$/.exec(path)?.[1] ?? 0);
}

function readYear(v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1000 || v > 9999)
    fail('year', `「年度」应为四位数的年份，如 2025，现为${describeValue(v)}`);
  return v;
}

function readCategories(values: readonly unknown[]): MethodCategory[] {
  const out: MethodCategory[] = [];
  values.forEach((v, i) => {
    const path = element('categories', i);
    const c = entry(path, v);
    const key = text(child(path, 'key'), field(c, 'key'));
    if (isReservedKey(key)) fail(child(path, 'key'), `「类别代码」「${key}」是程序保留的名称，不能用作类别代码，请换一个，如 meetings 或中文名称`);
    const label = optionalText(child(path, 'label'), field(c, 'label')) ?? key;
    for (const other of out) {
      if (other.key === key) fail(child(path, 'key'), `「类别代码」「${key}」重复（与第 ${out.indexOf(other) + 1} 个类别相同）`);
      if (other.label === label || other.key === label)
        fail(child(path, 'label'), `「类别名称」「${label}」与第 ${out.indexOf(other) + 1} 个类别的代码或名称相同`);
      if (other.label === key) fail(child(path, 'key'), `「类别代码」「${key}」与第 ${out.indexOf(other) + 1} 个类别的名称相同`);
    }
    const max = optionalPoints(child(path, 'max'), field(c, 'max'));
    const min = optionalPoints(child(path, 'min'), field(c, 'min'));
    ordered(path, min, max);
    out.push({ key, label, max, min });
  });
  return out;
}

/** An item as read in the first pass: `count` and `when` are resolved once every item's names are known. */
interface ItemDraft {
  readonly item: MethodItem;
  readonly path: string;
  readonly count: string | null;
  readonly when: unknown;
}

function readItems(values: readonly unknown[], categories: readonly MethodCategory[], names: ItemNames): ItemDraft[] {
  const out: ItemDraft[] = [];
  values.forEach((v, i) => {
    const path = element('items', i);
    const it = entry(path, v);
    const key = readItemKey(child(path, 'key'), field(it, 'key'), names);
    const previous = out.findIndex((o) => o.item.key === key);
    if (previous >= 0) fail(child(path, 'key'), `「项目代码」「${key}」重复（第 ${previous + 1} 个计分项目已是此项目）`);
    const builtin = isBuiltinCountKey(key);
    const label = optionalText(child(path, 'label'), field(it, 'label'));
    const headers = readHeaders(child(path, 'headers'), field(it, 'headers'), key);
    const count = optionalText(child(path, 'count'), field(it, 'count'));
    if (isRecordKey(key) && headers.length > 0)
      fail(child(path, 'headers'), `项目「${key}」按「提案登记」工作表计算，不从统计表中读列，请不要填写「表头名称」`);
    if (count !== null && headers.length > 0)
      fail(child(path, 'headers'), `项目「${key}」已填写「计数项目」（按「${count}」的次数计分），不从表中另读列，请不要再填「表头名称」`);
    if (!builtin && label === null && headers.length === 0 && count === null)
      fail(child(path, 'label'), `「${key}」是自定义项目，须填写「项目名称」或「表头名称」，以便在统计表中找到它的列（或填写「计数项目」，按另一项目的次数计分）`);
    // A label names the item's columns, except where the item counts another item's columns.
    if (label !== null) claim(names, label, key, child(path, 'label'));
    headers.forEach((h, j) => claim(names, h, key, element(child(path, 'headers'), j)));
    const scoring = readScoring(path, it);
    const max = optionalPoints(child(path, 'max'), field(it, 'max'));
    const min = optionalPoints(child(path, 'min'), field(it, 'min'));
    ordered(path, min, max);
    out.push({
      path,
      count,
      when: field(it, 'when'),
      item: {
        key,
        label: label ?? builtinLabel(key) ?? headers[0] ?? key,
        headers,
        ...scoring,
        count: null,
        when: null,
        max,
        min,
        category: readCategoryRef(child(path, 'category'), field(it, 'category'), categories),
      },
    });
  });
  return out;
}

/** `points` and `from`, or `tiers` (CONTRACT.md §7): one or the other. */
function readScoring(path: string, it: Readonly<Record<string, unknown>>): Pick<MethodItem, 'points' | 'from' | 'tiers'> {
  const raw = field(it, 'tiers');
  if (raw === undefined || raw === null) {
    const p = field(it, 'points');
    if (p === undefined || p === null) fail(child(path, 'points'), '缺少「每次分值」（应为数字，如 5 或 -10；或填写「分段计分」）');
    return { points: points(child(path, 'points'), p), from: optionalWhole(child(path, 'from'), field(it, 'from'), 1) ?? 1, tiers: null };
  }
  const tiersPath = child(path, 'tiers');
  for (const other of ['points', 'from'] as const) {
    const v = field(it, other);
    if (v !== undefined && v !== null)
      fail(child(path, other), `已填写「分段计分」，不要再填「${fieldName(child(path, other))}」（「起算次数」n 即第一段第 1 至 n−1 次 0 分）`);
  }
  return { points: 0, from: 1, tiers: readTiers(tiersPath, raw) };
}

/** Bands: consecutive, `upTo` increasing whole numbers ≥ 1, the last without `upTo`. */
function readTiers(path: string, v: unknown): MethodTier[] {
  const values = list(path, v, true);
  if (values.length === 0) fail(path, '「分段计分」至少要有一段，如 [{ "upTo": 1, "points": 15 }, { "points": 5 }]');
  const out: MethodTier[] = [];
  values.forEach((t, i) => {
    const at = element(path, i);
    const band = entry(at, t);
    const last = i === values.length - 1;
    const upTo = optionalWhole(child(at, 'upTo'), field(band, 'upTo'), 1);
    if (!last && upTo === null) fail(child(at, 'upTo'), `第 ${i + 1} 段缺少「分段截止次数」：除最后一段外，每段都要写到第几次为止`);
    if (last && upTo !== null) fail(child(at, 'upTo'), `最后一段不写「分段截止次数」（它计以后的每一次），如需封顶请用「单项上限」`);
    const before = out[out.length - 1]?.upTo ?? 0;
    if (upTo !== null && upTo <= before) fail(child(at, 'upTo'), `第 ${i + 1} 段的截止次数 ${upTo} 应大于上一段的 ${before}`);
    out.push({ upTo, points: points(child(at, 'points'), field(band, 'points')) });
  });
  return out;
}

/** Second pass: `count` names another item or a built-in key; `when` is a condition. */
function finishItems(drafts: readonly ItemDraft[], names: ItemNames, read: ConditionReader): MethodItem[] {
  const byKey = new Map(drafts.map((d) => [d.item.key, d]));
  return drafts.map((d) => {
    let count: string | null = null;
    if (d.count !== null) {
      const at = child(d.path, 'count');
      const target = names.item(d.count);
      if (target === null) {
        const near = names.nearest(d.count);
        fail(at, `「计数项目」「${d.count}」不是项目代码或项目名称${near !== null ? `，是否为 ${near}？` : '（如 plenary_absent 或 全体会议无故缺席）'}`);
      }
      const other = byKey.get(target);
      if (other !== undefined && other !== d && other.count !== null)
        fail(at, `「计数项目」「${d.count}」本身也是按别的项目计数的，请直接填写它所计的项目「${other.count}」`);
      count = target === d.item.key ? null : target;
    }
    return { ...d.item, count, when: read(child(d.path, 'when'), d.when, false, 'item') };
  });
}

function readItemKey(path: string, v: unknown, names: ItemNames): string {
  const key = text(path, v);
  if (isBuiltinCountKey(key)) return key;
  if (isReservedKey(key))
    fail(path, `「项目代码」「${key}」是程序保留的名称，不能用作项目代码，请换一个，如 ${key.replace(/^_+/, '') || 'item'}_1 或中文名称`);
  const owner = names.vocabularyOwner(key) ?? names.claim(key, key);
  if (owner !== null) {
    const hint = owner.kind === 'item' && owner.builtin ? `；内置项目请写代码 ${owner.key}` : '';
    fail(path, `「项目代码」「${key}」已是${describeOwner(owner)}，不能用作自定义项目代码${hint}`);
  }
  if (!isSafeKey(key))
    fail(
      path,
      `「项目代码」「${key}」不是内置项目代码；自定义项目代码只能由字母、数字、下划线或汉字组成，不以数字开头，不含空格、括号和「且」「或」「非」，如 poverty_help`,
    );
  return key;
}

/** Header names of a custom item, or extra header names of a built-in one (its own contract headers are left out). */
function readHeaders(path: string, v: unknown, key: string): string[] {
  const own = new Set((COUNT_COLUMNS.find((c) => c.key === key)?.headers ?? []).map(nameForm));
  const out: string[] = [];
  list(path, v, false).forEach((h, j) => {
    // Any characters (、，；（）): the sheet quotes a name that holds a separator.
    const header = text(element(path, j), h);
    if (!own.has(nameForm(header)) && !out.some((o) => nameForm(o) === nameForm(header))) out.push(header);
  });
  return out;
}

function claim(names: ItemNames, name: string, key: string, path: string): void {
  const owner = names.claim(name, key);
  if (owner !== null) fail(path, `「${fieldName(path)}」「${name}」已是${describeOwner(owner)}，请换一个名称`);
}

function readCategoryRef(path: string, v: unknown, categories: readonly MethodCategory[]): string | null {
  const ref = optionalText(path, v);
  if (ref === null) return null;
  const found = categories.find((c) => c.key === ref) ?? categories.find((c) => c.label === ref);
  if (found) return found.key;
  if (categories.length === 0) fail(path, `「所属类别」「${ref}」不存在：尚未定义任何计分类别（categories）`);
  return fail(
    path,
    `「所属类别」「${ref}」不存在，应为 ${categories.map((c) => (c.label === c.key ? c.key : `${c.key}（${c.label}）`)).join('、')} 之一`,
  );
}

function readGrades(values: readonly unknown[]): MethodGrade[] {
  if (values.length < 2) fail('grades', `「等次」至少需要两个（如 合格、不合格），现有 ${values.length} 个`);
  const out: MethodGrade[] = [];
  values.forEach((v, i) => {
    const path = element('grades', i);
    const g = entry(path, v);
    const name = text(child(path, 'name'), field(g, 'name'));
    const same = out.findIndex((o) => o.name === name);
    if (same >= 0) fail(child(path, 'name'), `「等次名称」「${name}」重复（第 ${same + 1} 个等次已用此名称）`);
    const last = i === values.length - 1;
    const minPath = child(path, 'min');
    const given = optionalPoints(minPath, field(g, 'min'));
    if (!last && given === null) fail(minPath, `等次「${name}」缺少「最低分」：除最后一个（最低的）等次外，每个等次都要有最低分`);
    const prev = out[out.length - 1];
    if (!last && prev !== undefined && prev.min !== null && given !== null && given >= prev.min)
      fail(minPath, `等次「${name}」的「最低分」${given} 应低于上一等次「${prev.name}」的最低分 ${prev.min}（等次须从高到低排列）`);
    // The last grade catches every lower score: a min written there is accepted and ignored.
    out.push({ name, min: last ? null : given, color: readColor(child(path, 'color'), field(g, 'color')) });
  });
  return out;
}

/** `#RRGGBB` in upper case; `#rgb`, lower case and a missing `#` are accepted. */
function readColor(path: string, v: unknown): string | null {
  const s = optionalText(path, v);
  if (s === null) return null;
  const m = /^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(s);
  if (!m) return fail(path, `「颜色」应为 #RRGGBB 形式的颜色代码，如 #C6EFCE，现为${describeValue(s)}`);
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return `#${hex.toUpperCase()}`;
}

function gradeRef(path: string, v: unknown, grades: readonly MethodGrade[]): string {
  const name = text(path, v);
  if (!grades.some((g) => g.name === name))
    fail(path, `「${fieldName(path)}」「${name}」不是已定义的等次，应为 ${grades.map((g) => g.name).join('、')} 之一`);
  return name;
}

type ConditionReader = (path: string, v: unknown, required: boolean, phase?: ConditionPhase) => Condition | null;

const NAMES_HINT = '（条件中可写项目代码如 plenary_attended、项目名称或表头名称如 出席全体会议、常委，以及与带引号文字比较的 政协职务、界别、专委会、联络组、工作单位）';

function conditionReader(names: ItemNames, drafts: readonly ItemDraft[]): ConditionReader {
  const show = displayName(names, new Map(drafts.map((d) => [d.item.key, d.item.label])));
  return (path, v, required, phase = 'final') => {
    const source = required ? text(path, v) : optionalText(path, v);
    if (source === null) return null;
    const parsed = parseCondition(source, names);
    if (!parsed.ok) {
      const hint = parsed.detail.startsWith('不认识的名称') && !parsed.detail.includes('是否为') ? NAMES_HINT : '';
      fail(path, `「${fieldName(path)}」「${source}」有误：${parsed.detail}${hint}`);
    }
    // This year's grade is final only after requirements and vetoes; its score only after the items.
    const early = phaseProblem(parsed.condition.expr, phase);
    if (early !== null) fail(path, `「${fieldName(path)}」「${source}」有误：${early}`);
    return { source: renderExpr(parsed.condition.expr, show), expr: parsed.condition.expr };
  };
}

function requiredCondition(read: ConditionReader, path: string, v: unknown, phase: ConditionPhase = 'final'): Condition {
  const c = read(path, v, true, phase);
  if (c === null) throw new Error('a required condition came back null');
  return c;
}

function readRequirement(path: string, v: unknown, grades: readonly MethodGrade[], read: ConditionReader): MethodRequirement {
  const r = entry(path, v);
  return {
    label: text(child(path, 'label'), field(r, 'label')),
    when: requiredCondition(read, child(path, 'when'), field(r, 'when'), 'grading'),
    ceiling: gradeRef(child(path, 'ceiling'), field(r, 'ceiling'), grades),
  };
}

function readVeto(path: string, v: unknown, grades: readonly MethodGrade[], read: ConditionReader): MethodVeto {
  const r = entry(path, v);
  return {
    label: text(child(path, 'label'), field(r, 'label')),
    when: requiredCondition(read, child(path, 'when'), field(r, 'when'), 'grading'),
    grade: gradeRef(child(path, 'grade'), field(r, 'grade'), grades),
  };
}

const ROUNDINGS: readonly MethodShortlist['rounding'][] = ['floor', 'round', 'ceil'];
const SCOPES: readonly ShortlistScope[] = ['all', 'committee', 'liaison_group', 'sector'];

function readShortlist(v: unknown, grades: readonly MethodGrade[], read: ConditionReader): MethodShortlist | null {
  const s = strictRecord('shortlist', v, false);
  if (s === null) return null;
  const quota = field(s, 'quota');
  if (quota === undefined || quota === null) fail('shortlist.quota', '缺少「比例」（如 0.1 表示 10%）');
  if (typeof quota !== 'number' || !Number.isFinite(quota) || quota <= 0 || quota > 1)
    fail('shortlist.quota', `「比例」应为大于 0、不大于 1 的小数（如 0.1 表示 10%），现为${describeValue(quota)}`);
  return {
    label: text('shortlist.label', field(s, 'label')),
    minGrade: gradeRef('shortlist.minGrade', field(s, 'minGrade'), grades),
    quota,
    rounding: choice('shortlist.rounding', field(s, 'rounding'), ROUNDINGS, 'floor', ROUNDING_WORDS),
    scope: choice('shortlist.scope', field(s, 'scope'), SCOPES, 'all', SCOPE_WORDS),
    excludeRoles: list('shortlist.excludeRoles', field(s, 'excludeRoles'), false).map((r, i) => {
      const path = element('shortlist.excludeRoles', i);
      const role = text(path, r);
      if (!ROLES.includes(role)) fail(path, `「不参加评选的政协职务」「${role}」不是政协职务，应为 ${ROLES.join('、')} 之一`);
      return role;
    }),
    when: read('shortlist.when', field(s, 'when'), false),
  };
}

const TERM_ORDERS: readonly TermOrder[] = ['average', 'sum', 'latest', 'table'];

/** `term` (CONTRACT.md §9): the first year of the term, the order of 换届建议参考名单 and the flags. A term that sets nothing is null. */
function readTerm(v: unknown, read: ConditionReader): MethodTerm | null {
  const t = strictRecord('term', v, false);
  if (t === null) return null;
  const since = field(t, 'since');
  if (since !== undefined && since !== null && (typeof since !== 'number' || !Number.isInteger(since) || since < 1900 || since > 2099))
    fail('term.since', `「本届起始年度」应为四位数的年份，如 2022，现为${describeValue(since)}`);
  const flags = list('term.flags', field(t, 'flags'), false).map((f, i): MethodTermFlag => {
    const path = element('term.flags', i);
    const r = entry(path, f);
    return { label: text(child(path, 'label'), field(r, 'label')), when: requiredCondition(read, child(path, 'when'), field(r, 'when')) };
  });
  const seen = new Set<string>();
  flags.forEach((f, i) => {
    if (seen.has(f.label)) fail(child(element('term.flags', i), 'label'), `「标记名称」「${f.label}」重复，每个标记在汇总表中占一列，名称须不同`);
    seen.add(f.label);
  });
  const term: MethodTerm = {
    since: typeof since === 'number' ? since : null,
    order: choice('term.order', field(t, 'order'), TERM_ORDERS, 'average', TERM_ORDER_WORDS),
    flags,
  };
  return term.since === null && term.order === 'average' && term.flags.length === 0 ? null : term;
}

function readNotice(v: unknown): NoticeSettings | null {
  const n = strictRecord('notice', v, false);
  if (n === null) return null;
  const texts = Object.fromEntries(NOTICE_TEXT_FIELDS.map((k) => [k, optionalText(`notice.${k}`, field(n, k))])) as Record<
    (typeof NOTICE_TEXT_FIELDS)[number],
    string | null
  >;
  return {
    ...texts,
    circularGroupBy: choice('notice.circularGroupBy', field(n, 'circularGroupBy'), ['grade', 'committee'], 'grade', GROUP_BY_WORDS),
    pending: choice('notice.pending', field(n, 'pending'), ['list', 'omit'], 'list', PENDING_WORDS),
  };
}
