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
      const result = await api.run(step, options.sheet, proxy((p: Progress) => onProgress(p)));
      onWritten(result.ok ? (result.view.activate ?? undefined) : undefined);
      return result;
    },
    insertMethod: async () => {
      const inserted = await api.insertMethod();
      onWritten(inserted ? METHOD_SHEET : undefined);
      return inserted;
    },
  };
}
