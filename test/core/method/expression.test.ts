import fc from 'fast-check';
import type { Expr } from '../../../src/core/types';
import { conditionHolds, evaluateExpr, parseCondition } from '../../../src/core/method/expression';

const KNOWN: Readonly<Record<string, string>> = {
  plenary_attended: 'plenary_attended',
  出席全体会议: 'plenary_attended',
  proposals_lead: 'proposals_lead',
  领衔提案: 'proposals_lead',
  opinions_submitted: 'opinions_submitted',
  inspections: 'inspections',
  视察调研: 'inspections',
  standing: 'standing',
  常委: 'standing',
};
const resolve = (name: string): string | null => (Object.prototype.hasOwnProperty.call(KNOWN, name) ? KNOWN[name] : null);

function parse(src: string): Expr {
  const r = parseCondition(src, resolve);
  if (!r.ok) throw new Error(`expected ${src} to parse, got: ${r.detail}`);
  return r.condition.expr;
}

function detail(src: string): string {
  const r = parseCondition(src, resolve);
  if (r.ok) throw new Error(`expected ${src} to fail`);
  return r.detail;
}

const v = (name: string): Expr => ({ kind: 'var', name });
const n = (value: number): Expr => ({ kind: 'num', value });

function value(src: string, counts: Readonly<Record<string, number>>): number | string | null {
  return evaluateExpr(parse(src), (name) => counts[name] ?? 0);
}

describe('parseCondition: grammar', () => {
  it('keeps the source as written and resolves names to keys', () => {
    const r = parseCondition('出席全体会议 >= 1', resolve);
    expect(r).toEqual({
      ok: true,
      condition: { source: '出席全体会议 >= 1', expr: { kind: 'binary', op: '>=', left: v('plenary_attended'), right: n(1) } },
    });
  });

  it('binds * tighter than +, + tighter than comparison, comparison tighter than and, and tighter than or', () => {
    expect(parse('proposals_lead + inspections * 2 >= 3 or standing and 视察调研 > 0')).toEqual({
      kind: 'binary',
      op: 'or',
      left: {
        kind: 'binary',
        op: '>=',
        left: {
          kind: 'binary',
          op: '+',
          left: v('proposals_lead'),
          right: { kind: 'binary', op: '*', left: v('inspections'), right: n(2) },
        },
        right: n(3),
      },
      right: { kind: 'binary', op: 'and', left: v('standing'), right: { kind: 'binary', op: '>', left: v('inspections'), right: n(0) } },
    });
  });

  it('is left-associative for - and /', () => {
    expect(parse('10 - 3 - 2')).toEqual({
      kind: 'binary',
      op: '-',
      left: { kind: 'binary', op: '-', left: n(10), right: n(3) },
      right: n(2),
    });
    expect(value('12 / 3 / 2', {})).toBe(2); // (12 / 3) / 2 = 2
  });

  it('parses parentheses, unary minus and not', () => {
    expect(parse('-(1 + 2)')).toEqual({ kind: 'unary', op: '-', arg: { kind: 'binary', op: '+', left: n(1), right: n(2) } });
    expect(parse('not standing')).toEqual({ kind: 'unary', op: 'not', arg: v('standing') });
    expect(parse('+3')).toEqual(n(3));
  });

  it('accepts Chinese logic words, also without spaces inside a run of Chinese', () => {
    expect(parse('出席全体会议>=1且视察调研>=1')).toEqual(parse('plenary_attended >= 1 and inspections >= 1'));
    expect(parse('出席全体会议 >= 1 或 非 常委')).toEqual(parse('plenary_attended >= 1 or not standing'));
    expect(parse('standing AND inspections OR proposals_lead')).toEqual(parse('standing and inspections or proposals_lead'));
    expect(parse('standing && inspections || proposals_lead')).toEqual(parse('standing and inspections or proposals_lead'));
  });

  it('accepts full-width characters and symbols typed with a Chinese input method', () => {
    expect(parse('（出席全体会议＋领衔提案）≥１')).toEqual(parse('(plenary_attended + proposals_lead) >= 1'));
    expect(parse('视察调研≠0')).toEqual(parse('inspections != 0'));
    expect(parse('视察调研 ≤ 2 × 3')).toEqual(parse('inspections <= 2 * 3'));
    expect(parse('视察调研 <> 0')).toEqual(parse('inspections != 0'));
    expect(parse('视察调研 = 0')).toEqual(parse('inspections == 0'));
  });

  it('reads decimals', () => {
    expect(parse('standing >= 0.5')).toEqual({ kind: 'binary', op: '>=', left: v('standing'), right: n(0.5) });
  });
});

