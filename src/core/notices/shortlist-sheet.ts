// STUB (helper notices implements): 优秀委员建议名单.
import type { SheetPlan } from '../plan';
import type { NoticeContext } from './context';

export function shortlistSheet(name: string, ctx: NoticeContext): SheetPlan {
  void name;
  void ctx;
  throw new Error('not implemented');
}
