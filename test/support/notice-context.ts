/** A small hand-made method, NoticeContext and helpers to read SheetPlans back, for the notice tests. */
import { parseCondition } from '../../src/core/method/expression';
import type { NoticeContext } from '../../src/core/notices/context';
import { parseRange } from '../../src/core/a1';
import type { CellStyle, PlanValue, SheetPlan } from '../../src/core/plan';
import type { Condition, MemberResult, Method, MethodItem, ReportSummary, ShortlistResult } from '../../src/core/types';
import { memberResult } from './builders';

export function cond(source: string): Condition {
  const parsed = parseCondition(source, (name) => name);
  if (!parsed.ok) throw new Error(parsed.detail);
  return parsed.condition;
}

function item(key: string, label: string, points: number, over: Partial<MethodItem> = {}): MethodItem {
  return { key, label, headers: [], points, from: 1, tiers: null, count: null, when: null, max: null, min: null, category: null, ...over };
}

export function testMethod(over: Partial<Method> = {}): Method {
  return {
    title: '政协X区委员会委员履职综合评价办法',
    year: 2025,
    held: { plenary: 1, standing: null },
    base: 60,
    total: { min: 0, max: 100 },
    categories: [
      { key: 'meetings', label: '会议活动', max: 30, min: -20 },
      { key: 'proposals', label: '提案', max: 20, min: null },
    ],
    items: [
      item('plenary_attended', '出席全体会议', 10, { max: 10, category: 'meetings' }),
      item('plenary_absent', '全体会议无故缺席', -10, { category: 'meetings' }),
      item('committee_activities', '专委会活动', 2, { max: 10, category: 'meetings' }),
      item('proposals_lead', '领衔提案', 5, { category: 'proposals' }),
      item('proposals_accepted', '提案立案', 5, { from: 2, max: 20, category: 'proposals' }),
      item('opinions_submitted', '报送社情民意', 1.5, { max: 15 }),
    ],
    requirements: [{ label: '三个一', when: cond('plenary_attended >= 1'), ceiling: '基本合格' }],
    vetoes: [{ label: '两次无故缺席全会', when: cond('plenary_absent >= 2'), grade: '不合格' }],
    grades: [
      { name: '优秀', min: 90, color: '#C6EFCE' },
      { name: '良好', min: 80, color: '#DDEBF7' },
      { name: '合格', min: 60, color: null },
      { name: '基本合格', min: 50, color: '#FFEB9C' },
      { name: '不合格', min: null, color: '#FFC7CE' },
    ],
    shortlist: { label: '优秀政协委员建议名单', minGrade: '优秀', quota: 0.5, rounding: 'floor', scope: 'all', excludeRoles: ['主席', '副主席'], when: null },
    notice: null,
    ...over,
  };
}

/** Six members in four units (one without a unit), with phone and ID numbers that must never be printed. */
export function testResults(): MemberResult[] {
  const secret = (n: number): Partial<MemberResult> => ({ phone: `1390000000${n}`, idNumber: `11010119800101000${n}` });
  return [
    // 60 + meetings (10 + 4×2) + proposals 2×5 + opinions 3×1.5 = 60 + 18 + 10 + 4.5 = 92.5
    memberResult({ row: 5, name: '张三', unit: '区教育局', sector: '教育界', committee: '提案委', counts: { plenary_attended: 1, committee_activities: 4, proposals_lead: 2, opinions_submitted: 3 }, itemPoints: { plenary_attended: 10, committee_activities: 8, proposals_lead: 10, opinions_submitted: 4.5 }, categories: { meetings: 18, proposals: 10 }, score: 92.5, grade: '优秀', rank: 1, ...secret(1) }),
    // 60 + (10 + 3×2) + 5 + 3×1.5 = 85.5
    memberResult({ row: 6, name: '李四', unit: '区卫健委', sector: '医卫界', committee: '经济委', counts: { plenary_attended: 1, committee_activities: 3, proposals_lead: 1, opinions_submitted: 3 }, itemPoints: { plenary_attended: 10, committee_activities: 6, proposals_lead: 5, opinions_submitted: 4.5 }, categories: { meetings: 16, proposals: 5 }, score: 85.5, grade: '良好', rank: 2, ...secret(2) }),
    // 60 − 20 (meetings at its floor) = 40; vetoed, and fails 三个一
    memberResult({ row: 7, name: '王五', unit: '区教育局', sector: '教育界', committee: '提案委', counts: { plenary_absent: 2 }, itemPoints: { plenary_absent: -20 }, categories: { meetings: -20, proposals: 0 }, score: 40, grade: '不合格', status: 'vetoed', unmetRequirements: ['三个一'], vetoes: ['两次无故缺席全会'], notes: ['未达基本要求：三个一', '否决：两次无故缺席全会'], ...secret(3) }),
    // 60 by score (合格), capped at 基本合格 by 三个一; no activity at all
    memberResult({ row: 8, name: '赵六', unit: null, sector: '经济界', committee: null, counts: { plenary_attended: 0 }, itemPoints: {}, categories: { meetings: 0, proposals: 0 }, score: 60, grade: '基本合格', rank: 4, unmetRequirements: ['三个一'], notes: ['未达基本要求：三个一'], ...secret(4) }),
    memberResult({ row: 9, name: '孙七', unit: '区财政局', sector: '经济界', committee: '经济委', counts: { plenary_attended: 1, proposals_lead: 3 }, status: 'pending', notes: ['数据待核实'], ...secret(5) }),
    // same as 李四: 85.5, rank 2 shared
    memberResult({ row: 10, name: '周八', unit: '区卫健委', sector: '医卫界', committee: '文史委', counts: { plenary_attended: 1, committee_activities: 3, proposals_lead: 1, opinions_submitted: 3 }, itemPoints: { plenary_attended: 10, committee_activities: 6, proposals_lead: 5, opinions_submitted: 4.5 }, categories: { meetings: 16, proposals: 5 }, score: 85.5, grade: '良好', rank: 2, ...secret(6) }),
  ];
}

