/** A sheet snapshot (values and merges) as an exceljs workbook, for tests that go through the xlsx host. */
import ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../../src/core/snapshot';

export function workbookOfSheet(s: SheetSnapshot): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(s.name);
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && typeof v !== 'object') ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return wb;
}
