/**
 * 个人履职告知单: one page per member in one sheet (page breaks, not hundreds of sheets): the
 * member's own counts, points per item and category, score, grade, rank, and why — unmet
 * requirements and vetoes in plain words; a pending member (待核实) gets one neutral line, never the
 * office's findings (cells, rows, what to fix).
 */
import type { SheetPlan } from '../plan';
import type { MemberResult, Method, MethodItem } from '../types';
import type { NoticeContext } from './context';
import { gradeFill, gradeText } from './member-columns';
import {
  COMPACT_SIZES,
  NoticeWriter,
  PAGE_BUDGET_PT,
  STANDARD_SIZES,
  TIGHT_SIZES,
  stackPages,
  type FontSizes,
  type NoticeColumn,
} from './notice-writer';
import { fillPlaceholders, type PlaceholderValues } from './placeholders';
import { PENDING_LINE, basePlaceholders, labelOf, memberPlaceholders, noticeMembers, wording, type Wording } from './wording';
import { factsText, missedParts } from '../method/plain-words';
import { memberVariables, type ExtraValues } from '../evaluate/variables';
import { itemRule, pointsText } from './rules';

/** 类别 | 计分项目 | 次数 | 计分 | 计分规则: 74 characters. */
export const SLIP_WIDTHS: readonly number[] = [12, 14, 9.5, 8, 30.5];

interface ItemRow {
  readonly item: MethodItem;
  readonly count: number;
  readonly points: number | null;
}

/** What every slip of one sheet shares: computed once per method, not once per member and size. */
interface SlipShared {
  readonly name: string;
  readonly ctx: NoticeContext;
  readonly w: Wording;
  readonly base: PlaceholderValues;
  readonly ranked: number;
  /** Method items grouped by category in the method's order, uncategorised items last. */
  readonly items: readonly MethodItem[];
  readonly rules: ReadonlyMap<MethodItem, string>;
  /** The distinct categories of the items. */
  readonly categories: readonly (string | null)[];
}

/** One member's texts, the same at every size. */
interface SlipTexts {
  readonly title: string;
  readonly opening: string;
  readonly categories: ReadonlyMap<string | null, string>;
  readonly reasons: readonly string[];
  readonly rank: string;
  readonly grade: string;
}

/** One page per member the notices go to, or only those of `members` (a unit, the selected rows); ranks and counts still come from the whole table. */
export function memberSlipsSheet(name: string, ctx: NoticeContext, members?: readonly MemberResult[]): SheetPlan {
  const w = wording(ctx);
  const method = ctx.method;
  const shared: SlipShared = {
    name,
    ctx,
    w,
    base: basePlaceholders(method, w),
    ranked: ctx.results.filter((m) => m.status === 'graded').length,
    items: byCategory(method, method.items),
    rules: new Map(method.items.map((item) => [item, itemRule(item)])),
    categories: [...new Set(method.items.map((item) => item.category))],
  };
  const floors = new Map<FontSizes, number>();
  const floor = (sizes: FontSizes): number => {
    let h = floors.get(sizes);
    if (h === undefined) {
      h = blankSlipHeight(shared, ctx.results[0], sizes);
      floors.set(sizes, h);
    }
    return h;
  };
  const rows = members ? new Set(members.map((m) => m.row)) : null;
  const pages = noticeMembers(ctx)
    .filter((m) => rows === null || rows.has(m.row))
    .map((m) => (m.status === 'pending' ? pendingSlip(shared, m) : slipPage(shared, m, floor)));
  return stackPages(name, SLIP_WIDTHS, pages);
}

/** A pending member's slip: one neutral line, nothing of the data still being checked (no cell, row, code or instruction). */
function pendingSlip(shared: SlipShared, m: MemberResult): SheetPlan {
  const values = { ...shared.base, ...memberPlaceholders(m) };
  const out = new NoticeWriter(shared.name, SLIP_WIDTHS, STANDARD_SIZES);
  out.title(fillPlaceholders(shared.w.slipTitle, values));
  out.spacer();
  out.paragraph(`${m.name}委员：`, { indent: false });
  out.paragraph(PENDING_LINE);
  out.signature(shared.w.office, shared.w.date);
  return out.build();
}

