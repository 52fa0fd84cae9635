/**
 * The `when` expression language (CONTRACT.md sections 3.6, 7 and 9): numbers, quoted text
 * ("…", “…”, ‘…’, '…' or 「…」), names (item keys or labels, `standing`, identity fields such as
 * `role`, dotted names such as `prev.score`), function calls (`term.count_grade("不合格")`),
 * + - * /, comparisons, and/or/not (also 且/或/非), parentheses. A small recursive-descent parser
 * with a type check (number or text): no eval, no Function. What a name means comes from one
 * registry (resolve-names.ts), so later work only registers names there.
 *
 * Values at evaluation are number | text | missing (null). A comparison involving a missing
 * value is false (also `!=`); arithmetic with a missing value gives missing; in 且/或/非 a
 * missing value counts as false.
 */
import type { Condition, Expr } from '../types';

export type ExpressionResult = { readonly ok: true; readonly condition: Condition } | { readonly ok: false; readonly detail: string };

export type ValueType = 'number' | 'text';

/** A value at evaluation: a number, a text, or missing (null). */
export type Value = number | string | null;

/** What a name in a condition stands for: the variable the evaluator asks for, and its type. */
export interface NameMeaning {
  readonly name: string;
  readonly type: ValueType;
}

/** A function a condition may call; `item` parameters take an item's key or name (`term.sum(领衔提案)`). */
export interface FunctionSignature {
  readonly name: string;
  readonly params: readonly ('number' | 'text' | 'item')[];
  readonly type: ValueType;
}

/** How the parser learns what names mean (implemented by ItemNames in resolve-names.ts). */
export interface NameResolver {
  variable(name: string): NameMeaning | null;
  func(name: string): FunctionSignature | null;
  /** An item named as a function argument: its key, or null. */
  item(name: string): string | null;
  /** The nearest known name, for 「是否为 …？」, or null. */
  nearest(name: string): string | null;
}

/** The values a condition sees for one member. */
export interface EvalContext {
  value(name: string): Value;
  call(name: string, args: readonly Value[]): Value;
}

type Token =
  | { readonly t: 'num'; readonly v: number; readonly at: number }
  | { readonly t: 'str'; readonly v: string; readonly at: number }
  | { readonly t: 'name'; readonly v: string; readonly at: number }
  | { readonly t: 'op'; readonly v: string; readonly at: number }
  | { readonly t: 'end'; readonly at: number };

const WORD_OPS: ReadonlyMap<string, string> = new Map([
  ['and', 'and'],
  ['or', 'or'],
  ['not', 'not'],
  ['且', 'and'],
  ['或', 'or'],
  ['非', 'not'],
  ['AND', 'and'],
  ['OR', 'or'],
  ['NOT', 'not'],
]);
const FULL_WIDTH: ReadonlyMap<string, string> = new Map([
  ['（', '('],
  ['）', ')'],
  ['＞', '>'],
  ['＜', '<'],
  ['＝', '='],
  ['！', '!'],
  ['＋', '+'],
  ['－', '-'],
  ['＊', '*'],
  ['／', '/'],
  ['，', ','],
  ['．', '.'],
  ['≥', '>='],
  ['≤', '<='],
  ['≠', '!='],
  ['×', '*'],
  ['÷', '/'],
]);
/** Opening quote → the characters that close it. A clerk's IME types “…” (and sometimes ”…”). */
const QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"”“'],
  ['“', '”"“'],
  ['”', '”"“'],
  ["'", "'’‘"],
  ['‘', "’'‘"],
  ['’', "’'‘"],
  ['「', '」'],
  ['『', '』'],
]);

/** Longer conditions are surely a mistake (and would make evaluation slow). */
const MAX_SOURCE_LENGTH = 2000;
/** Deeper nesting of brackets, `not` or unary minus is refused, so parsing never exhausts the stack. */
const MAX_DEPTH = 64;

