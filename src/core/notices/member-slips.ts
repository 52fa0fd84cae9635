// STUB (helper notices implements): 个人履职告知单.
import type { SheetPlan } from '../plan';
import type { NoticeContext } from './context';

export function memberSlipsSheet(name: string, ctx: NoticeContext): SheetPlan {
  void name;
  void ctx;
  throw new Error('not implemented');
}
