/**
 * How Excel stores a string written through `Range.values`: like typed input. A leading apostrophe
 * makes the rest text; `=`, `+`, `-` start a formula (the fake cannot evaluate it and stores
 * `#NAME?`); numbers, percentages, TRUE/FALSE, dates (ISO and 2025年12月26日) and error literals
 * are converted. Enough to catch a host that writes text Excel would reinterpret.
 */
export type Stored = string | number | boolean | null;

export interface Coerced {
  readonly value: Stored;
  readonly error?: string;
  readonly formula?: string;
  readonly quotePrefix?: boolean;
}

export const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#BUSY!', '#CONNECT!', '#UNKNOWN!'];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const DATE = /^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;

function halfWidth(s: string): string {
  return s.replace(/[０-９．％＋－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function dateSerial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

export function coerceInput(input: string): Coerced {
  if (input === '') return { value: null };
  if (input.startsWith("'")) return { value: input.slice(1) === '' ? null : input.slice(1), quotePrefix: true };
  const t = halfWidth(input.trim());
  if (ERROR_LITERALS.includes(t.toUpperCase())) return { value: t.toUpperCase(), error: t.toUpperCase() };
  if (NUMBER.test(t)) return { value: Number(t) };
  if (PERCENT.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const d = DATE.exec(t);
  if (d) {
    const serial = dateSerial(Number(d[1]), Number(d[2] ?? d[4]), Number(d[3] ?? d[5]));
    if (serial !== null) return { value: serial };
  }
  if (/^[=+-]/.test(input)) return { value: '#NAME?', error: '#NAME?', formula: input.startsWith('=') ? input : `=${input}` };
  return { value: input };
}
