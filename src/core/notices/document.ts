/**
 * The circular and the unit letters as plain word-processing documents (paragraphs, tables, page
 * settings) laid out after GB/T 9704: 版头 (the issuing office in red over a red rule), 文号, title
 * in 小标宋 size 2, 主送, body in 仿宋 size 3, the table, 落款 and date, page numbers 「— 1 —」.
 * Pure data: a renderer outside the core (src/docx) turns it into .docx with a maintained library.
 * The same members, counts, notes and wording as the sheets: one source, two forms.
 */
import { areaColumns, committeeColumn, gradeColumn, nameColumn, numbered, scoreColumn, sectorColumn, serialColumn, type MemberRow } from './member-columns';
import { areaNote, presentAreas } from './areas';
import type { NoticeContext } from './context';
import type { NoticeColumn, SectionRow } from './notice-writer';
import { cellText } from './notice-writer';
import { fillPlaceholders } from './placeholders';
import { letterPlan, type UnitGroup } from './unit-letters';
import { DEFAULT_TEXTS, PENDING_GRADE, basePlaceholders, countPlaceholders, labelOf, noticeMembers, wording } from './wording';
import { chineseNumber } from './circular';
import type { MemberResult, Method } from '../types';

/** What a paragraph is, which fixes its font, size and alignment (GB/T 9704). */
export type DocParagraphRole = 'issuer' | 'docNumber' | 'title' | 'recipients' | 'body' | 'heading' | 'note' | 'signature';

export interface DocParagraph {
  readonly kind: 'paragraph';
  readonly role: DocParagraphRole;
  readonly text: string;
}

/** The red rule under the 版头. */
export interface DocRule {
  readonly kind: 'rule';
}

export interface DocCell {
  readonly text: string;
  /** `#RRGGBB` fill (the grade colour), or null. */
  readonly fill: string | null;
}

export interface DocTable {
  readonly kind: 'table';
  /** Column headers; a `group` spans adjacent columns in a first header row. */
  readonly columns: readonly { readonly header: string; readonly group: string | null; readonly width: number }[];
  /** A row of cells, or a section heading across the table (「一、优秀（21人）」). */
  readonly rows: readonly (readonly DocCell[] | { readonly section: string })[];
}

export type DocBlock = DocParagraph | DocRule | DocTable;

export interface NoticeDocument {
  /** File name without extension, e.g. 履职通报 or the unit's name. */
  readonly name: string;
  readonly blocks: readonly DocBlock[];
  /** 「— 1 —」 page numbers from 1 in the footer. */
  readonly pageNumbers: boolean;
  /** Body type size in points: 16 (仿宋 size 3); smaller only where a letter must stay on one page. */
  readonly bodySize: number;
  /** Table type size: 10.5 pt (size 5), 9 pt for a big unit's letter. */
  readonly tableSize: number;
}

const p = (role: DocParagraphRole, text: string): DocParagraph => ({ kind: 'paragraph', role, text });

function table<T>(columns: readonly NoticeColumn<T>[], rows: readonly (T | SectionRow)[], widths: readonly number[]): DocTable {
  return {
    kind: 'table',
    columns: columns.map((c, i) => ({ header: c.header.replace(/\n/g, ''), group: c.group ?? null, width: widths[i] ?? 5 })),
    rows: rows.map((r) => (isSection(r) ? { section: r.section } : columns.map((c) => ({ text: cellText(c.value(r)), fill: c.fill?.(r) ?? null })))),
  };
}

function isSection<T>(r: T | SectionRow): r is SectionRow {
  return typeof r === 'object' && r !== null && 'section' in r;
}

/** 版头 and 文号 (when the settings give one), then the title. */
function head(ctx: NoticeContext, title: string, values: Record<string, string | number>): DocBlock[] {
  const w = wording(ctx);
  const blocks: DocBlock[] = [p('issuer', w.office.replace(/办公室$/, '')), ...(w.docNumber ? [p('docNumber', fillPlaceholders(w.docNumber, values))] : []), { kind: 'rule' }];
  blocks.push(p('title', title));
  return blocks;
}

function gradeSections(members: readonly MemberResult[], method: Method, byCommittee: boolean): { label: string; members: MemberResult[] }[] {
  if (byCommittee) {
    const groups = new Map<string, MemberResult[]>();
    for (const m of members) groups.set(m.committee?.trim() || '未填写专委会', [...(groups.get(m.committee?.trim() || '未填写专委会') ?? []), m]);
    return [...groups].map(([label, list]) => ({ label, members: list }));
  }
  const known = new Set(method.grades.map((g) => g.name));
  return [...method.grades.map((g) => ({ label: g.name, members: members.filter((m) => m.grade === g.name) })), { label: '未定等次', members: members.filter((m) => m.grade === null || !known.has(m.grade)) }].filter((s) => s.members.length > 0);
}

