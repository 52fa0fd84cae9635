/** Unit conversions between the plan (millimetres, characters) and the Excel API (points). */

const POINTS_PER_MM = 72 / 25.4;

export function mmToPoints(mm: number): number {
  return Math.round(mm * POINTS_PER_MM * 100) / 100;
}

/**
 * A column width in characters (as Excel shows it) to points, for the default font whose
 * digits are 7 px wide: pixels = trunc(chars × 7 + 5), 0.75 pt per pixel at 96 dpi.
 */
export function charsToPoints(chars: number): number {
  if (chars <= 0) return 0;
  return Math.trunc(chars * 7 + 5) * 0.75;
}
