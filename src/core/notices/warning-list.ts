// STUB (helper notices implements): 履职预警名单.
import type { SheetPlan } from '../plan';
import type { NoticeContext } from './context';

export function warningListSheet(name: string, ctx: NoticeContext): SheetPlan {
  void name;
  void ctx;
  throw new Error('not implemented');
}
