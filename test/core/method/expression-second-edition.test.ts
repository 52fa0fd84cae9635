/**
 * The second edition of the condition language (CONTRACT.md §7 and §9): quoted text, identity
 * fields, the value missing, dotted names and function calls through the one registry of names.
 */
import fc from 'fast-check';
import { conditionHolds, evaluateExpr, parseCondition, type EvalContext, type Value } from '../../../src/core/method/expression';
import type { Extensions } from '../../../src/core/method/expression-extensions';
import { renderExpr } from '../../../src/core/method/render-condition';
import { displayName, ItemNames } from '../../../src/core/method/resolve-names';
import type { Expr } from '../../../src/core/types';

/** Names the term archive (issue 13) will register; here only to prove the grammar and the registry take them. */
const ARCHIVE: Extensions = {
  names: [
    { name: 'prev.score', type: 'number', label: '上一年度得分' },
    { name: 'prev.grade', type: 'text', label: '上一年度等次' },
    { name: 'prev2.grade', type: 'text', label: '前两年度等次' },
  ],
  functions: [
    { name: 'term.count_grade', params: ['text'], type: 'number', label: '届内等次为{0}的年数' },
    { name: 'term.sum', params: ['item'], type: 'number', label: '届内{0}合计' },
  ],
};

const names = new ItemNames();
const archive = new ItemNames({ extensions: ARCHIVE });

function parse(src: string, n: ItemNames = names): Expr {
  const r = parseCondition(src, n);
  if (!r.ok) throw new Error(`「${src}」: ${r.detail}`);
  return r.condition.expr;
}

function detail(src: string, n: ItemNames = names): string {
  const r = parseCondition(src, n);
  if (r.ok) throw new Error(`expected 「${src}」 to fail`);
  return r.detail;
}

const str = (value: string): Expr => ({ kind: 'str', value });
const v = (name: string): Expr => ({ kind: 'var', name });

function ctx(values: Readonly<Record<string, Value>>, call: EvalContext['call'] = () => null): EvalContext {
  return { value: (name) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name] : null), call };
}

describe('quoted text and identity fields (CONTRACT.md §7)', () => {
  it('reads the contract’s examples as written', () => {
    expect(parse('role == "驻会常委"')).toEqual({ kind: 'binary', op: '==', left: v('role'), right: str('驻会常委') });
    expect(parse('sector != "特邀"')).toEqual({ kind: 'binary', op: '!=', left: v('sector'), right: str('特邀') });
  });

  it('takes the quotes a clerk’s IME types, and keeps the text inside as written', () => {
    const expected = parse('role == "驻会常委"');
    for (const q of ['role == “驻会常委”', 'role == ”驻会常委”', "role == '驻会常委'", 'role == ‘驻会常委’', 'role == 「驻会常委」', '政协职务 ＝＝ “驻会常委”'])
      expect(parse(q)).toEqual(expected);
    // Full-width brackets, 且/或/非 and digits inside quotes stay text.
    expect(parse('unit == “区政协（机关）且一处２”')).toEqual({ kind: 'binary', op: '==', left: v('unit'), right: str('区政协（机关）且一处２') });
  });

  it('knows the five identity fields by key and by their Chinese headers', () => {
    expect(parse('committee == "提案委"')).toEqual(parse('专委会 == "提案委"'));
    expect(parse('liaison_group == "城关"')).toEqual(parse('所属联络组 == "城关"'));
    expect(parse('unit == "一中"')).toEqual(parse('工作单位 == "一中"'));
    expect(parse('sector == "教育界"')).toEqual(parse('界别 == "教育界"'));
    expect(parse('role == "常委"')).toEqual(parse('政协职务 == "常委"'));
  });

  it('refuses text where a number is meant, and says how to write it', () => {
    expect(detail('界别 == 特邀')).toBe('文字「特邀」须加引号，如 “特邀”');
    expect(detail('role == 1')).toMatch(/^「==」一边是文字、一边是数字：「role」只能与带引号的文字比较/);
    expect(detail('sector > "特邀"')).toBe('文字只能用 == 或 != 比较，不能用「>」');
    expect(detail('"特邀" + 1 > 0')).toBe('「+」只能用于数字；文字只能用 == 或 != 比较');
    expect(detail('role')).toMatch(/^条件应为比较或判断/);
    expect(detail('role == "常委')).toBe('第 9 个字符「"」开始的文字缺少结束的引号');
    expect(detail('role == ""')).toBe('第 9 个字符起的引号中没有文字');
    expect(detail('姓名 == "张三"')).toBe('不认识的名称「姓名」');
  });

  it('compares text without white space; a blank field is missing, and every comparison with it is false', () => {
    const holds = (src: string, values: Readonly<Record<string, Value>>): boolean => conditionHolds({ source: src, expr: parse(src) }, ctx(values));
    expect(holds('role == "驻会常委"', { role: '驻会 常委' })).toBe(true);
    expect(holds('sector != "特邀"', { sector: '经济界' })).toBe(true);
    expect(holds('sector != "特邀"', { sector: '特邀' })).toBe(false);
    expect(holds('sector != "特邀"', { sector: null })).toBe(false);
    expect(holds('sector == "特邀"', { sector: null })).toBe(false);
    expect(holds('非 (sector == "特邀")', { sector: null })).toBe(true);
  });
});

