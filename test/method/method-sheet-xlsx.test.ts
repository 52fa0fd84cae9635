/** The 评价办法 sheet survives a real .xlsx file: written by the xlsx host, read back by exceljs. */
import fc from 'fast-check';
import { exampleMethod } from '../../src/core/method/example-method';
import { methodSheetPlan, readMethodSheet } from '../../src/core/method/method-sheet';
import { parseMethodObject } from '../../src/core/method/parse-method';
import { METHOD_SHEET } from '../../src/core/sheet-names';
import type { Method } from '../../src/core/types';
import { EMPTY_BOOKKEEPING } from '../../src/host/port';
import { applyPlan } from '../../src/host/xlsx/apply-plan';
import { newWorkbook } from '../../src/host/xlsx/exceljs-fixes';
import { readSnapshot } from '../../src/host/xlsx/read-snapshot';
import { loadWorkbook, workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { methodJsonArb } from '../support/method-arbitrary';

async function throughXlsx(m: Method): Promise<ReturnType<typeof readMethodSheet>> {
  const wb = newWorkbook();
  applyPlan(wb, { sheets: [methodSheetPlan(m)], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING });
  const back = await loadWorkbook(await workbookBytes(wb));
  const sheet = readSnapshot(back, '评价办法.xlsx').sheets.find((s) => s.name === METHOD_SHEET);
  if (!sheet) throw new Error('no 评价办法 sheet in the file');
  return readMethodSheet(sheet);
}

describe('评价办法 sheet in an .xlsx file', () => {
  it('gives back the example method', async () => {
    const m = exampleMethod();
    expect(await throughXlsx(m)).toEqual({ ok: true, method: m });
  });

  it('gives back random methods (custom items, decimals, percentages, multi-line notice texts)', async () => {
    const samples = fc.sample(methodJsonArb, { numRuns: 15, seed: 20251226 });
    for (const json of samples) {
      const parsed = parseMethodObject(json);
      if (!parsed.ok) throw new Error(parsed.detail);
      expect(await throughXlsx(parsed.method)).toEqual({ ok: true, method: parsed.method });
    }
  });
});
