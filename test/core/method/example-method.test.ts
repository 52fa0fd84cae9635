import { isBuiltinCountKey } from '../../../src/core/columns';
import { EXAMPLE_METHOD_JSON, exampleMethod } from '../../../src/core/method/example-method';
import { methodToJson, parseMethodJson } from '../../../src/core/method/parse-method';

describe('exampleMethod', () => {
  const m = exampleMethod();

  it('is clearly an example to adapt', () => {
    expect(m.title).toBe('政协X区委员会委员履职综合评价办法（示例，请按本区办法修改）');
  });

  it('is valid as a JSON file too', () => {
    expect(parseMethodJson(JSON.stringify(EXAMPLE_METHOD_JSON, null, 2))).toEqual({ ok: true, method: m });
    expect(parseMethodJson(JSON.stringify(methodToJson(m)))).toEqual({ ok: true, method: m });
  });

  it('has the numbers other parts rely on', () => {
    expect(m.held).toEqual({ plenary: 2, standing: 4 });
    expect(m.base).toBe(60);
    expect(m.total).toEqual({ min: 0, max: 100 });
    expect(m.year).toBeNull();
    expect(m.grades.map((g) => [g.name, g.min])).toEqual([
      ['优秀', 90],
      ['良好', 80],
      ['合格', 70],
      ['基本合格', 60],
      ['不合格', null],
    ]);
    expect(m.grades.every((g) => g.color !== null && /^#[0-9A-F]{6}$/.test(g.color))).toBe(true);
  });

  it('scores only built-in items, in three capped categories plus honours', () => {
    expect(m.items.every((i) => isBuiltinCountKey(i.key))).toBe(true);
    expect(m.categories.map((c) => [c.key, c.label, c.max, c.min])).toEqual([
      ['meetings', '会议活动', 20, -30],
      ['proposals', '建言献策', 25, null],
      ['service', '社会服务', 10, null],
    ]);
    expect(m.items.filter((i) => i.category === null).map((i) => i.key)).toEqual(['honors']);
    expect(m.items.find((i) => i.key === 'plenary_absent')).toMatchObject({ points: -10, max: null });
    expect(m.items.find((i) => i.key === 'proposals_accepted')).toMatchObject({ points: 3, from: 2, max: 9 });
    // Highest reachable: 60 + 20 + 25 + 10 + 6 = 121, so the total cap of 100 matters.
    const categoryMax = m.categories.reduce((a, c) => a + (c.max ?? 0), 0);
    expect(m.base + categoryMax + 6).toBe(121);
  });

  it('has the 三个一 requirement, two vetoes and a 10% shortlist', () => {
    expect(m.requirements).toHaveLength(1);
    expect(m.requirements[0]).toMatchObject({
      label: '三个一',
      ceiling: '基本合格',
      when: { source: '出席全体会议 >= 1 且 领衔提案 + 报送社情民意 >= 1 且 视察调研 >= 1' },
    });
    expect(m.vetoes.map((v) => [v.label, v.when.source, v.grade])).toEqual([
      ['两次无故缺席全体会议', '全体会议无故缺席 >= 2', '不合格'],
      ['违纪违法', '违纪违法 >= 1', '不合格'],
    ]);
    expect(m.shortlist).toMatchObject({
      minGrade: '优秀',
      quota: 0.1,
      rounding: 'floor',
      scope: 'all',
      excludeRoles: ['主席', '副主席', '秘书长', '驻会常委'],
      when: { source: '全体会议无故缺席 == 0' },
    });
  });

  it('names the office and leaves the date to the run', () => {
    expect(m.notice).toMatchObject({ office: '政协X区委员会办公室', date: null, circularGroupBy: 'grade', pending: 'list' });
  });

  it('returns an equal, fresh method on every call', () => {
    expect(exampleMethod()).toEqual(m);
    expect(exampleMethod()).not.toBe(m);
  });
});
