/**
 * The method JSON form, second edition (CONTRACT.md §7): tiers, count, item-level when, identity
 * in conditions, headers with any characters, strict fields; and item keys that are JavaScript
 * built-in names (issue 10, point 6).
 */
import { parseMethodObject } from '../../../src/core/method/parse-method';
import { methodToJson } from '../../../src/core/method/method-to-json';
import type { Method } from '../../../src/core/types';

type Json = Record<string, unknown>;

const GRADES = [{ name: '合格', min: 60 }, { name: '不合格' }];

function withItems(items: unknown[], extra: Json = {}): Json {
  return { title: '办法', items, grades: GRADES, ...extra };
}

function ok(value: unknown): Method {
  const r = parseMethodObject(value);
  if (!r.ok) throw new Error(`${r.path}: ${r.detail}`);
  return r.method;
}

function problem(value: unknown): { path: string; detail: string } {
  const r = parseMethodObject(value);
  if (r.ok) throw new Error('expected a problem');
  return { path: r.path, detail: r.detail };
}

describe('tiers (CONTRACT.md §7)', () => {
  it('reads the contract’s example as written: the 1st counts 15, each further one 5', () => {
    const m = ok(withItems([{ key: 'proposals_accepted', tiers: [{ upTo: 1, points: 15 }, { points: 5 }], max: 30 }]));
    expect(m.items[0]).toMatchObject({ key: 'proposals_accepted', points: 0, from: 1, tiers: [{ upTo: 1, points: 15 }, { upTo: null, points: 5 }], max: 30 });
  });

  it('refuses bands that are not consecutive and increasing, or a last band with upTo', () => {
    const tiers = (t: unknown[]): { path: string; detail: string } => problem(withItems([{ key: 'inspections', tiers: t }]));
    expect(tiers([])).toEqual({ path: 'items[0].tiers', detail: expect.stringMatching(/^「分段计分」至少要有一段/) });
    expect(tiers([{ points: 5 }, { points: 1 }])).toEqual({ path: 'items[0].tiers[0].upTo', detail: expect.stringMatching(/^第 1 段缺少「分段截止次数」/) });
    expect(tiers([{ upTo: 2, points: 5 }, { upTo: 2, points: 1 }, { points: 0 }])).toEqual({ path: 'items[0].tiers[1].upTo', detail: '第 2 段的截止次数 2 应大于上一段的 2' });
    expect(tiers([{ upTo: 1, points: 15 }, { upTo: 3, points: 5 }])).toEqual({ path: 'items[0].tiers[1].upTo', detail: expect.stringMatching(/^最后一段不写「分段截止次数」/) });
    expect(tiers([{ upTo: 0, points: 5 }, { points: 1 }])).toMatchObject({ path: 'items[0].tiers[0].upTo' });
    expect(tiers([{ upTo: 1, points: 0.125 }, { points: 1 }])).toMatchObject({ path: 'items[0].tiers[0].points' });
    expect(tiers([{ upTo: 1 }, { points: 1 }])).toMatchObject({ path: 'items[0].tiers[0].points', detail: expect.stringMatching(/缺少「分段每次分值」/) });
  });

  it('is one or the other: tiers, or points and from', () => {
    expect(problem(withItems([{ key: 'inspections', points: 2, tiers: [{ points: 5 }] }]))).toEqual({
      path: 'items[0].points',
      detail: expect.stringMatching(/^已填写「分段计分」，不要再填「每次分值」/),
    });
    expect(problem(withItems([{ key: 'inspections', from: 2, tiers: [{ points: 5 }] }]))).toMatchObject({ path: 'items[0].from' });
    expect(problem(withItems([{ key: 'inspections' }]))).toEqual({ path: 'items[0].points', detail: '缺少「每次分值」（应为数字，如 5 或 -10；或填写「分段计分」）' });
  });
});

describe('count and item-level when (CONTRACT.md §7)', () => {
  it('reads the contract’s example as written: a custom item scoring another item’s count, for standing members', () => {
    const m = ok(
      withItems([
        { key: 'plenary_absent', points: -10, when: 'standing == 0' },
        { key: 'absent_standing', count: 'plenary_absent', when: 'standing == 1', points: -4 },
      ]),
    );
    expect(m.items[1]).toMatchObject({ key: 'absent_standing', label: 'absent_standing', count: 'plenary_absent', points: -4, headers: [] });
    expect(m.items[1].when?.source).toBe('常委 == 1');
    expect(m.items[0].when?.source).toBe('常委 == 0');
  });

  it('takes an item’s Chinese name for count, and its own key means no count', () => {
    const m = ok(withItems([{ key: 'x', label: '无故缺席扣分', count: '全体会议无故缺席', points: -1 }, { key: 'inspections', count: 'inspections', points: 1 }]));
    expect(m.items[0].count).toBe('plenary_absent');
    expect(m.items[1].count).toBeNull();
  });

  it('refuses an unknown count with the nearest name, a count with headers, and a count of a count', () => {
    expect(problem(withItems([{ key: 'x', count: 'plenary_absnt', points: 1 }]))).toEqual({
      path: 'items[0].count',
      detail: '「计数项目」「plenary_absnt」不是项目代码或项目名称，是否为 plenary_absent？',
    });
    expect(problem(withItems([{ key: 'x', count: 'plenary_absent', headers: ['缺席'], points: 1 }]))).toMatchObject({ path: 'items[0].headers' });
    expect(
      problem(withItems([{ key: 'a', count: 'plenary_absent', points: 1 }, { key: 'b', count: 'a', points: 1 }])),
    ).toEqual({ path: 'items[1].count', detail: '「计数项目」「a」本身也是按别的项目计数的，请直接填写它所计的项目「plenary_absent」' });
    expect(problem(withItems([{ key: 'x', count: '界别', points: 1 }])).path).toBe('items[0].count');
  });

  it('checks an item’s when like any condition, with identity fields and quoted text', () => {
    const m = ok(withItems([{ key: 'inspections', points: 2, when: 'role != "驻会常委" and sector != “特邀”' }]));
    expect(m.items[0].when?.source).toBe('政协职务 != “驻会常委” 且 界别 != “特邀”');
    expect(problem(withItems([{ key: 'inspections', points: 2, when: '界别 == 特邀' }]))).toEqual({
      path: 'items[0].when',
      detail: '「适用条件」「界别 == 特邀」有误：文字「特邀」须加引号，如 “特邀”',
    });
    expect(problem(withItems([{ key: 'inspections', points: 2, when: 'standng == 1' }]))).toEqual({
      path: 'items[0].when',
      detail: '「适用条件」「standng == 1」有误：不认识的名称「standng」，是否为 standing？',
    });
  });
});

