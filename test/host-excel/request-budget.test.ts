/* The request budget syncs only when the next operation would pass the budget; reads are packed and split the same way. */
import fc from 'fast-check';
import { RequestBudget, utf8Length } from '../../src/host/excel/request-budget';
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

describe('RequestBudget', () => {
  it('syncs before the operation that would pass the limit, and starts each batch with the hook', async () => {
    const { context, syncs } = counting();
    const starts: number[] = [];
    const budget = new RequestBudget(context, () => starts.push(syncs()), 100);
    for (const bytes of [40, 40, 20, 1, 99, 100]) await budget.spend(bytes);
    // 40+40+20 = 100 fits; +1 → sync; 1+99 = 100 fits; +100 → sync
    expect(syncs()).toBe(2);
    expect(starts).toEqual([0, 1, 2]);
    await expect(budget.spend(101)).rejects.toThrow(/split it/);
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
    const batches = packTasks([task(60, 1, log, 'a'), task(50, 1, log, 'b'), task(1, 90, log, 'c'), task(1, 20, log, 'd')], 100);
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
