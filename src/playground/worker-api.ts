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

export interface PlaygroundApi {
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
