/** WPS host test fixtures: the member workbook of the Excel host tests, in the WPS fake. */
import { bookkeepingGrid } from '../../src/host/shared';
import { BOOKKEEPING_SHEET, type Bookkeeping, type Snapshot } from '../../src/host/port';
import { WpsHost } from '../../src/host/wps/wps-host';
import { WpsFake } from './fakes/wps-fake';
import { MEMBER_SHEET_FIXTURE } from './excel-plans';

export function memberWorkbook(extra: { bookkeeping?: Bookkeeping; sheets?: { name: string; values: (string | number | null)[][] }[] } = {}): WpsFake {
  const fake = WpsFake.fromSheets('委员履职.xlsx', [MEMBER_SHEET_FIXTURE, ...(extra.sheets ?? [])]);
  if (extra.bookkeeping) fake.addSheet({ name: BOOKKEEPING_SHEET, values: bookkeepingGrid(extra.bookkeeping), visible: 2 });
  return fake;
}

export function fakeFromSnapshot(snapshot: Snapshot): WpsFake {
  return WpsFake.fromSheets(
    snapshot.fileName,
    snapshot.sheets.map((s) => ({ name: s.name, values: s.values, merges: s.merges, hiddenRows: s.hiddenRows, fills: s.fills, notes: s.notes, visible: s.visible === false ? 0 : -1 })),
  );
}

export function hostOf(fake: WpsFake): WpsHost {
  return new WpsHost(() => fake.app);
}
