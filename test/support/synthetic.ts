/**
 * Synthetic member tables of any size for benchmarks and tests: the sample workbook's layout
 * (title, note, two-row header from row 3, members from row 5, a 合计 row) and the same dozen
 * typical mistakes (scripts/sample/mistakes.ts), at n = 300, 2,000 or 20,000 members.
 */
import type { Workbook } from 'exceljs';
import type { Snapshot } from '../../src/core/snapshot';
import { generateMembers } from '../../scripts/sample/members';
import { addTypicalMistakes, type Mistake } from '../../scripts/sample/mistakes';
import { addTotalRow, buildTable, tableSnapshot, tableWorkbook, type SampleTable } from '../../scripts/sample/table';

export const SYNTHETIC_SEED = 7;

export interface SyntheticTable {
  readonly table: SampleTable;
  readonly mistakes: readonly Mistake[];
  readonly members: number;
}

export function syntheticTable(n: number, seed = SYNTHETIC_SEED): SyntheticTable {
  const members = generateMembers(n, seed);
  const table = buildTable(members);
  const mistakes = addTypicalMistakes(table, members);
  addTotalRow(table);
  return { table, mistakes, members: n };
}

export function syntheticSnapshot(n: number, fileName = `synthetic-${n}.xlsx`): Snapshot {
  return tableSnapshot(syntheticTable(n).table, fileName);
}

/** The same table as an exceljs workbook; `styled` adds fonts, borders and print setup like the sample file. */
export function syntheticWorkbook(n: number, styled = false): Workbook {
  return tableWorkbook(syntheticTable(n).table, styled);
}
