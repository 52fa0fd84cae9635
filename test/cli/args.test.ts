import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads run with every option, in either form', () => {
    expect(parseArgs(['run', 'a.xlsx', '--method', 'm.json', '--sheet=统计表', '--out', 'o.xlsx', '--report', 'r.json', '--split-units', 'dir'])).toEqual({
      kind: 'run',
      workbook: 'a.xlsx',
      method: 'm.json',
      sheet: '统计表',
      out: 'o.xlsx',
      report: 'r.json',
      splitUnits: 'dir',
    });
    expect(parseArgs(['run', '--out', 'o.xlsx', 'a.xlsx'])).toEqual({ kind: 'run', workbook: 'a.xlsx', out: 'o.xlsx' });
  });

  it('reads method export, demo and help', () => {
    expect(parseArgs(['method', 'export'])).toEqual({ kind: 'method-export' });
    expect(parseArgs(['method', 'export', '--out', 'x.xlsx'])).toEqual({ kind: 'method-export', out: 'x.xlsx' });
    expect(parseArgs(['demo'])).toEqual({ kind: 'demo' });
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['run', 'a.xlsx', '-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], '命令'],
    [['frobnicate'], 'frobnicate'],
    [['run'], 'duty-stats run'],
    [['run', 'a.xlsx', 'b.xlsx'], 'b.xlsx'],
    [['run', 'a.xlsx', '--out'], '--out'],
    [['run', 'a.xlsx', '--out='], '--out'],
    [['run', 'a.xlsx', '--out', 'x', '--out', 'y'], '--out'],
    [['run', 'a.xlsx', '--verbose'], '--verbose'],
    [['method'], 'method'],
    [['method', 'import'], 'method import'],
    [['method', 'export', '--sheet', 'x'], '--sheet'],
    [['demo', 'x'], 'x'],
  ])('rejects %j naming the problem', (argv, named) => {
    const c = parseArgs(argv);
    expect(c.kind).toBe('invalid');
    expect(c.kind === 'invalid' && c.message).toContain(named);
  });
});

describe('template and merge (issue 12)', () => {
  it('parse their options; --out is required; merge needs inputs', () => {
    expect(parseArgs(['template', '--method', 'm.json', '--roster', '名册.xlsx', '--out', 'forms'])).toEqual({ kind: 'template', method: 'm.json', roster: '名册.xlsx', out: 'forms' });
    expect(parseArgs(['template']).kind).toBe('invalid');
    expect(parseArgs(['merge', 'a', 'b.xlsx', '--out', 's.xlsx', '--report', 'r.json', '--force'])).toEqual({ kind: 'merge', inputs: ['a', 'b.xlsx'], out: 's.xlsx', report: 'r.json', force: true });
    expect(parseArgs(['merge', '--out', 's.xlsx'])).toMatchObject({ kind: 'invalid', message: expect.stringContaining('填报表') });
    expect(parseArgs(['merge', 'a'])).toMatchObject({ kind: 'invalid', message: expect.stringContaining('--out') });
    expect(parseArgs(['template', '--out', 'x', '--sheet', 's']).kind).toBe('invalid');
  });
});
