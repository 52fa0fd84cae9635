/* Text written by the host is stored by Excel as exactly that text (the fake models Excel's input parsing). */
import fc from 'fast-check';
import { excelInput, needsQuotePrefix } from '../../../src/host/shared/cell-input';
import { coerceInput } from '../../support/fakes/excel-fake/coerce';

describe('excelInput', () => {
  it('any string comes back as itself, never as a number, date, boolean, error or formula', () => {
    const chars = fc.constantFrom(...'0123456789０１２=+-@#\'.,%/:年月日eE TRUEfalse张三 委员'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: chars })), (s) => {
        const input = excelInput(s);
        const stored = coerceInput(String(input));
        expect(stored.value).toBe(s === '' ? null : s);
        expect(stored.formula).toBeUndefined();
        expect(stored.error).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers and booleans are written as they are; plain text without digits is not prefixed', () => {
    expect([excelInput(86.5), excelInput(true), excelInput(null), excelInput('张三')]).toEqual([86.5, true, '', '张三']);
    expect([needsQuotePrefix('001'), needsQuotePrefix('=A1'), needsQuotePrefix('2025年12月26日'), needsQuotePrefix('优秀')]).toEqual([true, true, true, false]);
    expect(() => excelInput(Number.NaN)).toThrow();
  });
});
