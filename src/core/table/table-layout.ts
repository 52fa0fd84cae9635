/** The columns of a located table as the row reader needs them, and the merged areas inside its data rows. */
import type { CellValue, MergedArea, SheetSnapshot } from '../snapshot';
import type { ColumnBinding, TableLocation } from '../types';

export interface TableLayout {
  readonly nameCol: number;
  readonly memberIdCol: number | null;
  /** count and flag columns, left to right; several columns may count for one key (their counts are summed). */
  readonly counted: readonly ColumnBinding[];
  /** identity columns except name, one per key. */
  readonly identity: readonly ColumnBinding[];
  readonly bound: ReadonlySet<number>;
  readonly countCols: ReadonlySet<number>;
  /** A single merged cell at least this wide is a note across the table. */
  readonly wideMerge: number;
}

export function tableLayout(location: TableLocation): TableLayout {
  const seen = new Set<string>();
  const columns: ColumnBinding[] = [];
  for (const b of [...location.columns].sort((x, y) => x.col - y.col)) {
    if (b.kind === 'identity' && seen.has(b.key)) continue;
    seen.add(b.key);
    columns.push(b);
  }
  const name = columns.find((b) => b.key === 'name');
  if (!name) throw new Error(`table location of sheet ${location.sheet} has no name column`);
  const counted = columns.filter((b) => b.kind !== 'identity');
  const cols = columns.map((b) => b.col);
  const span = Math.max(...cols) - Math.min(...cols) + 1;
  return {
    nameCol: name.col,
    memberIdCol: columns.find((b) => b.key === 'member_id')?.col ?? null,
    counted,
    identity: columns.filter((b) => b.kind === 'identity' && b.key !== 'name'),
    bound: new Set(cols),
    countCols: new Set(counted.map((b) => b.col)),
    wideMerge: Math.max(3, Math.ceil(span / 2)),
  };
}

const cellKey = (r: number, c: number): number => r * 16385 + c;

// Group columns merged down over several members (界别「经济界」 over rows 5–20) give every row their value.
const FILL_DOWN_EXCLUDED: ReadonlySet<string> = new Set(['member_id', 'phone', 'id_number']);

export interface DataMerges {
  /** The merged area whose top-left cell is (r, c), if any. */
  startingAt(r: number, c: number): MergedArea | null;
  /** An identity cell covered by a merge started in a row above: the merge's value; else undefined. */
  filledDown(r: number, c: number): CellValue | undefined;
}

export function dataMerges(sheet: SheetSnapshot, location: TableLocation, layout: TableLayout): DataMerges {
  const starts = new Map<number, MergedArea>();
  const fill = new Map<number, CellValue>();
  const fillCols = layout.identity.filter((b) => !FILL_DOWN_EXCLUDED.has(b.key)).map((b) => b.col);
  for (const m of sheet.merges) {
    if (m.bottom < location.firstDataRow || m.top > location.lastDataRow) continue;
    if (m.top >= location.firstDataRow) starts.set(cellKey(m.top, m.left), m);
    if (m.bottom === m.top) continue;
    const value = sheet.values[m.top - 1]?.[m.left - 1] ?? null;
    for (const c of fillCols) {
      if (c < m.left || c > m.right) continue;
      for (let r = Math.max(m.top + 1, location.firstDataRow); r <= Math.min(m.bottom, location.lastDataRow); r++) fill.set(cellKey(r, c), value);
    }
  }
  return {
    startingAt: (r, c) => starts.get(cellKey(r, c)) ?? null,
    filledDown: (r, c) => fill.get(cellKey(r, c)),
  };
}
