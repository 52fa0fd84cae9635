/**
 * duty-stats run: read the workbook, run the pure pipeline, apply its plan to the in-memory copy,
 * then stage the result workbook, the report and the unit workbooks in private folders and move
 * them into place only once every one was written (output-set.ts): any failure (exit 2) leaves
 * nothing of this run behind.
 */
import * as path from 'node:path';
import { recordSheetNames, runPipeline, STEP_OUTPUTS, type PipelineSuccess, type Method, type RecordsFile } from '../core';
import { applyPlan } from '../host/xlsx/apply-plan';
import { readSnapshot } from '../host/xlsx/read-snapshot';
import { workbookBytes } from '../host/xlsx/xlsx-host';
import { dateParts, timestamp } from '../host/workflow';
import type { RunArgs } from './args';
import { CliFailure, readWorkbookFile, samePath } from './files';
import type { CliIo } from './io';
import { loadMethodFile } from './load-method';
import { MSG } from './messages';
import { OutputSet } from './output-set';
import { unitWorkbooks } from './split-units';
import { docxFiles } from './docx-files';
import { summaryLines, summarySource, type SummarySource } from './summary';
import type { Workbook } from 'exceljs';

export interface RunResult {
  readonly exitCode: 0 | 1;
  readonly lines: readonly string[];
}

interface Applied {
  readonly summary: SummarySource;
  readonly reportText: string;
  readonly noticeContext: PipelineSuccess['noticeContext'];
}

/** Runs the pipeline and applies its plan to the workbook; returns what the rest needs, so the snapshot and the plan are freed before writing (issue 10 point 11). */
function runAndApply(workbook: Workbook, fileName: string, args: RunArgs, method: Method | undefined, now: Date, year: number | undefined, records: RecordsFile | null): Applied {
  const outcome = runPipeline(readSnapshot(workbook, fileName), {
    fileName,
    sheet: args.sheet,
    method,
    outputs: args.slips ? [...new Set([...STEP_OUTPUTS.all, ...STEP_OUTPUTS.slips])] : STEP_OUTPUTS.all,
    today: dateParts(now),
    runAt: timestamp(now),
    year,
    slips: args.slips,
    records,
  });
  if (!outcome.ok) throw new CliFailure(outcome.fatal.message);
  applyPlan(workbook, outcome.plan);
  return { summary: summarySource(outcome), reportText: `${JSON.stringify(outcome.report, null, 2)}\n`, noticeContext: outcome.noticeContext };
}

/** --records: a workbook holding 活动记录 and/or 提案登记; unreadable, or holding neither, is fatal (exit 2) naming the file. */
async function loadRecordsFile(file: string, shown: string): Promise<RecordsFile> {
  const snapshot = readSnapshot(await readWorkbookFile(file, shown), path.basename(file));
  if (recordSheetNames(snapshot).length === 0) throw new CliFailure(MSG.recordsMissing(shown));
  return { fileName: path.basename(file), snapshot };
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
  const recordsPath = args.records !== undefined ? path.resolve(io.cwd, args.records) : null;
  if (recordsPath && (await samePath(out, recordsPath))) throw new CliFailure(MSG.outIsInput('--out', args.records ?? recordsPath));
  if (recordsPath && reportPath && (await samePath(reportPath, recordsPath))) throw new CliFailure(MSG.outIsInput('--report', args.records ?? recordsPath));

  // Paths that cannot be written fail before the (long) run, and before anything is written.
  const checks = new OutputSet();
  try {
    await checks.check(out, shownPath(io.cwd, out));
    if (reportPath) await checks.check(reportPath, shownPath(io.cwd, reportPath));
    if (unitsDir) await checks.checkFolder(unitsDir, shownPath(io.cwd, unitsDir));
    if (docxDir) await checks.checkFolder(docxDir, shownPath(io.cwd, docxDir));
  } finally {
    await checks.abort();
  }

  const workbook = await readWorkbookFile(input, args.workbook);
  const method: Method | undefined = args.method !== undefined ? await loadMethodFile(path.resolve(io.cwd, args.method), args.method) : undefined;
  const records = recordsPath === null ? null : await loadRecordsFile(recordsPath, args.records ?? recordsPath);
  const applied = runAndApply(workbook, path.basename(input), args, method, io.now(), year, records);
  const shown = (p: string): string => shownPath(io.cwd, p);
  const outputs = new OutputSet();
  let unitFiles = 0;
  let documents = 0;
  try {
    await outputs.write(out, await workbookBytes(workbook), shown(out));
    if (reportPath) await outputs.write(reportPath, applied.reportText, shown(reportPath));
    if (unitsDir) {
      for await (const u of unitWorkbooks(applied.noticeContext, unitsDir, [input, out])) {
        await outputs.write(u.file, u.bytes, shown(u.file));
        unitFiles++;
      }
    }
    if (docxDir) {
      for (const d of await docxFiles(applied.noticeContext, docxDir)) {
        await outputs.write(d.file, d.bytes, shown(d.file));
        documents++;
      }
    }
    await outputs.commit();
  } catch (e) {
    await outputs.abort();
    throw e;
  }

  const lines = summaryLines(applied.summary, { workbook: shown(out), report: reportPath && shown(reportPath), unitsDir: unitsDir && shown(unitsDir), unitFiles, docxDir: docxDir && shown(docxDir), docxFiles: documents });
  return { exitCode: applied.summary.report.summary.errors > 0 ? 1 : 0, lines };
}