const NUMBER = /\d+(\.\d+)?/y;
const SEGMENT = '[A-Za-z_\\u3400-\\u9fff\\uf900-\\ufaff][A-Za-z0-9_\\u3400-\\u9fff\\uf900-\\ufaff]*';
/** A name, or a dotted name such as prev.score. */
const NAME = new RegExp(`${SEGMENT}(?:\\.${SEGMENT})*`, 'y');

function normalChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 48) : (FULL_WIDTH.get(ch) ?? ch);
}

/** Tokens of a run of half-width text outside quotes; `at` maps each character to its position in the source. */
function tokenizeCode(s: string, at: readonly number[], tokens: Token[]): string | null {
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    const pos = at[i] ?? 0;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(s);
    if (num) {
      const v = Number(num[0]);
      if (!Number.isFinite(v) || num[0].replace('.', '').length > 15) return `数字「${num[0]}」位数过多`;
      tokens.push({ t: 'num', v, at: pos });
      i += num[0].length;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (['>=', '<=', '==', '!=', '<>', '&&', '||'].includes(two)) {
      tokens.push({ t: 'op', v: two === '&&' ? 'and' : two === '||' ? 'or' : two === '<>' ? '!=' : two, at: pos });
      i += 2;
      continue;
    }
    if ('+-*/()<>,'.includes(ch)) {
      tokens.push({ t: 'op', v: ch, at: pos });
      i++;
      continue;
    }
    if (ch === '=') {
      tokens.push({ t: 'op', v: '==', at: pos });
      i++;
      continue;
    }
    if (/[且或非]/.test(ch)) {
      tokens.push({ t: 'op', v: WORD_OPS.get(ch) ?? ch, at: pos });
      i++;
      continue;
    }
    // A name: letters, digits, underscore and CJK (dotted parts allowed), up to an operator or space.
    NAME.lastIndex = i;
    const name = NAME.exec(s);
    if (name) {
      let word = name[0];
      // 且/或/非 inside a CJK run end the name (e.g. 出席全体会议且...).
      const cut = word.search(/[且或非]/);
      if (cut > 0) word = word.slice(0, cut);
      const op = WORD_OPS.get(word);
      tokens.push(op ? { t: 'op', v: op, at: pos } : { t: 'name', v: word, at: pos });
      i += word.length;
      continue;
    }
    return `第 ${pos + 1} 个字符「${ch}」无法识别`;
  }
  return null;
}

function tokenize(src: string): Token[] | string {
  const chars = Array.from(src);
  const tokens: Token[] = [];
  let code = '';
  let at: number[] = [];
  const flush = (): string | null => {
    const problem = tokenizeCode(code, at, tokens);
    code = '';
    at = [];
    return problem;
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const close = QUOTES.get(ch);
    if (close === undefined) {
      const out = normalChar(ch);
      code += out;
      for (let k = 0; k < out.length; k++) at.push(i);
      continue;
    }
    const problem = flush();
    if (problem !== null) return problem;
    let j = i + 1;
    while (j < chars.length && !close.includes(chars[j])) j++;
    if (j >= chars.length) return `第 ${i + 1} 个字符「${ch}」开始的文字缺少结束的引号`;
    const text = chars.slice(i + 1, j).join('');
    if (text.trim() === '') return `第 ${i + 1} 个字符起的引号中没有文字`;
    tokens.push({ t: 'str', v: text.trim(), at: i });
    i = j;
  }
  const problem = flush();
  if (problem !== null) return problem;
  tokens.push({ t: 'end', at: chars.length });
  return tokens;
}

class SyntaxProblem extends Error {}
class UnknownName extends SyntaxProblem {
  constructor(
    readonly written: string,
    detail: string,
  ) {
    super(detail);
  }
}

interface Typed {
  readonly e: Expr;
  readonly type: ValueType;
}

const num = (e: Expr): Typed => ({ e, type: 'number' });

function tokenText(t: Token): string {
  return t.t === 'end' ? '' : t.t === 'str' ? `“${t.v}”` : String(t.v);
}

