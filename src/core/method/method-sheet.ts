// STUB (helper core-method implements): the editable 评价办法 sheet.
import type { SheetPlan } from '../plan';
import type { SheetSnapshot } from '../snapshot';
import type { Method } from '../types';

export type MethodSheetResult = { readonly ok: true; readonly method: Method } | { readonly ok: false; readonly cell: string; readonly detail: string };

/** Reads a 评价办法 sheet; errors name the cell. */
export function readMethodSheet(sheet: SheetSnapshot): MethodSheetResult {
  void sheet;
  throw new Error('not implemented');
}

/** The 评价办法 sheet for a method; readMethodSheet of it gives the same method. */
export function methodSheetPlan(method: Method): SheetPlan {
  void method;
  throw new Error('not implemented');
}