/** 履职通报 as a document. */
export function circularDocument(ctx: NoticeContext): NoticeDocument {
  const w = wording(ctx);
  const members = noticeMembers(ctx);
  const values = { ...basePlaceholders(ctx.method, w), ...countPlaceholders(ctx.method, members) };
  const pending = members.filter((m) => m.status === 'pending');
  const published = members.filter((m) => m.status !== 'pending');
  const opening = w.circularOpening ?? DEFAULT_TEXTS.circularOpening + (pending.length > 0 && w.pending === 'list' ? DEFAULT_TEXTS.circularPendingSentence : '');
  const areas = presentAreas(ctx.method, ctx.location);
  const blocks: DocBlock[] = [...head(ctx, fillPlaceholders(w.circularTitle, values), values), p('recipients', fillPlaceholders(w.recipients, values)), p('body', fillPlaceholders(opening, values))];

  const rows: (MemberRow | SectionRow)[] = [];
  let no = 1;
  gradeSections(published, ctx.method, w.circularGroupBy === 'committee').forEach((s, i) => {
    rows.push({ section: `${chineseNumber(i + 1)}、${s.label}（${s.members.length}人）` });
    rows.push(...numbered(s.members, no));
    no += s.members.length;
  });
  const columns: NoticeColumn<MemberRow>[] = [serialColumn, nameColumn, sectorColumn, committeeColumn, ...areaColumns(ctx.method, areas), gradeColumn(ctx.method)];
  blocks.push(table(columns, rows, [4, 6, 7, 8, ...areas.map(() => 3.5), 6]));
  const note = areaNote(areas, ctx.method, ctx.location, labelOf(ctx.method));
  if (note) blocks.push(p('note', note));
  if (pending.length > 0 && w.pending === 'list') {
    blocks.push(p('heading', `待核实委员（${pending.length}人）`), p('body', '以下委员的部分履职数据正在核实，暂不公布评价结果，核实后另行通报。'));
    const pendingColumns: NoticeColumn<MemberRow>[] = [serialColumn, nameColumn, sectorColumn, committeeColumn, { header: '说明', value: () => '履职数据正在核实' }];
    blocks.push(table(pendingColumns, numbered(pending), [4, 6, 7, 8, 12]));
  }
  blocks.push(p('body', fillPlaceholders(w.circularClosing, values)), p('signature', w.office), p('signature', w.date));
  return { name: '履职通报', blocks, pageNumbers: true, bodySize: 16, tableSize: 10.5 };
}

/** The letter to one employer unit as a document. */
export function unitLetterDocument(ctx: NoticeContext, group: UnitGroup, bodySize = 16): NoticeDocument {
  const w = wording(ctx);
  const values = { ...basePlaceholders(ctx.method, w), ...countPlaceholders(ctx.method, group.members), 单位: group.unit };
  const areas = presentAreas(ctx.method, ctx.location);
  const columns: NoticeColumn<MemberRow>[] = [serialColumn, nameColumn, sectorColumn, committeeColumn, ...areaColumns(ctx.method, areas), scoreColumn, gradeColumn(ctx.method)];
  const notes = [areaNote(areas, ctx.method, ctx.location, labelOf(ctx.method))];
  if (group.members.some((m) => m.status === 'pending')) notes.push(`标「${PENDING_GRADE}」的委员，部分履职数据正在核实，核实后另行告知。`);
  const blocks: DocBlock[] = [
    // A big unit's letter keeps to one page without the 版头 (the 落款 still names the office).
    ...head(ctx, fillPlaceholders(w.unitTitle, values), values).filter((b) => bodySize >= 14 || (b.kind === 'paragraph' && b.role === 'title')),
    p('recipients', `${group.unit}：`),
    p('body', fillPlaceholders(w.unitOpening, values)),
    table(columns, numbered(group.members), [3.5, 5.5, 7, 9, ...areas.map(() => 4.2), 4.5, 6]),
    p('note', notes.filter((n) => n !== '').join('')),
    p('body', fillPlaceholders(w.unitClosing, values)),
    p('signature', w.office),
    p('signature', w.date),
  ];
  // Each letter is a file of its own: its 「— 1 —」 cannot tell a unit how many others were written.
  return { name: group.unit, blocks, pageNumbers: true, bodySize, tableSize: bodySize < 14 ? 9 : 10.5 };
}

/** Every document: the circular, then one letter per employer unit. */
export function noticeDocuments(ctx: NoticeContext): { readonly circular: NoticeDocument; readonly letters: readonly NoticeDocument[] } {
  const groups = letterPlan(ctx).groups;
  return { circular: circularDocument(ctx), letters: groups.map((g) => unitLetterDocument(ctx, g, letterBodySize(groups))) };
}

/**
 * One body size for every letter (as the sheets): 仿宋 size 3 (16 pt) while the biggest unit's table
 * leaves room for one page, else size 4 (14 pt), else 小四 (12 pt). Rows of the A4 text block: 225 mm
 * less 版头, title, opening, note, closing and 落款 ≈ 380 pt for the table at 16 pt, ≈ 24 pt a member row.
 */
export function letterBodySize(groups: readonly UnitGroup[]): number {
  const most = Math.max(0, ...groups.map((g) => g.members.length));
  return most <= 5 ? 16 : most <= 8 ? 14 : 12;
}
