/* Writes and reads are packed into requests under the budget, and split and sent again when Excel refuses one as too large. */
import fc from 'fast-check';
import { utf8Length } from '../../src/host/excel/request-budget';
import { packActions, runWrites } from '../../src/host/excel/write-batches';
import type { WriteAction } from '../../src/host/excel/write-actions';
import { packTasks, runReads, type ReadTask } from '../../src/host/excel/read-batches';
import type { XlRequestContext } from '../../src/host/excel/office-api';

function counting(fail: (batch: number) => unknown = () => null): { context: XlRequestContext; syncs: () => number } {
  let n = 0;
  const context = {
    workbook: undefined as never,
    sync: async (): Promise<void> => {
      n++;
      const e = fail(n);
      if (e) throw e;
    },
  };
  return { context, syncs: () => n };
}

describe('utf8Length', () => {
  it('equals the UTF-8 byte length', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'))));
  });
});

describe('packActions and runWrites', () => {
  const act = (bytes: number, log: string[], name: string, split?: () => WriteAction[]): WriteAction => ({ bytes, queue: () => void log.push(name), split });
  const writing = (fail: (batch: number) => unknown = () => null): { context: XlRequestContext; syncs: () => number; suspended: () => number } => {
    let n = 0;
    let suspended = 0;
    const context = {
      workbook: { application: { suspendApiCalculationUntilNextSync: (): void => void suspended++ } } as never,
      sync: async (): Promise<void> => {
        n++;
        const e = fail(n);
        if (e) throw e;
      },
    };
    return { context, syncs: () => n, suspended: () => suspended };
  };

  it('packs actions into batches under the budget, splitting an action that alone is over it', () => {
    const log: string[] = [];
    const big = act(150, log, 'big', () => [act(75, log, 'big 1'), act(75, log, 'big 2')]);
    const batches = packActions([act(40, log, 'a'), act(40, log, 'b'), act(20, log, 'c'), act(1, log, 'd'), big], 100);
    expect(batches.map((b) => b.map((a) => a.bytes))).toEqual([[40, 40, 20], [1, 75], [75]]);
  });

  it('suspends calculation in every batch and sends each batch once', async () => {
    const log: string[] = [];
    const { context, syncs, suspended } = writing();
    await runWrites(context, [act(60, log, 'a'), act(60, log, 'b'), act(60, log, 'c')], 100);
    expect([syncs(), suspended(), log]).toEqual([3, 3, ['a', 'b', 'c']]);
  });

  it('halves a batch Excel refuses as too large, then splits a single action, and sends it again', async () => {
    const log: string[] = [];
    const tooLarge = { code: 'RequestPayloadSizeLimitExceeded' };
    // Requests 1 and 3 are refused whole (nothing of them ran).
    const { context, syncs } = writing((n) => (n === 1 || n === 3 ? tooLarge : null));
    await runWrites(context, [act(10, log, 'a'), act(10, log, 'b', () => [act(5, log, 'b1'), act(5, log, 'b2')])], 100);
    // [a, b] refused → [a] sent → [b] refused → [b1] sent → [b2] sent
    expect(log).toEqual(['a', 'b', 'a', 'b', 'b1', 'b2']);
    expect(syncs()).toBe(5);
  });

  it('gives a WriteFailed in Chinese when one action cannot be split further', async () => {
    const { context } = writing(() => ({ code: 'RequestPayloadSizeLimitExceeded' }));
    await expect(runWrites(context, [act(10, [], 'x')], 100)).rejects.toMatchObject({ name: 'WriteFailed', code: 'host.request_too_large', message: expect.stringContaining('上限') });
  });

  it('passes other errors on at once', async () => {
    const { context, syncs } = writing(() => new Error('boom'));
    await expect(runWrites(context, [act(10, [], 'x'), act(95, [], 'y')], 100)).rejects.toThrow('boom');
    expect(syncs()).toBe(1);
  });
});

describe('runReads', () => {
  const task = (request: number, response: number, log: string[], name: string, split?: () => ReadTask[]): ReadTask => ({
    request,
    response,
    queue: () => () => log.push(name),
    split,
  });

  it('packs tasks by request and response estimates', () => {
    const log: string[] = [];
    const batches = packTasks([task(60, 1, log, 'a'), task(50, 1, log, 'b'), task(1, 90, log, 'c'), task(1, 20, log, 'd')], 100, 100);
    // a: 60 | b: 60 + 50 > 100 → new batch; c joins b (request 51, response 91); d: response 91 + 20 > 100 → new batch
    expect(batches.map((b) => b.length)).toEqual([1, 2, 1]);
  });

  it('halves a batch Excel refuses as too large and reads it again; collectors run once each', async () => {
    const log: string[] = [];
    const tooLarge = Object.assign(new Error('too large'), { code: 'ResponsePayloadSizeLimitExceeded' });
    const { context, syncs } = counting((n) => (n === 1 ? tooLarge : null));
    await runReads(context, [task(1, 1, log, 'a'), task(1, 1, log, 'b'), task(1, 1, log, 'c')], 100);
    expect(syncs()).toBe(3);
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('splits a single task that is too large, and gives up on other errors', async () => {
    const log: string[] = [];
    const tooLarge = Object.assign(new Error('too large'), { code: 'RequestPayloadSizeLimitExceeded' });
    const { context } = counting((n) => (n === 1 ? tooLarge : null));
    await runReads(context, [task(1, 1, log, 'whole', () => [task(1, 1, log, 'half 1'), task(1, 1, log, 'half 2')])], 100);
    expect(log).toEqual(['half 1', 'half 2']);
    const other = counting(() => Object.assign(new Error('boom'), { code: 'GeneralException' }));
    await expect(runReads(other.context, [task(1, 1, log, 'x')], 100)).rejects.toThrow('boom');
  });
});
