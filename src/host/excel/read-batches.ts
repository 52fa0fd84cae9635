/**
 * Runs loads in as few syncs as the 5 MB payload limit allows: tasks are packed into batches by
 * their estimated request and response bytes, one sync per batch. When Excel still refuses a
 * batch as too large (an estimate was low, e.g. long texts), or with an error a task claims (too
 * many merged areas in one read), the batch is halved, or a single task split, and retried; loads
 * change nothing, so a retry is safe.
 */
import { BATCH_BUDGET, isPayloadLimitError, RESPONSE_BUDGET } from './request-budget';
import type { XlRequestContext } from './office-api';

export interface ReadTask {
  /** Estimated request bytes of the queued loads. */
  readonly request: number;
  /** Estimated response bytes. */
  readonly response: number;
  /** Queues the loads and returns what to do with the results once they are synced. */
  queue(): () => void;
  /** The same loads in smaller pieces, for a response over the limit; absent when it cannot be split. */
  split?(): readonly ReadTask[];
  /** Whether an error of the batch may be this task's and smaller pieces would avoid it (e.g. too many merged areas). */
  claims?(e: unknown): boolean;
}

export function packTasks(tasks: readonly ReadTask[], budget = BATCH_BUDGET, responseBudget = RESPONSE_BUDGET): ReadTask[][] {
  const batches: ReadTask[][] = [];
  let current: ReadTask[] = [];
  let request = 0;
  let response = 0;
  for (const task of tasks) {
    if (current.length > 0 && (request + task.request > budget || response + task.response > responseBudget)) {
      batches.push(current);
      current = [];
      request = 0;
      response = 0;
    }
    current.push(task);
    request += task.request;
    response += task.response;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function smaller(batch: readonly ReadTask[]): ReadTask[][] | null {
  if (batch.length > 1) {
    const half = Math.ceil(batch.length / 2);
    return [batch.slice(0, half), batch.slice(half)];
  }
  const parts = batch[0].split?.() ?? [];
  return parts.length > 1 ? parts.map((t) => [t]) : null;
}

/** Runs every task; returns the number of syncs made. */
export async function runReads(context: XlRequestContext, tasks: readonly ReadTask[], budget = BATCH_BUDGET, responseBudget = RESPONSE_BUDGET): Promise<number> {
  const pending = packTasks(tasks, budget, responseBudget);
  let syncs = 0;
  while (pending.length > 0) {
    const batch = pending.shift() as ReadTask[];
    const collectors = batch.map((t) => t.queue());
    try {
      // One sync per batch of loads (never per sheet, row or cell): the documented way to stay under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    } catch (e) {
      syncs++;
      // Loads change nothing, so a refused batch can be read again in smaller pieces.
      const parts = isPayloadLimitError(e) || batch.some((t) => t.claims?.(e) === true) ? smaller(batch) : null;
      if (!parts) throw e;
      pending.unshift(...parts);
      continue;
    }
    collectors.forEach((collect) => collect());
  }
  return syncs;
}