function unknownDetail(what: string, name: string, nearest: string | null): string {
  return nearest === null ? `不认识的${what}「${name}」` : `不认识的${what}「${name}」，是否为 ${nearest}？`;
}

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly names: NameResolver,
  ) {}

  parse(): Expr {
    const top = this.or();
    const t = this.peek();
    if (t.t !== 'end') throw new SyntaxProblem(`多余的「${tokenText(t)}」`);
    if (top.type === 'text') throw new SyntaxProblem('条件应为比较或判断：文字须与政协职务、界别等比较，如 界别 == “特邀”');
    return top.e;
  }

  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new SyntaxProblem('括号或「非」「-」嵌套过深');
    const e = parse();
    this.depth--;
    return e;
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.v === v;
  }

  private numeric(x: Typed, op: string): Expr {
    if (x.type !== 'number') throw new SyntaxProblem(`「${op}」只能用于数字；文字只能用 == 或 != 比较`);
    return x.e;
  }

  private logic(op: 'or' | 'and', next: () => Typed): Typed {
    let left = next();
    while (this.isOp(op)) {
      this.pos++;
      const shown = op === 'or' ? '或' : '且';
      const l = this.numeric(left, shown);
      const r = this.numeric(next(), shown);
      left = num({ kind: 'binary', op, left: l, right: r });
    }
    return left;
  }

  private or(): Typed {
    return this.logic('or', () => this.and());
  }

  private and(): Typed {
    return this.logic('and', () => this.not());
  }

  private not(): Typed {
    if (this.isOp('not')) {
      this.pos++;
      const arg = this.nested(() => this.not());
      return num({ kind: 'unary', op: 'not', arg: this.numeric(arg, '非') });
    }
    return this.comparison();
  }

  private comparison(): Typed {
    const left = this.sum();
    const t = this.peek();
    if (!(t.t === 'op' && ['>', '>=', '<', '<=', '==', '!='].includes(t.v))) return left;
    this.pos++;
    const op = t.v as '>' | '>=' | '<' | '<=' | '==' | '!=';
    let right: Typed;
    try {
      right = this.sum();
    } catch (e) {
      // 界别 == 特邀: the text was meant, without quotes.
      if (e instanceof UnknownName && left.type === 'text') throw new SyntaxProblem(`文字「${e.written}」须加引号，如 “${e.written}”`);
      throw e;
    }
    if (op === '==' || op === '!=') {
      if (left.type !== right.type) {
        const text = left.type === 'text' ? left : right;
        throw new SyntaxProblem(`「${op}」一边是文字、一边是数字：${describeText(text.e)}只能与带引号的文字比较，如 政协职务 == “常委”`);
      }
    } else if (left.type === 'text' || right.type === 'text') throw new SyntaxProblem(`文字只能用 == 或 != 比较，不能用「${op}」`);
    return num({ kind: 'binary', op, left: left.e, right: right.e });
  }

  private sum(): Typed {
    let left = this.product();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && (t.v === '+' || t.v === '-')) {
        this.pos++;
        const l = this.numeric(left, t.v);
        left = num({ kind: 'binary', op: t.v, left: l, right: this.numeric(this.product(), t.v) });
      } else return left;
    }
  }

  private product(): Typed {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && (t.v === '*' || t.v === '/')) {
        this.pos++;
        const l = this.numeric(left, t.v);
        left = num({ kind: 'binary', op: t.v, left: l, right: this.numeric(this.unary(), t.v) });
      } else return left;
    }
  }

  private unary(): Typed {
    if (this.isOp('-')) {
      this.pos++;
      const arg = this.nested(() => this.unary());
      return num({ kind: 'unary', op: '-', arg: this.numeric(arg, '-') });
    }
    if (this.isOp('+')) {
      this.pos++;
      const arg = this.nested(() => this.unary());
      this.numeric(arg, '+');
      return arg;
    }
    return this.primary();
  }

  private primary(): Typed {
    const t = this.peek();
    if (t.t === 'num') {
      this.pos++;
      return num({ kind: 'num', value: t.v });
    }
    if (t.t === 'str') {
      this.pos++;
      return { e: { kind: 'str', value: t.v }, type: 'text' };
    }
    if (t.t === 'name') {
      this.pos++;
      if (this.isOp('(')) return this.call(t.v);
      const meaning = this.names.variable(t.v);
      if (meaning === null) throw new UnknownName(t.v, unknownDetail('名称', t.v, this.names.nearest(t.v)));
      return { e: { kind: 'var', name: meaning.name }, type: meaning.type };
    }
    if (this.isOp('(')) {
      this.pos++;
      const e = this.nested(() => this.or());
      if (!this.isOp(')')) throw new SyntaxProblem('缺少右括号「)」');
      this.pos++;
      return e;
    }
    if (t.t === 'end') throw new SyntaxProblem('表达式不完整');
    throw new SyntaxProblem(`此处不应出现「${tokenText(t)}」`);
  }

  private call(written: string): Typed {
    const sig = this.names.func(written);
    if (sig === null) throw new UnknownName(written, unknownDetail('函数', written, this.names.nearest(written)));
    this.pos++; // (
    const args: Expr[] = [];
    sig.params.forEach((param, i) => {
      if (i > 0) {
        if (!this.isOp(',')) throw new SyntaxProblem(`函数 ${sig.name} 需要 ${sig.params.length} 个参数，参数之间用逗号分隔`);
        this.pos++;
      }
      args.push(this.nested(() => this.argument(sig, param)));
    });
    if (!this.isOp(')')) throw new SyntaxProblem(`函数 ${sig.name} 需要 ${sig.params.length} 个参数，缺少右括号「)」`);
    this.pos++;
    return { e: { kind: 'call', name: sig.name, args }, type: sig.type };
  }

  private argument(sig: FunctionSignature, param: FunctionSignature['params'][number]): Expr {
    if (param === 'item') {
      const t = this.peek();
      const key = t.t === 'name' ? this.names.item(t.v) : null;
      if (t.t !== 'name' || key === null)
        throw new SyntaxProblem(`函数 ${sig.name} 的参数应为项目代码或项目名称，如 ${sig.name}(领衔提案)${t.t === 'name' ? `；不认识「${t.v}」` : ''}`);
      this.pos++;
      return { kind: 'key', name: key };
    }
    const arg = this.or();
    if (arg.type !== param) throw new SyntaxProblem(`函数 ${sig.name} 的参数应为${param === 'text' ? '带引号的文字' : '数字'}`);
    return arg.e;
  }
}

