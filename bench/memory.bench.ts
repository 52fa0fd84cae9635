/**
 * npm run bench (second part): the peak memory of real `duty-stats run` commands (issue 10 point
 * 11) on synthetic tables of 2,000 and 20,000 members, through bin/duty-stats.cjs as a user runs
 * it (the CLI in a child process with a bounded heap). Prints per size
 * `memory members=<n> peakRssMb=<m> limitMb=<l> <ok|OVER> seconds=<s>`, then a run with a heap far
 * too small, which must end in one Chinese message (no V8 stack) and leave no file behind.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workbookBytes } from '../src/host/xlsx/xlsx-host';
import { syntheticWorkbook } from '../test/support/synthetic';

const BIN = path.resolve(__dirname, '..', 'bin', 'duty-stats.cjs');
const LIMITS: readonly { readonly n: number; readonly limitMb: number }[] = [
  { n: 2000, limitMb: 300 },
  { n: 20000, limitMb: 1500 },
];

function runCli(dir: string, args: readonly string[], env: Record<string, string> = {}): { code: number | null; stderr: string; seconds: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stderr: r.stderr, seconds: (performance.now() - t) / 1000 };
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duty-stats-memory-'));
  try {
    for (const { n, limitMb } of LIMITS) {
      const file = path.join(dir, `m${n}.xlsx`);
      await fs.writeFile(file, await workbookBytes(syntheticWorkbook(n, true)));
      const r = runCli(dir, ['run', path.basename(file), '--report', `r${n}.json`], { DUTY_STATS_MEMORY: '1' });
      const peak = Number(/peakRssMb=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
      console.log(`memory members=${n} peakRssMb=${peak} limitMb=${limitMb} ${peak < limitMb ? 'ok' : 'OVER'} seconds=${r.seconds.toFixed(1)} exit=${r.code}`);
    }
    const tiny = runCli(dir, ['run', 'm2000.xlsx', '--out', 'tiny/结果.xlsx'], { DUTY_STATS_HEAP_MB: '48' });
    const left = await fs.stat(path.join(dir, 'tiny')).then(() => 'left files', () => 'nothing written');
    console.log(`memory out-of-memory exit=${tiny.code} ${left} message=${tiny.stderr.trim().split('\n').join(' | ')}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

void main();
