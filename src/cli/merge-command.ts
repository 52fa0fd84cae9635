/**
 * duty-stats merge (CONTRACT.md §8): reads every file named or found in the folders named (also in
 * their sub-folders), never writing to any of them, merges the forms (src/core/forms/merge.ts)
 * and writes the summary workbook (委员履职情况统计表 + 收集情况) and, with --report, the JSON
 * report, all or nothing. Every finding is printed; files that could not be read are listed
 * with the reason.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { mergeForms, type FormFileInput, type MergeOutcome } from '../core';
import { readFormFile } from '../host/xlsx/form-file';
import { mergeWorkbookBytes } from '../host/xlsx/form-workbooks';
import type { MergeArgs } from './args';
import { CliFailure, samePath } from './files';
import type { CliIo } from './io';
import { loadMethodFile } from './load-method';
import { MSG, reasonOf } from './messages';
import { OutputSet } from './output-set';
import { shownPath } from './run-command';
import { readRosterFile } from './template-command';

export interface MergeResult {
  readonly exitCode: 0 | 1;
  readonly lines: readonly string[];
}

interface Found {
  readonly file: string;
  /** As shown and written in 来源文件: relative to the folder named, or the file's name. */
  readonly name: string;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

async function walk(dir: string, root: string, out: Found[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => collator.compare(a.name, b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, root, out);
    else if (e.isFile()) out.push({ file: full, name: path.relative(root, full).split(path.sep).join('/') });
  }
}

/** The files to read, in a stable order: each argument as given, a folder's files sorted by name. */
export async function findFormFiles(inputs: readonly string[], cwd: string): Promise<Found[]> {
  const out: Found[] = [];
  for (const input of inputs) {
    const file = path.resolve(cwd, input);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat) throw new CliFailure(MSG.mergeInputMissing(input));
    if (stat.isDirectory()) await walk(file, file, out);
    else out.push({ file, name: path.basename(file) });
  }
  return out;
}

/** Reads one file as the merge needs it; a file that cannot even be opened is `io` with the system's reason. */
async function readOne(found: Found): Promise<FormFileInput> {
  try {
    const stat = await fs.stat(found.file);
    const bytes = new Uint8Array(await fs.readFile(found.file));
    return await readFormFile(bytes, found.name, stat.mtimeMs);
  } catch (e) {
    if (e instanceof RangeError) throw e;
    return { file: found.name, modified: null, unreadable: 'io', detail: reasonOf(e) };
  }
}

const MARK = { error: '✗', warning: '!', info: 'i' } as const;

export function mergeSummary(outcome: MergeOutcome, written: { workbook: string; report: string | null }): string[] {
  const s = outcome.report.summary;
  const lines = [
    `读取 ${s.files} 个文件：汇总 ${s.members} 位委员（${s.read} 个文件），跳过 ${s.skipped} 个文件${s.duplicates > 0 ? `，重复提交 ${s.duplicates} 份` : ''}${outcome.report.roster ? `；名册 ${outcome.report.roster.members} 位，未交 ${s.rosterMissing} 位` : ''}。`,
  ];
  const skipped = outcome.report.files.filter((f) => f.outcome === 'skipped');
  if (skipped.length > 0) {
    lines.push('跳过的文件：');
    for (const f of skipped) lines.push(`  ${f.file}：${f.reason ?? ''}`);
  }
  if (outcome.findings.length > 0) {
    lines.push(`发现 ${s.errors} 个错误、${s.warnings} 个警告、${s.infos} 条提示：`);
    for (const f of outcome.findings) lines.push(`  [${MARK[f.severity]}] ${f.message}`);
  }
  lines.push(`已写出汇总工作簿：${written.workbook}（「委员履职情况统计表」和「收集情况」）`);
  if (written.report) lines.push(`已写出 JSON 报告：${written.report}`);
  lines.push(`下一步：duty-stats run ${written.workbook}${s.errors > 0 ? '（有错误的委员会标为待核实，请先核对）' : ''}`);
  return lines;
}

export async function mergeCommand(args: MergeArgs, io: CliIo): Promise<MergeResult> {
  const out = path.resolve(io.cwd, args.out);
  const reportPath = args.report !== undefined ? path.resolve(io.cwd, args.report) : null;
  const rosterPath = args.roster !== undefined ? path.resolve(io.cwd, args.roster) : null;
  const shown = (p: string): string => shownPath(io.cwd, p);
  if (reportPath && (await samePath(reportPath, out))) throw new CliFailure(MSG.reportIsOut(args.report ?? reportPath));
  if (!args.force) {
    for (const target of [out, reportPath]) {
      if (target && (await fs.lstat(target).then(() => true, () => false))) throw new CliFailure(MSG.mergeExists(shown(target)));
    }
  }
  const checks = new OutputSet();
  try {
    await checks.check(out, shown(out));
    if (reportPath) await checks.check(reportPath, shown(reportPath));
  } finally {
    await checks.abort();
  }

  const method = args.method !== undefined ? await loadMethodFile(path.resolve(io.cwd, args.method), args.method) : null;
  const roster = rosterPath && args.roster !== undefined ? await readRosterFile(rosterPath, args.roster) : null;
  // The outputs, the roster and the method are never read as forms (a folder merged twice holds the earlier 汇总).
  const own = [out, reportPath, rosterPath, args.method !== undefined ? path.resolve(io.cwd, args.method) : null].filter((p): p is string => p !== null);
  const found: Found[] = [];
  for (const f of await findFormFiles(args.inputs, io.cwd)) {
    let mine = false;
    for (const p of own) if (await samePath(f.file, p)) mine = true;
    if (!mine) found.push(f);
  }
  if (found.length === 0) throw new CliFailure(MSG.mergeNoFiles);
  const inputs: FormFileInput[] = [];
  for (const f of found) inputs.push(await readOne(f));
  const outcome = mergeForms(inputs, { roster, method });
  if (outcome.report.summary.read === 0) {
    throw new CliFailure([MSG.mergeNothingRead, ...outcome.findings.map((f) => `  ${f.message}`)].join('\n'));
  }
  const outputs = new OutputSet();
  try {
    await outputs.write(out, await mergeWorkbookBytes(outcome), shown(out));
    if (reportPath) await outputs.write(reportPath, `${JSON.stringify(outcome.report, null, 2)}\n`, shown(reportPath));
    await outputs.commit();
  } catch (e) {
    await outputs.abort();
    throw e;
  }
  return { exitCode: outcome.report.summary.errors > 0 ? 1 : 0, lines: mergeSummary(outcome, { workbook: shown(out), report: reportPath && shown(reportPath) }) };
}
