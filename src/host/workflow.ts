/**
 * The host-agnostic steps the task pane, the ribbon commands and the playground call: read a
 * snapshot, run the pure core, apply the plan. The only place outside the core that reads the clock.
 */
import { candidateSheets, chooseMethod, recordsSource, recordsSummary, type CountsFrom, type RecordsSummary, clearMarksPlan, runPipeline, runYear, STEP_OUTPUTS, tableInputs, type Finding, type YearOrigin, type PipelineOptions, type PipelineOutcome, type PipelineSuccess, exampleMethod, methodSheetPlan, METHOD_SHEET, type DateParts, type Fatal, type ItemFeed, type Method, type MethodOrigin, type UnboundInput, type UnusedColumn, type SlipSelection } from '../core';
import type { HostPort, Snapshot } from './port';

export type StepName = 'validate' | 'all' | 'notices' | 'shortlist' | 'slips';

export type ProgressPhase = 'read' | 'compute' | 'write' | 'done';

export interface Progress {
  /** 0..1 */
  readonly fraction: number;
  /** zh-CN label of the phase, e.g. 「读取工作簿」. */
  readonly label: string;
  /** Which phase, so a UI in another language can name it. */
  readonly phase?: ProgressPhase;
}

/** Runs the pure pipeline; the default runs it in this thread, the playground passes one that runs in a worker. */
export type Compute = (snapshot: Snapshot, options: PipelineOptions) => Promise<PipelineOutcome>;

export interface StepOptions {
  readonly sheet?: string;
  readonly method?: Method;
  readonly onProgress?: (p: Progress) => void;
  readonly compute?: Compute;
  /** The year the clerk chose in the pane (PipelineOptions.year); absent: the year rule decides. */
  readonly year?: number;
  /** For tests: the clock. */
  readonly now?: () => Date;
  /** For step slips: for whom (default every member). */
  readonly slips?: SlipSelection;
}

export type StepResult = { readonly ok: true; readonly outcome: PipelineSuccess } | { readonly ok: false; readonly fatal: Fatal };

