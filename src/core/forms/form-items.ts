/**
 * The lines of a fill-in form (CONTRACT.md §8): one per counted item of the method, built-in and
 * custom, each with its unit and a short plain explanation for the member. Built-in items are
 * labelled with their vocabulary name (the first header of src/core/columns.ts), so any reader
 * of the member table recognises them without the method; custom items with the method's label.
 */
import { builtinLabel, COUNT_COLUMNS, isBuiltinCountKey } from '../columns';
import { namesIn } from '../method/expression';
import type { Method } from '../types';

export interface FormItem {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly explanation: string;
  /** Not one of the built-in keys: recognised by its label (or the method's headers). */
  readonly custom: boolean;
}

/** Unit and explanation of each built-in counted item, as a member reads them. */
const BUILTIN_TEXT: Readonly<Record<string, readonly [string, string]>> = {
  plenary_attended: ['次', '出席区政协全体会议的次数'],
  plenary_leave: ['次', '经批准请假、未出席全体会议的次数'],
  plenary_absent: ['次', '未请假缺席全体会议的次数'],
  plenary_late: ['次', '全体会议迟到或早退的次数'],
  standing_attended: ['次', '出席常委会议的次数（常委填写）'],
  standing_leave: ['次', '经批准请假、未出席常委会议的次数（常委填写）'],
  standing_absent: ['次', '未请假缺席常委会议的次数（常委填写）'],
  committee_activities: ['次', '参加所在专委会会议和活动的次数'],
  liaison_activities: ['次', '参加所在联络组活动的次数'],
  inspections: ['次', '参加视察、调研、考察的次数'],
  consultations: ['次', '参加协商议政、协商座谈的次数'],
  supervision: ['次', '参加民主监督、民主评议的次数'],
  trainings: ['次', '参加学习培训的次数'],
  proposals_lead: ['件', '作为第一提案人（领衔）提交的提案件数'],
  proposals_joint: ['件', '作为联名（附议）提案人的提案件数'],
  proposals_accepted: ['件', '本人提案中被立案的件数'],
  proposals_key: ['件', '本人提案中被列为重点提案的件数'],
  proposals_excellent: ['件', '本人提案中被评为优秀提案的件数'],
  opinions_submitted: ['篇', '报送社情民意信息的篇数'],
  opinions_adopted: ['篇', '社情民意信息被采用的篇数'],
  opinions_instructed: ['篇', '社情民意信息获领导批示的篇数'],
  speeches_oral: ['次', '在大会上口头发言的次数'],
  speeches_written: ['篇', '提交大会书面发言的篇数'],
  studio_activities: ['次', '参加委员工作室（站）活动的次数'],
  welfare_activities: ['次', '参与社会公益活动的次数'],
  culture_history: ['篇', '提供文史资料的篇数'],
  honors: ['项', '获得表彰奖励的项数'],
  other_meetings: ['次', '参加其他会议的次数'],
  other_activities: ['次', '参加其他活动的次数'],
  violations: ['项', '有违纪违法情况填 1，没有填 0'],
};

const PLENARY_TRIO = ['plenary_attended', 'plenary_leave', 'plenary_absent'];
const STANDING_TRIO = ['standing_attended', 'standing_leave', 'standing_absent'];

/** Every counted key the method reads: its items' counted keys, the attendance items its `held` checks, keys its conditions name. */
export function formItems(method: Method): FormItem[] {
  const keys: string[] = [];
  const custom = new Map<string, string>();
  const add = (key: string): void => {
    if (!keys.includes(key)) keys.push(key);
  };
  for (const item of method.items) {
    const source = item.count ?? item.key;
    if (isBuiltinCountKey(source)) add(source);
    else if (item.count === null) {
      add(source);
      custom.set(source, item.label);
    }
  }
  if (method.held.plenary !== null) PLENARY_TRIO.forEach(add);
  if (method.held.standing !== null) STANDING_TRIO.forEach(add);
  const named = new Set<string>();
  for (const r of method.requirements) namesIn(r.when.expr, named);
  for (const v of method.vetoes) namesIn(v.when.expr, named);
  for (const i of method.items) if (i.when !== null) namesIn(i.when.expr, named);
  if (method.shortlist?.when) namesIn(method.shortlist.when.expr, named);
  for (const key of named) if (isBuiltinCountKey(key)) add(key);
  // Built-in items in the vocabulary's order (the order members know from the printed table), custom ones after.
  const order = new Map(COUNT_COLUMNS.map((c, i) => [c.key, i]));
  const builtins = keys.filter((k) => order.has(k)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const customs = keys.filter((k) => !order.has(k));
  return [
    ...builtins.map((key) => {
      const [unit, explanation] = BUILTIN_TEXT[key] ?? ['次', ''];
      return { key, label: builtinLabel(key) ?? key, unit, explanation, custom: false };
    }),
    ...customs.map((key) => ({ key, label: custom.get(key) ?? key, unit: '次', explanation: '本地区评价办法规定的项目，按实际填写', custom: true })),
  ];
}
