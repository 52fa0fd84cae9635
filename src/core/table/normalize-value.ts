/**
 * Cell values of counted items (CONTRACT.md §2 "Cell values"): a whole number ≥ 0, or an error code.
 * `normalized` marks text read as a count that deserves an info finding (value.normalized).
 *
 * Decisions beyond the contract: a number within 1e-9 of a whole number counts as that number
 * (formula results such as 2.9999999999999996); TRUE counts as 1 (normalized: a checkbox ticked),
 * FALSE as 0 silently; crosses × ✗ ✘ count as 0 (normalized); units 个/条/场/份/回/天/期 and
 * 件次/篇次 are accepted like 次/件/篇/项/人次; a whole decimal such as 「3.0」 is 3 (normalized);
 * digits split by a space (「1 2」) are not a number.
 */
import { isUncachedFormula, type CellValue } from '../snapshot';
import { parseChineseNumber } from './chinese-numerals';
import { looksLikePrivateNumber } from './private-number';
import { compact, trimAll } from './text';

export { parseChineseNumber } from './chinese-numerals';

export type ValueErrorCode = 'value.not_number' | 'value.formula_error' | 'value.fraction' | 'value.negative' | 'value.formula_uncached' | 'value.private_number';

export type CountResult =
  | { readonly ok: true; readonly value: number; readonly normalized: boolean }
  | { readonly ok: false; readonly code: ValueErrorCode };

const BLANK_WORDS: ReadonlySet<string> = new Set(['-', '—', '－', '/', '／', '无', '——', '–', '―', '−']);
const TICKS: ReadonlySet<string> = new Set(['√', '✓', '✔', '☑', '✅']);
const CROSSES: ReadonlySet<string> = new Set(['×', '✗', '✘', '☒']);
const ERROR_TEXT = /^#(REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;
const UNIT = /^(.*?)(人次|件次|篇次|次|件|篇|项|个|条|场|份|回|天|期)$/;
const FLAG_YES: ReadonlySet<string> = new Set(['是', '有', '√', '✓', '✔', '☑', '✅', '1', 'Y', 'y', 'yes', 'YES', 'Yes']);
const FLAG_NO: ReadonlySet<string> = new Set(['否', '无', '没有', '0', '×', '✗', '✘', 'N', 'n', 'no', 'NO', 'No']);

const ok = (value: number, normalized: boolean): CountResult => ({ ok: true, value, normalized });
const fail = (code: ValueErrorCode): CountResult => ({ ok: false, code });

/** Full-width digits and signs to ASCII; emoji variation selectors dropped. */
function halfWidth(text: string): string {
  return text.replace(/[０-９．－＋]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\uFE0F/g, '');
}

function wholeNumber(v: number): CountResult {
  if (!Number.isFinite(v)) return fail('value.not_number');
  const rounded = Math.round(v);
  if (Math.abs(v - rounded) > 1e-9) return fail(v < 0 ? 'value.negative' : 'value.fraction');
  if (rounded < 0) return fail('value.negative');
  if (rounded > Number.MAX_SAFE_INTEGER) return fail('value.not_number');
  return ok(rounded + 0, false);
}

function countFromText(raw: string): CountResult {
  const trimmed = trimAll(raw);
  if (/^\d+$/.test(trimmed)) {
    const n = Number(trimmed);
    return Number.isSafeInteger(n) ? ok(n, false) : fail('value.not_number');
  }
  const text = compact(trimmed);
  if (text === '' || BLANK_WORDS.has(text)) return ok(0, false);
  if (ERROR_TEXT.test(text)) return fail('value.formula_error');
  if (/\d\s+\d/.test(trimmed)) return fail('value.not_number');
  const w = halfWidth(text);
  if (TICKS.has(w)) return ok(1, true);
  if (CROSSES.has(w)) return ok(0, true);
  const body = UNIT.exec(w)?.[1] ?? w;
  if (/^[-−–]\d+(\.\d+)?$/.test(body)) return fail('value.negative');
  if (/^\+?\d+$/.test(body)) {
    const n = Number(body);
    return Number.isSafeInteger(n) ? ok(n, true) : fail('value.not_number');
  }
  const decimal = /^\+?(\d+)\.(\d+)$/.exec(body);
  if (decimal) return /^0+$/.test(decimal[2]) ? ok(Number(decimal[1]), true) : fail('value.fraction');
  const cn = parseChineseNumber(body);
  return cn === null ? fail('value.not_number') : ok(cn, true);
}

/** A counted item's cell → whole number ≥ 0, or the error code of CONTRACT.md §4. */
export function normalizeCount(v: CellValue): CountResult {
  if (v === null) return ok(0, false);
  // issue 10: a formula without its result is not blank; an ID or phone number is not a count.
  if (isUncachedFormula(v)) return fail('value.formula_uncached');
  if (looksLikePrivateNumber(v)) return fail('value.private_number');
  if (typeof v === 'number') return wholeNumber(v);
  if (typeof v === 'boolean') return v ? ok(1, true) : ok(0, false);
  if (typeof v === 'string') return countFromText(v);
  return fail('value.formula_error');
}

/** A flag column (违纪违法): 是/有/√/1 → 1, 否/无/blank/0 → 0 silently; otherwise the count rules (so 2 stays 2). */
export function normalizeFlag(v: CellValue): CountResult {
  if (typeof v === 'boolean') return ok(v ? 1 : 0, false);
  if (typeof v === 'string') {
    const c = halfWidth(compact(v));
    if (FLAG_YES.has(c)) return ok(1, false);
    if (FLAG_NO.has(c)) return ok(0, false);
  }
  return normalizeCount(v);
}