describe('the value missing', () => {
  const value = (src: string, values: Readonly<Record<string, Value>>): Value => evaluateExpr(parse(src, archive), ctx(values));

  it('makes arithmetic missing and comparisons false (also !=), and counts as false in 且/或', () => {
    expect(value('prev.score + 5', {})).toBeNull();
    expect(value('-prev.score', {})).toBeNull();
    expect(value('prev.score >= 60', {})).toBe(0);
    expect(value('prev.score < 60', {})).toBe(0);
    expect(value('prev.score != 60', {})).toBe(0);
    expect(value('prev.score == prev.score', {})).toBe(0);
    expect(value('prev.score * 0 == 0', {})).toBe(0);
    expect(value('prev.score >= 0 or 1', {})).toBe(1);
    expect(value('prev.score >= 0 and 1', {})).toBe(0);
    expect(value('not prev.score', {})).toBe(1);
    expect(value('prev.score + 5 > 60', { 'prev.score': 58 })).toBe(1);
  });
});

describe('dotted names and function calls, resolved through the registry (CONTRACT.md §9)', () => {
  it('parses the archive’s names and calls once they are registered', () => {
    expect(parse('prev.grade == "不合格" and prev2.grade == "不合格"', archive)).toEqual({
      kind: 'binary',
      op: 'and',
      left: { kind: 'binary', op: '==', left: v('prev.grade'), right: str('不合格') },
      right: { kind: 'binary', op: '==', left: v('prev2.grade'), right: str('不合格') },
    });
    expect(parse('term.count_grade(“不合格”) >= 2', archive)).toEqual({
      kind: 'binary',
      op: '>=',
      left: { kind: 'call', name: 'term.count_grade', args: [str('不合格')] },
      right: { kind: 'num', value: 2 },
    });
    // An item argument may be written as its key or any of its names; it is stored as the key.
    expect(parse('term.sum(领衔提案) >= 3', archive)).toEqual(parse('TERM.SUM（proposals_lead） ＞＝ 3', archive));
    expect(parse('term.sum(领衔提案) >= 3', archive)).toMatchObject({ left: { kind: 'call', args: [{ kind: 'key', name: 'proposals_lead' }] } });
  });

  it('refuses what is not registered, with the nearest known name', () => {
    // Without the term archive's registry (issue 13 registers it for every method), prev.score is unknown.
    expect(detail('prev.score >= 60', new ItemNames({ extensions: { names: [], functions: [] } }))).toBe('不认识的名称「prev.score」');
    expect(detail('prev.scor >= 60', archive)).toBe('不认识的名称「prev.scor」，是否为 prev.score？');
    expect(detail('term.count_grad("不合格") > 1', archive)).toBe('不认识的函数「term.count_grad」，是否为 term.count_grade？');
    expect(detail('出席全体会 >= 1')).toBe('不认识的名称「出席全体会」，是否为 出席全体会议？');
  });

  it('checks the arguments of a call', () => {
    expect(detail('term.count_grade(1) > 0', archive)).toBe('函数 term.count_grade 的参数应为带引号的文字');
    expect(detail('term.count_grade("a", "b") > 0', archive)).toBe('函数 term.count_grade 需要 1 个参数，缺少右括号「)」');
    expect(detail('term.sum("领衔提案") > 0', archive)).toBe('函数 term.sum 的参数应为项目代码或项目名称，如 term.sum(领衔提案)');
    expect(detail('term.sum(界别) > 0', archive)).toBe('函数 term.sum 的参数应为项目代码或项目名称，如 term.sum(领衔提案)；不认识「界别」');
    expect(detail('term.count_grade("不合格") == "2"', archive)).toMatch(/一边是文字、一边是数字/);
  });

  it('evaluates names and calls through the evaluation context; an item argument arrives as its key', () => {
    const calls: [string, readonly Value[]][] = [];
    const c = ctx({ 'prev.grade': '不合格', proposals_lead: 1 }, (name, args) => {
      calls.push([name, args]);
      return name === 'term.sum' ? 4 : 2;
    });
    expect(evaluateExpr(parse('term.sum(领衔提案) + proposals_lead', archive), c)).toBe(5);
    expect(evaluateExpr(parse('prev.grade == “不合格” 且 term.count_grade(“不合格”) >= 2', archive), c)).toBe(1);
    expect(calls).toEqual([
      ['term.sum', ['proposals_lead']],
      ['term.count_grade', ['不合格']],
    ]);
  });
});

