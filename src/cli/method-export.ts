/** duty-stats method export: the built-in example method as an editable 评价办法 sheet in a new workbook. */
import * as path from 'node:path';
import { exampleMethod, methodSheetPlan } from '../core';
import { EMPTY_BOOKKEEPING } from '../host/port';
import { applyPlan } from '../host/xlsx/apply-plan';
import { newWorkbook } from '../host/xlsx/exceljs-fixes';
import { workbookBytes } from '../host/xlsx/xlsx-host';
import { writeOutputFile } from './files';
import type { CliIo } from './io';
import { MSG } from './messages';

export const DEFAULT_METHOD_FILE = '评价办法.xlsx';

export async function methodExport(out: string | undefined, io: CliIo): Promise<string[]> {
  const file = path.resolve(io.cwd, out ?? DEFAULT_METHOD_FILE);
  const sheet = methodSheetPlan(exampleMethod());
  const workbook = newWorkbook();
  // The sheet is the user's to edit: it is not recorded as generated.
  applyPlan(workbook, { sheets: [sheet], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING, activate: sheet.name });
  await writeOutputFile(file, await workbookBytes(workbook), file);
  return [MSG.exported(out ?? DEFAULT_METHOD_FILE)];
}
