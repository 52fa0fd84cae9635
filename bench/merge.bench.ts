/**
 * npm run bench: merging 400 members' forms (issue 12) the way `duty-stats merge <folder>` does —
 * reading every file, telling what it is, reading the form, merging, writing the summary workbook
 * and the report — timed in-process after the forms are written (template forms of the example
 * method, every value filled in). Prints `merge forms=400 ms=<t>` (needs to stay well under 10 s).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exampleMethod } from '../src/core';
import { main } from '../src/cli/main';
import { filledForm } from '../test/support/form-folder';
import { formItems } from '../src/core';

const FORMS = 400;


async function run(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duty-stats-merge-bench-'));
  try {
    const method = exampleMethod();
    const labels = formItems(method).map((i) => i.label);
    const forms = path.join(dir, 'forms');
    await fs.mkdir(forms);
    for (let i = 0; i < FORMS; i++) {
      const values = Object.fromEntries(labels.map((l, j) => [l, (i + j) % 4]));
      await fs.writeFile(path.join(forms, `委员${String(i + 1).padStart(3, '0')}.xlsx`), await filledForm(method, null, { 姓名: `委员${i + 1}`, 工作单位: `单位${i % 37}` }, values));
    }
    const lines: string[] = [];
    const t = performance.now();
    const code = await main(['merge', 'forms', '--out', '汇总.xlsx', '--report', 'r.json'], { cwd: dir, env: {}, out: (l) => lines.push(l), err: (l) => lines.push(l), now: () => new Date() });
    const ms = performance.now() - t;
    const report = JSON.parse(await fs.readFile(path.join(dir, 'r.json'), 'utf8')) as { summary: { members: number } };
    if (code !== 0 || report.summary.members !== FORMS) throw new Error(`merge failed (${code}): ${lines.join('\n')}`);
    console.log(`merge forms=${FORMS} items=${labels.length} ms=${ms.toFixed(0)} (${(ms / FORMS).toFixed(1)} ms per form)`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

void run();
