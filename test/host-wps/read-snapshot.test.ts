import { bookkeepingGrid } from '../../src/host/shared/bookkeeping-grid';
import { BOOKKEEPING_SHEET } from '../../src/host/port';
import { asGrid, wpsCellValue } from '../../src/host/wps/cell-values';
import { bgrToHex, hexToBgr } from '../../src/host/wps/colors';
import { WpsFake } from '../support/fakes/wps-fake';
import { hostOf, memberWorkbook } from '../support/wps-fixtures';
import fc from 'fast-check';

describe('cell values and colours', () => {
  it('maps CVErr numbers and error objects to CellError, keeps other values', () => {
    expect(wpsCellValue(-2146826281)).toEqual({ error: '#DIV/0!' });
    expect(wpsCellValue(-2146826246)).toEqual({ error: '#N/A' });
    expect(wpsCellValue({}, () => '#NAME?')).toEqual({ error: '#NAME?' });
    expect(wpsCellValue({}, () => 'abc')).toEqual({ error: '#VALUE!' });
    expect([wpsCellValue(undefined), wpsCellValue(''), wpsCellValue(3), wpsCellValue('#1号'), wpsCellValue(false)]).toEqual([null, null, 3, '#1号', false]);
    expect(asGrid(5, 1, 1)).toEqual([[5]]);
    expect(() => asGrid(5, 2, 1)).toThrow();
  });

  it('BGR ↔ #RRGGBB round-trips (red is the low byte)', () => {
    expect(hexToBgr('#FF0000')).toBe(0x0000ff);
    expect(bgrToHex(0xc7ceff)).toBe('#FFCEC7');
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => hexToBgr(bgrToHex(n)) === n));
  });
});

describe('WpsHost.readSnapshot', () => {
  it('reads values from A1, merges, hidden rows, fills and notes; the bookkeeping sheet is not listed', async () => {
    const fake = WpsFake.fromSheets('表.xlsx', [
      {
        name: '统计表',
        values: [[], [], [null, '标题'], [null, '张三', { error: '#REF!' }], [null, null, 3]],
        merges: [{ top: 3, left: 2, bottom: 3, right: 3 }],
        hiddenRows: [4],
        fills: { C5: '#FFFF00' },
        notes: { B4: '批注' },
      },
      { name: '空表' },
      { name: '履职汇总', values: [['旧的']] },
      { name: BOOKKEEPING_SHEET, values: bookkeepingGrid({ generatedSheets: ['履职汇总'], marks: [] }), visible: 2 },
    ]);
    const snapshot = await hostOf(fake).readSnapshot();
    expect(snapshot.fileName).toBe('表.xlsx');
    expect(snapshot.bookkeeping).toEqual({ generatedSheets: ['履职汇总'], marks: [] });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['统计表', '空表', '履职汇总']);
    const [table, empty, generated] = snapshot.sheets;
    expect(table.values).toEqual([[], [], [null, '标题', null], [null, '张三', { error: '#REF!' }], [null, null, 3]]);
    expect(table.merges).toEqual([{ top: 3, left: 2, bottom: 3, right: 3 }]);
    expect(table.hiddenRows).toEqual([4]);
    expect(table.fills).toEqual({ C5: '#FFFF00' });
    expect(table.notes).toEqual({ B4: '批注' });
    expect(empty.values).toEqual([]);
    // a generated sheet carries only its content fingerprint (issue 10 point 10)
    expect(generated).toEqual({ name: '履职汇总', values: [], merges: [], hiddenRows: [], visible: true, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('probes grow with the changes, not the rows: 2,000 plain rows cost about as much as 20', async () => {
    const calls: number[] = [];
    for (const n of [20, 2000]) {
      const values = [['姓名', '单位', '提案'], ...Array.from({ length: n }, (_, i) => [`委员${i}`, '某单位', i % 5])];
      const fake = WpsFake.fromSheets('x.xlsx', [{ name: '表', values, fills: { A1: '#D9D9D9', B1: '#D9D9D9', C1: '#D9D9D9' }, hiddenRows: [7], merges: [{ top: 1, left: 4, bottom: 2, right: 5 }] }]);
      const snapshot = await hostOf(fake).readSnapshot();
      expect(snapshot.sheets[0].hiddenRows).toEqual([7]);
      expect(Object.keys(snapshot.sheets[0].fills ?? {})).toEqual(['A1', 'B1', 'C1']);
      expect(fake.callsOf('Range.Value2')).toBe(1);
      calls.push(fake.calls);
    }
    console.log(`readSnapshot calls: 20 rows → ${calls[0]}, 2,000 rows → ${calls[1]}`);
    // halving: each change costs ~2 probes per halving level; log2(2000/20) ≈ 7 more levels
    expect(calls[1]).toBeLessThan(calls[0] * 2);
  });

  it('keeps the marks recorded by an Excel or CLI run (the same grid layout)', async () => {
    const mark = { sheet: '统计表', cell: 'C3', fill: '#FFC7CE', note: '【履职统计】x', previousFill: '#00B0F0', previousNote: null };
    const fake = memberWorkbook({ bookkeeping: { generatedSheets: ['校验结果'], marks: [mark] } });
    expect((await hostOf(fake).readSnapshot()).bookkeeping).toEqual({ generatedSheets: ['校验结果'], marks: [mark] });
  });
});
