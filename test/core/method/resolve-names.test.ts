import { describeOwner, displayName, ItemNames, nameForm } from '../../../src/core/method/resolve-names';

describe('ItemNames', () => {
  it('resolves built-in keys, header names (also with a trailing unit) and standing', () => {
    const n = new ItemNames();
    expect(n.resolve('inspections')).toBe('inspections');
    expect(n.resolve('INSPECTIONS')).toBe('inspections');
    expect(n.resolve('调研视察')).toBe('inspections');
    expect(n.resolve('视察调研次数')).toBe('inspections');
    expect(n.resolve('常委')).toBe('standing');
    expect(n.resolve('是否常委')).toBe('standing');
    expect(n.resolve('姓名')).toBeNull();
    expect(n.resolve('and')).toBeNull();
    expect(n.resolve('constructor')).toBeNull();
  });

  it('lets an item claim new names and its own, and refuses names taken by others', () => {
    const n = new ItemNames();
    expect(n.claim('全会出勤', 'plenary_attended')).toBeNull();
    expect(n.claim('出席全会', 'plenary_attended')).toBeNull();
    expect(n.resolve('全会出勤')).toBe('plenary_attended');
    expect(n.claim('全会 出勤', 'poverty_help')).toEqual({ kind: 'item', key: 'plenary_attended', builtin: true });
    expect(n.claim('帮扶', 'poverty_help')).toBeNull();
    expect(n.claim('帮扶', 'other')).toEqual({ kind: 'item', key: 'poverty_help', builtin: false });
    expect(n.claim('工作单位', 'poverty_help')).toEqual({ kind: 'field', key: 'unit' });
    expect(n.claim('姓名', 'poverty_help')).toEqual({ kind: 'identity', key: 'name' });
    // A built-in item never takes another built-in item's header name.
    expect(n.claim('视察调研', 'plenary_attended')).toEqual({ kind: 'item', key: 'inspections', builtin: true });
  });

  it('lets the method’s own names win over the built-in vocabulary (CONTRACT.md §7), unless the built-in item is in the method', () => {
    // A first-edition custom item 「视察活动」 keeps its meaning although 视察活动 is now built-in vocabulary of inspections.
    const n = new ItemNames();
    expect(n.claim('视察活动', 'field_visits')).toBeNull();
    expect(n.resolve('视察活动')).toBe('field_visits');
    expect(n.resolve('视察调研')).toBe('inspections');
    const withInspections = new ItemNames({ methodBuiltins: ['inspections'] });
    expect(withInspections.claim('视察活动', 'field_visits')).toEqual({ kind: 'item', key: 'inspections', builtin: true });
    expect(withInspections.resolve('视察活动')).toBe('inspections');
  });

  it('resolves identity fields as text and suggests the nearest known name', () => {
    const n = new ItemNames();
    expect(n.variable('role')).toEqual({ name: 'role', type: 'text' });
    expect(n.variable('政协职务')).toEqual({ name: 'role', type: 'text' });
    expect(n.variable('界别')).toEqual({ name: 'sector', type: 'text' });
    expect(n.variable('所属联络组')).toEqual({ name: 'liaison_group', type: 'text' });
    expect(n.variable('工作单位')).toEqual({ name: 'unit', type: 'text' });
    expect(n.variable('出席全体会议')).toEqual({ name: 'plenary_attended', type: 'number' });
    expect(n.variable('姓名')).toBeNull();
    expect(n.nearest('出席全体会')).toBe('出席全体会议');
    expect(n.nearest('inspectoins')).toBe('inspections');
    expect(n.nearest('sectr')).toBe('sector');
    expect(n.nearest('完全不相干的名字')).toBeNull();
  });

  it('registers extension names and functions (the term archive only adds them, CONTRACT.md §9)', () => {
    const n = new ItemNames({
      extensions: {
        names: [{ name: 'prev.score', type: 'number', label: '上一年度得分' }, { name: 'prev.grade', type: 'text', label: '上一年度等次' }],
        functions: [{ name: 'term.count_grade', params: ['text'], type: 'number', label: '届内等次为{0}的年数' }],
      },
    });
    expect(n.variable('prev.score')).toEqual({ name: 'prev.score', type: 'number' });
    expect(n.variable('Prev.Grade')).toEqual({ name: 'prev.grade', type: 'text' });
    expect(n.func('term.count_grade')?.params).toEqual(['text']);
    expect(n.variable('prev.scor')).toBeNull();
    expect(n.nearest('prev.scor')).toBe('prev.score');
    expect(n.claim('prev.score', 'x')).toEqual({ kind: 'extension', name: 'prev.score' });
    // Issue 13 registers the term archive's names for every method; an empty registry knows none.
    expect(new ItemNames().variable('prev.score')).toEqual({ name: 'prev.score', type: 'number' });
    expect(new ItemNames({ extensions: { names: [], functions: [] } }).variable('prev.score')).toBeNull();
  });

  it('describes what a taken name means', () => {
    expect(describeOwner({ kind: 'item', key: 'inspections', builtin: true })).toBe('内置项目「视察调研」（inspections）的名称');
    expect(describeOwner({ kind: 'item', key: 'poverty_help', builtin: false })).toBe('项目「poverty_help」的名称');
    expect(describeOwner({ kind: 'identity', key: 'unit' })).toBe('身份列（unit）的名称');
  });

  it('shows labels that can be written back, else the key', () => {
    const n = new ItemNames();
    n.claim('帮扶（户）', 'poverty_help');
    n.claim('公益 服务', 'welfare_activities');
    const show = displayName(
      n,
      new Map([
        ['poverty_help', '帮扶（户）'],
        ['welfare_activities', '公益 服务'],
      ]),
    );
    expect(show('inspections')).toBe('视察调研');
    expect(show('standing')).toBe('常委');
    expect(show('poverty_help')).toBe('poverty_help');
    expect(show('welfare_activities')).toBe('welfare_activities');
  });

  it('compares names without white space and ASCII case', () => {
    expect(nameForm(' Plenary_Attended \n')).toBe('plenary_attended');
    expect(nameForm('出席　全会')).toBe('出席全会');
  });
});
