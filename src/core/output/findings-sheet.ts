// STUB (helper core-output implements): 校验结果, one row per finding, each linking to its cell.
import type { SheetPlan } from '../plan';
import type { Finding } from '../types';

export function findingsSheet(name: string, findings: readonly Finding[], fileName: string): SheetPlan {
  void name;
  void findings;
  void fileName;
  throw new Error('not implemented');
}
