/**
 * 优秀委员建议名单: the shortlist, ranked per scope group with the reason each member is
 * eligible. Ties at the cut-off are marked for the reviewing committee (the program does not
 * settle them); members left out by role or by the method's conditions are listed separately.
 */
import type { SheetPlan } from '../plan';
import type { MethodShortlist, ShortlistEntry, ShortlistExclusion, ShortlistResult } from '../types';
import type { NoticeContext } from './context';
import { NoticeWriter, STANDARD_SIZES, type NoticeColumn } from './notice-writer';
import { wording } from './wording';

export const TIE_MARK = '并列，需研究确定';
const ALL = 'all';

/** 序号 姓名 范围 得分 名次 等次 入选理由 备注: 78 characters. */
export const SHORTLIST_WIDTHS: readonly number[] = [5.5, 9.5, 10, 8, 5.5, 8, 23, 10];

interface EntryRow {
  readonly no: number;
  readonly e: ShortlistEntry;
  readonly reason: string;
}

interface ExcludedRow {
  readonly no: number;
  readonly x: ShortlistExclusion;
}

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
  const sizes = out.sizes;
  out.title(`${w.year}年度${settings.label}`);
  out.spacer();
  out.paragraph(`根据《${ctx.method.title}》，按${scopeText(settings)}${percent(settings.quota)}的比例（${roundingText(settings)}）推荐，等次须达到${settings.minGrade}及以上。本名单由程序按得分生成，供评审研究，最终名单以审议结果为准。`, { size: sizes.table + 1.5 });
  out.spacer(6);

  const rows = entryRows(result, settings);
  const columns: NoticeColumn<EntryRow>[] = [
    { header: '序号', value: (r) => r.no },
    { header: '姓名', value: (r) => r.e.name },
    { header: settings.scope === ALL ? '范围' : scopeHeader(settings), value: (r) => groupLabel(r.e.group) },
    { header: '得分', format: '0.00', value: (r) => r.e.score },
    { header: '名次', value: (r) => r.e.rank },
    { header: '等次', value: (r) => r.e.grade, fill: (r) => ctx.method.grades.find((g) => g.name === r.e.grade)?.color ?? null },
    { header: '入选理由', value: (r) => r.reason, align: 'left' },
    { header: '备注', value: (r) => (r.e.tie ? TIE_MARK : '') },
  ];
  const table = out.table(columns, rows);
  if (rows.length === 0) out.paragraph('没有委员符合推荐条件。', { size: sizes.table + 1.5 });
  for (const line of tieNotes(result)) out.paragraph(line, { size: sizes.table + 1.5 });
  const pendingCount = ctx.results.filter((m) => m.status === 'pending').length;
  if (pendingCount > 0) out.paragraph(`另有${pendingCount}名委员的履职数据待核实，未参加评选。`, { size: sizes.table + 1.5 });

  out.spacer();
  out.heading(`未列入名单的委员（${result.excluded.length}人）`);
  if (result.excluded.length === 0) {
    out.paragraph('无。', { size: sizes.table + 1.5 });
  } else {
    out.paragraph(`以下委员按得分达到${settings.minGrade}及以上，但因政协职务或评价办法规定的条件未列入建议名单：`, { size: sizes.table + 1.5 });
    const excludedColumns: NoticeColumn<ExcludedRow>[] = [
      { header: '序号', value: (r) => r.no },
      { header: '姓名', value: (r) => r.x.name },
      { header: settings.scope === ALL ? '范围' : scopeHeader(settings), value: (r) => groupLabel(r.x.group) },
      { header: '得分', format: '0.00', value: (r) => r.x.score ?? '—' },
      { header: '等次', span: 2, value: (r) => r.x.grade ?? '—' },
      { header: '未列入原因', span: 2, value: (r) => r.x.reason, align: 'left' },
    ];
    out.table(
      excludedColumns,
      result.excluded.map((x, i) => ({ no: i + 1, x })),
    );
  }
  return out.build({ printTitleRows: [table.headerTop, table.headerBottom] });
}

function entryRows(result: ShortlistResult, settings: MethodShortlist): EntryRow[] {
  const rows: EntryRow[] = [];
  for (const g of result.groups) {
    const entries = result.entries.filter((e) => e.group === g.group);
    entries.forEach((e) => {
      // Position inside the group, ties sharing a place (entries come sorted by score).
      const place = entries.findIndex((x) => Math.round(x.score * 100) === Math.round(e.score * 100)) + 1;
      rows.push({ no: rows.length + 1, e, reason: eligibleReason(e, settings, place, g.quota) });
    });
  }
  return rows;
}

/** Why a member is on the list: grade, requirements, the method's condition, place within the quota. */
export function eligibleReason(e: ShortlistEntry, settings: MethodShortlist, place: number, quota: number): string {
  const parts = [`等次${e.grade}（${settings.minGrade}及以上）`, '达到全部基本要求，无否决情形'];
  if (settings.excludeRoles.length > 0) parts.push(`非${settings.excludeRoles.join('、')}`);
  if (settings.when !== null) parts.push(`符合条件「${settings.when.source}」`);
  parts.push(`${groupLabel(e.group)}中得分第${place}位（名额${quota}名）`);
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
