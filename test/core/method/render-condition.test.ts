import fc from 'fast-check';
import type { Expr } from '../../../src/core/types';
import { parseCondition } from '../../../src/core/method/expression';
import { plainNumber, renderExpr } from '../../../src/core/method/render-condition';

const LABELS: Readonly<Record<string, string>> = {
  plenary_attended: '出席全体会议',
  proposals_lead: '领衔提案',
  inspections: '视察调研',
  standing: '常委',
};
const KEYS = new Map(Object.entries(LABELS).flatMap(([k, l]) => [[k, k] as const, [l, k] as const]));
const resolve = (name: string): string | null => KEYS.get(name) ?? null;
const label = (key: string): string => LABELS[key] ?? key;

function reparse(text: string): Expr {
  const r = parseCondition(text, resolve);
  if (!r.ok) throw new Error(`「${text}」 did not parse: ${r.detail}`);
  return r.condition.expr;
}

function canonical(src: string): string {
  return renderExpr(reparse(src), label);
}

describe('renderExpr', () => {
  it('writes Chinese labels and 且/或/非 with the fewest brackets', () => {
    expect(canonical('plenary_attended >= 1 and proposals_lead + inspections >= 1')).toBe('出席全体会议 >= 1 且 领衔提案 + 视察调研 >= 1');
    expect(canonical('not standing or (inspections > 1)')).toBe('非 常委 或 视察调研 > 1');
  });

  it('keeps the brackets the grammar needs', () => {
    expect(canonical('(plenary_attended + inspections) * 2 > 3')).toBe('(出席全体会议 + 视察调研) * 2 > 3');
    expect(canonical('10 - (3 - 2)')).toBe('10 - (3 - 2)');
    expect(canonical('(10 - 3) - 2')).toBe('10 - 3 - 2');
    expect(canonical('(standing or inspections) and plenary_attended')).toBe('(常委 或 视察调研) 且 出席全体会议');
    expect(canonical('not (standing and inspections)')).toBe('非 (常委 且 视察调研)');
    expect(canonical('(1 > 0) > 0')).toBe('(1 > 0) > 0');
    expect(canonical('-(1 + 2)')).toBe('-(1 + 2)');
    expect(canonical('2 - -3')).toBe('2 - -3');
    expect(canonical('(not standing) + 1')).toBe('(非 常委) + 1');
    expect(canonical('not standing == 0')).toBe('非 (常委 == 0)');
    expect(canonical('not not standing')).toBe('非 非 常委');
  });

  it('writes numbers as plain decimals', () => {
    expect(plainNumber(0.5)).toBe('0.5');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.5e22)).toBe('15000000000000000000000');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-2.5e-8)).toBe('-0.000000025');
    expect(Number(plainNumber(1.2345e-10))).toBe(1.2345e-10);
  });
});

const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { maxDepth: 6, depthIdentifier: 'e' },
    fc.oneof(fc.nat({ max: 1000 }), fc.constantFrom(0.5, 0.25, 12.75)).map((value): Expr => ({ kind: 'num', value })),
    fc.constantFrom(...Object.keys(LABELS)).map((name): Expr => ({ kind: 'var', name })),
    fc.record({ op: fc.constantFrom<'-' | 'not'>('-', 'not'), arg: tie('e') }).map(({ op, arg }): Expr => ({ kind: 'unary', op, arg })),
    fc
      .record({
        op: fc.constantFrom<Extract<Expr, { kind: 'binary' }>['op']>('+', '-', '*', '/', '>', '>=', '<', '<=', '==', '!=', 'and', 'or'),
        left: tie('e'),
        right: tie('e'),
      })
      .map(({ op, left, right }): Expr => ({ kind: 'binary', op, left, right })),
  ),
})).e;

describe('renderExpr: properties', () => {
  it('parsing the rendered text gives the same expression, in labels and in keys', () => {
    fc.assert(
      fc.property(exprArb, (e) => {
        expect(reparse(renderExpr(e, label))).toEqual(e);
        expect(reparse(renderExpr(e, (k) => k))).toEqual(e);
      }),
      { numRuns: 1000 },
    );
  });

  it('is a fixed point: rendering the reparsed text gives the same text', () => {
    fc.assert(
      fc.property(exprArb, (e) => {
        const text = renderExpr(e, label);
        expect(renderExpr(reparse(text), label)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
