/** The method fields of issue 12: countsFrom and proposalCredit, strict, in JSON and in the 评价办法 sheet. */
import { parseMethodObject, methodToJson } from '../../../src/core/method/parse-method';
import { methodSheetPlan, readMethodSheet } from '../../../src/core/method/method-sheet';
import { exampleMethod } from '../../../src/core/method/example-method';
import { snapshotOf } from '../../support/plan-snapshot';
import { METHOD_FIELDS } from '../../../src/core/method/method-fields';
import type { CellValue } from '../../../src/core/snapshot';
import type { Method } from '../../../src/core/types';

const BASE = { title: '办法', items: [{ key: 'proposal_credit', points: 10 }], grades: [{ name: '合格', min: 60 }, { name: '不合格' }] };

function parse(extra: Record<string, unknown>): ReturnType<typeof parseMethodObject> {
  return parseMethodObject({ ...BASE, ...extra });
}

function method(extra: Record<string, unknown>): Method {
  const r = parse(extra);
  if (!r.ok) throw new Error(`${r.path}: ${r.detail}`);
  return r.method;
}

function sheetBack(m: Method, edit?: (rows: CellValue[][]) => void): ReturnType<typeof readMethodSheet> {
  const s = snapshotOf(methodSheetPlan(m));
  const rows = s.values.map((r) => [...r]);
  edit?.(rows);
  return readMethodSheet({ ...s, values: rows });
}

const rowOf = (rows: readonly (readonly CellValue[])[], label: string): number => rows.findIndex((r) => r[0] === label);

describe('countsFrom and proposalCredit', () => {
  it('are strict fields of the field table', () => {
    expect(METHOD_FIELDS.map((f) => f.path)).toEqual(expect.arrayContaining(['countsFrom', 'proposalCredit', 'proposalCredit.lead', 'proposalCredit.joint']));
  });

  it('are absent unless given, so a first-edition method reads back unchanged', () => {
    const m = method({});
    expect(m.countsFrom).toBeUndefined();
    expect(m.proposalCredit).toBeUndefined();
    expect(method({ countsFrom: 'table' }).countsFrom).toBeUndefined();
  });

  it('read the three choices and the shares, with defaults lead 1 and joint split', () => {
    expect(method({ countsFrom: 'larger' }).countsFrom).toBe('larger');
    expect(method({ proposalCredit: {} }).proposalCredit).toEqual({ lead: 1, joint: 'split' });
    expect(method({ proposalCredit: { lead: 0.5 } }).proposalCredit).toEqual({ lead: 0.5, joint: 'split' });
    expect(method({ proposalCredit: { lead: 1, joint: 0.2 } }).proposalCredit).toEqual({ lead: 1, joint: 0.2 });
    expect(method({ proposalCredit: { joint: '均摊' } }).proposalCredit).toEqual({ lead: 1, joint: 'split' });
  });

  it.each([
    [{ countsFrom: 'record' }, 'countsFrom', /table（委员填报）、records（办公室记录）、larger（取较大者）/],
    [{ proposalCredit: { lead: 1.5 } }, 'proposalCredit.lead', /0 至 1/],
    [{ proposalCredit: { lead: 0.12345 } }, 'proposalCredit.lead', /最多四位小数/],
    [{ proposalCredit: { joint: 'half' } }, 'proposalCredit.joint', /split（均摊）/],
    [{ proposalCredit: { lead: 0.5, jiont: 'split' } }, 'proposalCredit.jiont', /是否为 joint/],
    [{ countFrom: 'records' }, 'countFrom', /是否为 countsFrom/],
  ])('refuses %j naming %s', (extra, path, detail) => {
    const r = parse(extra);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.path).toBe(path);
    expect(r.detail).toMatch(detail);
  });

  it('refuses header names for proposal_credit: it is computed from 提案登记', () => {
    const r = parseMethodObject({ ...BASE, items: [{ key: 'proposal_credit', headers: ['提案分'], points: 10 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.path).toBe('items[0].headers');
  });

  it('go through JSON and the 评价办法 sheet and back unchanged', () => {
    for (const extra of [{}, { countsFrom: 'records', proposalCredit: { lead: 0.5, joint: 'split' } }, { countsFrom: 'larger', proposalCredit: { lead: 0.6, joint: 0.1 } }]) {
      const m = method(extra);
      expect(method(methodToJson(m))).toEqual(m);
      const back = sheetBack(m);
      expect(back).toEqual({ ok: true, method: m });
    }
    const example = exampleMethod();
    expect(sheetBack(example)).toEqual({ ok: true, method: example });
  });

  it('show in words on the sheet, and read words a clerk types', () => {
    const m = method({ countsFrom: 'larger', proposalCredit: { lead: 0.5 } });
    const s = snapshotOf(methodSheetPlan(m));
    expect(s.values[rowOf(s.values, '计分依据')][1]).toBe('取较大者');
    expect(s.values[rowOf(s.values, '第一提案人份额')][1]).toBe(0.5);
    expect(s.values[rowOf(s.values, '联名提案人份额')][1]).toBe('均摊');
    const typed = sheetBack(m, (rows) => {
      rows[rowOf(rows, '计分依据')][1] = '办公室记录';
      rows[rowOf(rows, '联名提案人份额')][1] = '0.25';
    });
    expect(typed.ok && typed.method.countsFrom).toBe('records');
    expect(typed.ok && typed.method.proposalCredit).toEqual({ lead: 0.5, joint: 0.25 });
  });

  it('name the cell of a wrong share on the sheet', () => {
    const m = method({ proposalCredit: { lead: 0.5 } });
    const r = sheetBack(m, (rows) => (rows[rowOf(rows, '第一提案人份额')][1] = '一半'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail).toMatch(/第一提案人份额/);
  });
});
