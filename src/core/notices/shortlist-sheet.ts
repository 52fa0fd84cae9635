/**
 * 优秀委员建议名单: the shortlist, ranked per scope group with the reason each member is
 * eligible. Ties at the cut-off are marked for the reviewing committee (the program does not
 * settle them); members left out by role or by the method's conditions are listed separately.
 */
import type { SheetPlan } from '../plan';
import type { Method, MethodShortlist, ShortlistEntry, ShortlistExclusion, ShortlistResult } from '../types';
import { askText } from '../method/plain-words';
import type { NoticeContext } from './context';
import { NoticeWriter, STANDARD_SIZES, type NoticeColumn, type SectionRow } from './notice-writer';
import { labelOf, wording } from './wording';
import { gradeFills } from './member-columns';

export const TIE_MARK = '并列，需研究确定';
const ALL = 'all';

/** 序号 姓名 范围 得分 名次 等次 理由 备注: 79.5 characters. */
export const SHORTLIST_WIDTHS: readonly number[] = [5.5, 9.5, 10, 8, 5.5, 8, 23, 10];

/** A row of the one table: a member on the list, or one left out (so the repeated header fits both). */
type ListRow =
  | { readonly kind: 'entry'; readonly no: number; readonly e: ShortlistEntry; readonly reason: string }
  | { readonly kind: 'excluded'; readonly no: number; readonly x: ShortlistExclusion; readonly rank: number | null };

export function shortlistSheet(name: string, ctx: NoticeContext): SheetPlan {
  const w = wording(ctx);
  const settings = ctx.method.shortlist;
  const out = new NoticeWriter(name, SHORTLIST_WIDTHS, STANDARD_SIZES);
  if (settings === null || ctx.shortlist === null) {
    out.title(`${w.year}年度优秀委员建议名单`);
    out.spacer();
    out.paragraph(`本评价办法（《${ctx.method.title}》）未设置优秀委员建议名单的评选办法，因此不生成建议名单。`);
    return out.build();
  }
  const result = ctx.shortlist;
  const small = out.sizes.table + 1.5;
  out.title(`${w.year}年度${settings.label}`);
  out.spacer();
  out.paragraph(`根据《${ctx.method.title}》，按${scopeText(settings)}${percent(settings.quota)}的比例（${roundingText(settings)}）推荐，等次须达到${settings.minGrade}及以上。本名单由程序按得分生成，供评审研究，最终名单以审议结果为准。`, { size: small });
  out.spacer(6);

  const rankOf = new Map(ctx.results.map((m) => [m.row, m.rank]));
  const entries = entryRows(result, settings, ctx.method);
  const excluded: ListRow[] = result.excluded.map((x, i) => ({ kind: 'excluded', no: i + 1, x, rank: rankOf.get(x.row) ?? null }));
  const quota = result.groups.reduce((n, g) => n + g.quota, 0);
  const rows: (ListRow | SectionRow)[] = [{ section: `一、建议名单（${entries.length}人，名额${quota}名）` }, ...entries];
  if (entries.length === 0) rows.push({ section: '没有委员符合推荐条件。', plain: true });
  rows.push(...tieNotes(result).map((note) => ({ section: note, plain: true })));
  rows.push({ section: `二、未列入名单的委员（${excluded.length}人）：得分达到${settings.minGrade}及以上，但因政协职务或评价办法规定的条件未列入` });
  rows.push(...(excluded.length > 0 ? excluded : [{ section: '无。', plain: true }]));

  const columns: NoticeColumn<ListRow>[] = [
    { header: '序号', value: (r) => r.no },
    { header: '姓名', value: (r) => (r.kind === 'entry' ? r.e.name : r.x.name) },
    { header: scopeHeader(settings), value: (r) => groupLabel(r.kind === 'entry' ? r.e.group : r.x.group) },
    { header: '得分', value: (r) => (r.kind === 'entry' ? r.e.score : (r.x.score ?? '—')) },
    { header: '名次', value: (r) => (r.kind === 'entry' ? r.e.rank : (r.rank ?? '—')) },
    { header: '等次', value: (r) => (r.kind === 'entry' ? r.e.grade : (r.x.grade ?? '—')), valueFills: gradeFills(ctx.method) },
    { header: '入选理由或未列入原因', value: (r) => (r.kind === 'entry' ? r.reason : r.x.reason), align: 'left' },
    { header: '备注', value: (r) => (r.kind === 'entry' ? (r.e.tie ? TIE_MARK : '') : '未列入') },
  ];
  const table = out.table(columns, rows);
  const pendingCount = ctx.results.filter((m) => m.status === 'pending').length;
  if (pendingCount > 0) out.paragraph(`另有${pendingCount}名委员的履职数据待核实，未参加评选。`, { size: small });
  return out.build({ printTitleRows: [table.headerTop, table.headerBottom] });
}

function entryRows(result: ShortlistResult, settings: MethodShortlist, method: Method): ListRow[] {
  const rows: ListRow[] = [];
  for (const g of result.groups) {
    for (const e of result.entries.filter((x) => x.group === g.group)) rows.push({ kind: 'entry', no: rows.length + 1, e, reason: eligibleReason(e, settings, method) });
  }
  return rows;
}

/**
 * Why a member is on the list, in plain words: grade, requirements, the method's condition. The rank
 * is stated once, in 名次 (a place among the candidates beside it would be a second, different rank).
 */
export function eligibleReason(e: ShortlistEntry, settings: MethodShortlist, method: Method): string {
  const parts = [`等次${e.grade}`, '达到基本要求'];
  if (settings.when !== null) parts.push(askText(settings.when.expr, labelOf(method)));
  return parts.join('；');
}

/** One note per group where ties at the cut-off push the list above the quota. */
export function tieNotes(result: ShortlistResult): string[] {
  return result.groups
    .filter((g) => g.taken > g.quota)
    .map((g) => `注：${groupLabel(g.group)}名额${g.quota}名，因第${g.quota}名得分并列，列入${g.taken}名，超出名额${g.taken - g.quota}名；标注「${TIE_MARK}」的委员由评审研究确定。`);
}

function groupLabel(group: string): string {
  return group === ALL ? '全体委员' : group;
}

function scopeHeader(s: MethodShortlist): string {
  return { all: '范围', committee: '专委会', liaison_group: '联络组', sector: '界别' }[s.scope];
}


function scopeText(s: MethodShortlist): string {
  return { all: '全体委员', committee: '各专委会委员人数', liaison_group: '各联络组委员人数', sector: '各界别委员人数' }[s.scope];
}

function roundingText(s: MethodShortlist): string {
  return { floor: '不足1名的部分舍去', round: '四舍五入', ceil: '不足1名的部分按1名计' }[s.rounding];
}

function percent(quota: number): string {
  return `${Math.round(quota * 10000) / 100}%`;
}