/**
 * A lower bound of the height of any member's slip with every item at these sizes: the slip of a
 * member whose every text is empty (one line, the fewest a cell takes), numbers zero and no reasons
 * gets exactly the rows of a real slip minus the reasons, each row at most as tall. When even it
 * does not fit, no member's slip with every item fits, and the try need not be written.
 */
function blankSlipHeight(shared: SlipShared, sample: MemberResult, sizes: FontSizes): number {
  const blank: MemberResult = {
    ...sample,
    name: '',
    sector: null,
    committee: null,
    unit: null,
    role: '',
    counts: {},
    itemPoints: {},
    categories: {},
    score: null,
    grade: null,
    status: 'graded',
    rank: null,
  };
  const texts: SlipTexts = { title: '', opening: '', categories: new Map(), reasons: [], rank: '', grade: '' };
  return writeSlip(shared, texts, blank, sizes, false).b.height();
}

const TRIES: readonly (readonly [FontSizes, boolean])[] = [
  [STANDARD_SIZES, false],
  [COMPACT_SIZES, false],
  [STANDARD_SIZES, true],
  [COMPACT_SIZES, true],
  [TIGHT_SIZES, true],
];

/**
 * The slip with every item at the largest sizes that keep it on one page; else only the items with a
 * count or points (readable type is worth more than rows of zeros), at the largest sizes that fit.
 */
function slipPage(shared: SlipShared, m: MemberResult, floor: (sizes: FontSizes) => number): SheetPlan {
  const method = shared.ctx.method;
  const values = { ...shared.base, ...memberPlaceholders(m) };
  const pending = m.status === 'pending';
  const texts: SlipTexts = {
    title: fillPlaceholders(shared.w.slipTitle, values),
    opening: fillPlaceholders(shared.w.slipOpening, values),
    categories: new Map(shared.categories.map((key) => [key, categoryText(method, m, key, pending)])),
    reasons: memberReasons(method, m, shared.ctx.termOf?.(m) ?? null),
    rank: m.rank !== null ? `第${m.rank}名（共${shared.ranked}人参加排名）` : pending ? '—' : '不参加排名',
    grade: gradeText(m),
  };
  for (const [sizes, activeOnly] of TRIES) {
    if (!activeOnly && floor(sizes) > PAGE_BUDGET_PT) continue;
    const out = writeSlip(shared, texts, m, sizes, activeOnly);
    // Measured before it is built: only the slip that is kept becomes a plan.
    if (out.b.height() <= PAGE_BUDGET_PT) return out.build();
  }
  return writeSlip(shared, texts, m, TIGHT_SIZES, true).build();
}

function writeSlip(shared: SlipShared, texts: SlipTexts, m: MemberResult, sizes: FontSizes, activeOnly: boolean): NoticeWriter {
  const w = shared.w;
  const method = shared.ctx.method;
  const pending = m.status === 'pending';
  const out = new NoticeWriter(shared.name, SLIP_WIDTHS, sizes);
  out.title(texts.title);
  out.spacer();
  out.paragraph(`${m.name}委员：`, { indent: false });
  out.paragraph(texts.opening);
  out.spacer(6);
  out.form([
    [{ value: '姓名', label: true }, { value: m.name }, { value: '界别', label: true }, { value: m.sector ?? '', span: 2 }],
    [{ value: '专委会', label: true }, { value: m.committee ?? '' }, { value: '政协职务', label: true }, { value: m.role, span: 2 }],
    [
      { value: '工作单位', label: true },
      { value: m.unit ?? '', span: 4 },
    ],
  ]);
  out.spacer(6);

  const rows = itemRows(shared.items, m, pending);
  const shown = activeOnly ? rows.filter((r) => r.count !== 0 || (r.points ?? 0) !== 0) : rows;
  const columns: NoticeColumn<ItemRow>[] = [
    { header: '类别', value: (r) => texts.categories.get(r.item.category) ?? '', mergeDown: (r) => r.item.category ?? '' },
    { header: '计分项目', value: (r) => r.item.label, align: 'left' },
    { header: '次数', value: (r) => r.count },
    { header: '计分', value: (r) => r.points ?? '—' },
    { header: '计分规则', value: (r) => shared.rules.get(r.item) ?? '', align: 'left' },
  ];
  out.table(columns, shown);
  if (shown.length < rows.length)
    out.paragraph(`其余 ${rows.length - shown.length} 个计分项目本年度无记录，未计分。`, { indent: false, size: sizes.table });
  out.spacer(6);

  out.form([
    [
      { value: '基础分', label: true },
      { value: method.base },
      { value: '综合得分', label: true },
      { value: pending || m.score === null ? '—' : m.score, span: 2 },
    ],
    [
      { value: '评价等次', label: true },
      { value: texts.grade, fill: gradeFill(method, m) },
      { value: '名次', label: true },
      { value: texts.rank, span: 2 },
    ],
  ]);
  out.spacer(6);
  for (const line of texts.reasons) out.paragraph(line, { size: sizes.table + 1.5 });
  out.signature(w.office, w.date);
  return out;
}

