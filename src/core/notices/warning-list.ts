/**
 * 履职预警名单: members who fail a requirement, were vetoed, or have no activity at all in the
 * year, with the reasons — the list that leads to a reminder talk (约谈). Pending members are not
 * judged on data still being checked; a line under the table says how many there are.
 */
import type { SheetPlan } from '../plan';
import type { MemberResult, Method } from '../types';
import { missedParts } from '../method/plain-words';
import { memberVariables, type ExtraValues } from '../evaluate/variables';
import { noActivity } from './areas';
import type { NoticeContext } from './context';
import { committeeColumn, gradeColumn, nameColumn, numbered, scoreColumn, sectorColumn, serialColumn, type MemberRow } from './member-columns';
import { NoticeWriter, STANDARD_SIZES, type NoticeColumn } from './notice-writer';
import { labelOf, noticeMembers, wording } from './wording';

/** 序号 姓名 界别 专委会 工作单位 得分 等次 预警原因: 78 characters. */
export const WARNING_WIDTHS: readonly number[] = [5.5, 9.5, 8, 8, 12, 8.5, 9.5, 19];

/** Why a member is on the warning list, in plain words; empty when not. */
export function warningReasons(m: MemberResult, method?: Method, extra: ExtraValues | null = null): string[] {
  if (m.status === 'pending') return [];
  const label = method ? labelOf(method) : null;
  const reasons = m.unmetRequirements.map((name) => {
    const r = method?.requirements.find((x) => x.label === name);
    const missed = r && label ? missedParts(r.when.expr, label, memberVariables(m, method ?? null, extra)) : [];
    return `未达到基本要求「${name}」${missed.length > 0 ? `：${missed.join('，')}` : ''}`;
  });
  reasons.push(...m.vetoes.map((name) => `否决情形：${name}`));
  if (noActivity(m)) reasons.push('全年无履职记录');
  return reasons;
}

export function warningListSheet(name: string, ctx: NoticeContext): SheetPlan {
  const w = wording(ctx);
  const listed = noticeMembers(ctx).filter((m) => warningReasons(m, ctx.method, ctx.termOf?.(m) ?? null).length > 0);
  const out = new NoticeWriter(name, WARNING_WIDTHS, STANDARD_SIZES);
  const small = out.sizes.table + 1.5;
  out.title(`${w.year}年度委员履职预警名单`);
  out.spacer();
  out.paragraph(`根据《${ctx.method.title}》，以下委员未达到基本要求、存在否决情形或全年无履职记录，共${listed.length}人，建议约谈提醒。`, { size: small });
  out.spacer(6);
  const columns: NoticeColumn<MemberRow>[] = [
    serialColumn,
    nameColumn,
    sectorColumn,
    committeeColumn,
    { header: '工作单位', value: (r) => r.m.unit ?? '' },
    scoreColumn,
    gradeColumn(ctx.method),
    { header: '预警原因', value: (r) => warningReasons(r.m, ctx.method, ctx.termOf?.(r.m) ?? null).join('；'), align: 'left' },
  ];
  const table = out.table(columns, numbered(listed));
  if (listed.length === 0) out.paragraph('本年度没有需要预警的委员。', { size: small });
  const pendingCount = noticeMembers(ctx).filter((m) => m.status === 'pending').length;
  if (pendingCount > 0) out.paragraph(`另有${pendingCount}名委员的履职数据待核实，核实前未列入本名单。`, { size: small });
  return out.build({ printTitleRows: [table.headerTop, table.headerBottom] });
}
