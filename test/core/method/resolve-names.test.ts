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
    expect(n.claim('视察调研', 'poverty_help')).toEqual({ kind: 'item', key: 'inspections', builtin: true });
    expect(n.claim('工作单位', 'poverty_help')).toEqual({ kind: 'identity', key: 'unit' });
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
