import { excelSerialToChineseDate } from '../../../src/core/method/excel-date';

describe('excelSerialToChineseDate', () => {
  it('converts serials as Excel counts them', () => {
    expect(excelSerialToChineseDate(25569)).toBe('1970年1月1日');
    // 46017 − 25569 = 20448 days = 20089 (1970…2024, 14 leap days) + 359 (day of year of 12-26, 0-based)
    expect(excelSerialToChineseDate(46017)).toBe('2025年12月26日');
    expect(excelSerialToChineseDate(45351)).toBe('2024年2月29日');
    expect(excelSerialToChineseDate(45352.75)).toBe('2024年3月1日'); // the time of day is dropped
  });

  it('refuses numbers that are no plausible date', () => {
    expect(excelSerialToChineseDate(5)).toBeNull();
    expect(excelSerialToChineseDate(3e6)).toBeNull();
    expect(excelSerialToChineseDate(Number.NaN)).toBeNull();
  });
});
