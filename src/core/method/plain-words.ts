/**
 * A `when` expression in plain words for members and units (render-condition.ts writes it back as
 * an expression for the clerk). Two phrasings: what a condition asks (「全年无全体会议无故缺席」), and,
 * for one member, which parts of it were missed (「未参加视察调研」), naming only the failed parts of
 * a requirement made of several (「三个一」). A form the phrasing does not know falls back to the
 * expression in labels with 且/或/非, never to keys or symbols a member cannot read.
 */
import type { Expr } from '../types';
import { conditionHolds, type Value } from './expression';
import { renderExpr } from './render-condition';
import { EXTENSIONS } from './expression-extensions';

/** The Chinese label of a variable (an item key, `standing`, an identity field such as `role`). */
export type LabelOf = (variable: string) => string;

/** A member's value of a variable (memberVariables in evaluate/variables.ts): a count, a text (identity), or missing. */
export type ValueOf = (variable: string) => Value;

const numberOf = (v: Value): number => (typeof v === 'number' ? v : 0);

/** `field == "text"` or `field != "text"` (CONTRACT.md §7 identity fields), either way round. */
interface TextComparison {
  readonly name: string;
  readonly op: '==' | '!=';
  readonly text: string;
}

function textComparison(e: Expr): TextComparison | null {
  if (e.kind !== 'binary' || (e.op !== '==' && e.op !== '!=')) return null;
  if (e.left.kind === 'var' && e.right.kind === 'str') return { name: e.left.name, op: e.op, text: e.right.value };
  if (e.right.kind === 'var' && e.left.kind === 'str') return { name: e.right.name, op: e.op, text: e.left.value };
  return null;
}

/** 「政协职务为驻会常委」「界别不为特邀」. */
function askTextComparison(c: TextComparison, label: LabelOf): string {
  return `${label(c.name)}${c.op === '==' ? '为' : '不为'}${c.text}`;
}

/** The member's own value: 「政协职务为委员」, or 「未填写界别」. */
function ownText(c: TextComparison, label: LabelOf, vars: ValueOf): string {
  const v = vars(c.name);
  // A dotted name (prev.grade) is missing when the archive holds no such year: 「无记录」, not 「未填写」.
  if (v === null || v === '') return c.name.includes('.') ? `${label(c.name)}无记录` : `未填写${label(c.name)}`;
  return `${label(c.name)}为${String(v)}`;
}

/** A registered function call in words: 「本届等次为不合格的年数」 (the label with its arguments). */
function callWords(e: Expr, label: LabelOf): string | null {
  if (e.kind !== 'call') return null;
  const template = EXTENSIONS.functions.find((f) => f.name === e.name)?.label;
  if (template === undefined) return null;
  return template.replace(/\{(\d+)\}/g, (_w, i: string) => {
    const a = e.args[Number(i)];
    return a === undefined ? '' : a.kind === 'str' ? a.value : a.kind === 'key' || a.kind === 'var' ? label(a.name) : renderExpr(a, label);
  });
}

const COMPARE_WORDS: Readonly<Record<Compare, string>> = { '>=': '不少于', '>': '多于', '<=': '不超过', '<': '少于', '==': '为', '!=': '不为' };

/** `term.count_grade("不合格") >= 2` in words: 「本届等次为不合格的年数不少于2」. */
function askCall(e: Expr, label: LabelOf): string | null {
  if (e.kind !== 'binary' || !(e.op in FLIP)) return null;
  const op = e.op as Compare;
  const left = callWords(e.left, label);
  if (left !== null && e.right.kind === 'num') return `${left}${COMPARE_WORDS[op]}${num(e.right.value)}`;
  const right = callWords(e.right, label);
  if (right !== null && e.left.kind === 'num') return `${right}${COMPARE_WORDS[FLIP[op]]}${num(e.left.value)}`;
  return null;
}

type Compare = '>' | '>=' | '<' | '<=' | '==' | '!=';

