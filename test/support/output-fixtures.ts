/** Inputs for the working-sheet tests (src/core/output): a small method, a table location, and plan readers. */
import { cellAddress, parseRange } from '../../src/core/a1';
import type { PlanValue, SheetPlan, StyleRun } from '../../src/core/plan';
import type { ColumnBinding, Method, MethodItem, TableLocation } from '../../src/core/types';

export function item(key: string, label: string, points: number, category: string | null): MethodItem {
  return { key, label, headers: [], points, from: 1, tiers: null, count: null, when: null, max: null, min: null, category };
}

/** Base 60; 会议活动 (plenary 10 per attendance), 建言献策 (proposals 5 each), an uncategorised custom item. */
export function smallMethod(over: Partial<Method> = {}): Method {
  return {
    title: '政协测试区委员会委员履职综合评价办法',
    year: 2025,
    held: { plenary: 1, standing: null },
    base: 60,
    total: { min: 0, max: 100 },
    categories: [
      { key: 'meetings', label: '会议活动', max: 30, min: null },
      { key: 'advice', label: '建言献策', max: null, min: null },
    ],
    items: [item('plenary_attended', '出席全体会议', 10, 'meetings'), item('proposals_lead', '领衔提案', 5, 'advice'), item('poverty_help', '结对帮扶', 2.5, null)],
    requirements: [],
    vetoes: [],
    grades: [
      { name: '优秀', min: 90, color: '#C6EFCE' },
      { name: '合格', min: 60, color: null },
      { name: '不合格', min: null, color: '#FFC7CE' },
    ],
    shortlist: null,
    notice: null,
    ...over,
  };
}

export function binding(key: string, col: number, header: string, kind: ColumnBinding['kind'] = 'identity'): ColumnBinding {
  return { key, kind, col, header };
}

/** 统计表: A 序号(unbound), B 姓名, C 联系电话, D 身份证号, E 界别, F 专委会, G 工作单位, H 出席全体会议, I 领衔提案, J 帮扶户数, K 违纪违法. */
export function location(over: Partial<TableLocation> = {}): TableLocation {
  return {
    sheet: '统计表',
    headerRows: [2],
    firstDataRow: 3,
    lastDataRow: 10,
    columns: [
      binding('name', 2, '姓名'),
      binding('phone', 3, '联系电话'),
      binding('id_number', 4, '身份证号'),
      binding('sector', 5, '界别'),
      binding('committee', 6, '专委会'),
      binding('unit', 7, '工作单位'),
      binding('plenary_attended', 8, '出席全体会议', 'count'),
      binding('proposals_lead', 9, '领衔提案', 'count'),
      binding('poverty_help', 10, '帮扶户数', 'count'),
      binding('violations', 11, '违纪违法', 'flag'),
    ],
    ...over,
  };
}

/** The value written at an A1 address of a plan (null when nothing is there). */
export function valueAt(plan: SheetPlan, a1: string): PlanValue {
  const r = parseRange(a1);
  if (!r) throw new Error(`bad address ${a1}`);
  return plan.values[r.top - 1]?.[r.left - 1] ?? null;
}

/** Every value of a plan as [address, value], for whole-sheet checks. */
export function allValues(plan: SheetPlan): [string, PlanValue][] {
  return plan.values.flatMap((row, r) => row.map((v, c): [string, PlanValue] => [cellAddress(r + 1, c + 1), v ?? null]));
}

/** 1-based row whose column A..Z holds exactly `text`, or 0. */
export function rowOf(plan: SheetPlan, text: PlanValue): number {
  return plan.values.findIndex((row) => row.includes(text)) + 1;
}

/** The header row as text values, from column A. */
export function rowValues(plan: SheetPlan, row: number): PlanValue[] {
  return [...(plan.values[row - 1] ?? [])];
}

/** Whether a style run covers the cell (range contains it), with a predicate on its style. */
export function runsCovering(plan: SheetPlan, a1: string): StyleRun[] {
  const c = parseRange(a1);
  if (!c) throw new Error(`bad address ${a1}`);
  return plan.styles.filter((s) => {
    const r = parseRange(s.range);
    return r !== null && r.top <= c.top && c.top <= r.bottom && r.left <= c.left && c.left <= r.right;
  });
}
