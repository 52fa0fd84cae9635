/**
 * The playground's worker: it holds the workbook (XlsxHost on exceljs) and runs the workflow steps
 * (read, the pure core's runPipeline, write) off the page's thread, so the page stays responsive.
 */
import { expose, transfer } from 'comlink';
import { XlsxHost } from '../host/xlsx/xlsx-host';
import { insertExampleMethodSheet, inspectWorkbook, runStep, type Progress, type StepName, type WorkbookOverview } from '../host/workflow';
import { runResult, type RunResult } from '../ui/flow/run-view';
import type { ApplyResult, Snapshot, WritePlan } from '../host/port';
import { displayText } from './display-text';
import { documentsZipName, noticeDocumentFiles } from '../host/documents';
import { docxZip } from '../docx/docx-files';
import type { FormUpload, LoadResult, MergeSummary, PlaygroundApi, SheetWindow } from './worker-api';
import { packageKind } from '../host/xlsx/package-kind';
import { chooseMethod, exampleMethod } from '../core';
import { formBytes } from '../host/xlsx/form-workbooks';
import { mergeUploads } from './form-actions';

let host: XlsxHost | null = null;
// The last snapshot read, for the grid; dropped on every write.
let cached: Snapshot | null = null;

function current(): XlsxHost {
  if (host === null) throw new Error('没有打开的工作簿');
  return host;
}

async function snapshot(): Promise<Snapshot> {
  cached ??= await current().readSnapshot();
  return cached;
}

const api: PlaygroundApi = {
  async formTemplate(): Promise<Uint8Array> {
    // A 评价办法 sheet with an error gives the example method's form (the pane reports the method's error on a run).
    const choice = host === null ? null : chooseMethod(await snapshot(), undefined);
    const bytes = await formBytes(choice?.ok ? choice.method : exampleMethod(), null);
    return transfer(bytes, [bytes.buffer]);
  },
  async mergeForms(files: readonly FormUpload[], onProgress: (done: number, total: number) => void): Promise<MergeSummary> {
    // onProgress is a comlink proxy: each call posts a message to the page without waiting for it.
    const merged = await mergeUploads(files, (done, total) => void onProgress(done, total));
    cached = null;
    host = merged.host;
    return merged.summary;
  },
  async load(bytes: Uint8Array, fileName: string): Promise<LoadResult> {
    // What the file is, before exceljs (whose errors are English, with a web address); a failure keeps the open workbook.
    const kind = await packageKind(bytes);
    if (kind === 'broken-zip') return { ok: false, kind: 'broken' };
    if (kind !== 'xlsx') return { ok: false, kind };
    let opened: XlsxHost;
    try {
      opened = await XlsxHost.fromBuffer(bytes, fileName);
    } catch {
      return { ok: false, kind: 'broken' };
    }
    cached = null;
    host = opened;
    return { ok: true };
  },
  inspect(): Promise<WorkbookOverview> {
    return inspectWorkbook(current());
  },
  async run(step: StepName, sheet: string | undefined, onProgress: (p: Progress) => void, year?: number): Promise<RunResult> {
    cached = null;
    const result = await runStep(current(), step, { sheet, onProgress: (p) => void onProgress(p), ...(year !== undefined ? { year } : {}) });
    cached = null;
    return runResult(result);
  },
  async documents(sheet: string | undefined, year: number | undefined) {
    const result = await noticeDocumentFiles(current(), { sheet, ...(year !== undefined ? { year } : {}) });
    if (!result.ok) return result;
    const zip = docxZip(result.files);
    return transfer({ ok: true as const, zip, fileName: documentsZipName(result.year), letters: result.letters }, [zip.buffer]);
  },
  async insertMethod(): Promise<boolean> {
    cached = null;
    const inserted = await insertExampleMethodSheet(current());
    cached = null;
    return inserted;
  },
  async sheetNames(): Promise<readonly string[]> {
    return (await snapshot()).sheets.filter((s) => s.visible !== false).map((s) => s.name);
  },
  async sheetWindow(name: string, firstRow: number, rowCount: number): Promise<SheetWindow> {
    const sheet = (await snapshot()).sheets.find((s) => s.name === name);
    if (!sheet) return { name, firstRow: 1, rows: [], totalRows: 0, totalColumns: 0 };
    const totalRows = sheet.values.length;
    const start = Math.max(1, Math.min(firstRow, Math.max(1, totalRows - rowCount + 1)));
    const slice = sheet.values.slice(start - 1, start - 1 + rowCount);
    const totalColumns = sheet.values.reduce((n, row) => Math.max(n, row.length), 0);
    return { name, firstRow: start, rows: slice.map((row) => Array.from({ length: totalColumns }, (_, c) => displayText(row[c]))), totalRows, totalColumns };
  },
  async toBuffer(): Promise<Uint8Array> {
    const bytes = await current().toBuffer();
    return transfer(bytes, [bytes.buffer]);
  },
  readSnapshot(): Promise<Snapshot> {
    return snapshot();
  },
  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    cached = null;
    return current().applyPlan(plan);
  },
};

expose(api);
