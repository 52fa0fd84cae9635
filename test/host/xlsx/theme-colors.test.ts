import { Workbook } from 'exceljs';
import { themeColor, themePalette } from '../../../src/host/xlsx/theme-colors';
import { loadWorkbook, workbookBytes } from '../../../src/host/xlsx/xlsx-host';
import { readSnapshot } from '../../../src/host/xlsx/read-snapshot';

const OFFICE_2007 = ['FFFFFF', '000000', 'EEECE1', '1F497D', '4F81BD', 'C0504D', '9BBB59', '8064A2', '4BACC6', 'F79646', '0000FF', '800080'];

describe('themeColor', () => {
  it('gives the theme colour itself without a tint', () => {
    expect(themeColor(OFFICE_2007, 4)).toBe('#4F81BD');
    expect(themeColor(OFFICE_2007, 0)).toBe('#FFFFFF');
    expect(themeColor(OFFICE_2007, 12)).toBeNull();
  });

  it('applies tints as Excel shows them in its palette (to within 1 per channel)', () => {
    // Excel: Accent 1 lighter 80% = DBE5F1, lighter 40% = 95B3D7, darker 25% = 366092; white darker 5% = F2F2F2; black lighter 50% = 7F7F7F
    expect(themeColor(OFFICE_2007, 4, 0.7999816888943144)).toBe('#DBE5F1');
    expect(themeColor(OFFICE_2007, 4, 0.3999755851924192)).toBe('#95B3D7');
    expect(themeColor(OFFICE_2007, 4, -0.249977111117893)).toBe('#366092');
    expect(themeColor(OFFICE_2007, 0, -0.0499893185216834)).toBe('#F2F2F2');
    expect(themeColor(OFFICE_2007, 1, 0.499984740745262)).toBe('#7F7F7F');
  });
});

describe('themePalette', () => {
  it("reads a workbook's theme, and falls back to exceljs' default", async () => {
    const wb = new Workbook();
    expect(themePalette(wb)).toEqual(OFFICE_2007);
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = 1;
    const accent2Lighter80 = { theme: 5, tint: 0.7999816888943144 };
    ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: accent2Lighter80 };
    const back = await loadWorkbook(await workbookBytes(wb));
    expect(themePalette(back)).toEqual(OFFICE_2007);
    // a theme fill reads as the colour it shows: Accent 2 (C0504D) lighter 80%, F2DCDB in Excel's palette
    const fill = readSnapshot(back, 'x.xlsx').sheets[0].fills?.A1;
    expect(fill).toBe(themeColor(OFFICE_2007, 5, 0.7999816888943144));
    expect(fill).toMatch(/^#F2D[BC]D[AB]$/);
  });
});
