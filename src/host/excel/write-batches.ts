/**
 * Runs write actions in as few requests as the payload limit allows: actions are packed into
 * batches by their estimated request bytes, one sync per batch, calculation suspended in each.
 * When Excel still refuses a batch as too large (RequestPayloadSizeLimitExceeded: the request is
 * refused whole, before any of it runs), the batch is halved, or a single action split, and sent
 * again; an action that cannot be split further is a WriteFailed.
 */
import { WriteFailed } from '../shared';
import type { XlRequestContext } from './office-api';
import { BATCH_BUDGET, isPayloadLimitError } from './request-budget';
import { BatchScope, type WriteAction } from './write-actions';

export function packActions(actions: readonly WriteAction[], budget = BATCH_BUDGET): WriteAction[][] {
  const batches: WriteAction[][] = [];
  let current: WriteAction[] = [];
  let bytes = 0;
  for (const a of actions) {
    const parts = a.bytes > budget && a.split ? splitFully(a, budget) : [a];
    for (const part of parts) {
      if (current.length > 0 && bytes + part.bytes > budget) {
        batches.push(current);
        current = [];
        bytes = 0;
      }
      current.push(part);
      bytes += part.bytes;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** An action over the budget, split until each piece fits (or cannot be split). */
function splitFully(a: WriteAction, budget: number): WriteAction[] {
  if (a.bytes <= budget || !a.split) return [a];
  return a.split().flatMap((p) => splitFully(p, budget));
}

function smaller(batch: readonly WriteAction[]): WriteAction[][] | null {
  if (batch.length > 1) {
    const half = Math.ceil(batch.length / 2);
    return [batch.slice(0, half), batch.slice(half)];
  }
  const parts = batch[0].split?.() ?? [];
  return parts.length > 1 ? parts.map((p) => [p]) : null;
}

/** Sends every action; returns the number of syncs made. */
export async function runWrites(context: XlRequestContext, actions: readonly WriteAction[], budget = BATCH_BUDGET): Promise<number> {
  const pending = packActions(actions, budget);
  let syncs = 0;
  while (pending.length > 0) {
    const batch = pending.shift() as WriteAction[];
    const scope = new BatchScope(context.workbook);
    // Suspension lasts until the next sync, so every batch asks again (ExcelApi 1.8).
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const a of batch) a.queue(scope);
    try {
      // One sync per batch of ~BATCH_BUDGET bytes (never per sheet, row or cell): the documented way to stay under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    } catch (e) {
      syncs++;
      if (!isPayloadLimitError(e)) throw e;
      const parts = smaller(batch);
      if (!parts) throw new WriteFailed('host.request_too_large', { bytes: batch[0].bytes });
      pending.unshift(...parts);
    }
  }
  return syncs;
}
