/**
 * Reading single fields of a method JSON value, strictly: each reader returns the normalised
 * value or stops the parse with a MethodProblem naming the JSON path and saying, in Chinese,
 * what is wrong and what is expected.
 */
import { describeValue, fieldName } from './method-fields';

/** The first problem found; caught by parseMethodObject, never escapes it. */
export class MethodProblem {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {}
}

export function fail(path: string, detail: string): never {
  throw new MethodProblem(path, detail);
}

/** Largest absolute value of a score, cap or base: far beyond any real method, small enough for exact hundredths. */
export const MAX_POINTS = 1_000_000;

export function child(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

export function element(path: string, i: number): string {
  return `${path}[${i}]`;
}

export function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An own property (never one inherited from Object.prototype, such as `constructor`). */
export function field(obj: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, name) ? obj[name] : undefined;
}

function absent(v: unknown): boolean {
  return v === undefined || v === null;
}

const quoted = (path: string): string => `「${fieldName(path)}」`;

/** An object; null when absent and not required. */
export function record(path: string, v: unknown, required: boolean): Readonly<Record<string, unknown>> | null {
  if (absent(v)) return required ? fail(path, `缺少${quoted(path)}`) : null;
  if (!isRecord(v)) fail(path, `${quoted(path)}格式不对：应为对象（{ … }），现为${describeValue(v)}`);
  return v;
}

/** A list; [] when absent and not required. */
export function list(path: string, v: unknown, required: boolean): readonly unknown[] {
  if (absent(v)) return required ? fail(path, `缺少${quoted(path)}（应为列表 [ … ]）`) : [];
  if (!Array.isArray(v)) fail(path, `${quoted(path)}格式不对：应为列表（[ … ]），现为${describeValue(v)}`);
  return v;
}

/** Trimmed, non-empty text. */
export function text(path: string, v: unknown): string {
  if (absent(v)) fail(path, `缺少${quoted(path)}`);
  if (typeof v !== 'string') fail(path, `${quoted(path)}应为文字，现为${describeValue(v)}`);
  const t = v.trim();
  if (t === '') fail(path, `${quoted(path)}为空`);
  return t;
}

/** Trimmed text, or null when absent or blank. */
export function optionalText(path: string, v: unknown): string | null {
  if (absent(v)) return null;
  if (typeof v !== 'string') fail(path, `${quoted(path)}应为文字，现为${describeValue(v)}`);
  const t = v.trim();
  return t === '' ? null : t;
}

/** Points, caps and cut-offs: numbers exact to 0.01. */
export function points(path: string, v: unknown): number {
  if (absent(v)) fail(path, `缺少${quoted(path)}（应为数字，如 5 或 -10）`);
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, `${quoted(path)}不是数字（现为${describeValue(v)}）`);
  if (Math.abs(v) > MAX_POINTS) fail(path, `${quoted(path)}过大：绝对值不能超过 ${MAX_POINTS}，现为 ${v}`);
  const cents = Math.round(v * 100);
  if (Math.abs(v * 100 - cents) > 1e-6) fail(path, `${quoted(path)}最多两位小数（分数精确到 0.01），现为 ${v}`);
  return cents / 100 + 0; // + 0 turns -0 into 0
}

export function optionalPoints(path: string, v: unknown): number | null {
  return absent(v) ? null : points(path, v);
}

/** A whole number ≥ `least`, or null when absent. */
export function optionalWhole(path: string, v: unknown, least: number): number | null {
  if (absent(v)) return null;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < least)
    fail(path, `${quoted(path)}应为不小于 ${least} 的整数，现为${describeValue(v)}`);
  return v;
}

/** One of the allowed codes; `fallback` when absent. */
export function choice<T extends string>(
  path: string,
  v: unknown,
  allowed: readonly T[],
  fallback: T,
  words: Readonly<Record<T, string>>,
): T {
  if (absent(v)) return fallback;
  const found = allowed.find((a) => a === v);
  if (found === undefined)
    fail(path, `${quoted(path)}应为 ${allowed.map((a) => `${a}（${words[a]}）`).join('、')} 之一，现为${describeValue(v)}`);
  return found;
}

/** min ≤ max where both are given. */
export function ordered(path: string, min: number | null, max: number | null): void {
  if (min !== null && max !== null && min > max)
    fail(child(path, 'min'), `${quoted(child(path, 'min'))} ${min} 大于${quoted(child(path, 'max'))} ${max}`);
}
