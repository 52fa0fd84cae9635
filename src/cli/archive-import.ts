/**
 * duty-stats archive import (CONTRACT.md §9, issue 13): earlier years' results into a copy of the
 * workbook given with --into (default 「<名称>-结果.xlsx」 beside it). No named file is ever written;
 * the output is all-or-nothing (output-set.ts). Every skipped row, sheet, file or column is printed.
 */
import * as path from 'node:path';
import { importArchive, type ImportSource } from '../core';
import { applyPlan } from '../host/xlsx/apply-plan';
import { readSnapshot } from '../host/xlsx/read-snapshot';
import { workbookBytes } from '../host/xlsx/xlsx-host';
import { timestamp } from '../host/workflow';
import type { ArchiveImportArgs } from './args';
import { CliFailure, readWorkbookFile, samePath } from './files';
import type { CliIo } from './io';
import { MSG } from './messages';
import { OutputSet } from './output-set';
import { defaultOutPath, shownPath } from './run-command';

const SEVERITY_WORD = { error: '错误', warning: '警告', info: '说明' } as const;

export async function archiveImport(args: ArchiveImportArgs, io: CliIo): Promise<{ exitCode: 0 | 1; lines: string[] }> {
  const into = path.resolve(io.cwd, args.into);
  const out = args.out !== undefined ? path.resolve(io.cwd, args.out) : defaultOutPath(into);
  const shown = (p: string): string => shownPath(io.cwd, p);
  const sources = args.sources.map((s) => path.resolve(io.cwd, s));
  for (const named of [into, ...sources]) {
    if (await samePath(out, named)) throw new CliFailure(MSG.outIsInput('--out', shown(named)));
  }
  const checks = new OutputSet();
  try {
    await checks.check(out, shown(out));
  } finally {
    await checks.abort();
  }
  const workbook = await readWorkbookFile(into, args.into);
  const read: ImportSource[] = [];
  for (let i = 0; i < sources.length; i++) {
    const wb = await readWorkbookFile(sources[i], args.sources[i]);
    read.push({ fileName: path.basename(sources[i]), snapshot: readSnapshot(wb, path.basename(sources[i])) });
  }
  const outcome = importArchive(readSnapshot(workbook, path.basename(into)), read, timestamp(io.now()));
  if (!outcome.ok) throw new CliFailure(outcome.fatal.message);
  applyPlan(workbook, outcome.plan);
  const outputs = new OutputSet();
  try {
    await outputs.write(out, await workbookBytes(workbook), shown(out));
    await outputs.commit();
  } catch (e) {
    await outputs.abort();
    throw e;
  }
  const sheet = outcome.plan.sheets[0]?.name ?? '履职档案';
  const allYears = new Set(outcome.archive.records.map((r) => r.year)).size;
  const lines = [...outcome.years.map((y) => MSG.importedYear(y.year, y.members, y.file, y.replaced)), MSG.importWritten(shown(out), sheet, allYears), ...outcome.notes];
  const warnings = outcome.findings.filter((f) => f.severity !== 'info').length;
  const infos = outcome.findings.length - warnings;
  if (outcome.findings.length > 0) {
    lines.push(MSG.importFindings(warnings, infos));
    for (const f of outcome.findings) lines.push(`  ${SEVERITY_WORD[f.severity]}：${f.message}`);
  }
  return { exitCode: outcome.findings.some((f) => f.severity === 'error') ? 1 : 0, lines };
}
