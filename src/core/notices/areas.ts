/**
 * The main counts per area printed in circulars and unit letters (a few columns that fit A4
 * portrait), each the sum of some counted items. Custom items of the method count as 其他活动.
 */
import { isBuiltinCountKey } from '../columns';
import type { MemberResult, Method } from '../types';

export interface CountArea {
  readonly key: string;
  readonly label: string;
  /** Header over several areas (two-row header), or null. */
  readonly group: string | null;
  readonly items: readonly string[];
  /** Whether the method's custom items are added to this area. */
  readonly custom?: boolean;
}

const MEETINGS = '会议活动';

export const COUNT_AREAS: readonly CountArea[] = [
  {
    key: 'attended',
    label: '出席',
    group: MEETINGS,
    items: ['plenary_attended', 'standing_attended', 'committee_activities', 'liaison_activities', 'inspections', 'consultations', 'supervision', 'trainings'],
  },
  { key: 'leave', label: '请假', group: MEETINGS, items: ['plenary_leave', 'standing_leave'] },
  { key: 'absent', label: '缺席', group: MEETINGS, items: ['plenary_absent', 'standing_absent'] },
  { key: 'proposals', label: '提案', group: null, items: ['proposals_lead', 'proposals_joint'] },
  { key: 'opinions', label: '社情民意', group: null, items: ['opinions_submitted'] },
  { key: 'speeches', label: '发言', group: null, items: ['speeches_oral', 'speeches_written'] },
  { key: 'others', label: '其他活动', group: null, items: ['studio_activities', 'welfare_activities', 'culture_history'], custom: true },
];

/** The sum of the area's counts for one member. */
export function areaCount(area: CountArea, m: MemberResult, method: Method): number {
  const keys = area.custom ? [...area.items, ...method.items.filter((i) => !isBuiltinCountKey(i.key)).map((i) => i.key)] : area.items;
  return [...new Set(keys)].reduce((sum, k) => sum + (m.counts[k] ?? 0), 0);
}

/** True when every count of the member is 0 (no activity at all in the year). */
export function noActivity(m: MemberResult): boolean {
  return Object.values(m.counts).every((c) => c === 0);
}
