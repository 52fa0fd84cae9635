/** Columns of members shared by the circular and the unit letters (never phone or ID number). */
import type { MemberResult, Method } from '../types';
import { COUNT_AREAS, areaCount } from './areas';
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

export function gradeText(m: MemberResult): string {
  return m.status === 'pending' ? PENDING_GRADE : (m.grade ?? DASH);
}

export const serialColumn: NoticeColumn<MemberRow> = { header: '序号', value: (r) => r.no };
export const nameColumn: NoticeColumn<MemberRow> = { header: '姓名', value: (r) => r.m.name };
export const sectorColumn: NoticeColumn<MemberRow> = { header: '界别', value: (r) => r.m.sector ?? '' };
export const committeeColumn: NoticeColumn<MemberRow> = { header: '专委会', value: (r) => r.m.committee ?? '' };

/** One column per count area; pending members' counts are not published (—). */
export function areaColumns(method: Method): NoticeColumn<MemberRow>[] {
  return COUNT_AREAS.map((a) => ({
    // 「社情\n民意」: break four-character headers in the middle rather than wherever they overflow.
    header: a.label.length === 4 ? `${a.label.slice(0, 2)}\n${a.label.slice(2)}` : a.label,
    group: a.group,
    value: (r: MemberRow) => (r.m.status === 'pending' ? DASH : areaCount(a, r.m, method)),
  }));
}

export const scoreColumn: NoticeColumn<MemberRow> = { header: '得分', format: '0.00', value: (r) => (r.m.status === 'pending' || r.m.score === null ? DASH : r.m.score) };

export function gradeColumn(method: Method): NoticeColumn<MemberRow> {
  return { header: '等次', value: (r) => gradeText(r.m), fill: (r) => gradeFill(method, r.m) };
}
