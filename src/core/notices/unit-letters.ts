/**
 * 单位告知: one A4 page per employer unit, addressed to it, naming only its own members. Each
 * page is built on its own and then stacked with a page break, so nothing on one unit's rows
 * (cell, note, formula, hidden row) can refer to another unit's member.
 */
import type { SheetPlan } from '../plan';
import type { MemberResult } from '../types';
import type { NoticeContext } from './context';
import { areaColumns, committeeColumn, gradeColumn, nameColumn, numbered, scoreColumn, sectorColumn, serialColumn, type MemberRow } from './member-columns';
import { LETTER_PAGE, NoticeWriter, fitOnePage, stackPages, type FontSizes, type NoticeColumn } from './notice-writer';
import { fillPlaceholders } from './placeholders';
import { basePlaceholders, countPlaceholders, unitOf, wording } from './wording';
import { SHEETS } from '../sheet-names';

/** 序号 姓名 界别 专委会 | 出席 请假 缺席 | 提案 社情民意 发言 其他活动 | 得分 等次: 81.5 characters. */
export const UNIT_WIDTHS: readonly number[] = [5.5, 9.5, 8, 8, 4.5, 4.5, 4.5, 4.5, 5, 4.5, 5, 8.5, 9.5];

export interface UnitGroup {
  readonly unit: string;
  readonly members: readonly MemberResult[];
}

/** Members grouped by unit in the order units first appear; members without a unit under 「未填写单位」. */
export function unitGroups(results: readonly MemberResult[]): UnitGroup[] {
  const groups = new Map<string, MemberResult[]>();
  for (const m of results) {
    const unit = unitOf(m);
    const list = groups.get(unit) ?? [];
    list.push(m);
    groups.set(unit, list);
  }
  return [...groups].map(([unit, members]) => ({ unit, members }));
}

export function unitLettersSheet(name: string, ctx: NoticeContext): SheetPlan {
  const pages = unitGroups(ctx.results).map((g) => unitPage(name, ctx, g));
  return stackPages(name, UNIT_WIDTHS, pages);
}

/** One standalone sheet per employer unit, for `--split-units` (values only, no links back). */
export function unitLetterSheets(ctx: NoticeContext): { readonly unit: string; readonly sheet: SheetPlan }[] {
  return unitGroups(ctx.results).map((g) => ({ unit: g.unit, sheet: unitPage(SHEETS.unitLetters, ctx, g) }));
}

/** The letter to one unit, as a standalone one-page sheet (row 1 is its first row). */
export function unitPage(name: string, ctx: NoticeContext, group: UnitGroup): SheetPlan {
  const w = wording(ctx);
  const values = { ...basePlaceholders(ctx.method, w), ...countPlaceholders(ctx.method, group.members), 单位: group.unit };
  const columns: NoticeColumn<MemberRow>[] = [serialColumn, nameColumn, sectorColumn, committeeColumn, ...areaColumns(ctx.method), scoreColumn, gradeColumn(ctx.method)];
  const rows = numbered(group.members);
  return fitOnePage((sizes: FontSizes) => {
    const out = new NoticeWriter(name, UNIT_WIDTHS, sizes);
    out.title(fillPlaceholders(w.unitTitle, values));
    out.spacer();
    out.paragraph(`${group.unit}：`, { indent: false });
    out.paragraph(fillPlaceholders(w.unitOpening, values));
    out.spacer(6);
    out.table(columns, rows);
    out.spacer(6);
    out.paragraph(fillPlaceholders(w.unitClosing, values));
    out.signature(w.office, w.date);
    return out.build({}, LETTER_PAGE);
  });
}