/** `counts op n` with counts a variable or a sum of variables, and n a number: the forms methods use. */
interface Comparison {
  readonly vars: readonly string[];
  readonly op: Compare;
  readonly n: number;
}

const FLIP: Readonly<Record<Compare, Compare>> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=', '==': '==', '!=': '!=' };
const VERBS = ['出席', '参加', '参与', '报送', '提交', '反映', '获', '按时参加', '无故缺席', '请假', '领衔', '联名'];
const ACTIVITY = /(活动|调研|视察|考察|会议|培训|协商|监督|座谈|公益)$/;

function sumVars(e: Expr): string[] | null {
  if (e.kind === 'var') return [e.name];
  if (e.kind === 'binary' && e.op === '+') {
    const l = sumVars(e.left);
    const r = sumVars(e.right);
    return l && r ? [...l, ...r] : null;
  }
  return null;
}

function comparison(e: Expr): Comparison | null {
  if (e.kind !== 'binary' || !(e.op in FLIP)) return null;
  const op = e.op as Compare;
  const lv = sumVars(e.left);
  if (lv && e.right.kind === 'num') return { vars: lv, op, n: e.right.value };
  const rv = sumVars(e.right);
  if (rv && e.left.kind === 'num') return { vars: rv, op: FLIP[op], n: e.left.value };
  return null;
}

