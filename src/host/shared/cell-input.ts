/**
 * Plan values as Excel's `Range.values` setter must receive them. Excel parses a written string
 * like typed input: `=`/`+`/`-` start a formula, `001` becomes 1, `2025年12月26日` a date. The plan's
 * strings are text (never formulas), so any string Excel could reinterpret gets a leading
 * apostrophe, which Excel stores as the text without it (the cell's quote prefix).
 */
import type { PlanValue } from '../port';

const FORMULA_OR_ESCAPE = /^[=+\-@'#]/;
const DIGIT = /[0-9０-９]/;
const BOOLEAN = /^\s*(true|false)\s*$/i;

export function needsQuotePrefix(s: string): boolean {
  return FORMULA_OR_ESCAPE.test(s) || DIGIT.test(s) || BOOLEAN.test(s);
}

export function excelInput(v: PlanValue): string | number | boolean {
  if (v === null || v === '') return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot write the number ${v} to a cell`);
    return v;
  }
  if (typeof v === 'boolean') return v;
  return needsQuotePrefix(v) ? `'${v}` : v;
}
