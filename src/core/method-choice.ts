/** Where the method comes from (CONTRACT.md §1), in order: the option; else a 评价办法 sheet; else the built-in example. */
import { message } from './i18n/format';
import { exampleMethod } from './method/example-method';
import { readMethodSheet } from './method/method-sheet';
import { METHOD_SHEET } from './sheet-names';
import type { Snapshot } from './snapshot';
import type { Fatal, Method, MethodOrigin } from './types';

export type MethodChoice = { readonly ok: true; readonly method: Method; readonly origin: MethodOrigin } | { readonly ok: false; readonly fatal: Fatal };

/** Where the method comes from, in order: the option; else a 评价办法 sheet; else the built-in example. */
export function chooseMethod(snapshot: Snapshot, explicit: Method | undefined): MethodChoice {
  if (explicit) return { ok: true, method: explicit, origin: 'option' };
  const sheet = snapshot.sheets.find((s) => s.name === METHOD_SHEET);
  if (!sheet) return { ok: true, method: exampleMethod(), origin: 'default' };
  const read = readMethodSheet(sheet);
  if (read.ok) return { ok: true, method: read.method, origin: 'sheet' };
  const where = `工作表「${METHOD_SHEET}」单元格 ${read.cell}`;
  return {
    ok: false,
    fatal: { code: 'method.invalid', file: snapshot.fileName, sheet: METHOD_SHEET, cell: read.cell, path: null, message: `「${snapshot.fileName}」${message('method.invalid', { where, detail: read.detail })}` },
  };
}