/** 件 for proposals, 篇 for social-conditions reports, else 次; 次 when a sum mixes them. */
function unitOf(vars: readonly string[]): string {
  const words = new Set(vars.map((v) => (v.startsWith('proposals_') ? '件' : v.startsWith('opinions_') ? '篇' : '次')));
  return words.size === 1 ? [...words][0] : '次';
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function subject(c: Comparison, label: LabelOf): string {
  const names = c.vars.map(label);
  return names.length === 1 ? names[0] : `${names.join('、')}合计`;
}

/** 「未参加视察调研」「未出席全体会议」「无领衔提案」: the member has none of the item. */
function none(v: string, label: LabelOf): string {
  const l = label(v);
  if (VERBS.some((verb) => l.startsWith(verb))) return `未${l}`;
  if (ACTIVITY.test(l)) return `未参加${l}`;
  return `无${l}`;
}

function isStanding(c: Comparison): boolean {
  return c.vars.length === 1 && c.vars[0] === 'standing';
}

/** What one comparison asks, e.g. 「出席全体会议至少1次」「全年无全体会议无故缺席」. */
function askComparison(c: Comparison, label: LabelOf): string {
  if (isStanding(c)) return (c.op === '==' && c.n === 1) || (c.op === '!=' && c.n === 0) || (c.op === '>=' && c.n === 1) || (c.op === '>' && c.n === 0) ? '为常委' : '不是常委';
  const s = subject(c, label);
  const u = unitOf(c.vars);
  if ((c.op === '==' && c.n === 0) || (c.op === '<' && c.n === 1) || (c.op === '<=' && c.n === 0)) return `全年无${s.replace(/合计$/, '')}`;
  if ((c.op === '>=' && c.n === 1) || (c.op === '>' && c.n === 0) || (c.op === '!=' && c.n === 0)) return `${s}至少1${u}`;
  const words: Readonly<Record<Compare, string>> = { '>=': '不少于', '>': '多于', '<=': '不超过', '<': '少于', '==': '为', '!=': '不为' };
  return `${s}${words[c.op]}${num(c.n)}${u}`;
}

/** What a member missed of one comparison, with the member's own figures. */
function missComparison(c: Comparison, label: LabelOf, vars: ValueOf): string {
  if (isStanding(c)) return askComparison({ ...c, op: c.op === '==' ? '!=' : '==' }, label);
  // A missing value (no earlier year in the archive): the comparison failed for want of a record.
  if (c.vars.some((v) => vars(v) === null)) return `${subject(c, label)}无记录`;
  const total = c.vars.reduce((a, v) => a + numberOf(vars(v)), 0);
  const u = unitOf(c.vars);
  if (total === 0 && c.vars.length === 1) return none(c.vars[0], label);
  if (total === 0) return `${c.vars.map(label).join('、')}均无`;
  const had = `${subject(c, label)}${num(total)}${u}`;
  const ask = askComparison(c, label);
  // 「全年无…」 needs no repeating: the figure is the miss. Otherwise the figure and what was asked.
  return ask.startsWith('全年无') ? had : `${had}（要求${ask.startsWith(subject(c, label)) ? ask.slice(subject(c, label).length) : ask}）`;
}

/** The conditions joined by `and`, in order. */
function conjuncts(e: Expr): Expr[] {
  return e.kind === 'binary' && e.op === 'and' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

function disjuncts(e: Expr): Expr[] {
  return e.kind === 'binary' && e.op === 'or' ? [...disjuncts(e.left), ...disjuncts(e.right)] : [e];
}

/** The condition as a sentence of what it asks: 「出席全体会议至少1次，领衔提案、报送社情民意合计至少1次，视察调研至少1次」. */
export function askText(e: Expr, label: LabelOf): string {
  const parts = conjuncts(e);
  if (parts.length > 1) return parts.map((p) => askText(p, label)).join('，');
  const alternatives = disjuncts(e);
  if (alternatives.length > 1) return alternatives.map((p) => askText(p, label)).join('或');
  const c = comparison(e);
  if (c) return askComparison(c, label);
  const t = textComparison(e);
  if (t) return askTextComparison(t, label);
  const call = askCall(e, label);
  if (call !== null) return call;
  if (e.kind === 'var') return e.name === 'standing' ? '为常委' : `${label(e.name)}至少1${unitOf([e.name])}`;
  if (e.kind === 'unary' && e.op === 'not' && e.arg.kind === 'var' && e.arg.name === 'standing') return '不是常委';
  return renderExpr(e, label);
}

/**
 * The parts of the condition a member missed, each in plain words: only the failed conjuncts of an
 * `and`; for an `or`, every alternative (all were missed). Empty when the condition holds.
 */
export function missedParts(e: Expr, label: LabelOf, vars: ValueOf): string[] {
  if (holds(e, vars)) return [];
  const parts = conjuncts(e);
  if (parts.length > 1) return parts.flatMap((p) => missedParts(p, label, vars));
  const alternatives = disjuncts(e);
  if (alternatives.length > 1) return [`${alternatives.flatMap((p) => missedParts(p, label, vars)).join('，且')}`];
  const c = comparison(e);
  if (c) return [missComparison(c, label, vars)];
  const t = textComparison(e);
  if (t) return [ownText(t, label, vars)];
  const call = askCall(e, label);
  if (call !== null) return [`未满足：${call}`];
  if (e.kind === 'var') return [e.name === 'standing' ? '不是常委' : none(e.name, label)];
  return [`未满足：${askText(e, label)}`];
}

/** The member's own figures behind a condition that holds, e.g. a veto: 「全体会议无故缺席2次」. */
export function factsText(e: Expr, label: LabelOf, vars: ValueOf): string {
  const facts: string[] = [];
  const seen = new Set<string>();
  const walk = (x: Expr): void => {
    const c = comparison(x);
    if (c && !isStanding(c)) {
      const text = c.vars.some((v) => vars(v) === null) ? `${subject(c, label)}无记录` : `${subject(c, label)}${num(c.vars.reduce((a, v) => a + numberOf(vars(v)), 0))}${unitOf(c.vars)}`;
      if (!seen.has(text)) facts.push(text);
      seen.add(text);
      return;
    }
    const t = textComparison(x);
    if (t) {
      const text = ownText(t, label, vars);
      if (!seen.has(text)) facts.push(text);
      seen.add(text);
      return;
    }
    if (x.kind === 'binary') {
      walk(x.left);
      walk(x.right);
    } else if (x.kind === 'unary') walk(x.arg);
  };
  walk(e);
  return facts.join('，');
}

function holds(e: Expr, vars: ValueOf): boolean {
  return conditionHolds({ source: '', expr: e }, vars);
}