/** The items (already in slip order) with the member's count and points. */
function itemRows(items: readonly MethodItem[], m: MemberResult, pending: boolean): ItemRow[] {
  return items.map((item) => ({ item, count: m.counts[item.key] ?? 0, points: pending ? null : (m.itemPoints[item.key] ?? 0) }));
}

/** Items grouped by category in the method's order, uncategorised items last. */
function byCategory(method: Method, items: readonly MethodItem[]): MethodItem[] {
  const order = new Map(method.categories.map((c, i) => [c.key, i]));
  const rank = (item: MethodItem): number =>
    item.category === null ? method.categories.length : (order.get(item.category) ?? method.categories.length);
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map(({ item }) => item);
}

/** 「会议活动 / 18.00分 / 上限30分」: the category, its clamped subtotal and bounds. */
function categoryText(method: Method, m: MemberResult, key: string | null, pending: boolean): string {
  const c = key === null ? undefined : method.categories.find((x) => x.key === key);
  if (!c) return '单列项目';
  const lines = [c.label];
  if (!pending) lines.push(`${(m.categories[c.key] ?? 0).toFixed(2)}分`);
  if (c.max !== null) lines.push(`上限${pointsText(c.max)}分`);
  if (c.min !== null) lines.push(`下限${pointsText(c.min)}分`);
  return lines.join('\n');
}

/** Why the member got this grade, one line each, in plain words; for a pending member the one neutral line. */
export function reasons(ctx: NoticeContext, m: MemberResult): string[] {
  return memberReasons(ctx.method, m, ctx.termOf?.(m) ?? null);
}

function memberReasons(method: Method, m: MemberResult, extra: ExtraValues | null): string[] {
  if (m.status === 'pending') return [PENDING_LINE];
  const label = labelOf(method);
  const values = memberVariables(m, method, extra);
  const lines: string[] = [];
  if (m.unmetRequirements.length === 0) lines.push('基本要求：已全部达到。');
  for (const name of m.unmetRequirements) {
    const r = method.requirements.find((x) => x.label === name);
    const missed = r ? missedParts(r.when.expr, label, values) : [];
    lines.push(`未达到基本要求「${name}」${missed.length > 0 ? `：${missed.join('，')}` : ''}${r ? `，等次最高为${r.ceiling}` : ''}。`);
  }
  for (const name of m.vetoes) {
    const v = method.vetoes.find((x) => x.label === name);
    const facts = v ? factsText(v.when.expr, label, values) : '';
    lines.push(`${name}${facts ? `（${facts}）` : ''}${v ? `，等次定为${v.grade}` : ''}。`);
  }
  const byScore = scoreGrade(method, m.score);
  if (byScore !== null && m.grade !== null && byScore !== m.grade) lines.push(`按得分，等次应为${byScore}；因上述情形，评定为${m.grade}。`);
  return lines;
}

/** The grade the score alone gives (the first grade whose min the score reaches). */
export function scoreGrade(method: Method, score: number | null): string | null {
  if (score === null) return null;
  const cents = Math.round(score * 100);
  const g = method.grades.find((x) => x.min === null || cents >= Math.round(x.min * 100));
  return g?.name ?? null;
}