function describeText(e: Expr): string {
  return e.kind === 'str' ? `“${e.value}”` : e.kind === 'var' ? `「${e.name}」` : '文字';
}

/** Every name means a number-valued item (the resolver of the first edition and of tests). */
function numericNames(resolve: (name: string) => string | null): NameResolver {
  return {
    variable: (name) => {
      const key = resolve(name);
      return key === null ? null : { name: key, type: 'number' };
    },
    func: () => null,
    item: resolve,
    nearest: () => null,
  };
}

/**
 * Parses a `when` expression. `names` says what each name means (the method's registry); a plain
 * function maps a name to a number-valued variable, or null when unknown.
 */
export function parseCondition(source: string, names: NameResolver | ((name: string) => string | null)): ExpressionResult {
  if (source.trim() === '') return { ok: false, detail: '条件为空' };
  if (source.length > MAX_SOURCE_LENGTH) return { ok: false, detail: `条件过长（超过 ${MAX_SOURCE_LENGTH} 个字符）` };
  const tokens = tokenize(source);
  if (typeof tokens === 'string') return { ok: false, detail: tokens };
  const resolver = typeof names === 'function' ? numericNames(names) : names;
  try {
    return { ok: true, condition: { source, expr: new Parser(tokens, resolver).parse() } };
  } catch (e) {
    if (e instanceof SyntaxProblem) return { ok: false, detail: e.message };
    throw e;
  }
}

