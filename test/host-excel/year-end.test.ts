/*
 * The whole year-end run through the Excel host on the strict fake: readSnapshot, runPipeline with
 * the year-end outputs (STEP_OUTPUTS.all: no member slips), applyPlan. Prints `members=… syncs=…`.
 *
 * The budget (issue 9): at most 6 syncs at 300 and at 2,000 members, at most 12 at 20,000, and no
 * request over 3,500,000 bytes as the fake counts them (1.5× its own model of the request text,
 * which is at or above the real client's bytes: office-js-client.test.ts). Measured here: 4 syncs
 * to read (sheet list; extents; values, merges and probes; details where a probe found a mix),
 * 1 to learn what the write needs, then the writes: 1 request at 300 and 2,000 members, 7 at 20,000.
 *
 * Issue 13 adds 履职档案 (every member's year with every count: 2,000 × 40 cells more) to the year-end
 * write: one more request at 2,000 members (7 syncs; total request 3.26 MB over two requests), two more
 * at 20,000 (14): the rule of one more request per further share of the request limit, not per member.
 */
import { STEP_OUTPUTS, runPipeline } from '../../src/core/pipeline';
import { ExcelHost } from '../../src/host/excel/excel-host';
import { BOOKKEEPING_SHEET } from '../../src/host/port';
import { syntheticSnapshot } from '../support/synthetic';
import type { ExcelFake } from '../support/fakes/excel-fake';
import { fakeFromSnapshot, RUN_DATE, yearEnd } from '../support/excel-fixtures';

const STRICT_LIMIT = 3_500_000;

function measure(n: number, fake: ExcelFake): number {
  const total = fake.requests.reduce((sum, r) => sum + r.requestBytes, 0);
  console.log(`members=${n} syncs=${fake.syncs} maxRequestBytes=${fake.maxRequestBytes} maxResponseBytes=${fake.maxResponseBytes} totalRequestBytes=${total}`);
  expect(fake.maxRequestBytes).toBeLessThanOrEqual(STRICT_LIMIT);
  expect(fake.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  expect(fake.engine.writeBatchesWithoutSuspend).toBe(0);
  expect(fake.engine.runs).toBe(2);
  return fake.syncs;
}

describe('year-end run through the Excel host', () => {
  it('300 members: at most 6 syncs; what was written is what the plan says', async () => {
    const fake = fakeFromSnapshot(syntheticSnapshot(300));
    const outcome = await yearEnd(fake);
    expect(measure(300, fake)).toBeLessThanOrEqual(6);
    expect(fake.sheetNames()).toEqual(['委员履职统计表', ...outcome.plan.sheets.map((s) => s.name), BOOKKEEPING_SHEET]);
    expect(outcome.plan.sheets.map((s) => s.name)).not.toContain('个人履职告知单');
    const summary = outcome.plan.sheets.find((s) => s.name === '履职汇总');
    expect(fake.grid('履职汇总').slice(0, summary?.values.length).map((r) => r.slice(0, 6))).toEqual(summary?.values.map((r) => Array.from({ length: 6 }, (_, i) => r[i] ?? null)));
    const mark = outcome.plan.setMarks[0];
    expect([fake.fill(mark.sheet, mark.cell), fake.note(mark.sheet, mark.cell)]).toEqual([mark.fill, mark.note]);
    expect(fake.formulaCells()).toEqual([]);
    // grade colours: one conditional format per coloured grade
    expect(fake.sheet('履职汇总').conditionalFormats.map((c) => c.formula1)).toEqual(summary?.conditionalFills?.map((c) => `="${c.equals}"`));
  });

  it('2,000 members: at most 7 syncs (6 before 履职档案)', async () => {
    const fake = fakeFromSnapshot(syntheticSnapshot(2000));
    await yearEnd(fake);
    expect(measure(2000, fake)).toBeLessThanOrEqual(7);
  });

  it('20,000 members: at most 14 syncs (12 before 履职档案), no request over 3,500,000 bytes', async () => {
    const fake = fakeFromSnapshot(syntheticSnapshot(20_000));
    await yearEnd(fake);
    expect(measure(20_000, fake)).toBeLessThanOrEqual(14);
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
