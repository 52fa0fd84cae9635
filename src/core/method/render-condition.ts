/**
 * Writes a parsed `when` expression back as text, with the fewest brackets the grammar of
 * expression.ts needs and 且/或/非 for logic, so a clerk can read and edit it in the sheet.
 * Parsing the text again gives the same expression.
 */
import type { Expr } from '../types';

type BinaryOp = Extract<Expr, { kind: 'binary' }>['op'];

// Binding strength as in the parser: or < and < not < comparison < sum < product < unary minus < atom.
const OR = 1;
const AND = 2;
const NOT = 3;
const COMPARE = 4;
const SUM = 5;
const PRODUCT = 6;
const NEGATE = 7;
const ATOM = 8;

const LEVEL: Readonly<Record<BinaryOp, number>> = {
  or: OR,
  and: AND,
  '>': COMPARE,
  '>=': COMPARE,
  '<': COMPARE,
  '<=': COMPARE,
  '==': COMPARE,
  '!=': COMPARE,
  '+': SUM,
  '-': SUM,
  '*': PRODUCT,
  '/': PRODUCT,
};

const SHOWN: Readonly<Record<BinaryOp, string>> = {
  or: '或',
  and: '且',
  '>': '>',
  '>=': '>=',
  '<': '<',
  '<=': '<=',
  '==': '==',
  '!=': '!=',
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
};

/** Operand levels each operator needs on its left and right (comparisons do not chain). */
function operandLevels(op: BinaryOp): readonly [number, number] {
  const level = LEVEL[op];
  if (level === COMPARE) return [SUM, SUM];
  if (level === OR) return [OR, AND];
  if (level === AND) return [AND, NOT];
  return [level, level + 1];
}

function levelOf(e: Expr): number {
  if (e.kind === 'num' || e.kind === 'var' || e.kind === 'str' || e.kind === 'key' || e.kind === 'call') return ATOM;
  if (e.kind === 'unary') return e.op === 'not' ? NOT : NEGATE;
  return LEVEL[e.op];
}

/** A number as plain decimal text (never `1e+21`, which the tokenizer would not read). */
export function plainNumber(v: number): string {
  const s = String(v);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[2] + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp >= 0) return m[1] + digits + '0'.repeat(Math.max(0, exp - digits.length + 1));
  return `${m[1]}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/** Quoted text: “…” (what a clerk's IME types), or another pair of quotes whose closing marks the text does not hold. */
export function quoteText(text: string): string {
  // [open, close, every mark the parser takes as closing this open mark]
  const pairs: readonly (readonly [string, string, string])[] = [
    ['“', '”', '”"“'],
    ['「', '」', '」'],
    ["'", "'", "'’‘"],
    ['『', '』', '』'],
  ];
  const [open, close] = pairs.find(([, , closing]) => ![...closing].some((c) => text.includes(c))) ?? pairs[0];
  return `${open}${text}${close}`;
}

/** `name` gives the text shown for a variable (an item's Chinese label where it can be written back). */
export function renderExpr(expr: Expr, name: (variable: string) => string, minLevel = OR): string {
  const text = renderBare(expr, name);
  return levelOf(expr) < minLevel ? `(${text})` : text;
}

function renderBare(expr: Expr, name: (variable: string) => string): string {
  switch (expr.kind) {
    case 'num':
      return plainNumber(expr.value);
    case 'str':
      return quoteText(expr.value);
    case 'var':
    case 'key':
      return name(expr.name);
    case 'call':
      return `${expr.name}(${expr.args.map((a) => renderExpr(a, name)).join(', ')})`;
    case 'unary':
      // 非 (常委 == 0) rather than the equivalent 非 常委 == 0, which a reader could take as (非 常委) == 0.
      if (expr.op === 'not') return `非 ${renderExpr(expr.arg, name, expr.arg.kind === 'binary' ? ATOM : NOT)}`;
      return `-${renderExpr(expr.arg, name, NEGATE)}`;
    case 'binary': {
      const [left, right] = operandLevels(expr.op);
      return `${renderExpr(expr.left, name, left)} ${SHOWN[expr.op]} ${renderExpr(expr.right, name, right)}`;
    }
  }
}
