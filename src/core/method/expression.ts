/**
 * The `when` expression language of CONTRACT.md section 3.6: numbers, names, + - * /,
 * comparisons, and/or/not (also 且/或/非), parentheses. A small recursive-descent parser:
 * no eval, no Function. Names are resolved to item keys by the caller's resolver.
 */
import type { Condition, Expr } from '../types';

export type ExpressionResult = { readonly ok: true; readonly condition: Condition } | { readonly ok: false; readonly detail: string };

type Token =
  | { readonly t: 'num'; readonly v: number; readonly at: number }
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
  ['≥', '>='],
  ['≤', '<='],
  ['≠', '!='],
  ['×', '*'],
  ['÷', '/'],
]);

/** Longer conditions are surely a mistake (and would make evaluation slow). */
const MAX_SOURCE_LENGTH = 2000;
/** Deeper nesting of brackets, `not` or unary minus is refused, so parsing never exhausts the stack. */
const MAX_DEPTH = 64;

/** Half-width text, plus the 0-based position in the source of every character of it. */
function normaliseChars(src: string): { readonly text: string; readonly at: readonly number[] } {
  let text = '';
  const at: number[] = [];
  let pos = 0;
  for (const ch of src) {
    const code = ch.codePointAt(0) ?? 0;
    const out = code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 48) : (FULL_WIDTH.get(ch) ?? ch);
    text += out;
    for (let k = 0; k < out.length; k++) at.push(pos);
    pos += ch.length;
  }
  return { text, at };
}

const NUMBER = /\d+(\.\d+)?/y;
const NAME = /[A-Za-z_\u3400-\u9fff\uf900-\ufaff][A-Za-z0-9_\u3400-\u9fff\uf900-\ufaff]*/y;

