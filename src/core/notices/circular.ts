// STUB (helper notices implements): 履职通报.
import type { SheetPlan } from '../plan';
import type { NoticeContext } from './context';

export function circularSheet(name: string, ctx: NoticeContext): SheetPlan {
  void name;
  void ctx;
  throw new Error('not implemented');
}
