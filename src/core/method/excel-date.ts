/** Excel date serials (what a host reads from a cell where a clerk typed a date) as Chinese dates. */

/** Year, month, day of a count of days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 2025年12月26日 for the serial 46017; null when the number is no plausible date (before 1901 or after 9999). */
export function excelSerialToChineseDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 367 || serial >= 2958466) return null;
  // Serial 25569 is 1970-01-01 (serials after 1900-02-28 count Excel's phantom 1900-02-29).
  const { year, month, day } = civilFromDays(Math.floor(serial) - 25569);
  return `${year}年${month}月${day}日`;
}
