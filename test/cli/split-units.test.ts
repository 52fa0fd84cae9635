import fc from 'fast-check';
import { safeFileName } from '../../src/cli/split-units';

describe('safeFileName', () => {
  it('keeps ordinary Chinese unit names', () => {
    expect(safeFileName('区人民医院')).toBe('区人民医院');
    expect(safeFileName('X区农村商业银行（总行）')).toBe('X区农村商业银行（总行）');
  });

  it('replaces characters file systems refuse, and trailing dots and spaces', () => {
    expect(safeFileName('教育局/教研室')).toBe('教育局_教研室');
    expect(safeFileName('A:B*C?"D"<E>|F\\G')).toBe('A_B_C__D__E__F_G');
    expect(safeFileName('某某公司. ')).toBe('某某公司');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('')).toBe('未填写单位');
    expect(safeFileName('///')).toBe('未填写单位');
  });

  it('always gives a usable name (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const safe = safeFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        expect(safe.length).toBeLessThanOrEqual(81);
        expect(safe).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u007f]/);
        expect(safe).not.toMatch(/[. ]$/);
        expect(safe).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      }),
    );
  });
});
