/** Test helper: a SheetPlan as the SheetSnapshot a host would read back (values, merges, fills). */
import { parseRange } from '../../src/core/a1';
import type { SheetPlan } from '../../src/core/plan';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';

export function snapshotOf(plan: SheetPlan, name = plan.name): SheetSnapshot {
  const fills: Record<string, string> = {};
  for (const run of plan.styles) {
    const r = parseRange(run.range);
    if (run.style.fill === undefined || r === null || r.top !== r.bottom || r.left !== r.right) continue;
    fills[run.range] = run.style.fill;
  }
  return {
    name,
    values: plan.values.map((row) => row.map((v): CellValue => v)),
    merges: plan.merges.map((m) => {
      const r = parseRange(m);
      if (r === null) throw new Error(`bad merge ${m}`);
      return r;
    }),
    hiddenRows: [],
    fills,
    visible: true,
  };
}

/** A copy of the snapshot's values with a function applied to them (for edits in tests). */
export function editValues(sheet: SheetSnapshot, edit: (rows: CellValue[][]) => CellValue[][]): SheetSnapshot {
  return { ...sheet, values: edit(sheet.values.map((r) => [...r])) };
}

/** The 1-based row whose column A holds exactly `text`. */
export function rowOf(sheet: SheetSnapshot, text: string): number {
  const i = sheet.values.findIndex((r) => r[0] === text);
  if (i < 0) throw new Error(`no row with ${text} in column A`);
  return i + 1;
}