export function summaryOf(results: readonly MemberResult[]): ReportSummary {
  const grades: Record<string, number> = {};
  for (const r of results) if (r.grade && r.status !== 'pending') grades[r.grade] = (grades[r.grade] ?? 0) + 1;
  return {
    members: results.length,
    graded: results.filter((r) => r.status === 'graded').length,
    vetoed: results.filter((r) => r.status === 'vetoed').length,
    pending: results.filter((r) => r.status === 'pending').length,
    grades,
    errors: 1,
    warnings: 2,
  };
}

export function noticeContext(over: Partial<NoticeContext> = {}): NoticeContext {
  const results = over.results ?? testResults();
  const shortlist: ShortlistResult = {
    entries: [{ row: 5, name: '张三', score: 92.5, rank: 1, grade: '优秀', group: 'all', tie: false }],
    excluded: [],
    groups: [{ group: 'all', members: results.length, quota: 3, taken: 1 }],
  };
  return {
    year: 2025,
    yearOrigin: 'method',
    method: testMethod(),
    results,
    shortlist,
    stats: [],
    summary: summaryOf(results),
    location: {
      sheet: '统计表',
      headerRows: [3],
      firstDataRow: 5,
      lastDataRow: 10,
      columns: ['plenary_attended', 'plenary_absent', 'committee_activities', 'proposals_lead', 'proposals_accepted', 'opinions_submitted'].map((key, i) => ({ key, kind: 'count' as const, col: 5 + i, header: key })),
    },
    fileName: '履职统计.xlsx',
    today: { year: 2025, month: 12, day: 26 },
    runAt: '2025-12-26 09:30:00',
    previousRunLog: null,
    methodOrigin: 'default',
    findings: [],
    ...over,
  };
}

/** Every value of rows from..to (inclusive) as text. */
export function rowsText(plan: SheetPlan, from = 1, to = plan.values.length): string[] {
  return plan.values
    .slice(from - 1, to)
    .flat()
    .filter((v): v is Exclude<PlanValue, null> => v !== null)
    .map(String)
    // Paragraphs come broken into lines (no 「）》」 at a line start): compare their text.
    .map((t) => t.replace(/\n/g, ''));
}

/** The printed pages of a sheet as row ranges, split at its manual page breaks. */
export function pages(plan: SheetPlan): { from: number; to: number }[] {
  const starts = [1, ...plan.pageBreaks];
  const last = Math.max(plan.values.length, ...plan.rowHeights.map((h) => h.row));
  return starts.map((from, i) => ({ from, to: i + 1 < starts.length ? starts[i + 1] - 1 : last }));
}

export function cell(plan: SheetPlan, row: number, col: number): PlanValue {
  return plan.values[row - 1]?.[col - 1] ?? null;
}

/** The 1-based row whose cells include `text` exactly (first match), or 0. */
export function rowOf(plan: SheetPlan, text: string, from = 1): number {
  for (let r = from; r <= plan.values.length; r++) if (plan.values[r - 1].some((v) => v === text)) return r;
  return 0;
}

/** Sum of the explicit row heights of rows from..to. */
export function heightOf(plan: SheetPlan, from: number, to: number): number {
  return plan.rowHeights.filter((h) => h.row >= from && h.row <= to).reduce((a, h) => a + h.height, 0);
}

/** The style a cell ends up with: every run covering it, later runs overriding earlier ones property by property. */
export function styleAt(plan: SheetPlan, row: number, col: number): CellStyle {
  let style: CellStyle = {};
  for (const run of plan.styles) {
    const r = parseRange(run.range);
    if (r && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) style = { ...style, ...run.style, font: { ...style.font, ...run.style.font } };
  }
  return style;
}

/** The fill a cell shows through the plan's conditional fills (the cell's text equals the rule's), or null. */
export function shownFill(plan: SheetPlan, row: number, col: number): string | null {
  const text = plan.values[row - 1]?.[col - 1];
  for (const c of plan.conditionalFills ?? []) {
    const r = parseRange(c.range);
    if (r && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right && text === c.equals) return c.fill;
  }
  return null;
}

/** Every phone and ID number of the members: none may appear in a generated sheet. */
export function secrets(results: readonly MemberResult[]): string[] {
  return results.flatMap((r) => [r.phone, r.idNumber]).filter((v): v is string => v !== null);
}
