/** duty-stats demo (npm run demo): the whole pipeline on the bundled sample workbook, results under out/. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CliFailure } from './files';
import type { CliIo } from './io';
import { MSG } from './messages';
import { runCommand } from './run-command';

/** assets/sample.xlsx of this package (src/cli → ../../assets). */
export const SAMPLE_WORKBOOK = path.resolve(__dirname, '..', '..', 'assets', 'sample.xlsx');

export async function demo(io: CliIo, sample: string = SAMPLE_WORKBOOK): Promise<string[]> {
  const exists = await fs.stat(sample).then((s) => s.isFile(), () => false);
  if (!exists) throw new CliFailure(MSG.demoMissingSample(sample));
  const result = await runCommand({ kind: 'run', workbook: sample, out: path.join('out', 'sample-结果.xlsx'), report: path.join('out', 'sample-报告.json'), slips: { kind: 'all' } }, io);
  return [MSG.demoIntro(path.relative(io.cwd, sample) || sample), ...result.lines, ...(result.exitCode === 1 ? [MSG.demoErrorsExpected] : [])];
}
