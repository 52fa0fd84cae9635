/* Addresses of RangeAreas as Excel writes them (quoted sheet names, commas inside names) parse back to their areas. */
import fc from 'fast-check';
import { parseAreasAddress, quoteSheetName, sheetAddress } from '../../../src/host/shared/sheet-ref';
import { formatRect, sheetPrefix } from '../../support/fakes/excel-fake/addresses';

describe('parseAreasAddress', () => {
  it('reads back the areas of any sheet name, quoted or not', () => {
    const name = fc.string({ unit: fc.constantFrom(...'统计表A1, !\'_-'.split('')), minLength: 1, maxLength: 8 }).filter((n) => !n.startsWith("'") && !n.endsWith("'"));
    const area = fc.record({ top: fc.integer({ min: 1, max: 500 }), left: fc.integer({ min: 1, max: 60 }), h: fc.nat(5), w: fc.nat(5) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
    fc.assert(
      fc.property(name, fc.array(area, { minLength: 1, maxLength: 6 }), fc.boolean(), (sheet, areas, quoteAll) => {
        const prefix = quoteAll ? quoteSheetName(sheet) : sheetPrefix(sheet);
        const address = areas.map((a) => `${prefix}!${formatRect({ top: a.top - 1, left: a.left - 1, bottom: a.bottom - 1, right: a.right - 1 })}`).join(',');
        expect(parseAreasAddress(address, sheet)).toEqual(areas);
      }),
    );
  });

  it('quotes sheet names for hyperlinks', () => {
    expect(sheetAddress("委员's 表", 'B7')).toBe("'委员''s 表'!B7");
  });

  it('rejects what is not an address', () => {
    expect(() => parseAreasAddress('统计表!A1,统计表!#REF', '统计表')).toThrow(/unexpected range address/);
  });
});