describe('names and headers', () => {
  it('takes any characters in JSON headers (、，；（）), as CONTRACT.md §7 says', () => {
    const m = ok(withItems([{ key: 'visits', headers: ['视察、调研（次）', '考察；走访', '座谈,交流'], points: 2 }]));
    expect(m.items[0].headers).toEqual(['视察、调研（次）', '考察；走访', '座谈,交流']);
  });

  it('lets a first-edition custom item keep a name the vocabulary now knows (the method’s own names win)', () => {
    const m = ok(withItems([{ key: 'field_visits', label: '视察活动', points: 3 }]));
    expect(m.items[0]).toMatchObject({ key: 'field_visits', label: '视察活动' });
    // …unless the built-in item that owns the name is in the method too.
    expect(problem(withItems([{ key: 'inspections', points: 2 }, { key: 'field_visits', label: '视察活动', points: 3 }]))).toEqual({
      path: 'items[1].label',
      detail: '「项目名称」「视察活动」已是内置项目「视察调研」（inspections）的名称，请换一个名称',
    });
  });
});

describe('item keys that are JavaScript built-in names (issue 10, point 6)', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', '__defineGetter__', '__x'])('refuses the item key %s with a clear Chinese message', (key) => {
    const p = problem(withItems([{ key, label: '帮扶', points: 1 }]));
    expect(p.path).toBe('items[0].key');
    expect(p.detail).toMatch(new RegExp(`^「项目代码」「${key.replace(/[$]/g, '\\$&')}」是程序保留的名称，不能用作项目代码，请换一个`));
  });

  it('refuses such a category key too', () => {
    const p = problem(withItems([{ key: 'inspections', points: 1, category: 'constructor' }], { categories: [{ key: 'constructor', label: '会议' }] }));
    expect(p).toEqual({ path: 'categories[0].key', detail: '「类别代码」「constructor」是程序保留的名称，不能用作类别代码，请换一个，如 meetings 或中文名称' });
  });

  it('refuses such a name in a condition (not a built-in property)', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__'])
      expect(problem(withItems([{ key: 'inspections', points: 1 }], { vetoes: [{ label: 'v', when: `${name} > 0`, grade: '不合格' }] })).path).toBe('vetoes[0].when');
  });

  it('reads a JSON text whose key is "__proto__" as a field, never as the prototype', () => {
    const r = parseMethodObject(JSON.parse('{"title":"办法","items":[{"key":"inspections","points":1,"__proto__":{"points":99}}],"grades":[{"name":"合格","min":60},{"name":"不合格"}]}'));
    expect(r).toEqual({ ok: false, path: 'items[0].__proto__', detail: expect.stringMatching(/^未知字段 items\[0\]\.__proto__/) });
  });
});

describe('methodToJson gives the second edition back', () => {
  it('round-trips tiers, count, when and identity conditions', () => {
    const m = ok(
      withItems(
        [
          { key: 'proposals_accepted', tiers: [{ upTo: 1, points: 15 }, { upTo: 3, points: 10 }, { points: 5 }], max: 40 },
          { key: 'plenary_absent', points: -10, when: 'standing == 0' },
          { key: 'absent_standing', count: 'plenary_absent', when: 'standing == 1', points: -4 },
          { key: 'visits', headers: ['视察、调研'], points: 1, when: 'sector != "特邀"' },
        ],
        { requirements: [{ label: '驻会常委另计', when: 'role == "驻会常委" or plenary_attended >= 1', ceiling: '不合格' }] },
      ),
    );
    const json = methodToJson(m);
    expect((json.items as Json[])[0]).toEqual({ key: 'proposals_accepted', tiers: [{ upTo: 1, points: 15 }, { upTo: 3, points: 10 }, { points: 5 }], max: 40 });
    expect((json.items as Json[])[2]).toEqual({ key: 'absent_standing', label: 'absent_standing', count: 'plenary_absent', when: '常委 == 1', points: -4 });
    expect(ok(JSON.parse(JSON.stringify(json)))).toEqual(m);
  });
});
