/**
 * Reading forms (src/core/forms/read-form.ts): the product's own form read back exactly (round
 * trip through the template plan), and, as a property, any arrangement of recognised labels with
 * their values beside or below reads back the values.
 */
import fc from 'fast-check';
import { formItems } from '../../../src/core/forms/form-items';
import { readFormSheet } from '../../../src/core/forms/read-form';
import { formTemplatePlan } from '../../../src/core/forms/template';
import { methodColumns } from '../../../src/core/inputs';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { parseRange } from '../../../src/core/a1';
import { formMethod } from '../../support/form-folder';
import type { SheetPlan } from '../../../src/core/plan';

/** The sheet a host writes from a plan, as a snapshot (values and merges). */
function snapshotOfPlan(plan: SheetPlan): SheetSnapshot & { values: CellValue[][] } {
  const values = plan.values.map((r) => r.map((v) => (v === undefined ? null : v))) as CellValue[][];
  const merges = plan.merges.map((m) => {
    const r = parseRange(m);
    if (!r) throw new Error(m);
    return r;
  });
  return { name: plan.name, values, merges, hiddenRows: [] };
}

describe('the product form, round trip', () => {
  const method = formMethod();
  const items = formItems(method);

  it('lists the method items in vocabulary order, the custom item last, with units and explanations', () => {
    expect(items.map((i) => [i.key, i.label, i.unit, i.custom])).toEqual([
      ['plenary_attended', '出席全体会议', '次', false],
      ['inspections', '视察调研', '次', false],
      ['proposals_lead', '领衔提案', '件', false],
      ['poverty_help', '结对帮扶', '次', true],
    ]);
    expect(items.every((i) => i.explanation !== '')).toBe(true);
  });

  it('reads back every identity field and every value written into the value cells', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat({ max: 999 }), { nil: null }), { minLength: items.length, maxLength: items.length }), fc.constantFrom('张三', '欧阳 明', '李四'), (counts, name) => {
        const plan = formTemplatePlan(method, { name, member_id: 'W9', unit: '区医院', role: '常委' });
        const sheet = snapshotOfPlan(plan);
        const first = sheet.values.findIndex((r) => r[1] === '履职项目') + 2;
        counts.forEach((v, i) => (sheet.values[first - 1 + i][2] = v));
        const read = readFormSheet(sheet, methodColumns(method));
        expect(read.members).toHaveLength(1);
        const m = read.members[0];
        expect(m.layout).toBe('form');
        expect(m.identity.get('name')?.value).toBe(name);
        expect(m.identity.get('member_id')?.value).toBe('W9');
        expect(m.identity.get('role')?.value).toBe('常委');
        expect(m.counts.map((c) => [c.key, c.value, c.cell])).toEqual(items.map((it, i) => [it.key, counts[i], `C${first + i}`]));
      }),
    );
  });

  it('without the method, the custom line is kept by its label', () => {
    const sheet = snapshotOfPlan(formTemplatePlan(method, { name: '张三' }));
    const read = readFormSheet(sheet);
    expect(read.members[0].counts.map((c) => [c.key, c.custom])).toEqual([
      ['plenary_attended', false],
      ['inspections', false],
      ['proposals_lead', false],
      ['custom:结对帮扶', true],
    ]);
  });

  it('a form without a name is no form (no_name)', () => {
    const read = readFormSheet(snapshotOfPlan(formTemplatePlan(method, null)));
    expect(read).toEqual({ members: [], namelessRows: [], recognised: 'no_name' });
  });
});

const COUNT_LABELS: readonly (readonly [string, string])[] = [
  ['出席全体会议', 'plenary_attended'],
  ['全会请假', 'plenary_leave'],
  ['视察调研', 'inspections'],
  ['领衔提案', 'proposals_lead'],
  ['联名提案（件）', 'proposals_joint'],
  ['报送社情民意', 'opinions_submitted'],
  ['学习培训', 'trainings'],
  ['民主监督', 'supervision'],
  ['文史资料', 'culture_history'],
  ['表彰奖励', 'honors'],
];
const NAMES = ['张三', '李　四', '欧阳明', '王五'];
const UNITS = ['区人民医院', '区第一中学', '东方实业公司'];

type Pair = { label: string; key: string; value: CellValue };
type Layout = 'blocks' | 'pairRows' | 'labelRows';

/** Places label/value pairs: in 2×2 blocks (value beside or below, chosen per pair), as L V L V rows, or as rows of labels over rows of values. */
function place(pairs: readonly Pair[], layout: Layout, below: readonly boolean[], width: number, titles: number): CellValue[][] {
  const grid: CellValue[][] = [];
  const set = (r: number, c: number, v: CellValue): void => {
    while (grid.length < r) grid.push([]);
    const row = grid[r - 1];
    while (row.length < c) row.push(null);
    row[c - 1] = v;
  };
  for (let t = 1; t <= titles; t++) set(t, 1, t === 1 ? '2025年度政协委员履职情况统计表' : '（请据实填写）');
  const top = titles + 1;
  pairs.forEach((p, i) => {
    const slot = i % width;
    const line = Math.floor(i / width);
    if (layout === 'blocks') {
      const r = top + line * 3;
      const c = 1 + slot * 3;
      set(r, c, p.label);
      if (below[i]) set(r + 1, c, p.value);
      else set(r, c + 1, p.value);
    } else if (layout === 'pairRows') {
      set(top + line, 1 + slot * 2, p.label);
      set(top + line, 2 + slot * 2, p.value);
    } else {
      set(top + line * 2, 1 + slot, p.label);
      set(top + line * 2 + 1, 1 + slot, p.value);
    }
  });
  return grid;
}

describe('hand-made layouts (property)', () => {
  it('any arrangement of recognised labels beside or below their values reads back the values', () => {
    const arb = fc.record({
      counts: fc.uniqueArray(fc.integer({ min: 0, max: COUNT_LABELS.length - 1 }), { minLength: 1, maxLength: 8 }),
      values: fc.array(fc.option(fc.nat({ max: 99 }), { nil: null }), { minLength: 8, maxLength: 8 }),
      name: fc.constantFrom(...NAMES),
      unit: fc.option(fc.constantFrom(...UNITS), { nil: null }),
      layout: fc.constantFrom<Layout>('blocks', 'pairRows', 'labelRows'),
      below: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      width: fc.integer({ min: 1, max: 4 }),
      titles: fc.integer({ min: 0, max: 2 }),
      nameAt: fc.nat({ max: 9 }),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const countPairs: Pair[] = a.counts.map((i, n) => ({ label: COUNT_LABELS[i][0], key: COUNT_LABELS[i][1], value: a.values[n] }));
        const identity: Pair[] = [{ label: '姓名', key: 'name', value: a.name }, ...(a.unit === null ? [] : [{ label: '工作单位', key: 'unit', value: a.unit }])];
        const pairs = [...countPairs];
        pairs.splice(Math.min(a.nameAt, pairs.length), 0, ...identity);
        const sheet: SheetSnapshot = { name: '表', values: place(pairs, a.layout, a.below, a.width, a.titles), merges: [], hiddenRows: [] };
        const read = readFormSheet(sheet);
        expect(read.members).toHaveLength(1);
        const m = read.members[0];
        expect(m.identity.get('name')?.value).toBe(a.name);
        expect(m.identity.get('unit')?.value ?? null).toBe(a.unit);
        const got = Object.fromEntries(m.counts.map((c) => [c.key, c.value]));
        expect(got).toEqual(Object.fromEntries(countPairs.map((p) => [p.key, p.value])));
      }),
      { numRuns: 300 },
    );
  });
});
