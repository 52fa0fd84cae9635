/**
 * The method's `term` (CONTRACT.md §9, issue 13): strict fields in JSON and in the 评价办法 sheet
 * (export → edit → read back the same method), the phase rule (this year's grade only after grading),
 * and prev/term in plain words.
 */
import { methodSheetPlan, readMethodSheet } from '../../../src/core/method/method-sheet';
import { methodToJson, parseMethodObject } from '../../../src/core/method/parse-method';
import { askText, missedParts } from '../../../src/core/method/plain-words';
import { labelOf } from '../../../src/core/notices/wording';
import type { CellValue } from '../../../src/core/snapshot';
import type { Method } from '../../../src/core/types';
import { snapshotOf } from '../../support/plan-snapshot';

const BASE = { title: '办法', items: [{ key: 'plenary_attended', points: 10 }, { key: 'proposals_lead', points: 5 }], grades: [{ name: '合格', min: 60 }, { name: '不合格' }] };

function parse(json: Record<string, unknown>): Method {
  const r = parseMethodObject({ ...BASE, ...json });
  if (!r.ok) throw new Error(`${r.path}: ${r.detail}`);
  return r.method;
}

function problem(json: Record<string, unknown>): { path: string; detail: string } {
  const r = parseMethodObject({ ...BASE, ...json });
  if (r.ok) throw new Error('expected a problem');
  return { path: r.path, detail: r.detail };
}

const TERM = {
  since: 2022,
  order: 'sum',
  flags: [
    { label: '连续两年不合格', when: 'prev.grade == "不合格" and grade == "不合格"' },
    { label: '届内提案不足', when: 'term.sum(领衔提案) < 3' },
  ],
};

describe('term in JSON', () => {
  it('reads since, order and flags, and writes them back to the same method', () => {
    const m = parse({ term: TERM });
    expect(m.term?.since).toBe(2022);
    expect(m.term?.order).toBe('sum');
    expect(m.term?.flags.map((f) => f.label)).toEqual(['连续两年不合格', '届内提案不足']);
    expect(parse(methodToJson(m))).toEqual(m);
  });

  it('a term that sets nothing is no term (so JSON and sheet round trips agree)', () => {
    expect(parse({ term: {} }).term).toBeUndefined();
  });

  it('is strict: an unknown field names the nearest one; a wrong order or year is refused', () => {
    expect(problem({ term: { flgs: [] } })).toEqual({ path: 'term.flgs', detail: '未知字段 term.flgs，是否为 flags？' });
    expect(problem({ term: { order: 'random' } }).path).toBe('term.order');
    expect(problem({ term: { since: 22 } }).path).toBe('term.since');
    expect(problem({ term: { flags: [{ label: 'a', when: 'x > 1' }] } }).path).toBe('term.flags[0].when');
    expect(problem({ term: { flags: [{ label: 'a', when: 'prev.score < 60' }, { label: 'a', when: 'prev.score < 50' }] } }).path).toBe('term.flags[1].label');
  });

  it('this year’s grade only where it is final: a veto or requirement reading grade is refused, prev.grade is fine', () => {
    const veto = problem({ vetoes: [{ label: '连续不合格', when: 'prev.grade == "不合格" and grade == "不合格"', grade: '不合格' }] });
    expect(veto.path).toBe('vetoes[0].when');
    expect(veto.detail).toContain('prev.grade');
    expect(problem({ requirements: [{ label: 'x', when: 'term.count_grade("不合格") < 2', ceiling: '不合格' }] }).path).toBe('requirements[0].when');
    // An item's when runs before the score: score and term.min_score are refused there, fine in a veto.
    expect(problem({ items: [{ key: 'plenary_attended', points: 10, when: 'score > 60' }] }).path).toBe('items[0].when');
    expect(parse({ vetoes: [{ label: '连续低分', when: 'prev.score < 60 and score < 60', grade: '不合格' }] }).vetoes).toHaveLength(1);
    expect(parse({ shortlist: { label: '名单', minGrade: '合格', quota: 0.1, when: 'term.count_grade("不合格") == 0' } }).shortlist?.when).not.toBeNull();
  });
});

describe('term in the 评价办法 sheet', () => {
  const m = parse({ term: TERM });
  const sheet = snapshotOf(methodSheetPlan(m));

  it('writes 届内档案 and 届内标记 sections and reads the same method back', () => {
    const text = sheet.values.flat().filter((v) => typeof v === 'string');
    expect(text).toContain('九、届内档案');
    expect(text).toContain('十、届内标记');
    expect(text).toContain('按届内总分');
    expect(readMethodSheet(sheet)).toEqual({ ok: true, method: m });
  });

  it('an edit in the sheet is read back: a new flag row', () => {
    const rows: CellValue[][] = sheet.values.map((r) => [...r]);
    const at = rows.findIndex((r) => r[0] === '届内提案不足');
    rows.splice(at + 1, 0, ['届内不合格两次', 'term.count_grade(“不合格”) >= 2']);
    const read = readMethodSheet({ ...sheet, values: rows, merges: [] });
    if (!read.ok) throw new Error(read.detail);
    expect(read.method.term?.flags.map((f) => f.label)).toEqual(['连续两年不合格', '届内提案不足', '届内不合格两次']);
  });

  it('a method without term writes empty sections and reads back without term', () => {
    const plain = parse({});
    expect(readMethodSheet(snapshotOf(methodSheetPlan(plain)))).toEqual({ ok: true, method: plain });
  });
});

describe('prev and term in plain words (notices never show codes)', () => {
  const m = parse({ term: TERM });
  const label = labelOf(m);
  it('asks and misses in words', () => {
    const [consecutive, proposals] = m.term?.flags ?? [];
    expect(askText(consecutive.when.expr, label)).toBe('上一年度等次为不合格，本年度等次为不合格');
    expect(askText(proposals.when.expr, label)).toBe('本届领衔提案累计少于3');
    // A member with no earlier year: prev.grade has no record (never 「未填写」).
    expect(missedParts(consecutive.when.expr, label, (v) => (v === 'grade' ? '不合格' : null))).toEqual(['上一年度等次无记录']);
  });
});
