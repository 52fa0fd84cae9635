/**
 * Merging many areas in linear time. exceljs checks each new merge against every earlier one
 * (quadratic: a 2,000-member slip sheet with ~30,000 merges took minutes); here overlaps are
 * checked once through a set of covered cells, and exceljs merges each area against an empty index.
 */
import type { Worksheet } from 'exceljs';
import { parseRange } from '../../core';

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

type WithMergeIndex = Worksheet & { _merges: Record<string, unknown> };

/** Merges `areas` (which must not overlap each other) into a sheet that has no merges yet. */
export function mergeAreas(ws: Worksheet, areas: readonly (Area | string)[]): void {
  if (areas.length === 0) return;
  const sheet = ws as WithMergeIndex;
  const index = sheet._merges;
  const covered = new Set<number>();
  const parsed = areas.map((a) => {
    const area = typeof a === 'string' ? parseRange(a) : a;
    if (!area) throw new Error(`not an A1 range: ${String(a)}`);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const k = r * 16384 + c;
        if (covered.has(k)) throw new Error(`merged areas overlap at row ${r}, column ${c}`);
        covered.add(k);
      }
    }
    return area;
  });
  try {
    for (const { top, left, bottom, right } of parsed) {
      if (top === bottom && left === right) continue;
      sheet._merges = {};
      ws.mergeCellsWithoutStyle(top, left, bottom, right);
      Object.assign(index, sheet._merges);
    }
  } finally {
    sheet._merges = index;
  }
}
