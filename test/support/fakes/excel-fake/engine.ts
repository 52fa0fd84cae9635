/**
 * The fake's request machinery: proxies queue operations on a FakeContext; `sync()` sends them as
 * one request. The engine measures the request (JSON of the queued operations) and the response
 * (JSON of what the loads return), refuses either over 5 MB as Excel on the web does, runs the
 * operations in order (a failing one stops the batch; earlier ones stay applied, as in Excel), and
 * only then hands loaded values to the proxies.
 */
import { invalidObjectPath, officeError } from './errors';
import type { WorkbookState } from './state';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Documented: a range is limited to five million cells for read operations. */
export const READ_CELL_LIMIT = 5_000_000;
/** Ids and object paths the real protocol adds to every action. */
const PROTOCOL_BYTES_PER_OPERATION = 120;
/**
 * What every real request carries besides its actions: the envelope, the workbook's object path
 * and its Instantiate action. Measured with the real client: a pre-read of three loads is 804
 * bytes, which the per-operation model alone put at 1.04× its 1.5× count.
 */
const PROTOCOL_BYTES_PER_REQUEST = 256;
/**
 * The model (JSON of each operation record plus 120 bytes, plus 256 per request) is the fake's own; the request
 * text the real Office.js client sends for the same operations was measured on the year-end write
 * (test/host-excel/office-js-client.test.ts). Requests are counted at 1.5× the model, so the
 * count stays at or above the real bytes (that test asserts it for every batch).
 */
export const REQUEST_BYTES_FACTOR = 1.5;

export interface OpRecord {
  /** Object path, e.g. `workbook.worksheets.getItem("统计表").getRange("B7")`. */
  readonly p: string;
  /** Action: get, load, set, call. */
  readonly a: 'get' | 'load' | 'set' | 'call';
  /** Property or method name. */
  readonly n?: string;
  /** Arguments or value. */
  readonly v?: unknown;
}

/** What running a load returns: its data (measured as the response) and how to give it to the proxy. */
export interface LoadOutcome {
  readonly data: unknown;
  readonly apply: () => void;
}

export interface Operation {
  readonly record: OpRecord;
  readonly run: () => LoadOutcome | void;
  readonly writes: boolean;
}

export interface RequestStat {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly operations: number;
}

export interface EngineLimits {
  payload: number;
  readCells: number;
  /** Cells one values/numberFormat write may cover. Not documented by Microsoft; the fake assumes the read limit. */
  writeCells: number;
}

export type FailurePredicate = (record: OpRecord, index: number) => boolean;

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export class Engine {
  readonly requests: RequestStat[] = [];
  runs = 0;
  /** Batches that wrote while calculation was not suspended (the host should suspend in each). */
  writeBatchesWithoutSuspend = 0;
  executedOperations = 0;
  private failure: FailurePredicate | null = null;
  readonly limits: EngineLimits = { payload: PAYLOAD_LIMIT, readCells: READ_CELL_LIMIT, writeCells: READ_CELL_LIMIT };

  constructor(public state: WorkbookState) {}

  get syncs(): number {
    return this.requests.length;
  }

  /** Makes the operation for which `when` is true fail with GeneralException (once). */
  failWhen(when: FailurePredicate): void {
    this.failure = when;
  }

  execute(ops: readonly Operation[]): void {
    const requestBytes = Math.ceil(REQUEST_BYTES_FACTOR * ops.reduce((n, op) => n + utf8Bytes(JSON.stringify(op.record)) + PROTOCOL_BYTES_PER_OPERATION, PROTOCOL_BYTES_PER_REQUEST));
    if (requestBytes > this.limits.payload) {
      this.requests.push({ requestBytes, responseBytes: 0, operations: ops.length });
      throw officeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    const outcomes: LoadOutcome[] = [];
    let suspended = false;
    let wrote = false;
    try {
      for (const op of ops) {
        this.executedOperations++;
        if (this.failure?.(op.record, this.executedOperations)) {
          this.failure = null;
          throw officeError('GeneralException', `Injected failure at ${op.record.p} ${op.record.n ?? ''}`);
        }
        if (op.record.n === 'suspendApiCalculationUntilNextSync') suspended = true;
        if (op.writes) wrote = true;
        const outcome = op.run();
        if (outcome) outcomes.push(outcome);
      }
    } catch (e) {
      this.requests.push({ requestBytes, responseBytes: 0, operations: ops.length });
      throw e;
    }
    const responseBytes = utf8Bytes(JSON.stringify(outcomes.map((o) => o.data)));
    this.requests.push({ requestBytes, responseBytes, operations: ops.length });
    if (wrote && !suspended) this.writeBatchesWithoutSuspend++;
    if (responseBytes > this.limits.payload) {
      throw officeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    outcomes.forEach((o) => o.apply());
  }
}

/** One Excel.run's request context. */
export class FakeContext {
  private queue: Operation[] = [];
  private alive = true;

  constructor(readonly engine: Engine) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(record: OpRecord, run: () => LoadOutcome | void, writes = false): void {
    if (!this.alive) throw invalidObjectPath(record.p);
    this.queue.push({ record, run, writes });
  }

  /** Throws as Office does when a proxy is used after its run ended. */
  assertAlive(path: string): void {
    if (!this.alive) throw invalidObjectPath(path);
  }

  get state(): WorkbookState {
    return this.engine.state;
  }

  async sync(): Promise<void> {
    if (!this.alive) throw invalidObjectPath('context');
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.engine.execute(ops);
  }

  end(): void {
    this.alive = false;
  }
}
