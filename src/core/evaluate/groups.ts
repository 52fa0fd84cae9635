/** Grouping of members by committee, sector or liaison group; an empty value groups under 「未填写」. */
import type { Identity } from '../types';

export const UNFILLED_GROUP = '未填写';

export type GroupDimension = 'committee' | 'sector' | 'liaison_group';

export function groupValue(member: Identity, dimension: GroupDimension): string | null {
  const raw = dimension === 'committee' ? member.committee : dimension === 'sector' ? member.sector : member.liaisonGroup;
  const value = raw?.trim() ?? '';
  return value === '' ? null : value;
}

export function groupName(member: Identity, dimension: GroupDimension): string {
  return groupValue(member, dimension) ?? UNFILLED_GROUP;
}

/** Items grouped by key, groups in order of first appearance. */
export function groupInOrder<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
