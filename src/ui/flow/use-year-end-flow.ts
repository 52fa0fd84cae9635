/**
 * The state of the guided year-end flow: the workbook overview, the chosen sheet, the last
 * validation and the last full run, progress, and the fatal or unexpected error to show.
 * Components render this; only this hook talks to the host (through the workflow steps).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { insertExampleMethodSheet, inspectWorkbook, runStep, type Compute, type Progress, type StepName, type StepOptions, type WorkbookOverview } from '../../host/workflow';
import type { HostPort } from '../../host/port';
import type { Fatal, Finding } from '../../core';

/** What the Word documents action did: the file saved (a zip of 履职通报.docx and the unit letters), or why it could not run. */
export type DocumentsOutcome = { readonly ok: true; readonly fileName: string; readonly letters: number } | { readonly ok: false; readonly fatal: Fatal };
import { runResult, type RunResult, type RunView } from './run-view';

/** The host-agnostic steps the flow calls; tests pass fakes. */
export interface FlowServices {
  readonly inspect: (host: HostPort) => Promise<WorkbookOverview>;
  readonly run: (host: HostPort, step: StepName, options: StepOptions) => Promise<RunResult>;
  readonly insertMethod: (host: HostPort) => Promise<boolean>;
  /**
   * Makes the Word documents of a run with these options and saves them on the user's machine. Absent
   * where the host cannot save a file from the pane (Excel, WPS): the pane then points to the command line.
   */
  readonly documents?: (host: HostPort, options: { readonly sheet?: string; readonly year?: number }) => Promise<DocumentsOutcome>;
}

/** The workflow's steps, in this thread (the Excel task pane). */
export const WORKFLOW_SERVICES: FlowServices = {
  inspect: inspectWorkbook,
  run: async (host, step, options) => runResult(await runStep(host, step, options)),
  insertMethod: insertExampleMethodSheet,
};

export type BusyWith = 'inspect' | 'method' | 'validate' | 'all' | 'documents';

export interface FlowState {
  readonly overview: WorkbookOverview | null;
  readonly sheet: string | null;
  readonly busy: BusyWith | null;
  readonly progress: Progress | null;
  readonly validation: RunView | null;
  readonly final: RunView | null;
  readonly fatal: Fatal | null;
  /** An unexpected error (a host failure, an unreadable workbook), as text. */
  readonly failure: string | null;
  readonly methodNote: 'inserted' | 'kept' | null;
  /** The year the clerk typed in the pane (goes into the run as PipelineOptions.year); null: the core's year rule decides. */
  readonly year: number | null;
  /** The Word documents last saved. */
  readonly documents: { readonly fileName: string; readonly letters: number } | null;
}

export interface FlowActions {
  readonly reload: () => Promise<void>;
  readonly selectSheet: (sheet: string) => void;
  readonly insertMethod: () => Promise<void>;
  readonly validate: () => Promise<void>;
  readonly evaluate: () => Promise<void>;
  readonly selectFinding: (finding: Finding) => Promise<void>;
  readonly dismissError: () => void;
  /** The clerk's year, or null to go back to the year the core found. */
  readonly chooseYear: (year: number | null) => void;
  /** Saves the Word documents; null where the host cannot save files from the pane. */
  readonly documents: (() => Promise<void>) | null;
}

const INITIAL: FlowState = { overview: null, sheet: null, busy: null, progress: null, validation: null, final: null, fatal: null, failure: null, methodNote: null, year: null, documents: null };

export interface FlowOptions {
  readonly compute?: Compute;
  readonly services?: FlowServices;
}