const EPSILON = 1e-9;

/** Text compares with its white space removed (「驻会 常委」 is 「驻会常委」). */
export function textForm(text: string): string {
  return text.replace(/[\s\u200B-\u200D\u2060]+/g, '');
}

function contextOf(ctx: EvalContext | ((name: string) => Value)): EvalContext {
  return typeof ctx === 'function' ? { value: ctx, call: () => null } : ctx;
}

function compare(op: '>' | '>=' | '<' | '<=' | '==' | '!=', a: Value, b: Value): boolean {
  if (a === null || b === null) return false;
  if (typeof a === 'string' || typeof b === 'string') {
    const same = typeof a === 'string' && typeof b === 'string' && textForm(a) === textForm(b);
    return op === '==' ? same : op === '!=' ? !same : false;
  }
  switch (op) {
    case '>':
      return a - b > EPSILON;
    case '>=':
      return a - b > -EPSILON;
    case '<':
      return b - a > EPSILON;
    case '<=':
      return b - a > -EPSILON;
    case '==':
      return Math.abs(a - b) < EPSILON;
    case '!=':
      return Math.abs(a - b) >= EPSILON;
  }
}

function arithmetic(op: '+' | '-' | '*' | '/', a: Value, b: Value): Value {
  if (typeof a !== 'number' || typeof b !== 'number') return null;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? 0 : a / b;
  }
}

function evaluate(expr: Expr, ctx: EvalContext): Value {
  switch (expr.kind) {
    case 'num':
    case 'str':
      return expr.value;
    case 'var':
      return ctx.value(expr.name);
    case 'key':
      return expr.name;
    case 'call':
      return ctx.call(
        expr.name,
        expr.args.map((a) => evaluate(a, ctx)),
      );
    case 'unary': {
      const v = evaluate(expr.arg, ctx);
      if (expr.op === 'not') return truthy(v) ? 0 : 1;
      return typeof v === 'number' ? -v : null;
    }
    case 'binary': {
      if (expr.op === 'and') return truthy(evaluate(expr.left, ctx)) && truthy(evaluate(expr.right, ctx)) ? 1 : 0;
      if (expr.op === 'or') return truthy(evaluate(expr.left, ctx)) || truthy(evaluate(expr.right, ctx)) ? 1 : 0;
      const a = evaluate(expr.left, ctx);
      const b = evaluate(expr.right, ctx);
      if (expr.op === '+' || expr.op === '-' || expr.op === '*' || expr.op === '/') return arithmetic(expr.op, a, b);
      return compare(expr.op, a, b) ? 1 : 0;
    }
  }
}

/**
 * Evaluates to a value: comparisons and logic give 1 or 0; division by zero gives 0; a missing
 * value makes arithmetic missing and comparisons false. `ctx` may be a plain lookup of names.
 */
export function evaluateExpr(expr: Expr, ctx: EvalContext | ((name: string) => Value)): Value {
  return evaluate(expr, contextOf(ctx));
}

function truthy(v: Value): boolean {
  return typeof v === 'number' && Math.abs(v) >= EPSILON;
}

/** True when the condition holds for these values. */
export function conditionHolds(condition: Condition, ctx: EvalContext | ((name: string) => Value)): boolean {
  return truthy(evaluateExpr(condition.expr, ctx));
}

/** The variables and items a condition names (for 「unbound」 checks): var names and item arguments of calls. */
export function namesIn(expr: Expr, out: Set<string> = new Set()): Set<string> {
  switch (expr.kind) {
    case 'var':
    case 'key':
      out.add(expr.name);
      break;
    case 'call':
      for (const a of expr.args) namesIn(a, out);
      break;
    case 'unary':
      namesIn(expr.arg, out);
      break;
    case 'binary':
      namesIn(expr.left, out);
      namesIn(expr.right, out);
      break;
    default:
      break;
  }
  return out;
}