describe('rendering the new syntax back (the 评价办法 sheet and notices show this text)', () => {
  const show = displayName(archive, new Map());
  const canonical = (src: string): string => renderExpr(parse(src, archive), show);

  it('writes identity fields by their Chinese names and text in “…”', () => {
    expect(canonical('role == "驻会常委" or sector != \'特邀\'')).toBe('政协职务 == “驻会常委” 或 界别 != “特邀”');
    expect(canonical('term.sum(proposals_lead) >= 3 and prev.grade == 「不合格」')).toBe('term.sum(领衔提案) >= 3 且 prev.grade == “不合格”');
    expect(canonical('unit == 「“一中”」')).toBe('工作单位 == 「“一中”」');
  });

  const text = fc.constantFrom('驻会常委', '特邀', '经济界', '区“一中”', '（机关）且 非', 'a or b');
  const exprArb = fc.letrec<{ num: Expr; bool: Expr }>((tie) => ({
    num: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'e' },
      fc.nat({ max: 99 }).map((value): Expr => ({ kind: 'num', value })),
      fc.constantFrom('plenary_attended', 'proposals_lead', 'standing', 'prev.score').map((name): Expr => ({ kind: 'var', name })),
      text.map((t): Expr => ({ kind: 'call', name: 'term.count_grade', args: [{ kind: 'str', value: t }] })),
      fc.constant<Expr>({ kind: 'call', name: 'term.sum', args: [{ kind: 'key', name: 'inspections' }] }),
      fc.tuple(fc.constantFrom('+', '-', '*', '/'), tie('num'), tie('num')).map(([op, left, right]): Expr => ({ kind: 'binary', op: op as '+', left, right })),
      tie('bool'),
    ),
    bool: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'e' },
      fc.tuple(fc.constantFrom('role', 'sector', 'unit', 'prev.grade'), fc.constantFrom('==', '!='), text).map(
        ([name, op, t]): Expr => ({ kind: 'binary', op: op as '==', left: { kind: 'var', name }, right: { kind: 'str', value: t } }),
      ),
      fc.tuple(fc.constantFrom('>', '>=', '==', '!='), tie('num'), tie('num')).map(([op, left, right]): Expr => ({ kind: 'binary', op: op as '>', left, right })),
      fc.tuple(fc.constantFrom('and', 'or'), tie('bool'), tie('bool')).map(([op, left, right]): Expr => ({ kind: 'binary', op: op as 'and', left, right })),
      tie('bool').map((arg): Expr => ({ kind: 'unary', op: 'not', arg })),
    ),
  }));

  it('parses what it writes back to the same expression (property)', () => {
    fc.assert(
      fc.property(exprArb.num, (e) => {
        // A bare number is not a condition; compare it to 0 so every generated expression is one.
        const cond: Expr = { kind: 'binary', op: '>', left: e, right: { kind: 'num', value: 0 } };
        expect(parse(renderExpr(cond, show), archive)).toEqual(cond);
      }),
      { numRuns: 300 },
    );
  });
});
