/** The top rows of a sheet as header cells: values with merged areas resolved to their top-left text. */
import type { CellValue, MergedArea, SheetSnapshot } from '../snapshot';
import { cellText, isBlank, isCellError } from './text';

export class HeaderGrid {
  private readonly mergesByRow = new Map<number, MergedArea[]>();
  /** Number of columns to look at in the header rows. */
  readonly width: number;

  constructor(
    private readonly sheet: SheetSnapshot,
    /** Last row that may belong to a header. */
    readonly lastRow: number,
  ) {
    let width = 0;
    for (let r = 1; r <= lastRow; r++) width = Math.max(width, sheet.values[r - 1]?.length ?? 0);
    for (const m of sheet.merges) {
      if (m.top > lastRow || m.bottom < 1) continue;
      width = Math.max(width, m.right);
      for (let r = Math.max(1, m.top); r <= Math.min(lastRow, m.bottom); r++) {
        const list = this.mergesByRow.get(r) ?? [];
        list.push(m);
        this.mergesByRow.set(r, list);
      }
    }
    this.width = width;
  }

  value(r: number, c: number): CellValue {
    return this.sheet.values[r - 1]?.[c - 1] ?? null;
  }

  mergeAt(r: number, c: number): MergedArea | null {
    for (const m of this.mergesByRow.get(r) ?? []) if (c >= m.left && c <= m.right) return m;
    return null;
  }

  /** The header text a cell shows when its content starts in row r (its own, or its merged area's top-left); '' otherwise. */
  ownText(r: number, c: number): string {
    const m = this.mergeAt(r, c);
    if (m && m.top !== r) return '';
    const v = m ? this.value(m.top, m.left) : this.value(r, c);
    return isBlank(v) || isCellError(v) ? '' : cellText(v);
  }
}

/** Last row of the sheet holding anything (0 when the sheet is empty). */
export function lastContentRow(sheet: SheetSnapshot): number {
  for (let r = sheet.values.length; r >= 1; r--) {
    if ((sheet.values[r - 1] ?? []).some((v) => !isBlank(v))) return r;
  }
  return 0;
}