describe('parseCondition: problems are values, in Chinese', () => {
  it('reports an empty condition', () => {
    expect(detail('   ')).toBe('条件为空');
  });

  it('reports an unknown name', () => {
    expect(detail('出席全会 >= 1')).toBe('不认识的名称「出席全会」');
  });

  it('reports an unreadable character with its position in the source as written', () => {
    expect(detail('视察调研 >= 1 ; 1')).toBe('第 11 个字符「;」无法识别');
    // ≥ becomes two characters internally; the position still counts the source: 「#」 is the 6th character.
    expect(detail('1 ≥ 0#')).toBe('第 6 个字符「#」无法识别');
  });

  it('reports a missing bracket, a dangling operator and trailing tokens', () => {
    expect(detail('(1 + 2')).toBe('缺少右括号「)」');
    expect(detail('1 +')).toBe('表达式不完整');
    expect(detail('1 2')).toBe('多余的「2」');
    expect(detail('1 > 2 > 3')).toBe('多余的「>」');
    expect(detail(') 1')).toBe('此处不应出现「)」');
  });

  it('does not take names from Object.prototype as operators', () => {
    expect(detail('constructor > 1')).toBe('不认识的名称「constructor」');
    expect(detail('toString')).toBe('不认识的名称「toString」');
  });

  it('refuses numbers it cannot hold exactly, deep nesting and very long text', () => {
    expect(detail('1234567890123456789 > 0')).toMatch(/位数过多/);
    expect(detail(`${'('.repeat(100)}1${')'.repeat(100)}`)).toMatch(/嵌套过深/);
    expect(detail(`${'-'.repeat(100)}1`)).toMatch(/嵌套过深/);
    expect(detail(`${'非 '.repeat(100)}1`)).toMatch(/嵌套过深/);
    expect(detail('1 + '.repeat(600) + '1')).toMatch(/条件过长/);
  });

  it('accepts nesting up to the limit', () => {
    expect(parse(`${'('.repeat(60)}1${')'.repeat(60)}`)).toEqual(n(1));
  });
});

describe('evaluateExpr and conditionHolds', () => {
  const counts = { plenary_attended: 1, proposals_lead: 0, opinions_submitted: 2, inspections: 1, standing: 0 };

  it('computes arithmetic; comparisons and logic give 1 or 0', () => {
    expect(value('proposals_lead + opinions_submitted * 2', counts)).toBe(4); // 0 + 2 × 2
    expect(value('opinions_submitted >= 2', counts)).toBe(1);
    expect(value('opinions_submitted > 2', counts)).toBe(0);
    expect(value('not proposals_lead', counts)).toBe(1);
    expect(value('-opinions_submitted', counts)).toBe(-2);
  });

  it('gives 0 for a division by zero', () => {
    expect(value('opinions_submitted / proposals_lead', counts)).toBe(0);
  });

  it('compares with a tolerance for floating-point noise', () => {
    expect(value('0.1 + 0.2 == 0.3', {})).toBe(1);
    expect(value('0.1 + 0.2 <= 0.3', {})).toBe(1);
    expect(value('0.3 < 0.1 + 0.2', {})).toBe(0);
    expect(value('0.1 + 0.2 != 0.3', {})).toBe(0);
  });

  it('decides the 三个一 requirement', () => {
    const r = parseCondition('出席全体会议 >= 1 且 领衔提案 + opinions_submitted >= 1 且 视察调研 >= 1', resolve);
    if (!r.ok) throw new Error(r.detail);
    expect(conditionHolds(r.condition, (k) => (counts as Record<string, number>)[k] ?? 0)).toBe(true);
    expect(conditionHolds(r.condition, (k) => ({ ...counts, inspections: 0 })[k] ?? 0)).toBe(false);
    expect(conditionHolds(r.condition, () => 0)).toBe(false);
  });

  it('short-circuits nothing that matters: or is true when either side is', () => {
    expect(value('proposals_lead or inspections', counts)).toBe(1);
    expect(value('proposals_lead and inspections', counts)).toBe(0);
  });
});

describe('parseCondition: properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 50 }),
        ),
        (s) => {
          const r = parseCondition(s, resolve);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on strings made of the language’s own pieces', () => {
    const piece = fc.constantFrom(
      '(',
      ')',
      '（',
      '）',
      '+',
      '-',
      '*',
      '/',
      '>=',
      '≥',
      '==',
      '=',
      '!=',
      '<>',
      '且',
      '或',
      '非',
      'and',
      'not',
      ' ',
      '1',
      '0.5',
      '视察调研',
      'standing',
      'constructor',
      '__proto__',
      '１',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const r = parseCondition(pieces.join(''), resolve);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws when the resolver knows every name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (s) => {
        const r = parseCondition(s, (name) => name);
        if (r.ok) expect(Number.isFinite(evaluateExpr(r.condition.expr, () => 1))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
