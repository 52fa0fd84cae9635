/**
 * duty-stats run: read the workbook, run the pure pipeline, apply its plan to the in-memory copy,
 * then write the result workbook, the report and the unit workbooks — only once everything
 * succeeded, so a fatal problem (exit 2) writes nothing.
 */
import * as path from 'node:path';
import { runPipeline, STEP_OUTPUTS, type PipelineSuccess, type Method } from '../core';
import { applyPlan } from '../host/xlsx/apply-plan';
import { readSnapshot } from '../host/xlsx/read-snapshot';
import { workbookBytes } from '../host/xlsx/xlsx-host';
import { dateParts, timestamp } from '../host/workflow';
import type { RunArgs } from './args';
import { CliFailure, readWorkbookFile, samePath, writeOutputFile } from './files';
import type { CliIo } from './io';
import { loadMethodFile } from './load-method';
import { MSG } from './messages';
import { unitWorkbooks } from './split-units';
import { docxFiles } from './docx-files';
import { summaryLines } from './summary';

export interface RunResult {
  readonly exitCode: 0 | 1;
  readonly outcome: PipelineSuccess;
  readonly lines: readonly string[];
}

export function defaultOutPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-结果.xlsx`);
}

/** A path as the user would type it: relative when under the current directory. */
export function shownPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

export async function runCommand(args: RunArgs, io: CliIo): Promise<RunResult> {
  const input = path.resolve(io.cwd, args.workbook);
  const out = args.out !== undefined ? path.resolve(io.cwd, args.out) : defaultOutPath(input);
  const reportPath = args.report !== undefined ? path.resolve(io.cwd, args.report) : null;
  const unitsDir = args.splitUnits !== undefined ? path.resolve(io.cwd, args.splitUnits) : null;
  const docxDir = args.docx !== undefined ? path.resolve(io.cwd, args.docx) : null;
  const year = args.year !== undefined ? Number(args.year) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2099)) throw new CliFailure(MSG.badYear(args.year ?? ''));
  if (await samePath(out, input)) throw new CliFailure(MSG.outIsInput('--out', args.workbook));
  if (reportPath && (await samePath(reportPath, input))) throw new CliFailure(MSG.outIsInput('--report', args.workbook));
  if (reportPath && (await samePath(reportPath, out))) throw new CliFailure(MSG.reportIsOut(args.report ?? reportPath));

  const workbook = await readWorkbookFile(input, args.workbook);
  const method: Method | undefined = args.method !== undefined ? await loadMethodFile(path.resolve(io.cwd, args.method), args.method) : undefined;
  const fileName = path.basename(input);
  const now = io.now();
  const outcome = runPipeline(readSnapshot(workbook, fileName), {
    fileName,
    sheet: args.sheet,
    method,
    outputs: args.slips ? [...new Set([...STEP_OUTPUTS.all, ...STEP_OUTPUTS.slips])] : STEP_OUTPUTS.all,
    today: dateParts(now),
    runAt: timestamp(now),
    year,
    slips: args.slips,
  });
  if (!outcome.ok) throw new CliFailure(outcome.fatal.message);

  applyPlan(workbook, outcome.plan);
  const bytes = await workbookBytes(workbook);
  const units = unitsDir ? await unitWorkbooks(outcome.noticeContext, unitsDir, [input, out]) : [];
  const documents = docxDir ? await docxFiles(outcome.noticeContext, docxDir) : [];

  await writeOutputFile(out, bytes, out);
  if (reportPath) await writeOutputFile(reportPath, `${JSON.stringify(outcome.report, null, 2)}\n`, reportPath);
  for (const u of units) await writeOutputFile(u.file, u.bytes, u.file);
  for (const d of documents) await writeOutputFile(d.file, d.bytes, d.file);

  const shown = (p: string): string => shownPath(io.cwd, p);
  const lines = summaryLines(outcome, { workbook: shown(out), report: reportPath && shown(reportPath), unitsDir: unitsDir && shown(unitsDir), unitFiles: units.length, docxDir: docxDir && shown(docxDir), docxFiles: documents.length });
  return { exitCode: outcome.report.summary.errors > 0 ? 1 : 0, outcome, lines };
}