export function useYearEndFlow(host: HostPort, options: FlowOptions = {}): [FlowState, FlowActions] {
  const services = options.services ?? WORKFLOW_SERVICES;
  const { compute } = options;
  const [state, setState] = useState<FlowState>(INITIAL);
  const stateRef = useRef(state);
  stateRef.current = state;
  const patch = useCallback((p: Partial<FlowState>): void => setState((s) => ({ ...s, ...p })), []);

  /** Runs one async action with the busy flag set; an exception becomes the failure message. */
  const guarded = useCallback(
    async (busy: BusyWith, action: () => Promise<void>): Promise<void> => {
      if (stateRef.current.busy !== null) return;
      patch({ busy, progress: null, fatal: null, failure: null });
      try {
        await action();
      } catch (e) {
        patch({ failure: e instanceof Error ? e.message : String(e) });
      } finally {
        patch({ busy: null, progress: null });
      }
    },
    [patch],
  );

  const reload = useCallback(
    (): Promise<void> =>
      guarded('inspect', async () => {
        const overview = await services.inspect(host);
        setState((s) => ({
          ...s,
          overview,
          sheet: s.sheet !== null && overview.sheets.includes(s.sheet) ? s.sheet : overview.guess,
        }));
      }),
    [guarded, host, services],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  const selectSheet = useCallback((sheet: string): void => patch({ sheet, validation: null, final: null, fatal: null, documents: null }), [patch]);

  const insertMethod = useCallback(
    (): Promise<void> =>
      guarded('method', async () => {
        const inserted = await services.insertMethod(host);
        const overview = await services.inspect(host);
        patch({ overview, methodNote: inserted ? 'inserted' : 'kept', validation: null, final: null });
      }),
    [guarded, host, patch, services],
  );

  const run = useCallback(
    (step: 'validate' | 'all'): Promise<void> =>
      guarded(step, async () => {
        const sheet = stateRef.current.sheet ?? undefined;
        const year = stateRef.current.year ?? undefined;
        const result = await services.run(host, step, { sheet, compute, onProgress: (progress) => patch({ progress }), ...(year !== undefined ? { year } : {}) });
        if (!result.ok) {
          patch({ fatal: result.fatal, ...(step === 'all' ? { final: null } : { validation: null }) });
          return;
        }
        patch(step === 'all' ? { final: result.view, validation: result.view } : { validation: result.view, final: null });
      }),
    [compute, guarded, host, patch, services],
  );

  const validate = useCallback((): Promise<void> => run('validate'), [run]);
  const evaluate = useCallback((): Promise<void> => run('all'), [run]);

  const selectFinding = useCallback(
    async (finding: Finding): Promise<void> => {
      const cell = finding.cell ?? nameCellOf(stateRef.current, finding);
      if (cell === null) return;
      try {
        await host.selectCell(finding.sheet, cell);
      } catch (e) {
        patch({ failure: e instanceof Error ? e.message : String(e) });
      }
    },
    [host, patch],
  );

  const dismissError = useCallback((): void => patch({ fatal: null, failure: null }), [patch]);

  // A new year makes the results shown out of date: they were made with the old one.
  const chooseYear = useCallback((year: number | null): void => patch({ year, validation: null, final: null, documents: null }), [patch]);

  const saveDocuments = services.documents;
  const documents = useCallback(
    (): Promise<void> =>
      guarded('documents', async () => {
        if (saveDocuments === undefined) return;
        const { sheet, year } = stateRef.current;
        const result = await saveDocuments(host, { ...(sheet !== null ? { sheet } : {}), ...(year !== null ? { year } : {}) });
        patch(result.ok ? { documents: { fileName: result.fileName, letters: result.letters } } : { fatal: result.fatal, documents: null });
      }),
    [guarded, host, patch, saveDocuments],
  );

  return [state, { reload, selectSheet, insertMethod, validate, evaluate, selectFinding, dismissError, chooseYear, documents: saveDocuments === undefined ? null : documents }];
}

/** A finding about a whole row points at the member's name cell, else column A of the row. */
function nameCellOf(state: FlowState, finding: Finding): string | null {
  if (finding.row === null) return null;
  const view = state.final ?? state.validation;
  return view?.nameCells[finding.row] ?? `A${finding.row}`;
}

/** The findings to review: those of the latest run. */
export function currentFindings(state: FlowState): readonly Finding[] {
  return (state.final ?? state.validation)?.findings ?? [];
}
