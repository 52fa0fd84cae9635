/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read -- reading before load and sync is what these tests check the real client refuses */
/*
 * The Excel host through the REAL Office.js client (npm @microsoft/office-js, loaded unmodified in
 * Node: test/support/office-js/client.ts), with a test transport in place of the host call that
 * records each request's exact text and answers from the strict fake's workbook.
 *
 * What this proves: the host's calls go through the real proxies, batching and serialisation
 * without a client-side error; reading a property before load + sync throws PropertyNotLoaded in
 * the real client, as the fake does, for every property the host reads; and for every batch of
 * the year-end write, the fake's request count (1.5× its model) is at least the real request bytes.
 * What it does not prove: what Excel itself answers or accepts (the transport is ours), nor
 * anything about notes (this npm build stops at ExcelApi 1.15; the write below carries no marks).
 */
import { runPipeline, STEP_OUTPUTS } from '../../src/core/pipeline';
import { ExcelHost } from '../../src/host/excel/excel-host';
import type { XlRequestContext } from '../../src/host/excel/office-api';
import type { WritePlan } from '../../src/host/port';
import { fakeFromSnapshot, RUN_DATE } from '../support/excel-fixtures';
import { loadOfficeJs, type OfficeJsClient } from '../support/office-js/client';
import { FakeWorkbookTransport, shapeTransport } from '../support/office-js/transport';
import { syntheticSnapshot } from '../support/synthetic';

let client: OfficeJsClient;
beforeAll(() => {
  client = loadOfficeJs();
});

/** The year-end write plan without marks (the client has no Notes API). */
function yearEndPlan(n: number): { plan: WritePlan; snapshot: ReturnType<typeof syntheticSnapshot> } {
  const snapshot = syntheticSnapshot(n);
  const outcome = runPipeline(snapshot, { fileName: snapshot.fileName, outputs: STEP_OUTPUTS.all, today: RUN_DATE, runAt: '2025-12-26 09:30:00' });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  const plan = { ...outcome.plan, clearMarks: [], setMarks: [], bookkeeping: { ...outcome.plan.bookkeeping, marks: [] } };
  return { plan, snapshot };
}

describe('the year-end write through the real Office.js client', () => {
  it.each([2000, 20_000])('%i members: the same batches as on the fake, and the fake counts every batch at or above the real request bytes', async (n) => {
    const { plan, snapshot } = yearEndPlan(n);
    const fake = fakeFromSnapshot(snapshot);
    await new ExcelHost(fake.run).applyPlan(plan);

    const transport = new FakeWorkbookTransport(fakeFromSnapshot(snapshot));
    client.setTransport(transport.handle);
    await new ExcelHost(client.run).applyPlan(plan);

    const real = transport.syncRequests.map((r) => r.bytes);
    const counted = fake.requests.map((r) => r.requestBytes);
    const ratios = real.map((b, i) => (b / counted[i]).toFixed(2));
    console.log(`members=${n} syncs=${real.length} realRequestBytes=${real.join(',')} fakeCountedBytes=${counted.join(',')} real/counted=${ratios.join(',')}`);
    expect(real).toHaveLength(counted.length);
    // batch by batch: [batch, counted ≥ real]
    expect(real.map((bytes, i) => [i, counted[i] >= bytes])).toEqual(real.map((_, i) => [i, true]));
    // and no real request comes near Excel's 5 MB limit
    expect(Math.max(...real)).toBeLessThan(5 * 1024 * 1024);
  }, 600_000);
});

type Reader = (context: XlRequestContext) => { load(): void; read(): unknown };

/** Every property the host reads, with how it loads it (src/host/excel: read-snapshot, read-tasks, apply-plan). */
const READS: Readonly<Record<string, Reader>> = {
  'Workbook.name': (c) => ({ load: () => void c.workbook.load('name'), read: () => c.workbook.name }),
  'WorksheetCollection.items': (c) => {
    const ws = c.workbook.worksheets;
    return { load: () => void ws.load('items/name,items/visibility'), read: () => ws.items.map((w) => [w.name, w.visibility]) };
  },
  'Range.values (getRangeByIndexes)': (c) => {
    const r = c.workbook.worksheets.getItem('统计表').getRangeByIndexes(0, 0, 1, 1);
    return { load: () => void r.load('values'), read: () => r.values };
  },
  'Range extent (getUsedRangeOrNullObject)': (c) => {
    const r = c.workbook.worksheets.getItem('统计表').getUsedRangeOrNullObject(true);
    return { load: () => void r.load('rowIndex,columnIndex,rowCount,columnCount'), read: () => [r.isNullObject, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount] };
  },
  'Range.rowHidden': (c) => {
    const r = c.workbook.worksheets.getItem('统计表').getRangeByIndexes(0, 0, 20, 3);
    return { load: () => void r.load('rowHidden'), read: () => r.rowHidden };
  },
  'RangeAreas.address (getMergedAreasOrNullObject)': (c) => {
    const a = c.workbook.worksheets.getItem('统计表').getRangeByIndexes(0, 0, 20, 3).getMergedAreasOrNullObject();
    return { load: () => void a.load('address'), read: () => [a.isNullObject, a.address] };
  },
  'RangeAreas.address (getSpecialCellsOrNullObject)': (c) => {
    const a = c.workbook.worksheets.getItem('统计表').getRangeByIndexes(0, 0, 20, 3).getSpecialCellsOrNullObject('Constants', 'Errors');
    return { load: () => void a.load('address'), read: () => a.address };
  },
  'RangeFill.color': (c) => {
    const f = c.workbook.worksheets.getItem('统计表').getRangeByIndexes(0, 0, 20, 1).format.fill;
    return { load: () => void f.load('color'), read: () => f.color };
  },
  'WorkbookProtection.protected': (c) => {
    const p = c.workbook.protection;
    return { load: () => void p.load('protected'), read: () => p.protected };
  },
  'WorksheetProtection.protected': (c) => {
    const p = c.workbook.worksheets.getItem('统计表').protection;
    return { load: () => void p.load('protected'), read: () => p.protected };
  },
  'CommentCollection.items': (c) => {
    const comments = c.workbook.comments;
    return { load: () => void comments.load('items/id'), read: () => comments.items.map((x) => x.id) };
  },
};

describe('PropertyNotLoaded in the real client, for every property the host reads', () => {
  it.each(Object.keys(READS))('%s: throws before load, and after load until the sync; readable after it', async (name) => {
    client.setTransport(shapeTransport().handle);
    await client.run(async (context) => {
      const r = READS[name](context);
      expect(r.read).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load();
      expect(r.read).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(r.read).not.toThrow();
    });
  });

  it('a loaded range does not give a property it did not load; a ClientResult has no value before the sync', async () => {
    client.setTransport(shapeTransport().handle);
    await client.run(async (context) => {
      const range = context.workbook.worksheets.getItem('统计表').getRangeByIndexes(0, 0, 1, 1);
      range.load('values');
      const fills = range.getCellProperties({ format: { fill: { color: true } } });
      const rows = range.getRowProperties({ rowHidden: true });
      // A ClientResult says ValueNotLoaded (the fake does the same).
      expect(() => fills.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      expect(() => rows.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(fills.value[0][0].format?.fill?.color).toBe('#FFFFFF');
      expect(rows.value[0].rowHidden).toBe(false);
    });
  });
});
