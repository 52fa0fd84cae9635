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
    // Retail Office 2021/2024, updated to 2501, has ExcelApi 1.18: the message must not turn it away.
    expect(UNSUPPORTED_MESSAGE).toMatch(/零售版 Office 2021\/2024 均可更新/);
    expect(UNSUPPORTED_MESSAGE).not.toMatch(/2021\/2024 等买断版无法使用/);
  });

  it('asks for the set the manifest declares', () => {
    const manifest = readFileSync(`${__dirname}/../../manifest.xml`, 'utf8');
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${EXCEL_API_VERSION}"/>`);
  });
});
