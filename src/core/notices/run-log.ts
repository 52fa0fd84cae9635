// STUB (helper notices implements): 运行记录.
import type { SheetPlan } from '../plan';
import type { NoticeContext } from './context';

export function runLogSheet(name: string, ctx: NoticeContext): SheetPlan {
  void name;
  void ctx;
  throw new Error('not implemented');
}
