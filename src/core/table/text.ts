/** Text helpers shared by the table reader: cell text, white space, blank cells. */
import type { CellValue } from '../snapshot';

// \s covers U+3000 (full-width space), U+00A0 and U+FEFF; zero-width characters are added by hand.
const WHITE = /[\s\u200B-\u200D\u2060]+/g;

/** Removes all white space, line breaks and zero-width characters. */
export function compact(text: string): string {
  return text.replace(WHITE, '');
}

/** Trims white space (including full-width spaces) at both ends. */
export function trimAll(text: string): string {
  return text.replace(/^[\s\u200B-\u200D\u2060]+|[\s\u200B-\u200D\u2060]+$/g, '');
}

/** An error value, or a formula saved without its result: neither is a value the reader can use. */
export function isCellError(v: CellValue): v is Exclude<CellValue, string | number | boolean | null> {
  return typeof v === 'object' && v !== null;
}

/** The text a user sees for a value: strings as they are, numbers and booleans printed, errors by their code. */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return 'error' in v ? v.error : `=${v.formula}`;
}

/** Blank: null, empty or white space only. */
export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && compact(v) === '');
}
