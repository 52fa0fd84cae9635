/**
 * Formulas saved without their result (issue 10 point 3): a count of `=1+1` written by a script
 * must never read as a blank 0. Counted cells give value.formula_uncached through normalizeCount;
 * this module covers the identity cells of a member row (name, unit…), whose blank would change
 * who the member is.
 */
import { cellAddress } from '../a1';
import { finding } from '../findings';
import { isUncachedFormula, type CellValue } from '../snapshot';
import type { Finding } from '../types';
import type { TableLayout } from './table-layout';

/** The tail of the wording, for the method sheet's messages. */
export const FORMULA_UNCACHED = '公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再运行';

/** value.formula_uncached for each identity cell of row `r` holding a formula without its result (the name cell included). */
export function uncachedIdentityFindings(sheet: string, r: number, row: readonly CellValue[], layout: TableLayout, nameHeader: string, member: string | null): Finding[] {
  const out: Finding[] = [];
  const check = (col: number, item: string): void => {
    if (isUncachedFormula(row[col - 1])) out.push(finding('value.formula_uncached', { sheet, cell: cellAddress(r, col), row: r, member }, { item }));
  };
  check(layout.nameCol, nameHeader);
  for (const b of layout.identity) check(b.col, b.header);
  return out;
}
