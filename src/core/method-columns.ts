/** The columns a method claims by its own names (CONTRACT.md §7), for the table locator and the records reader. */
import { builtinLabel, isBuiltinCountKey, isRecordKey } from './columns';
import type { CustomColumn } from './table/locate-table';
import type { Method } from './types';

/**
 * The columns a method claims by its own names (CONTRACT.md §7): a custom item by its label and
 * headers, a built-in item by its extra headers and a label of its own. Items that count another
 * item's columns (`count`) claim none.
 */
export function methodColumns(method: Method | null): CustomColumn[] {
  if (method === null) return [];
  const out: CustomColumn[] = [];
  for (const i of method.items) {
    if (i.count !== null || isRecordKey(i.key)) continue;
    const builtin = isBuiltinCountKey(i.key);
    const own = builtin && i.label === builtinLabel(i.key) ? [] : [i.label];
    const headers = [...own, ...i.headers];
    if (headers.length > 0) out.push({ key: i.key, headers });
  }
  return out;
}

