/** Columns of members shared by the circular and the unit letters (never phone or ID number). */
import type { MemberResult, Method } from '../types';
import { COUNT_AREAS, areaCount, type CountArea } from './areas';
import { textPoints } from './text-fit';
import type { NoticeColumn } from './notice-writer';
import { PENDING_GRADE } from './wording';

export interface MemberRow {
  readonly m: MemberResult;
  /** 序号 */
  readonly no: number;
}

const DASH = '—';

export function numbered(members: readonly MemberResult[], from = 1): MemberRow[] {
  return members.map((m, i) => ({ m, no: from + i }));
}

/** The grade's colour from the method, for the 等次 cell. */
export function gradeFill(method: Method, m: MemberResult): string | null {
  if (m.status === 'pending' || m.grade === null) return null;
  return method.grades.find((g) => g.name === m.grade)?.color ?? null;
}

/** The grades that have a colour, as fills by value (one conditional format per grade in a table column). */
export function gradeFills(method: Method): { equals: string; fill: string }[] {
  return method.grades.flatMap((g) => (g.color ? [{ equals: g.name, fill: g.color }] : []));
}

export function gradeText(m: MemberResult): string {
  return m.status === 'pending' ? PENDING_GRADE : (m.grade ?? DASH);
}

export const serialColumn: NoticeColumn<MemberRow> = { header: '序号', value: (r) => r.no };
export const nameColumn: NoticeColumn<MemberRow> = { header: '姓名', value: (r) => r.m.name };
export const sectorColumn: NoticeColumn<MemberRow> = { header: '界别', value: (r) => r.m.sector ?? '' };
export const committeeColumn: NoticeColumn<MemberRow> = { header: '专委会', value: (r) => r.m.committee ?? '' };

/** One column per count area; pending members' counts are not published (—). */
export function areaColumns(method: Method, areas: readonly CountArea[] = COUNT_AREAS): NoticeColumn<MemberRow>[] {
  return areas.map((a) => ({
    // 「社情\n民意」: break four-character headers in the middle rather than wherever they overflow.
    header: a.label.length === 4 ? `${a.label.slice(0, 2)}\n${a.label.slice(2)}` : a.label,
    group: a.group,
    value: (r: MemberRow) => (r.m.status === 'pending' ? DASH : areaCount(a, r.m, method)),
  }));
}

/** Width in characters a name column needs at `size` pt for the longest of `names` (never below `min`). */
export function nameWidth(names: readonly string[], size: number, min = 8): number {
  const longest = Math.max(0, ...names.map((n) => textPoints(n, size)));
  return Math.max(min, Math.ceil(((longest * 1.06 + 8) / 5.25) * 2) / 2);
}

/** Points as they are (86.5, 90), without needless decimals: General format, never 「90.00」. */
export const scoreColumn: NoticeColumn<MemberRow> = { header: '得分', value: (r) => (r.m.status === 'pending' || r.m.score === null ? DASH : r.m.score) };

export function gradeColumn(method: Method): NoticeColumn<MemberRow> {
  return { header: '等次', value: (r) => gradeText(r.m), valueFills: gradeFills(method) };
}

/** Total width in characters of a notice's grid: A4 portrait's 156 mm text block at 10.5 pt tables. */
export const GRID_WIDTH = 79;

/**
 * The grid of a member table: 序号, 姓名 (wide enough for the longest name), 界别 and 专委会 (sharing
 * what is left, at least 6 each; they wrap), one column per area, then `tail` (得分, 等次…).
 */
export function memberGrid(names: readonly string[], areas: readonly CountArea[], tail: readonly number[], size = 10.5): number[] {
  const areaWidths = areas.map((a) => (a.label.length >= 3 ? 5 : 4.5));
  const fixed = 5 + nameWidth(names, size) + areaWidths.reduce((x, y) => x + y, 0) + tail.reduce((x, y) => x + y, 0);
  const rest = Math.max(12, GRID_WIDTH - fixed);
  const sector = Math.floor(rest) / 2;
  return [5, nameWidth(names, size), sector, rest - sector, ...areaWidths, ...tail];
}
