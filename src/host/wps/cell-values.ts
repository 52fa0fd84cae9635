/**
 * Value2 of the WPS object model → CellValue. Dates arrive as serial numbers (that is why Value2).
 * Error cells: some WPS builds return the VBA CVErr code as a plain number (below), others an
 * object; for an object the caller passes the cell's display text, taken as the error when it
 * starts with '#'. ASSUMPTION (not verified on real WPS): which builds do which.
 */
import type { CellValue } from '../port';

export const ERROR_CODES: Readonly<Record<number, string>> = {
  [-2146826288]: '#NULL!',
  [-2146826281]: '#DIV/0!',
  [-2146826273]: '#VALUE!',
  [-2146826265]: '#REF!',
  [-2146826259]: '#NAME?',
  [-2146826252]: '#NUM!',
  [-2146826246]: '#N/A',
};

/** `text` is only consulted for values that are neither primitives nor error codes. */
export function wpsCellValue(v: unknown, text: () => unknown = () => null): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') {
    const error = ERROR_CODES[v];
    return error !== undefined ? { error } : v;
  }
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  const shown = text();
  return { error: typeof shown === 'string' && shown.startsWith('#') ? shown : '#VALUE!' };
}

/** Value2 as rows × columns, whatever the range's size (one cell gives a scalar). */
export function asGrid(v: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(v)) return [[v]];
  if (!Array.isArray(v)) throw new Error(`Value2 of a ${rows}×${cols} range is not a 2-D array`);
  return v.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}
