/** --split-units: one workbook per employer unit, holding only that unit's letter (values and styles, no links). */
import * as path from 'node:path';
import { safeFileName, unitLetterSheets, type NoticeContext } from '../core';
import { EMPTY_BOOKKEEPING } from '../host/port';
import { applyPlan } from '../host/xlsx/apply-plan';
import { newWorkbook } from '../host/xlsx/exceljs-fixes';
import { workbookBytes } from '../host/xlsx/xlsx-host';

export interface UnitFile {
  readonly unit: string;
  readonly file: string;
  readonly bytes: Uint8Array;
}

/**
 * Builds the unit workbooks one at a time (the caller stages each and moves them into place once
 * all succeeded; only one workbook is in memory at a time). A unit whose file name would be one of
 * `avoid` (the input, the result) gets a `(2)` suffix instead.
 */
export async function* unitWorkbooks(ctx: NoticeContext, dir: string, avoid: readonly string[] = []): AsyncGenerator<UnitFile> {
  const used = new Set<string>(avoid.filter((p) => path.resolve(path.dirname(p)) === path.resolve(dir) && /\.xlsx$/i.test(p)).map((p) => path.basename(p).slice(0, -5).toLowerCase()));
  for (const { unit, sheet } of unitLetterSheets(ctx)) {
    const workbook = newWorkbook();
    applyPlan(workbook, { sheets: [{ ...sheet, hyperlinks: [] }], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING, activate: sheet.name });
    const base = uniqueName(safeFileName(unit), used);
    yield { unit, file: path.join(dir, `${base}.xlsx`), bytes: await workbookBytes(workbook) };
  }
}


// Unit names as file names: one rule for the unit workbooks, the Word documents and the playground's zip.
export { safeFileName };

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}(${i})`;
  used.add(name.toLowerCase());
  return name;
}
