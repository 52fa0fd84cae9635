/**
 * 单位告知: one A4 page per employer unit, addressed to it, naming only its own members, each once.
 * Every letter has the same type sizes (the largest at which all of them fit one page). Members
 * without a unit, and members whose unit is the committee itself, get no letter: the run says so.
 * Each page is built on its own and then stacked with a page break, so nothing on one unit's rows
 * (cell, note, formula, hidden row) can refer to another unit's member.
 */
import type { SheetPlan } from '../plan';
import type { MemberResult } from '../types';
import { areaNote, presentAreas } from './areas';
import type { NoticeContext } from './context';
import { areaColumns, committeeColumn, gradeColumn, memberGrid, nameColumn, numbered, scoreColumn, sectorColumn, serialColumn, type MemberRow } from './member-columns';
import { COMPACT_SIZES, LETTER_PAGE, NoticeWriter, PAGE_BUDGET_PT, STANDARD_SIZES, TIGHT_SIZES, blockHeight, stackPages, type FontSizes, type NoticeColumn } from './notice-writer';
import { fillPlaceholders } from './placeholders';
import { NO_UNIT, PENDING_GRADE, basePlaceholders, committeeName, countPlaceholders, isCommitteeItself, labelOf, noticeMembers, unitOf, wording } from './wording';
import { SHEETS } from '../sheet-names';

export interface UnitGroup {
  readonly unit: string;
  readonly members: readonly MemberResult[];
}

export interface LetterPlan {
  /** Employer units in the order they first appear, each with its members (each member once). */
  readonly groups: readonly UnitGroup[];
  /** Members without a unit: no one to send a letter to. */
  readonly noUnit: readonly MemberResult[];
  /** Members whose unit is the committee itself. */
  readonly committee: readonly MemberResult[];
}

/** Members grouped by employer unit in the order units first appear. */
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

/** Who gets a letter: employer units only. */
export function letterPlan(ctx: NoticeContext): LetterPlan {
  const all = unitGroups(noticeMembers(ctx));
  return {
    groups: all.filter((g) => g.unit !== NO_UNIT && !isCommitteeItself(g.unit, ctx.method)),
    noUnit: all.filter((g) => g.unit === NO_UNIT).flatMap((g) => g.members),
    committee: all.filter((g) => g.unit !== NO_UNIT && isCommitteeItself(g.unit, ctx.method)).flatMap((g) => g.members),
  };
}

/** What the run tells the office about members who get no unit letter (empty when everyone's unit gets one). */
export function letterNotes(ctx: NoticeContext): string[] {
  const plan = letterPlan(ctx);
  const names = (ms: readonly MemberResult[]): string => ms.map((m) => m.name).join('、');
  const notes: string[] = [];
  if (plan.committee.length > 0) notes.push(`${plan.committee.length} 名委员的工作单位是${committeeName(ctx.method)}本身，不生成单位告知：${names(plan.committee)}。`);
  if (plan.noUnit.length > 0) notes.push(`${plan.noUnit.length} 名委员未填写工作单位，无法生成单位告知：${names(plan.noUnit)}。`);
  return notes;
}

export function unitLettersSheet(name: string, ctx: NoticeContext): SheetPlan {
  const { pages, widths } = letterPages(name, ctx);
  return stackPages(name, widths, pages.map((p) => p.sheet));
}

/** One standalone sheet per employer unit, for `--split-units` (values only, no links back). */
export function unitLetterSheets(ctx: NoticeContext): { readonly unit: string; readonly sheet: SheetPlan }[] {
  return letterPages(SHEETS.unitLetters, ctx).pages.map((p) => ({ unit: p.unit, sheet: p.sheet }));
}

const TRIES: readonly FontSizes[] = [STANDARD_SIZES, COMPACT_SIZES, TIGHT_SIZES];

/** Every letter at one set of sizes: the largest at which all fit one page (the smallest when none does). */
function letterPages(name: string, ctx: NoticeContext): { pages: { unit: string; sheet: SheetPlan }[]; widths: number[] } {
  const groups = letterPlan(ctx).groups;
  const widths = memberGrid(
    groups.flatMap((g) => g.members.map((m) => m.name)),
    presentAreas(ctx.method, ctx.location),
    [6.5, 8],
  );
  let pages: { unit: string; sheet: SheetPlan }[] = [];
  for (const sizes of TRIES) {
    pages = groups.map((g) => ({ unit: g.unit, sheet: unitPage(name, ctx, g, sizes, widths) }));
    if (pages.every((p) => blockHeight(p.sheet) <= PAGE_BUDGET_PT)) break;
  }
  return { pages, widths };
}

/** The letter to one unit, as a standalone one-page sheet (row 1 is its first row). */
export function unitPage(name: string, ctx: NoticeContext, group: UnitGroup, sizes: FontSizes, widths: readonly number[]): SheetPlan {
  const w = wording(ctx);
  const values = { ...basePlaceholders(ctx.method, w), ...countPlaceholders(ctx.method, group.members), 单位: group.unit };
  const areas = presentAreas(ctx.method, ctx.location);
  const columns: NoticeColumn<MemberRow>[] = [serialColumn, nameColumn, sectorColumn, committeeColumn, ...areaColumns(ctx.method, areas), scoreColumn, gradeColumn(ctx.method)];
  const out = new NoticeWriter(name, widths, sizes);
  out.title(fillPlaceholders(w.unitTitle, values));
  out.spacer();
  out.paragraph(`${group.unit}：`, { indent: false });
  out.paragraph(fillPlaceholders(w.unitOpening, values));
  out.spacer(6);
  out.table(columns, numbered(group.members));
  const notes = [areaNote(areas, ctx.method, ctx.location, labelOf(ctx.method))];
  if (group.members.some((m) => m.status === 'pending')) notes.push(`标「${PENDING_GRADE}」的委员，部分履职数据正在核实，核实后另行告知。`);
  out.paragraph(notes.filter((n) => n !== '').join(''), { indent: false, size: sizes.table });
  out.spacer(6);
  out.paragraph(fillPlaceholders(w.unitClosing, values));
  out.signature(w.office, w.date);
  return out.build({}, LETTER_PAGE);
}
