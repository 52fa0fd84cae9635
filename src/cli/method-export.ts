/** duty-stats method export: the built-in example method as an editable 评价办法 sheet in a new workbook. */
import * as path from 'node:path';
import { exampleMethod, methodSheetPlan } from '../core';
import { EMPTY_BOOKKEEPING } from '../host/port';
import { applyPlan } from '../host/xlsx/apply-plan';
import { newWorkbook } from '../host/xlsx/exceljs-fixes';
import { workbookBytes } from '../host/xlsx/xlsx-host';
import { promises as fs } from 'node:fs';
import { CliFailure } from './files';
import type { CliIo } from './io';
import { MSG } from './messages';
import { OutputSet } from './output-set';

export const DEFAULT_METHOD_FILE = '评价办法.xlsx';

/** Never overwrites an existing file (a district's customised method) unless `force` (issue 10 point 5). */
export async function methodExport(out: string | undefined, io: CliIo, force = false): Promise<string[]> {
  const file = path.resolve(io.cwd, out ?? DEFAULT_METHOD_FILE);
  const shown = out ?? DEFAULT_METHOD_FILE;
  const exists = await fs.lstat(file).then(() => true, () => false);
  if (exists && !force) throw new CliFailure(MSG.exportExists(shown));
  const sheet = methodSheetPlan(exampleMethod());
  const workbook = newWorkbook();
  // The sheet is the user's to edit: it is not recorded as generated.
  applyPlan(workbook, { sheets: [sheet], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING, activate: sheet.name });
  const outputs = new OutputSet();
  await outputs.write(file, await workbookBytes(workbook), shown);
  await outputs.commit();
  return [MSG.exported(shown)];
}
