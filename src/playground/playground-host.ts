/**
 * The page side of the playground: a HostPort whose workbook lives in the worker, and the flow
 * services that run each workflow step inside the worker (read, runPipeline, write: all off the page's thread).
 */
import { proxy, type Remote } from 'comlink';
import type { ApplyResult, HostPort, Snapshot, WritePlan } from '../host/port';
import type { Progress } from '../host/workflow';
import { METHOD_SHEET } from '../core';
import type { FlowServices } from '../ui/flow/use-year-end-flow';
import type { PlaygroundApi } from './worker-api';
import { downloadBytes } from './download';

export class PlaygroundHost implements HostPort {
  constructor(
    private readonly api: Remote<PlaygroundApi>,
    private readonly onSelect: (sheet: string, cell: string) => void,
  ) {}

  readSnapshot(): Promise<Snapshot> {
    return this.api.readSnapshot();
  }

  applyPlan(plan: WritePlan): Promise<ApplyResult> {
    return this.api.applyPlan(plan);
  }

  /** The playground has no Excel selection: the grid switches to the sheet and highlights the cell. */
  selectCell(sheet: string, cell: string): Promise<void> {
    this.onSelect(sheet, cell);
    return Promise.resolve();
  }
}

/** After a write, the page refreshes its grids and shows `activate` (the sheet the plan activates). */
export function playgroundServices(api: Remote<PlaygroundApi>, onWritten: (activate: string | undefined) => void): FlowServices {
  return {
    inspect: () => api.inspect(),
    run: async (_host, step, options) => {
      const onProgress = options.onProgress ?? ((): void => undefined);
      const result = await api.run(step, options.sheet, proxy((p: Progress) => onProgress(p)), options.year);
      onWritten(result.ok ? (result.view.activate ?? undefined) : undefined);
      return result;
    },
    // The playground is a web page: the zip of the Word documents downloads like any file (a blob URL; nothing leaves the machine).
    documents: async (_host, options) => {
      const result = await api.documents(options.sheet, options.year);
      if (!result.ok) return result;
      downloadBytes(result.zip, result.fileName, 'application/zip');
      return { ok: true, fileName: result.fileName, letters: result.letters };
    },
    insertMethod: async () => {
      const inserted = await api.insertMethod();
      onWritten(inserted ? METHOD_SHEET : undefined);
      return inserted;
    },
  };
}
