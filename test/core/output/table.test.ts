import { rowRuns, writeTable } from '../../../src/core/output/table';
import { SheetBuilder } from '../../../src/core/output/sheet-builder';

describe('rowRuns', () => {
  it('groups consecutive equal keys and drops nulls', () => {
    // rows 5..11: a a null b b b a
    expect(rowRuns(5, ['a', 'a', null, 'b', 'b', 'b', 'a'])).toEqual([
      { top: 5, bottom: 6, key: 'a' },
      { top: 8, bottom: 10, key: 'b' },
      { top: 11, bottom: 11, key: 'a' },
    ]);
    expect(rowRuns(1, [])).toEqual([]);
    expect(rowRuns(1, [null, null])).toEqual([]);
  });
});

describe('writeTable', () => {
  it('writes header and rows with one border run, one header run and one run per styled column', () => {
    const b = new SheetBuilder('t');
    const area = writeTable(b, 3, [{ header: '甲', width: 5 }, { header: '乙', width: 5, style: { horizontal: 'center' } }], [[1, 2], [3, 4]], 2);
    const plan = b.build();
    expect(area).toEqual({ headerRow: 3, firstRow: 4, lastRow: 5, left: 2, right: 3 });
    expect(plan.values.slice(2)).toEqual([[null, '甲', '乙'], [null, 1, 2], [null, 3, 4]]);
    expect(plan.styles.map((s) => s.range)).toEqual(['B3:C5', 'B3:C3', 'C4:C5']);
  });
});
