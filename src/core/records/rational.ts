/**
 * Exact fractions for proposal credit (issue 12 point 5): a member's share of a proposal may be
 * a third or a sixth, which hundredths cannot hold, so shares are summed as bigint fractions and
 * turned into points (integer hundredths, half away from zero) only at the end.
 */

/** n / d in lowest terms, d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new Error('rational with denominator 0');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export function add(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.n * b.n, a.d * b.d);
}

/** a / k for a whole k > 0. */
export function divide(a: Rational, k: number): Rational {
  return rational(a.n, a.d * BigInt(k));
}

export function compare(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function minR(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

/**
 * A finite decimal number exactly as written (0.5 → 1/2, 0.35 → 7/20): through its shortest
 * decimal text, so the double's binary error never enters. Null for numbers with an exponent.
 */
export function fromDecimal(value: number): Rational | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (m === null) return null;
  const decimals = m[3] ?? '';
  const n = BigInt(`${m[2]}${decimals}`) * (m[1] === '-' ? -1n : 1n);
  return rational(n, 10n ** BigInt(decimals.length));
}

/** The nearest double (for conditions and display; never for points). */
export function toNumber(r: Rational): number {
  return Number(r.n) / Number(r.d);
}

/** r × 100 rounded half away from zero: a share in hundredths, or points in cents. */
export function roundedHundredths(r: Rational): number {
  return Number(roundedQuotient(r.n * 100n, r.d));
}

/** n / d (d > 0) rounded half away from zero. */
export function roundedQuotient(n: bigint, d: bigint): bigint {
  const a = n < 0n ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return n < 0n ? -q : q;
}

/** Text for messages: whole numbers as they are, else 「1/3」. */
export function rationalText(r: Rational): string {
  return r.d === 1n ? String(r.n) : `${r.n}/${r.d}`;
}
