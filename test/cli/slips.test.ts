/** duty-stats run --slips / --slips-unit / --slips-rows: 个人履职告知单 as an action of its own on the command line. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { SHEETS } from '../../src/core/sheet-names';
import { cleanWorkbook, run, snapshotOf, tempDir, writeWorkbook } from '../support/cli';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
  await writeWorkbook(path.join(dir, '统计.xlsx'), cleanWorkbook());
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The member names printed on the slips sheet, in order (each slip greets its member: 「张伟委员：」). */
async function slipMembers(): Promise<string[]> {
  const result = await snapshotOf(path.join(dir, '统计-结果.xlsx'));
  const sheet = result.sheets.find((s) => s.name === SHEETS.memberSlips);
  if (!sheet) return [];
  return sheet.values
    .flat()
    .filter((v): v is string => typeof v === 'string' && /委员：$/.test(v))
    .map((v) => v.replace(/委员：$/, ''));
}

describe('arguments', () => {
  it('--slips is a flag; the unit and the rows take a value; only one of the three', () => {
    expect(parseArgs(['run', 'a.xlsx', '--slips'])).toMatchObject({ kind: 'run', workbook: 'a.xlsx', slips: { kind: 'all' } });
    expect(parseArgs(['run', '--slips', 'a.xlsx'])).toMatchObject({ kind: 'run', workbook: 'a.xlsx', slips: { kind: 'all' } });
    expect(parseArgs(['run', 'a.xlsx', '--slips-unit', '区人民医院'])).toMatchObject({ slips: { kind: 'unit', unit: '区人民医院' } });
    expect(parseArgs(['run', 'a.xlsx', '--slips-rows=2-3,5'])).toMatchObject({ slips: { kind: 'rows', rows: [2, 3, 5] } });
    expect(parseArgs(['run', 'a.xlsx', '--slips', '--slips-unit', 'x'])).toEqual({
      kind: 'invalid',
      message: '--slips、--slips-unit、--slips-rows 只能选一个。',
    });
    expect(parseArgs(['run', 'a.xlsx', '--slips-rows', '第3行'])).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('不是行号列表'),
    });
    expect(parseArgs(['run', 'a.xlsx'])).not.toHaveProperty('slips');
  });
});

describe('duty-stats run with slips', () => {
  it('--slips writes a slip for every member', async () => {
    const r = await run(dir, ['run', '统计.xlsx', '--slips']);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(await slipMembers()).toEqual(['张伟', '李娜', '王芳']);
  });

  it('--slips-unit writes the members of that unit only (white space ignored) and says so', async () => {
    const r = await run(dir, ['run', '统计.xlsx', '--slips-unit', '区人民 医院']);
    expect(r.code).toBe(0);
    expect(await slipMembers()).toEqual(['张伟', '王芳']);
    expect(r.out).toContain('单位「区人民 医院」的 2 位委员');
  });

  it('--slips-rows writes the members on those rows and names the rows that hold none', async () => {
    const r = await run(dir, ['run', '统计.xlsx', '--slips-rows', '1-3']);
    expect(r.code).toBe(0);
    expect(await slipMembers()).toEqual(['张伟', '李娜']);
    expect(r.out).toContain('选中的第 1 行不是委员行');
  });

  it('a unit with no member is exit 2, nothing written, the message naming the units there are', async () => {
    const r = await run(dir, ['run', '统计.xlsx', '--slips-unit', '区财政局']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有单位为「区财政局」的委员');
    expect(r.err).toContain('区人民医院、区第一中学');
    expect(await fs.readdir(dir)).toEqual(['统计.xlsx']);
  });
});
