/**
 * Header text in matching form (CONTRACT.md §2): all white space and line breaks removed, a
 * bracketed unit such as （次）(件)（篇）（项）（人次） removed, then one trailing 数/次数/件数/篇数/情况.
 */
import { compact } from './text';

const UNITS = '次|件|篇|项|人次|个|条|场|份|天|回|期|户|件次|篇次|人|次数|件数|篇数|项数';
// A bracketed unit, also 「（单位：次）」 and 「（次/件）」; brackets of either width, mixed pairs allowed.
const UNIT_BRACKET = new RegExp(`[(（\\[【〔](?:单位[:：])?(?:${UNITS})(?:[/、,，](?:${UNITS}))*[)）\\]】〕]`, 'g');
const ANY_BRACKET = /[(（[【〔][^()（）[\]【】〔〕]*[)）\]】〕]/g;
// Longest first, so 「次数」 is removed whole rather than leaving 「次」.
const SUFFIXES = ['人次数', '次数', '件数', '篇数', '项数', '条数', '个数', '人次', '数', '情况'];

export interface HeaderForms {
  /** White space, unit brackets and one trailing count word removed. */
  readonly strict: string;
  /** Like strict, but every bracketed part removed (「领衔提案（第一提案人）」 → 领衔提案). */
  readonly loose: string;
}

function stripSuffix(text: string): string {
  for (const s of SUFFIXES) {
    if (text.endsWith(s)) return text.slice(0, text.length - s.length);
  }
  return text;
}

export function normalizeHeader(text: string): HeaderForms {
  const c = compact(text).replace(/[:：]+$/, '');
  return { strict: stripSuffix(c.replace(UNIT_BRACKET, '')), loose: stripSuffix(c.replace(ANY_BRACKET, '')) };
}

/** The header as written, for messages: trimmed, with line breaks (and the spaces around them) removed. */
export function headerAsWritten(text: string): string {
  return text.replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, '').trim();
}