export function dateParts(d: Date): DateParts {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function timestamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

const computeHere: Compute = (snapshot, options) => Promise.resolve(runPipeline(snapshot, options));

/** One year-end step: read once, compute, write once. Nothing is written when the core reports a fatal problem. */
export async function runStep(host: HostPort, step: StepName, options: StepOptions = {}): Promise<StepResult> {
  const progress = options.onProgress ?? ((): void => undefined);
  const now = (options.now ?? ((): Date => new Date()))();
  progress({ fraction: 0.05, label: '读取工作簿', phase: 'read' });
  const snapshot = await host.readSnapshot();
  progress({ fraction: 0.35, label: '校验与评价', phase: 'compute' });
  const compute = options.compute ?? computeHere;
  const outcome = await compute(snapshot, {
    fileName: snapshot.fileName,
    sheet: options.sheet,
    method: options.method,
    outputs: STEP_OUTPUTS[step],
    today: dateParts(now),
    runAt: timestamp(now),
    slips: options.slips,
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
  if (!outcome.ok) return outcome;
  progress({ fraction: 0.7, label: '写入结果', phase: 'write' });
  const applied = await host.applyPlan(outcome.plan);
  progress({ fraction: 1, label: '完成', phase: 'done' });
  // What the host could not do as planned (e.g. a note beside a threaded comment) joins the run's notes.
  return { ok: true, outcome: applied.notes.length === 0 ? outcome : { ...outcome, notes: [...outcome.notes, ...applied.notes] } };
}

/** 清除标记: restores every cell the product marked. Returns how many cells were restored. */
export async function clearMarks(host: HostPort): Promise<number> {
  const snapshot = await host.readSnapshot();
  const plan = clearMarksPlan(snapshot);
  await host.applyPlan(plan);
  return plan.clearMarks.length;
}

/** Inserts the example 评价办法 sheet when the workbook has none. Returns false when one exists (it is the user's and is kept). */
export async function insertExampleMethodSheet(host: HostPort): Promise<boolean> {
  const snapshot = await host.readSnapshot();
  if (snapshot.sheets.some((s) => s.name === METHOD_SHEET)) return false;
  await host.applyPlan({ sheets: [methodSheetPlan(exampleMethod())], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: snapshot.bookkeeping, activate: METHOD_SHEET });
  return true;
}

/** What a run on one sheet would read: the core's decision of the inputs (the same one runPipeline makes). */
export interface SheetInputs {
  readonly sheet: string;
  readonly headerRows: readonly number[];
  /** Every item of the method with the columns that feed it (「视察调研 ← 视察活动(F) + 考察活动(G)」). */
  readonly feeds: readonly ItemFeed[];
  /** Items the method uses that no column feeds (method.item_unbound): they count 0 for everyone. */
  readonly unbound: readonly UnboundInput[];
  /** Header columns that feed nothing. */
  readonly unused: readonly UnusedColumn[];
}

/** What the task pane shows before any run: the sheets to choose from, the best guess, which method applies and what each sheet would feed it. */
export interface WorkbookOverview {
  readonly fileName: string;
  /** Visible sheets that may hold the member table (generated sheets and 评价办法 are left out). */
  readonly sheets: readonly string[];
  /** The sheet whose header matches best (the core's decision), or null when none holds a member table. */
  readonly guess: string | null;
  /** Why there is no guess: the core's table.not_found. */
  readonly notFound: Fatal | null;
  /** The method a run would use without an explicit one, or the method.invalid fatal of a broken 评价办法 sheet. */
  readonly method: { readonly ok: true; readonly origin: MethodOrigin; readonly title: string; readonly countsFrom?: CountsFrom } | { readonly ok: false; readonly fatal: Fatal };
  /** The office's records in the workbook (活动记录, 提案登记), as a run reads them; null when there are none (issue 12). */
  readonly records?: RecordsSummary | null;
  /** For each sheet of `sheets` that holds a member table: its inputs under that method. */
  readonly inputs: readonly SheetInputs[];
  /** The year a run on each sheet would use (the core's runYear, the decision runPipeline makes), for sheets holding a member table. */
  readonly years: readonly SheetYear[];
}

/** The year of a run on one sheet, before the run, and where it came from. */
export interface SheetYear {
  readonly sheet: string;
  readonly year: number;
  readonly origin: YearOrigin;
  /** The title, sheet or file name the year was read from, or the run date; null for the method's year. */
  readonly source: string | null;
  /** year.mismatch where the method's year and the table's differ (year.assumed is what origin and source say). */
  readonly findings: readonly Finding[];
}

/** Pure: the overview of a snapshot, from the core's one decision of the inputs (method choice, table, columns) and of the year, as runPipeline makes them. */
export function overviewOf(snapshot: Snapshot, today: DateParts = dateParts(new Date())): WorkbookOverview {
  const choice = chooseMethod(snapshot, undefined);
  const method = choice.ok ? choice.method : null;
  const records = recordsSource(snapshot);
  const best = tableInputs(snapshot, method, undefined, records);
  const sheets = candidateSheets(snapshot);
  const inputs: SheetInputs[] = [];
  for (const name of sheets) {
    const t = best.table.ok && best.table.location.sheet === name ? best : tableInputs(snapshot, method, name, records);
    if (t.table.ok) inputs.push({ sheet: name, headerRows: t.table.location.headerRows, feeds: t.feeds, unbound: t.unbound, unused: t.unused });
  }
  return {
    fileName: snapshot.fileName,
    sheets,
    guess: best.table.ok ? best.table.location.sheet : null,
    notFound: best.table.ok ? null : best.table.fatal,
    method: choice.ok ? { ok: true, origin: choice.origin, title: choice.method.title, ...(choice.method.countsFrom !== undefined ? { countsFrom: choice.method.countsFrom } : {}) } : { ok: false, fatal: choice.fatal },
    records: records === null || method === null ? null : recordsSummary(records, method),
    inputs,
    years: sheets.flatMap((sheet): SheetYear[] => {
      const d = runYear(snapshot, { fileName: snapshot.fileName, sheet, today });
      return d === null ? [] : [{ sheet, year: d.year, origin: d.origin, source: d.source, findings: d.findings.filter((f) => f.code === 'year.mismatch') }];
    }),
  };
}

/** Reads the workbook once and gives the overview the pane starts from. */
export async function inspectWorkbook(host: HostPort, now: () => Date = () => new Date()): Promise<WorkbookOverview> {
  return overviewOf(await host.readSnapshot(), dateParts(now()));
}

/**
 * 个人告知单 for the rows the user selected: the selection must lie in the member table's sheet
 * (else the step stops with a clear message before anything is read twice or written).
 */
export async function slipsForSelection(host: HostPort, options: Omit<StepOptions, 'slips'> = {}): Promise<StepResult> {
  const selection = host.selectedRows ? await host.selectedRows() : null;
  if (selection === null || selection.rows.length === 0) {
    return { ok: false, fatal: { code: 'slips.no_members', message: '没有选中统计表中的行：请先在委员履职统计表中选中要生成告知单的委员所在的行，再点“选中的委员”。', file: '', sheet: null, cell: null, path: null } };
  }
  return runStep(host, 'slips', { ...options, slips: { kind: 'rows', rows: selection.rows, sheet: selection.sheet } });
}
