/**
 * The counts per area printed in circulars and unit letters (a few columns that fit A4 portrait),
 * each the sum of some counted items, and honest about it: 出席/请假/缺席 count the same meetings
 * (全体会议 and 常委会议), activities have their own column, and a note under the table names what
 * each column adds up. Areas none of whose items is in the table or the method are left out.
 * Custom items of the method count as 其他.
 */
import { isBuiltinCountKey } from '../columns';
import type { MemberResult, Method, TableLocation } from '../types';

export interface CountArea {
  readonly key: string;
  readonly label: string;
  /** Header over several areas (two-row header), or null. */
  readonly group: string | null;
  readonly items: readonly string[];
  /** Whether the method's custom items are added to this area. */
  readonly custom?: boolean;
  /** What the note under the table says the column counts, after the items' labels. */
  readonly counts: string;
}

const MEETINGS = '会议';

export const COUNT_AREAS: readonly CountArea[] = [
  { key: 'attended', label: '出席', group: MEETINGS, items: ['plenary_attended', 'standing_attended'], counts: '出席' },
  { key: 'leave', label: '请假', group: MEETINGS, items: ['plenary_leave', 'standing_leave'], counts: '请假' },
  { key: 'absent', label: '缺席', group: MEETINGS, items: ['plenary_absent', 'standing_absent'], counts: '无故缺席' },
  {
    key: 'activities',
    label: '活动',
    group: null,
    items: ['committee_activities', 'liaison_activities', 'inspections', 'consultations', 'supervision', 'trainings'],
    counts: '次数',
  },
  { key: 'proposals', label: '提案', group: null, items: ['proposals_lead', 'proposals_joint'], counts: '件数' },
  { key: 'opinions', label: '社情民意', group: null, items: ['opinions_submitted'], counts: '篇数' },
  { key: 'speeches', label: '发言', group: null, items: ['speeches_oral', 'speeches_written'], counts: '次数' },
  { key: 'others', label: '其他', group: null, items: ['studio_activities', 'welfare_activities', 'culture_history'], custom: true, counts: '次数' },
];

function customKeys(method: Method): string[] {
  return method.items.filter((i) => !isBuiltinCountKey(i.key)).map((i) => i.key);
}

/** The area's items that the table has (or, for 其他, the method's own items). */
export function areaItems(area: CountArea, method: Method, location: TableLocation): string[] {
  const bound = new Set(location.columns.map((c) => c.key));
  const keys = area.custom ? [...area.items, ...customKeys(method)] : area.items;
  return [...new Set(keys)].filter((k) => bound.has(k) || (area.custom === true && customKeys(method).includes(k)));
}

/** The areas to print: those with at least one item in the table; the three meeting columns stand or fall together. */
export function presentAreas(method: Method, location: TableLocation): CountArea[] {
  const meetings = COUNT_AREAS.filter((a) => a.group === MEETINGS).some((a) => areaItems(a, method, location).length > 0);
  return COUNT_AREAS.filter((a) => (a.group === MEETINGS ? meetings : areaItems(a, method, location).length > 0));
}

/** The sum of the area's counts for one member. */
export function areaCount(area: CountArea, m: MemberResult, method: Method): number {
  const keys = area.custom ? [...area.items, ...customKeys(method)] : area.items;
  return [...new Set(keys)].reduce((sum, k) => sum + (m.counts[k] ?? 0), 0);
}

/** 「注：会议为全体会议、常委会议的出席、请假、无故缺席次数；活动为专委会活动、视察调研的次数；…」 */
export function areaNote(areas: readonly CountArea[], method: Method, location: TableLocation, label: (key: string) => string): string {
  const parts: string[] = [];
  const meeting = areas.filter((a) => a.group === MEETINGS);
  if (meeting.length > 0) {
    const items = [...new Set(meeting.flatMap((a) => areaItems(a, method, location)).map((k) => meetingName(k)))];
    parts.push(`「${MEETINGS}」为${items.join('、') || '全体会议、常委会议'}的${meeting.map((a) => a.counts).join('、')}次数`);
  }
  for (const a of areas.filter((x) => x.group !== MEETINGS)) {
    const items = areaItems(a, method, location).map(label);
    parts.push(`「${a.label}」为${items.join('、')}的${a.counts}`);
  }
  return parts.length > 0 ? `注：${parts.join('；')}。` : '';
}

function meetingName(key: string): string {
  return key.startsWith('plenary_') ? '全体会议' : '常委会议';
}

/** True when every count of the member is 0 (no activity at all in the year). */
export function noActivity(m: MemberResult): boolean {
  return Object.values(m.counts).every((c) => c === 0);
}
