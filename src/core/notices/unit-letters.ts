// STUB (helper notices implements): 单位告知.
import type { SheetPlan } from '../plan';
import type { NoticeContext } from './context';

export function unitLettersSheet(name: string, ctx: NoticeContext): SheetPlan {
  void name;
  void ctx;
  throw new Error('not implemented');
}

/** One standalone sheet per employer unit, for `--split-units` (values only, no links back). */
export function unitLetterSheets(ctx: NoticeContext): { readonly unit: string; readonly sheet: SheetPlan }[] {
  void ctx;
  throw new Error('not implemented');
}
