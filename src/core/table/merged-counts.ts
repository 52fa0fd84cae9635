/**
 * Counted cells merged over several members' rows (issue 10 point 8): only the top row holds the
 * value, so the members below would silently count 0. Every member row the merge covers gets an
 * error value.merged_rows at the merged area (its top-left cell), so all of them are pending.
 */
import { cellAddress, rangeAddress } from '../a1';
import { finding } from '../findings';
import type { MergedArea, SheetSnapshot } from '../snapshot';
import type { Finding, TableLocation } from '../types';
import type { TableLayout } from './table-layout';

interface Covered {
  readonly area: MergedArea;
  readonly item: string;
}

export class MergedCounts {
  /** Row → the merged count areas covering it. */
  private readonly byRow = new Map<number, Covered[]>();

  constructor(sheet: SheetSnapshot, location: TableLocation, layout: TableLayout) {
    for (const area of sheet.merges) {
      if (area.bottom === area.top || area.bottom < location.firstDataRow || area.top > location.lastDataRow) continue;
      const column = layout.counted.find((b) => b.col >= area.left && b.col <= area.right);
      if (!column) continue;
      for (let r = Math.max(area.top, location.firstDataRow); r <= Math.min(area.bottom, location.lastDataRow); r++) {
        const list = this.byRow.get(r) ?? [];
        list.push({ area, item: column.header });
        this.byRow.set(r, list);
      }
    }
  }

  /** value.merged_rows for member row r, one per merged count area covering it. */
  findings(sheetName: string, r: number, member: string): Finding[] {
    return (this.byRow.get(r) ?? []).map(({ area, item }) =>
      finding(
        'value.merged_rows',
        { sheet: sheetName, cell: cellAddress(area.top, area.left), row: r, member },
        { item, range: rangeAddress(area.top, area.left, area.bottom, area.right), rows: `${area.top}–${area.bottom}` },
      ),
    );
  }
}
