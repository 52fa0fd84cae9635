/**
 * Exact arithmetic in integer hundredths ("cents") of a point. Method numbers have at most two
 * decimals, so `x × 100` rounded is exact; results go back to numbers only at the edge, and
 * `cents / 100` is the double nearest the decimal (8650 → 86.5, never 86.49999).
 */

/** A method number (≤ 2 decimals) in hundredths; rounds half away from zero so ±2.55 → ±255. */
export function toCents(value: number): number {
  const cents = Math.round(Math.abs(value) * 100);
  return value < 0 ? -cents : cents;
}

export function fromCents(cents: number): number {
  return cents === 0 ? 0 : cents / 100;
}

/** Clamps to optional bounds given in method units. */
export function clampCents(cents: number, min: number | null, max: number | null): number {
  let out = cents;
  if (max !== null) out = Math.min(out, toCents(max));
  if (min !== null) out = Math.max(out, toCents(min));
  return out;
}

/** numerator / denominator for integers (denominator > 0), rounded half away from zero. */
export function divideRounded(numerator: number, denominator: number): number {
  const q = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -q : q;
}
