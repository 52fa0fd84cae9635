/* style-plan: grouping StyleRuns by final cell style must give every cell exactly what applying the runs in order gives. */
import fc from 'fast-check';
import { rangeAddress } from '../../../src/core/a1';
import type { CellStyle, StyleRun } from '../../../src/host/port';
import { groupStyles, mergeStyle, type Rect } from '../../../src/host/shared/style-plan';

const style: fc.Arbitrary<CellStyle> = fc.record(
  {
    font: fc.record({ bold: fc.boolean(), size: fc.constantFrom(10.5, 16) }, { requiredKeys: [] }),
    fill: fc.constantFrom('#FFC7CE', '#D9D9D9'),
    border: fc.constantFrom('thin', 'medium', 'none') as fc.Arbitrary<'thin' | 'medium' | 'none'>,
    horizontal: fc.constantFrom('left', 'center') as fc.Arbitrary<'left' | 'center'>,
    wrap: fc.boolean(),
    numberFormat: fc.constantFrom('0.00', '@'),
  },
  { requiredKeys: [] },
);

const run: fc.Arbitrary<StyleRun> = fc
  .record({ top: fc.integer({ min: 1, max: 9 }), left: fc.integer({ min: 1, max: 6 }), h: fc.integer({ min: 0, max: 4 }), w: fc.integer({ min: 0, max: 3 }), style })
  .map(({ top, left, h, w, style: s }) => ({ range: rangeAddress(top, left, top + h, left + w), style: s }));

function inside(areas: readonly Rect[], row: number, col: number): number {
  return areas.filter((a) => a.top <= row && row <= a.bottom && a.left <= col && col <= a.right).length;
}

describe('groupStyles', () => {
  it('gives each cell the style of applying the runs in order, each cell in exactly one area per facet', () => {
    fc.assert(
      fc.property(fc.array(run, { maxLength: 12 }), (runs) => {
        const groups = groupStyles(runs);
        for (let row = 1; row <= 14; row++) {
          for (let col = 1; col <= 10; col++) {
            const expected = runs.reduce<CellStyle>((s, r) => {
              const [a, b = a] = r.range.split(':');
              const at = (x: string): [number, number] => [Number(x.slice(1)), x.charCodeAt(0) - 64];
              const [t, l] = at(a);
              const [bt, br] = at(b);
              return row >= t && row <= bt && col >= l && col <= br ? mergeStyle(s, r.style) : s;
            }, {});
            const formats = groups.formats.filter((g) => inside(g.areas, row, col) > 0);
            const { border, numberFormat, ...part } = expected;
            expect(formats.length).toBe(Object.keys(part).length > 0 ? 1 : 0);
            if (formats.length === 1) {
              expect(formats[0].format).toEqual(part);
              expect(inside(formats[0].areas, row, col)).toBe(1);
            }
            const borders = groups.borders.filter((g) => inside(g.areas, row, col) > 0).map((g) => g.border);
            expect(borders).toEqual(border && border !== 'none' ? [border] : []);
            const nf = groups.numberFormats.filter((g) => inside(g.areas, row, col) > 0);
            expect(nf.map((g) => inside(g.areas, row, col))).toEqual(nf.length === 1 ? [1] : []);
            expect(nf.length === 1 ? nf[0].format : 'General').toBe(numberFormat ?? 'General');
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('turns thousands of per-member runs into a few areas per style', () => {
    const runs: StyleRun[] = [];
    for (let m = 0; m < 1000; m++) {
      const top = m * 10 + 1;
      runs.push({ range: `A${top}:E${top}`, style: { font: { bold: true, size: 22 } } });
      runs.push({ range: `A${top + 1}:E${top + 5}`, style: { border: 'thin', font: { size: 10.5 } } });
      runs.push({ range: `A${top + 1}`, style: { fill: '#F2F2F2' } });
      runs.push({ range: `D${top + 3}`, style: { numberFormat: '0.00' } });
    }
    const groups = groupStyles(runs);
    expect(groups.formats.map((g) => g.format)).toHaveLength(3);
    expect(groups.formats.map((g) => g.format)).toEqual(expect.arrayContaining([{ font: { bold: true, size: 22 } }, { font: { size: 10.5 }, fill: '#F2F2F2' }, { font: { size: 10.5 } }]));
    // one area per member for the fill, the title and the bordered block (rows of A split by the fill)
    expect(groups.formats.map((g) => g.areas.length).sort((a, b) => a - b)).toEqual([1000, 1000, 2000]);
    expect(groups.borders.map((g) => [g.border, g.areas.length])).toEqual([['thin', 1000]]);
    // one number format, one cell per member
    expect(groups.numberFormats.map((g) => [g.format, g.areas.length])).toEqual([['0.00', 1000]]);
  });
});
