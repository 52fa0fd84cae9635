/**
 * Issue 10 on the command line: output all-or-nothing (point 1), long unit names (2), method export
 * never overwriting (5), no predictable temporary file (12), a closed stdout (13), and the messages
 * of point 15. Each test names its point; each failed on the code before issue 10.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { quietStream } from '../../src/cli/io';
import { cleanWorkbook, listFiles, run, snapshotOf, tempDir, writeWorkbook } from '../support/cli';
import { namesWorkbook, odsBytes, xlsbBytes, zipWithoutWorkbook } from '../support/hostile-workbooks';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
  await writeWorkbook(path.join(dir, '统计.xlsx'), cleanWorkbook());
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('point 1: output is all-or-nothing', () => {
  it('a --split-units path that is a file: exit 2, no result workbook, no report', async () => {
    await fs.writeFile(path.join(dir, 'units'), 'a file');
    const r = await run(dir, ['run', '统计.xlsx', '--report', 'r.json', '--split-units', 'units']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('units');
    expect(r.err).toContain('不是文件夹');
    expect(await listFiles(dir)).toEqual(['units', '统计.xlsx']);
  });

  it('a --report path under a file: exit 2, the result workbook is not left behind', async () => {
    await fs.writeFile(path.join(dir, 'plain'), 'a file');
    const r = await run(dir, ['run', '统计.xlsx', '--report', 'plain/r.json']);
    expect(r.code).toBe(2);
    expect(await listFiles(dir)).toEqual(['plain', '统计.xlsx']);
  });

  it('a unit file that cannot be written half-way: every file of the run is removed, folders it made too', async () => {
    // A folder where the first unit's workbook must go: found only once the run is writing.
    await fs.mkdir(path.join(dir, 'units', '区人民医院.xlsx'), { recursive: true });
    const r = await run(dir, ['run', '统计.xlsx', '--out', 'new/结果.xlsx', '--report', 'new/deep/r.json', '--split-units', 'units']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('区人民医院.xlsx');
    expect(await listFiles(dir)).toEqual(['统计.xlsx']);
    expect((await fs.stat(path.join(dir, 'units', '区人民医院.xlsx'))).isDirectory()).toBe(true);
    await expect(fs.stat(path.join(dir, 'new'))).rejects.toThrow();
  });

  it('a failure keeps an earlier result as it was', async () => {
    await fs.writeFile(path.join(dir, '统计-结果.xlsx'), 'the earlier result');
    await fs.writeFile(path.join(dir, 'units'), 'a file');
    expect((await run(dir, ['run', '统计.xlsx', '--split-units', 'units'])).code).toBe(2);
    expect(await fs.readFile(path.join(dir, '统计-结果.xlsx'), 'utf8')).toBe('the earlier result');
  });
});

describe('point 2: long unit names', () => {
  it('a unit name of 90 CJK characters gives a file name under 255 bytes, and the run succeeds', async () => {
    const long = '某'.repeat(90);
    await writeWorkbook(path.join(dir, '长.xlsx'), namesWorkbook([['张伟', long], ['李娜', `${long}乙`], ['王芳', '🏥'.repeat(70)]]));
    const r = await run(dir, ['run', '长.xlsx', '--split-units', 'units']);
    expect(r.err).toBe('');
    expect(r.code).toBeLessThan(2);
    const files = await fs.readdir(path.join(dir, 'units'));
    expect(files).toHaveLength(3);
    for (const f of files) expect(Buffer.byteLength(f)).toBeLessThanOrEqual(255);
    expect(new Set(files).size).toBe(3);
  });

  it('a path too long for the system is a Chinese message, not ENAMETOOLONG', async () => {
    const r = await run(dir, ['run', '统计.xlsx', '--out', `${'长'.repeat(100)}.xlsx`]);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/ENAMETOOLONG|EEXIST/);
    expect(r.err).toContain('文件名或路径太长');
    expect(await listFiles(dir)).toEqual(['统计.xlsx']);
  });
});

describe('point 5: method export never overwrites silently', () => {
  it('refuses an existing file (exit 2, file unchanged) unless --force', async () => {
    const file = path.join(dir, '评价办法.xlsx');
    await fs.writeFile(file, 'the district’s own method');
    const r = await run(dir, ['method', 'export']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('已经存在');
    expect(r.err).toContain('--force');
    expect(await fs.readFile(file, 'utf8')).toBe('the district’s own method');

    const again = await run(dir, ['method', 'export', '--out', '评价办法.xlsx', '--force']);
    expect(again.code).toBe(0);
    expect((await snapshotOf(file)).sheets.map((s) => s.name)).toEqual(['评价办法']);
  });
});

describe('point 12: no predictable temporary file, no link followed', () => {
  it('a link planted at the old temporary name is never written through', async () => {
    const victim = path.join(dir, 'victim.txt');
    await fs.writeFile(victim, 'precious');
    await fs.symlink(victim, path.join(dir, `.统计-结果.xlsx.${process.pid}.tmp`));
    const r = await run(dir, ['run', '统计.xlsx']);
    expect(r.code).toBe(0);
    expect(await fs.readFile(victim, 'utf8')).toBe('precious');
    expect((await fs.lstat(path.join(dir, '统计-结果.xlsx'))).isFile()).toBe(true);
  });

  it('leaves no temporary folder behind', async () => {
    expect((await run(dir, ['run', '统计.xlsx', '--report', 'r.json'])).code).toBe(0);
    expect((await fs.readdir(dir)).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('point 13: a closed stdout', () => {
  it('output to a closed stream is dropped quietly', () => {
    const listeners: ((e: unknown) => void)[] = [];
    let writes = 0;
    const stream = {
      write: (): boolean => {
        writes++;
        const e = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        listeners.forEach((l) => l(e));
        throw e;
      },
      on: (_: 'error', l: (e: unknown) => void): void => void listeners.push(l),
    };
    const out = quietStream(stream);
    expect(() => out('一')).not.toThrow();
    expect(() => out('二')).not.toThrow();
    expect(writes).toBe(1);
  });

  it('`duty-stats run … | head -1`: no EPIPE stack, the run’s own exit status, the result written', async () => {
    const bin = path.resolve(__dirname, '..', '..', 'bin', 'duty-stats.cjs');
    const child = spawn(process.execPath, [bin, 'run', '统计.xlsx'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    // Like `head -1`: read the first line, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\(|node:internal/);
    expect(code).toBe(0);
    expect((await fs.stat(path.join(dir, '统计-结果.xlsx'))).isFile()).toBe(true);
  }, 60_000);
});

describe('point 15: messages', () => {
  it.each([
    ['表.ods', odsBytes, 'OpenDocument'],
    ['表.xlsb', xlsbBytes, '.xlsb'],
    ['表.xlsx', zipWithoutWorkbook, '没有 Excel 工作簿'],
  ])('%s: says what the file is, not 「没有找到委员名单表」', async (name, bytes, expected) => {
    await fs.writeFile(path.join(dir, name), await bytes());
    const r = await run(dir, ['run', name]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(name);
    expect(r.err).toContain(expected);
    expect(r.err).not.toContain('没有找到委员名单表');
  });

  it('--sheet with a wrong name lists the sheets there are', async () => {
    const wb = cleanWorkbook((w) => w.addWorksheet('说明'));
    await writeWorkbook(path.join(dir, '两表.xlsx'), wb);
    const r = await run(dir, ['run', '两表.xlsx', '--sheet', '统计']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('「统计表」「说明」');
  });

  it('`run -- x.xlsx` takes x.xlsx as the file, also one starting with --', async () => {
    expect((await run(dir, ['run', '--', '统计.xlsx'])).code).toBe(0);
    await writeWorkbook(path.join(dir, '--奇怪.xlsx'), new Workbook());
    const r = await run(dir, ['run', '--', '--奇怪.xlsx']);
    expect(r.err).toContain('--奇怪.xlsx');
    expect(r.err).not.toContain('未知的选项');
  });

  it('system errors are in Chinese (EEXIST, ENOTDIR)', async () => {
    await fs.writeFile(path.join(dir, 'f'), 'x');
    const r = await run(dir, ['run', '统计.xlsx', '--out', 'f/g/结果.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/E[A-Z]{3,}/);
  });
});
