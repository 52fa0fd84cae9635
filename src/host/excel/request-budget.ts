/**
 * Excel on the web rejects a request or a response over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). The host estimates what each queued operation adds and syncs
 * when the running total would pass ~4.5 MB: one sync per full request, never one per row or cell.
 */
import type { XlRequestContext } from './office-api';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Room left for what the estimate cannot see (ids, object paths the protocol adds). */
export const BATCH_BUDGET = 4.5 * 1024 * 1024;
/**
 * What one operation costs beyond its arguments in the protocol's JSON: the action, an object path
 * per navigation step (getRange → format → set) and their ids. Roughly 250 bytes for one step,
 * 400 for two (a format), 650 for a border (getRanges → format → borders → getItem → set).
 */
export const OPERATION_OVERHEAD = 260;
export const FORMAT_OVERHEAD = 400;
export const BORDER_OVERHEAD = 650;
/** `set({...})` is expanded by Office.js into one property-set action per leaf property. */
export const PROPERTY_OVERHEAD = 90;

/** Overhead of an object `set(properties)`: the chain, plus an action per leaf property. */
export function setOverhead(properties: object, chain = FORMAT_OVERHEAD): number {
  const leaves = (o: object): number => Object.values(o).reduce<number>((n, v) => n + (typeof v === 'object' && v !== null ? leaves(v as object) : 1), 0);
  return chain + PROPERTY_OVERHEAD * leaves(properties);
}

/** UTF-8 length of a string (what goes over the wire). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated request bytes of one operation with these arguments (addresses included). */
export function operationBytes(args?: unknown, overhead = OPERATION_OVERHEAD): number {
  return overhead + (args === undefined ? 0 : utf8Length(JSON.stringify(args)));
}

export function isPayloadLimitError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Counts the estimated bytes of the operations queued since the last sync. `spend` syncs first
 * when the new operation would not fit; `onBatchStart` runs at the start of every batch (the
 * writer suspends calculation there, which only lasts until the next sync).
 */
export class RequestBudget {
  private used = 0;
  private started = false;
  private syncCount = 0;

  constructor(
    private readonly context: XlRequestContext,
    private readonly onBatchStart: () => void = (): void => undefined,
    private readonly limit = BATCH_BUDGET,
  ) {}

  /** Syncs the context made inside this budget. */
  get syncs(): number {
    return this.syncCount;
  }

  /** Call before queueing an operation of `bytes` estimated request bytes. */
  async spend(bytes: number): Promise<void> {
    if (bytes > this.limit) throw new Error(`one operation of ${bytes} bytes exceeds the request budget; split it before queueing`);
    if (this.used + bytes > this.limit) await this.flush();
    if (!this.started) {
      this.started = true;
      this.onBatchStart();
    }
    this.used += bytes;
  }

  /** Sends what is queued and starts a new batch. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.syncCount++;
    this.used = 0;
    this.started = false;
  }
}