function tokenize(src: string): Token[] | string {
  const { text: s, at } = normaliseChars(src);
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(s);
    if (num) {
      const v = Number(num[0]);
      if (!Number.isFinite(v) || num[0].replace('.', '').length > 15) return `数字「${num[0]}」位数过多`;
      tokens.push({ t: 'num', v, at: i });
      i += num[0].length;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (['>=', '<=', '==', '!=', '<>', '&&', '||'].includes(two)) {
      tokens.push({ t: 'op', v: two === '&&' ? 'and' : two === '||' ? 'or' : two === '<>' ? '!=' : two, at: i });
      i += 2;
      continue;
    }
    if ('+-*/()<>'.includes(ch)) {
      tokens.push({ t: 'op', v: ch, at: i });
      i++;
      continue;
    }
    if (ch === '=') {
      tokens.push({ t: 'op', v: '==', at: i });
      i++;
      continue;
    }
    if (/[且或非]/.test(ch)) {
      tokens.push({ t: 'op', v: WORD_OPS.get(ch) ?? ch, at: i });
      i++;
      continue;
    }
    // A name: letters, digits, underscore and CJK, up to an operator or space.
    NAME.lastIndex = i;
    const name = NAME.exec(s);
    if (name) {
      let word = name[0];
      // 且/或/非 inside a CJK run end the name (e.g. 出席全体会议且...).
      const cut = word.search(/[且或非]/);
      if (cut > 0) word = word.slice(0, cut);
      const op = WORD_OPS.get(word);
      tokens.push(op ? { t: 'op', v: op, at: i } : { t: 'name', v: word, at: i });
      i += word.length;
      continue;
    }
    return `第 ${(at[i] ?? i) + 1} 个字符「${ch}」无法识别`;
  }
  tokens.push({ t: 'end', at: s.length });
  return tokens;
}

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly resolve: (name: string) => string | null,
  ) {}

  parse(): Expr {
    const e = this.or();
    const t = this.peek();
    if (t.t !== 'end') throw new SyntaxProblem(`多余的「${tokenText(t)}」`);
    return e;
  }

  private nested(parse: () => Expr): Expr {
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

  private or(): Expr {
    let left = this.and();
    while (this.isOp('or')) {
      this.pos++;
      left = { kind: 'binary', op: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.isOp('and')) {
      this.pos++;
      left = { kind: 'binary', op: 'and', left, right: this.not() };
    }
    return left;
  }

  private not(): Expr {
    if (this.isOp('not')) {
      this.pos++;
      return { kind: 'unary', op: 'not', arg: this.nested(() => this.not()) };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.sum();
    const t = this.peek();
    if (t.t === 'op' && ['>', '>=', '<', '<=', '==', '!='].includes(t.v)) {
      this.pos++;
      const op = t.v as '>' | '>=' | '<' | '<=' | '==' | '!=';
      return { kind: 'binary', op, left, right: this.sum() };
    }
    return left;
  }

  private sum(): Expr {
    let left = this.product();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && (t.v === '+' || t.v === '-')) {
        this.pos++;
        left = { kind: 'binary', op: t.v, left, right: this.product() };
      } else return left;
    }
  }

  private product(): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && (t.v === '*' || t.v === '/')) {
        this.pos++;
        left = { kind: 'binary', op: t.v, left, right: this.unary() };
      } else return left;
    }
  }

  private unary(): Expr {
    if (this.isOp('-')) {
      this.pos++;
      return { kind: 'unary', op: '-', arg: this.nested(() => this.unary()) };
    }
    if (this.isOp('+')) {
      this.pos++;
      return this.nested(() => this.unary());
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.peek();
    if (t.t === 'num') {
      this.pos++;
      return { kind: 'num', value: t.v };
    }
    if (t.t === 'name') {
      this.pos++;
      const key = this.resolve(t.v);
      if (key === null) throw new SyntaxProblem(`不认识的项目「${t.v}」`);
      return { kind: 'var', name: key };
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
}

class SyntaxProblem extends Error {}

function tokenText(t: Token): string {
  return t.t === 'end' ? '' : String(t.v);
}

/**
 * Parses a `when` expression. `resolve` maps a name as written (item key, Chinese label or
 * `standing`) to the variable name used at evaluation, or null when unknown.
 */
export function parseCondition(source: string, resolve: (name: string) => string | null): ExpressionResult {
  if (source.trim() === '') return { ok: false, detail: '条件为空' };
  if (source.length > MAX_SOURCE_LENGTH) return { ok: false, detail: `条件过长（超过 ${MAX_SOURCE_LENGTH} 个字符）` };
  const tokens = tokenize(source);
  if (typeof tokens === 'string') return { ok: false, detail: tokens };
  try {
    return { ok: true, condition: { source, expr: new Parser(tokens, resolve).parse() } };
  } catch (e) {
    if (e instanceof SyntaxProblem) return { ok: false, detail: e.message };
    throw e;
  }
}

const EPSILON = 1e-9;

/** Evaluates to a number; comparisons and logic give 1 or 0. Division by zero gives 0. */
export function evaluateExpr(expr: Expr, lookup: (name: string) => number): number {
  switch (expr.kind) {
    case 'num':
      return expr.value;
    case 'var':
      return lookup(expr.name);
    case 'unary': {
      const v = evaluateExpr(expr.arg, lookup);
      return expr.op === '-' ? -v : Math.abs(v) < EPSILON ? 1 : 0;
    }
    case 'binary': {
      if (expr.op === 'and') return truthy(evaluateExpr(expr.left, lookup)) && truthy(evaluateExpr(expr.right, lookup)) ? 1 : 0;
      if (expr.op === 'or') return truthy(evaluateExpr(expr.left, lookup)) || truthy(evaluateExpr(expr.right, lookup)) ? 1 : 0;
      const a = evaluateExpr(expr.left, lookup);
      const b = evaluateExpr(expr.right, lookup);
      switch (expr.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0 ? 0 : a / b;
        case '>':
          return a - b > EPSILON ? 1 : 0;
        case '>=':
          return a - b > -EPSILON ? 1 : 0;
        case '<':
          return b - a > EPSILON ? 1 : 0;
        case '<=':
          return b - a > -EPSILON ? 1 : 0;
        case '==':
          return Math.abs(a - b) < EPSILON ? 1 : 0;
        case '!=':
          return Math.abs(a - b) < EPSILON ? 0 : 1;
      }
    }
  }
}

function truthy(v: number): boolean {
  return Math.abs(v) >= EPSILON;
}

/** True when the condition holds for these variable values (unknown names count as 0). */
export function conditionHolds(condition: Condition, values: (name: string) => number): boolean {
  return truthy(evaluateExpr(condition.expr, values));
}
