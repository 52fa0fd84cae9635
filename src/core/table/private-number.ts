/**
 * Numbers that are someone's identity, not a count (issue 10 point 7): an ID number (GB 11643:
 * 18 characters, the last a digit or X; 15 digits for the first generation), a mobile number
 * (11 digits from 1), a landline (7–8 digits, with an area code 10–12). Such a value is never
 * read as a count, never quoted in a message, a note or a generated sheet, and never summed.
 *
 * The rule: a run of 7 or more digits (ignoring spaces, hyphens, brackets and a +86 prefix), or an
 * ID number ending in X. No count of duties reaches a million, so nothing real is lost.
 */
import type { CellValue } from '../snapshot';

const SEPARATORS = /[\s\-－—–()（）+＋]/g;
const FULL_WIDTH_DIGIT = /[０-９]/g;
const DATE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/;

function digitsOf(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(SEPARATORS, '');
}

export function looksLikePrivateNumber(v: CellValue): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 1_000_000;
  if (typeof v !== 'string') return false;
  // A date is a mistake of its own (value.not_number), not a private number.
  if (DATE.test(v.trim())) return false;
  const text = digitsOf(v);
  if (/^\d{17}[xX]$/.test(text) || /\d{7,}/.test(text)) return true;
  // 1.3912345678E+10: a long number shown in scientific notation, then pasted as text.
  return /^\d(\.\d+)?e\+?(\d+)$/i.test(text) && Number(text) >= 1_000_000;
}
