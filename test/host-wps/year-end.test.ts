/*
 * The whole year-end run through the WPS host on the strict fake: readSnapshot, runPipeline with
 * the year-end outputs (STEP_OUTPUTS.all), applyPlan; prints the object-model calls per size
 * (npm run bench:wps prints the same totals).
 */
import { VALUE2_BLOCK_CELLS } from '../../src/host/wps/read-snapshot';
import { STEP_OUTPUTS, runPipeline, type PipelineSuccess } from '../../src/core/pipeline';
import { BOOKKEEPING_SHEET } from '../../src/host/port';
import { syntheticSnapshot } from '../support/synthetic';
import type { WpsFake } from '../support/fakes/wps-fake';
import { RUN_DATE } from '../support/excel-fixtures';
import { fakeFromSnapshot, hostOf } from '../support/wps-fixtures';

interface Measured {
  readonly read: number;
  readonly write: number;
  /** Calls that are one per item by nature: hyperlinks, marks (fill + comment), page breaks, merges. */
  readonly perItem: number;
}

async function yearEnd(fake: WpsFake): Promise<{ outcome: PipelineSuccess; measured: Measured }> {
  const host = hostOf(fake);
  const snapshot = await host.readSnapshot();
  const read = fake.calls;
  fake.resetCounters();
  const outcome = runPipeline(snapshot, { fileName: snapshot.fileName, outputs: STEP_OUTPUTS.all, today: RUN_DATE, runAt: '2025-12-26 09:30:00' });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  await host.applyPlan(outcome.plan);
  const perItem = ['Hyperlinks.Add', 'HPageBreaks.Add', 'Range.Merge', 'Range.AddComment', 'Range.Comment', 'Interior.Color=', 'Interior.ColorIndex='].reduce((n, l) => n + fake.callsOf(l), 0);
  return { outcome, measured: { read, write: fake.calls, perItem } };
}

describe('year-end run through the WPS host', () => {
  const measured = new Map<number, Measured>();

  it.each([300, 2000])('%i members: one Value2 write per generated sheet, the plan written exactly', async (n) => {
    const fake = fakeFromSnapshot(syntheticSnapshot(n));
    const { outcome, measured: m } = await yearEnd(fake);
    measured.set(n, m);
    const labels = [...fake.callLabels()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([l, c]) => `${l}=${c}`).join(' ');
    console.log(`members=${n} readCalls=${m.read} writeCalls=${m.write} perItemCalls=${m.perItem} otherWriteCalls=${m.write - m.perItem} top: ${labels}`);
    const writes = fake.value2Writes();
    // One Value2 per VALUE2_BLOCK_CELLS cells of a sheet (the fake caps a call at VALUE2_CELL_CAP).
    for (const sheet of outcome.plan.sheets) {
      const cells = sheet.values.length * sheet.values.reduce((w, row) => Math.max(w, row.length), 0);
      expect([sheet.name, writes[sheet.name]]).toEqual([sheet.name, Math.max(1, Math.ceil(cells / VALUE2_BLOCK_CELLS))]);
    }
    expect(writes[BOOKKEEPING_SHEET]).toBe(2); // interim, then final
    expect(fake.sheetNames()).toEqual(['委员履职统计表', ...outcome.plan.sheets.map((s) => s.name), BOOKKEEPING_SHEET]);
    expect(fake.formulaCells()).toEqual([]);
    const summary = outcome.plan.sheets.find((s) => s.name === '履职汇总');
    expect(fake.grid('履职汇总').slice(0, summary?.values.length).map((r) => r.slice(0, 6))).toEqual(summary?.values.map((r) => Array.from({ length: 6 }, (_, i) => r[i] ?? null)));
    const mark = outcome.plan.setMarks[0];
    expect([fake.fill(mark.sheet, mark.cell), fake.note(mark.sheet, mark.cell)]).toEqual([mark.fill, mark.note]);
  });

  it('calls at 2,000 members are at most 1.5× those at 300 (issue 9): grade colours and styles do not grow with the members', () => {
    const [small, large] = [measured.get(300), measured.get(2000)];
    if (!small || !large) throw new Error('run the sized cases first');
    // Measured: 1,333 + 2,886 = 4,219 calls at 300, 1,409 + 3,112 = 4,521 at 2,000 (1.07×).
    expect(large.read + large.write).toBeLessThanOrEqual(1.5 * (small.read + small.write));
    expect(large.read).toBeLessThan(small.read * 1.2);
  });
});
