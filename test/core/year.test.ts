/** The year of the run (CONTRACT.md §3 rule 10). */
import fc from 'fast-check';
import { decideYear, runDateYear, tableYear, yearInText, yearText } from '../../src/core/year';
import type { SheetSnapshot } from '../../src/core/snapshot';
import type { TableLocation } from '../../src/core/types';
import { testMethod } from '../support/notice-context';

function sheet(name: string, titles: readonly string[]): SheetSnapshot {
  return { name, values: [...titles.map((t) => [t]), ['姓名', '出席全体会议'], ['张三', 1]], merges: [], hiddenRows: [] };
}
function location(s: SheetSnapshot): TableLocation {
  const header = s.values.length - 1;
  return { sheet: s.name, headerRows: [header], firstDataRow: header + 1, lastDataRow: header + 1, columns: [] };
}
const december = { year: 2026, month: 12, day: 1 };
const noYear = testMethod({ year: null });

describe('yearInText', () => {
  it('reads 「2025年度」 and 「2025年」, prefers 年度, and bare years only where asked', () => {
    expect(yearInText('政协X区委员会委员2025年度履职情况统计表', false)).toBe(2025);
    expect(yearInText('统计时间：2024年1月1日至2025年度末', false)).toBe(2025);
    expect(yearInText('2024 年委员履职', false)).toBe(2024);
    expect(yearInText('统计表2025', false)).toBeNull();
    expect(yearInText('统计表2025', true)).toBe(2025);
    expect(yearInText('编号120251年', true)).toBeNull();
    expect(yearInText('共 1850 人', false)).toBeNull();
  });

  it('never reads a year out of a longer number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 99999999 }), (n) => {
        expect(yearInText(`${n}`, true)).toBeNull();
        expect(yearInText(`${n}年`, false)).toBeNull();
      }),
    );
  });
});

describe('decideYear', () => {
  it("takes the method's year without a warning", () => {
    const s = sheet('统计表', ['委员履职情况统计表']);
    const d = decideYear({ method: testMethod({ year: 2025 }), sheet: s, location: location(s), fileName: 'a.xlsx', today: december });
    expect(d).toEqual({ year: 2025, origin: 'method', source: null, findings: [] });
  });

  it('else a title row, then the sheet name, then the file name, each with year.assumed naming where', () => {
    const titled = sheet('统计表2023', ['政协X区委员会委员2025年度履职情况统计表', '单位：次']);
    const t = decideYear({ method: noYear, sheet: titled, location: location(titled), fileName: '2022.xlsx', today: december });
    expect(t.year).toBe(2025);
    expect(t.origin).toBe('title');
    expect(t.findings).toHaveLength(1);
    expect(t.findings[0]).toMatchObject({ code: 'year.assumed', severity: 'warning', sheet: '统计表2023', cell: null, row: 1 });
    expect(t.findings[0].message).toContain('2025 年度');
    expect(t.findings[0].message).toContain('委员名单表的标题');

    const named = sheet('2024年度统计', ['委员履职情况统计表']);
    expect(decideYear({ method: noYear, sheet: named, location: location(named), fileName: '2022.xlsx', today: december })).toMatchObject({ year: 2024, origin: 'sheet' });
    const plain = sheet('统计表', []);
    const f = decideYear({ method: noYear, sheet: plain, location: location(plain), fileName: '委员履职2023年.xlsx', today: december });
    expect(f).toMatchObject({ year: 2023, origin: 'file' });
    expect(f.findings[0].message).toContain('文件名「委员履职2023年.xlsx」');
  });

  it('else the run date: the year before in January–June, the same year from July', () => {
    const plain = sheet('统计表', []);
    const at = (month: number): number => decideYear({ method: noYear, sheet: plain, location: location(plain), fileName: 'a.xlsx', today: { year: 2026, month, day: 15 } }).year;
    expect([1, 6, 7, 12].map(at)).toEqual([2025, 2025, 2026, 2026]);
    expect(runDateYear({ year: 2026, month: 3, day: 1 })).toBe(2025);
    const d = decideYear({ method: noYear, sheet: plain, location: location(plain), fileName: 'a.xlsx', today: { year: 2026, month: 3, day: 1 } });
    expect(d.origin).toBe('runDate');
    expect(d.findings[0].code).toBe('year.assumed');
    expect(d.findings[0].message).toContain('运行日期（2026年3月1日）');
  });

  it('warns year.mismatch naming both years when the method and the table disagree', () => {
    const s = sheet('统计表', ['2024年度委员履职情况统计表']);
    const d = decideYear({ method: testMethod({ year: 2025 }), sheet: s, location: location(s), fileName: 'a.xlsx', today: december });
    expect(d.year).toBe(2025);
    expect(d.findings.map((f) => f.code)).toEqual(['year.mismatch']);
    expect(d.findings[0].message).toContain('2025');
    expect(d.findings[0].message).toContain('2024');
  });

  it("takes the clerk's choice over every rule, still naming a mismatch", () => {
    const s = sheet('统计表', ['2024年度委员履职情况统计表']);
    expect(decideYear({ method: noYear, sheet: s, location: location(s), fileName: 'a.xlsx', today: december, chosen: 2023 })).toEqual({ year: 2023, origin: 'option', source: null, findings: [] });
    expect(decideYear({ method: testMethod({ year: 2025 }), sheet: s, location: location(s), fileName: 'a.xlsx', today: december, chosen: 2025 }).findings.map((f) => f.code)).toEqual(['year.mismatch']);
  });

  it('reads only the rows above the header', () => {
    const s: SheetSnapshot = { name: '统计表', values: [['委员履职情况统计表'], ['姓名', '出席全体会议'], ['2019年度先进', 1]], merges: [], hiddenRows: [] };
    expect(tableYear(s, { sheet: '统计表', headerRows: [2], firstDataRow: 3, lastDataRow: 3, columns: [] }, 'a.xlsx')).toBeNull();
  });
});

describe('yearText (what the ribbon and the CLI say)', () => {
  it('names the year and where it came from in one line', () => {
    expect(yearText({ year: 2025, origin: 'title', source: '政协X区委员会2025年度委员履职情况统计表' })).toBe('2025年度（取自委员名单表的标题「政协X区委员会2025年度委员履职情况统计表」）');
    expect(yearText({ year: 2025, origin: 'method', source: null })).toBe('2025年度（取自评价办法的「年度」）');
    expect(yearText({ year: 2024, origin: 'option', source: null })).toBe('2024年度（由您指定）');
    expect(yearText({ year: 2025, origin: 'runDate', source: '2026年3月5日' })).toBe('2025年度（表中和评价办法中都没有写年度，按运行日期2026年3月5日推定，上半年按上一年度）');
    expect(yearText({ year: 2026, origin: 'runDate', source: '2026年9月5日' })).toBe('2026年度（表中和评价办法中都没有写年度，按运行日期2026年9月5日推定）');
  });

  it('gives the source of a year read from the table, and the run date', () => {
    const titled = sheet('统计表', ['政协X区委员会委员2025年度履职情况统计表']);
    expect(decideYear({ method: noYear, sheet: titled, location: location(titled), fileName: 'a.xlsx', today: december }).source).toBe('政协X区委员会委员2025年度履职情况统计表');
    const plain = sheet('统计表', []);
    expect(decideYear({ method: noYear, sheet: plain, location: location(plain), fileName: 'a.xlsx', today: { year: 2026, month: 3, day: 5 } }).source).toBe('2026年3月5日');
  });
});
