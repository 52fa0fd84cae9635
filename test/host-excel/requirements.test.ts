import { checkExcelSupport, EXCEL_API_VERSION, UNSUPPORTED_MESSAGE } from '../../src/host/excel/requirements';
import { readFileSync } from 'node:fs';

const office = (supported: string[]): Parameters<typeof checkExcelSupport>[0] => ({
  context: { requirements: { isSetSupported: (name: string, version?: string): boolean => name === 'ExcelApi' && supported.includes(version ?? '') } },
});

describe('checkExcelSupport', () => {
  it('passes where ExcelApi 1.18 is supported and explains in Chinese where it is not', () => {
    expect(checkExcelSupport(office(['1.18']))).toEqual({ ok: true });
    expect(checkExcelSupport(office(['1.14']))).toEqual({ ok: false, message: UNSUPPORTED_MESSAGE });
    expect(UNSUPPORTED_MESSAGE).toMatch(/Excel 版本过旧.*ExcelApi 1\.18.*WPS/);
  });

  it('asks for the set the manifest declares', () => {
    const manifest = readFileSync(`${__dirname}/../../manifest.xml`, 'utf8');
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${EXCEL_API_VERSION}"/>`);
  });
});
