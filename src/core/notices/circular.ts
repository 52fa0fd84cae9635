/**
 * 履职通报: the circular to all members, print-ready on A4 portrait after GB/T 9704 as far as a
 * sheet allows: 文号, title, 主送, body, the table, a note saying what each count column adds up,
 * closing, issuing office and date. Results grouped by grade (highest first) or by committee; each
 * member once; pending (待核实) members are never published as graded: they get a short separate
 * list with one neutral line, or are left out, as the notice settings say.
 */
import type { SheetPlan } from '../plan';
import type { MemberResult, Method } from '../types';
import { areaNote, presentAreas } from './areas';
import type { NoticeContext } from './context';
import { areaColumns, committeeColumn, gradeColumn, memberGrid, nameColumn, numbered, sectorColumn, serialColumn, type MemberRow } from './member-columns';
import { NoticeWriter, STANDARD_SIZES, type NoticeColumn, type SectionRow } from './notice-writer';
import { fillPlaceholders } from './placeholders';
import { DEFAULT_TEXTS, NO_COMMITTEE, basePlaceholders, countPlaceholders, labelOf, noticeMembers, wording } from './wording';

/** The circular's grid for these members: 序号 姓名 界别 专委会 | 会议 出席 请假 缺席 | 活动 提案 社情民意 发言 其他 | 等次. */
export function circularGrid(ctx: NoticeContext, members: readonly MemberResult[]): number[] {
  return memberGrid(
    members.map((m) => m.name),
    presentAreas(ctx.method, ctx.location),
    [8],
  );
}

export function circularSheet(name: string, ctx: NoticeContext): SheetPlan {
  const w = wording(ctx);
  const members = noticeMembers(ctx);
  const values = { ...basePlaceholders(ctx.method, w), ...countPlaceholders(ctx.method, members) };
  const pending = members.filter((m) => m.status === 'pending');
  const published = members.filter((m) => m.status !== 'pending');
  const opening = w.circularOpening ?? DEFAULT_TEXTS.circularOpening + (pending.length > 0 && w.pending === 'list' ? DEFAULT_TEXTS.circularPendingSentence : '');
  const areas = presentAreas(ctx.method, ctx.location);

  const out = new NoticeWriter(name, circularGrid(ctx, members), STANDARD_SIZES);
  if (w.docNumber) out.paragraph(fillPlaceholders(w.docNumber, values), { indent: false, align: 'center' });
  out.title(fillPlaceholders(w.circularTitle, values));
  out.spacer();
  out.paragraph(fillPlaceholders(w.recipients, values), { indent: false });
  out.paragraph(fillPlaceholders(opening, values));
  out.spacer();

  const sections = w.circularGroupBy === 'committee' ? byCommittee(published) : byGrade(published, ctx.method);
  const rows: (MemberRow | SectionRow)[] = [];
  let no = 1;
  sections.forEach((s, i) => {
    rows.push({ section: `${chineseNumber(i + 1)}、${s.label}（${s.members.length}人）` });
    rows.push(...numbered(s.members, no));
    no += s.members.length;
  });
  const columns: NoticeColumn<MemberRow>[] = [serialColumn, nameColumn, sectorColumn, committeeColumn, ...areaColumns(ctx.method, areas), gradeColumn(ctx.method)];
  const table = out.table(columns, rows);
  const note = areaNote(areas, ctx.method, ctx.location, labelOf(ctx.method));
  if (note) out.paragraph(note, { indent: false, size: out.sizes.table });

  if (pending.length > 0 && w.pending === 'list') {
    out.spacer();
    out.heading(`待核实委员（${pending.length}人）`);
    out.paragraph('以下委员的部分履职数据正在核实，暂不公布评价结果，核实后另行通报。', { size: out.sizes.table + 1.5 });
    const span = columns.length - 4;
    const pendingColumns: NoticeColumn<MemberRow>[] = [serialColumn, nameColumn, sectorColumn, committeeColumn, { header: '说明', span, value: () => '履职数据正在核实' }];
    out.table(pendingColumns, numbered(pending));
  }

  out.spacer();
  out.paragraph(fillPlaceholders(w.circularClosing, values));
  out.signature(w.office, w.date);
  return out.build({ printTitleRows: [table.headerTop, table.headerBottom] });
}

interface Section {
  readonly label: string;
  readonly members: readonly MemberResult[];
}

/** Grades highest first (the method's order), empty grades left out, table order inside a grade. */
function byGrade(members: readonly MemberResult[], method: Method): Section[] {
  const known = new Set(method.grades.map((g) => g.name));
  const sections: Section[] = method.grades.map((g) => ({ label: g.name, members: members.filter((m) => m.grade === g.name) }));
  sections.push({ label: '未定等次', members: members.filter((m) => m.grade === null || !known.has(m.grade)) });
  return sections.filter((s) => s.members.length > 0);
}

/** Committees in the order they first appear in the table. */
function byCommittee(members: readonly MemberResult[]): Section[] {
  const groups = new Map<string, MemberResult[]>();
  for (const m of members) {
    const key = m.committee?.trim() || NO_COMMITTEE;
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  return [...groups].map(([label, list]) => ({ label, members: list }));
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 25 → 二十五 (section numbers; larger numbers stay Arabic). */
export function chineseNumber(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}
