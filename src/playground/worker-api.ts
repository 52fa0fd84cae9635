/** What the playground's worker offers the page (through comlink). The workbook lives in the worker. */
import type { Progress, StepName, WorkbookOverview } from '../host/workflow';
import type { RunResult } from '../ui/flow/run-view';
import type { ApplyResult, Snapshot, WritePlan } from '../host/port';
import type { Fatal } from '../core';

/** A window of a sheet's rows, as display text, for the read-only grid. */
export interface SheetWindow {
  readonly name: string;
  /** 1-based row number of rows[0]. */
  readonly firstRow: number;
  readonly rows: readonly (readonly string[])[];
  readonly totalRows: number;
  readonly totalColumns: number;
}

/** Why bytes could not be opened (issue 10 point 15): the page words it; the workbook already open stays. */
export type LoadResult = { readonly ok: true } | { readonly ok: false; readonly kind: 'ole' | 'ods' | 'xlsb' | 'zip-without-workbook' | 'not-zip' | 'broken' };

/** The name the merged workbook (合并填报表) is shown and downloaded under. */
export const MERGED_FILE = '汇总.xlsx';

/** A picked file for 合并填报表: its bytes, name and modification time (File.lastModified). */
export interface FormUpload {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly modified: number | null;
}

/** What a merge in the worker gives the page: the counts it shows (the findings are in the 收集情况 sheet). */
export interface MergeSummary {
  readonly files: number;
  readonly read: number;
  readonly skipped: number;
  readonly members: number;
  readonly duplicates: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface PlaygroundApi {
  /** The fill-in form for the method of the open workbook (its 评价办法 sheet), else the built-in example method. */
  formTemplate(): Promise<Uint8Array>;
  /**
   * Merges the picked forms (issue 12) and opens the result (委员履职情况统计表 + 收集情况) as the
   * workbook, named `汇总.xlsx`; `onProgress(done, total)` after each file read.
   */
  mergeForms(files: readonly FormUpload[], onProgress: (done: number, total: number) => void): Promise<MergeSummary>;
  /** Opens .xlsx bytes as the workbook; on failure the workbook open before stays open. */
  load(bytes: Uint8Array, fileName: string): Promise<LoadResult>;
  inspect(): Promise<WorkbookOverview>;
  /** The workflow's runStep on the worker's XlsxHost; only what the pane shows comes back. */
  run(step: StepName, sheet: string | undefined, onProgress: (p: Progress) => void, year?: number): Promise<RunResult>;
  /** The Word documents of a run with this sheet and year, as one zip (nothing is written to the workbook). */
  documents(sheet: string | undefined, year: number | undefined): Promise<{ readonly ok: true; readonly zip: Uint8Array; readonly fileName: string; readonly letters: number } | { readonly ok: false; readonly fatal: Fatal }>;
  insertMethod(): Promise<boolean>;
  /** Visible sheets, in tab order. */
  sheetNames(): Promise<readonly string[]>;
  sheetWindow(name: string, firstRow: number, rowCount: number): Promise<SheetWindow>;
  toBuffer(): Promise<Uint8Array>;
  readSnapshot(): Promise<Snapshot>;
  applyPlan(plan: WritePlan): Promise<ApplyResult>;
}
