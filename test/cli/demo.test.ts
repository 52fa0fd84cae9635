/** duty-stats demo (npm run demo) and the last-resort error handling of main. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as pipeline from '../../src/core/pipeline';
import { demo, SAMPLE_WORKBOOK } from '../../src/cli/demo';
import { CliFailure } from '../../src/cli/files';
import { cleanWorkbook, listFiles, run, RUN_AT, tempDir, writeWorkbook } from '../support/cli';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('duty-stats demo', () => {
  it('runs the bundled sample into out/, exits 0 although the sample has deliberate errors, and says so', async () => {
    const before = await fs.readFile(SAMPLE_WORKBOOK);
    const r = await run(dir, ['demo']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(await listFiles(dir)).toEqual([path.join('out', 'sample-报告.json'), path.join('out', 'sample-结果.xlsx')]);
    expect(r.out).toContain('故意');
    expect(r.out).toMatch(/错误 [1-9]\d* 处/);
    const report = JSON.parse(await fs.readFile(path.join(dir, 'out', 'sample-报告.json'), 'utf8'));
    expect(report.source.file).toBe('sample.xlsx');
    expect(report.summary.members).toBeGreaterThanOrEqual(300);
    expect(Buffer.compare(await fs.readFile(SAMPLE_WORKBOOK), before)).toBe(0);
  });

  it('fails clearly when the sample workbook is missing', async () => {
    const io = { cwd: dir, env: {}, out: () => undefined, err: () => undefined, now: () => RUN_AT };
    await expect(demo(io, path.join(dir, 'nothing.xlsx'))).rejects.toThrow(CliFailure);
    await expect(demo(io, path.join(dir, 'nothing.xlsx'))).rejects.toThrow(/npm run sample/);
  });
});

describe('unexpected errors', () => {
  it('exit 2 with one Chinese line, no stack trace, nothing written', async () => {
    await writeWorkbook(path.join(dir, 'a.xlsx'), cleanWorkbook());
    jest.spyOn(pipeline, 'runPipeline').mockImplementation(() => {
      throw new TypeError('boom\n    at somewhere (x.ts:1:1)');
    });
    const r = await run(dir, ['run', 'a.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain('意外错误');
    expect(r.err).toContain('boom');
    expect(await listFiles(dir)).toEqual(['a.xlsx']);
  });

  it('prints the stack with DUTY_STATS_DEBUG=1', async () => {
    await writeWorkbook(path.join(dir, 'a.xlsx'), cleanWorkbook());
    jest.spyOn(pipeline, 'runPipeline').mockImplementation(() => {
      throw new Error('boom');
    });
    const r = await run(dir, ['run', 'a.xlsx'], { DUTY_STATS_DEBUG: '1' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\n\s+at /);
  });
});
