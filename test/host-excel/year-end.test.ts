/*
 * The whole year-end run through the Excel host on the strict fake: readSnapshot, runPipeline with
 * every output (STEP_OUTPUTS.all), applyPlan. Prints `members=… syncs=…` per size.
 *
 * Measured here (see the printed lines): 7 syncs at 300 members (4 reads, 3 writes), because
 * every write fits in one request. At 2,000 members the writes alone are ~16 MB (the member slips
 * sheet has ~2.8 MB of text and ~20,000 merges), so they cannot fit in one 5 MB request: each
 * further batch adds one sync. The host fills a batch up to a 4.5 MB *estimate*, which the fake
 * measures at 3–4.5 MB (the per-operation estimate is deliberately on the high side), hence the
 * bound of one sync per further 3 MB asserted below.
 */
import { STEP_OUTPUTS, runPipeline } from '../../src/core/pipeline';
import { ExcelHost } from '../../src/host/excel/excel-host';
import { BOOKKEEPING_SHEET } from '../../src/host/port';
import { syntheticSnapshot } from '../support/synthetic';
import type { ExcelFake } from '../support/fakes/excel-fake';
import { fakeFromSnapshot, RUN_DATE, yearEnd } from '../support/excel-fixtures';

const MB = 1024 * 1024;
const LIMIT = 5 * MB;

interface Measured {
  readonly syncs: number;
  readonly total: number;
}

function measure(n: number, fake: ExcelFake): Measured {
  const total = fake.requests.reduce((sum, r) => sum + r.requestBytes, 0);
  console.log(`members=${n} syncs=${fake.syncs} maxRequestBytes=${fake.maxRequestBytes} maxResponseBytes=${fake.maxResponseBytes} totalRequestBytes=${total}`);
  expect(fake.requests.filter((r) => r.requestBytes > LIMIT || r.responseBytes > LIMIT)).toEqual([]);
  expect(fake.engine.writeBatchesWithoutSuspend).toBe(0);
  expect(fake.engine.runs).toBe(2);
  return { syncs: fake.syncs, total };
}

describe('year-end run through the Excel host', () => {
  const measured = new Map<number, Measured>();

  it('300 members: every write fits in one request; 4 syncs to read, 3 to write', async () => {
    const fake = fakeFromSnapshot(syntheticSnapshot(300));
    const outcome = await yearEnd(fake);
    measured.set(300, measure(300, fake));
    expect(fake.syncs).toBe(7);
    expect(fake.sheetNames()).toEqual(['委员履职统计表', ...outcome.plan.sheets.map((s) => s.name), BOOKKEEPING_SHEET]);
    // What was written is what the plan says (spot checks on the summary sheet and a mark).
    const summary = outcome.plan.sheets.find((s) => s.name === '履职汇总');
    expect(fake.grid('履职汇总').slice(0, summary?.values.length).map((r) => r.slice(0, 6))).toEqual(summary?.values.map((r) => Array.from({ length: 6 }, (_, i) => r[i] ?? null)));
    const mark = outcome.plan.setMarks[0];
    expect([fake.fill(mark.sheet, mark.cell), fake.note(mark.sheet, mark.cell)]).toEqual([mark.fill, mark.note]);
    expect(fake.formulaCells()).toEqual([]);
  });

  it('2,000 members: one more sync per further batch of writes only', async () => {
    const fake = fakeFromSnapshot(syntheticSnapshot(2000));
    await yearEnd(fake);
    const m = measure(2000, fake);
    const base = measured.get(300);
    if (!base) throw new Error('run the 300-member case first');
    expect(m.syncs).toBeLessThanOrEqual(base.syncs + Math.ceil(Math.max(0, m.total - LIMIT) / (3 * MB)));
    measured.set(2000, m);
  });

  it('20,000 members: at most one more sync per further 3 MB, no request over 5 MB', async () => {
    const fake = fakeFromSnapshot(syntheticSnapshot(20_000));
    await yearEnd(fake);
    const m = measure(20_000, fake);
    const base = measured.get(300);
    if (!base) throw new Error('run the 300-member case first');
    expect(m.syncs).toBeLessThanOrEqual(base.syncs + Math.ceil(Math.max(0, m.total - LIMIT) / (3 * MB)));
  }, 600_000);
});

describe('steps whose writes fit in one request', () => {
  it.each(['validate', 'shortlist'] as const)('%s: the same number of syncs at 300 and 2,000 members', async (step) => {
    const syncs: number[] = [];
    for (const n of [300, 2000]) {
      const fake = fakeFromSnapshot(syntheticSnapshot(n));
      const host = new ExcelHost(fake.run);
      const snapshot = await host.readSnapshot();
      const outcome = runPipeline(snapshot, { fileName: snapshot.fileName, outputs: STEP_OUTPUTS[step], today: RUN_DATE, runAt: '2025-12-26 09:30:00' });
      if (!outcome.ok) throw new Error(outcome.fatal.message);
      await host.applyPlan(outcome.plan);
      console.log(`step=${step} members=${n} syncs=${fake.syncs} maxRequestBytes=${fake.maxRequestBytes}`);
      syncs.push(fake.syncs);
    }
    expect(syncs[1]).toBe(syncs[0]);
  });
});

describe('running again', () => {
  it('replaces the generated sheets (never a second copy), restores and re-sets the marks', async () => {
    const fake = fakeFromSnapshot(syntheticSnapshot(300));
    const first = await yearEnd(fake);
    const names = fake.sheetNames();
    const second = await yearEnd(fake.reopen());
    expect(second.plan.sheets.map((s) => s.name)).toEqual(first.plan.sheets.map((s) => s.name));
    expect(second.plan.clearMarks.map((m) => m.cell)).toEqual(first.plan.setMarks.map((m) => m.cell));
    // the previous state recorded on the second run is the one before the first run
    expect(second.plan.setMarks.map((m) => m.previousFill)).toEqual(first.plan.setMarks.map((m) => m.previousFill));
    const again = fake.reopen();
    await yearEnd(again);
    expect(again.sheetNames()).toEqual(names);
    expect(again.sheetNames().filter((n) => n.includes('(2)'))).toEqual([]);
  });

  it("writes beside a user's own sheet that carries a generated name, never over it", async () => {
    const snapshot = syntheticSnapshot(300);
    const fake = fakeFromSnapshot({ ...snapshot, sheets: [...snapshot.sheets, { name: '履职汇总', values: [['我自己的汇总表']], merges: [], hiddenRows: [] }] });
    const outcome = await yearEnd(fake);
    expect(outcome.plan.sheets.map((s) => s.name)).toContain('履职汇总(2)');
    expect(fake.grid('履职汇总')).toEqual([['我自己的汇总表']]);
  });
});
