/**
 * `duty-stats archive import` (CONTRACT.md §9), pure: earlier years from other workbooks into the
 * archive of a workbook. A source is the product's own result workbook (its 履职档案, else its
 * 履职汇总) or a plain table of an earlier year's scores and grades. Importing a year the archive
 * holds replaces it (never a duplicate); the members are matched as in a run. The plan writes
 * 履职档案 (and 档案匹配 while it lists doubtful matches nobody settled) and nothing else.
 */
import { finding } from '../findings';
import { nextBookkeeping, provenGenerated } from '../output/generated-proof';
import { outputSheetName } from '../pipeline';
import type { SheetPlan, WritePlan } from '../plan';
import { SHEETS } from '../sheet-names';
import type { Snapshot } from '../snapshot';
import type { Fatal, Finding } from '../types';
import { archiveSheet as archiveSheetPlan, readArchiveSheet } from './archive-sheet';
import { replaceYear, type Archive, type ArchiveRecord } from './archive-types';
import { matchMembers, type Doubt } from './match-members';
import { isArchiveName, readWorkbookArchive } from './read-archive';
import { readResultsTable, type ImportedRow } from './results-table';
import { matchSheet, readSettlements } from './settlements';

export interface ImportSource {
  readonly fileName: string;
  readonly snapshot: Snapshot;
}

export interface ImportedYear {
  readonly year: number;
  readonly members: number;
  /** The file the year came from. */
  readonly file: string;
  /** Members of that year in the archive before (0: a new year). */
  readonly replaced: number;
}

export type ImportOutcome =
  | { readonly ok: true; readonly plan: WritePlan; readonly archive: Archive; readonly years: readonly ImportedYear[]; readonly findings: readonly Finding[]; readonly notes: readonly string[]; readonly doubts: readonly Doubt[] }
  | { readonly ok: false; readonly fatal: Fatal };

/** Product sheets that are views of 履职汇总 or the run's bookkeeping: not read, said once per file. */
const VIEWS: ReadonlySet<string> = new Set([SHEETS.findings, SHEETS.groups, SHEETS.circular, SHEETS.unitLetters, SHEETS.memberSlips, SHEETS.shortlist, SHEETS.warnings, SHEETS.runLog, SHEETS.termSummary, SHEETS.reappointment, SHEETS.archiveMatch, '评价办法']);

interface SourceYears {
  readonly rows: readonly ImportedRow[];
  readonly labels: ReadonlyMap<string, string>;
  readonly findings: readonly Finding[];
}

function fileTag(file: string): string {
  return `「${file}」的`;
}

/** The rows a source file gives: its archive, else its 履职汇总, else every sheet holding a results table. */
function readSource(src: ImportSource): SourceYears | Fatal {
  const findings: Finding[] = [];
  const at = (sheet: string): { sheet: string; cell: null; row: null; member: null } => ({ sheet, cell: null, row: null, member: null });
  const tag = (f: Finding): Finding => ({ ...f, message: `${fileTag(src.fileName)}${f.message}` });
  const archives = src.snapshot.sheets.filter((s) => isArchiveName(s.name)).map((s) => ({ s, read: readArchiveSheet(s) }));
  const archive = archives.find((a) => a.read !== null);
  if (archive?.read) {
    findings.push(...archive.read.findings.map(tag));
    for (const s of src.snapshot.sheets) if (s !== archive.s && s.visible !== false) findings.push(finding('archive.sheet_skipped', at(s.name), { file: fileTag(src.fileName), sheet: s.name, reason: `已从本文件的「${archive.s.name}」读入全部年度` }));
    return { rows: archive.read.records.map((r, i) => ({ ...r, row: i + 1 })), labels: archive.read.labels, findings };
  }
  const summary = src.snapshot.sheets.find((s) => s.name === SHEETS.summary);
  const sheets = summary ? [summary] : src.snapshot.sheets.filter((s) => s.visible !== false);
  const rows: ImportedRow[] = [];
  const labels = new Map<string, string>();
  for (const s of src.snapshot.sheets) {
    if (s.visible === false) continue;
    if (!sheets.includes(s)) {
      if (!VIEWS.has(s.name)) findings.push(finding('archive.sheet_skipped', at(s.name), { file: fileTag(src.fileName), sheet: s.name, reason: `已从本文件的「${SHEETS.summary}」读入` }));
      continue;
    }
    const read = readResultsTable(s, src.fileName);
    if (read.kind === 'no_year') {
      return {
        code: 'archive.no_year',
        message: `「${src.fileName}」的工作表「${read.sheet}」没有写明年度：表中没有「年度」列，标题、工作表名和文件名中也没有年份。请在标题中写明年度（如「2023年度委员履职考核结果」），或加一列「年度」后再导入。`,
        file: src.fileName,
        sheet: read.sheet,
        cell: null,
        path: null,
      };
    }
    if (read.kind === 'none') {
      if (!VIEWS.has(s.name)) findings.push(finding('archive.sheet_skipped', at(s.name), { file: fileTag(src.fileName), sheet: s.name, reason: '没有找到同时含「姓名」和「得分」或「等次」的表头' }));
      continue;
    }
    rows.push(...read.table.rows);
    for (const [k, v] of read.table.labels) labels.set(k, v);
    findings.push(...read.table.findings.map(tag));
  }
  return { rows, labels, findings };
}

function isFatal(x: SourceYears | Fatal): x is Fatal {
  return 'code' in x;
}

export function importArchive(into: Snapshot, sources: readonly ImportSource[], runAt: string): ImportOutcome {
  const proven = provenGenerated(into);
  const settled = readSettlements(into.sheets.find((s) => s.name === SHEETS.archiveMatch) ?? null);
  const existing = readWorkbookArchive(into, proven, settled.settlements);
  const findings: Finding[] = [...settled.findings, ...existing.findings];
  // Year → the rows of the last source that gave it (a later file of the same import replaces an earlier one).
  const byYear = new Map<number, { rows: ImportedRow[]; file: string; labels: ReadonlyMap<string, string> }>();
  for (const src of sources) {
    const read = readSource(src);
    if (isFatal(read)) return { ok: false, fatal: read };
    findings.push(...read.findings);
    const years = [...new Set(read.rows.map((r) => r.year))];
    if (years.length === 0) {
      findings.push(finding('archive.sheet_skipped', { sheet: '', cell: null, row: null, member: null }, { file: fileTag(src.fileName), sheet: '（全部）', reason: '没有读到任何委员的成绩' }));
      continue;
    }
    for (const y of years) {
      const earlier = byYear.get(y);
      if (earlier) findings.push(finding('archive.year_replaced', { sheet: '', cell: null, row: null, member: null }, { year: y, source: `「${src.fileName}」（代替同次导入的「${earlier.file}」）`, before: earlier.rows.length, after: read.rows.filter((r) => r.year === y).length }));
      byYear.set(y, { rows: read.rows.filter((r) => r.year === y), file: src.fileName, labels: read.labels });
    }
  }
  if (byYear.size === 0) {
    return { ok: false, fatal: { code: 'archive.no_year', message: `没有从 ${sources.map((s) => `「${s.fileName}」`).join('、')} 读到任何年度的成绩：需要同时含「姓名」和「得分」或「等次」的表格，或本程序生成的「履职汇总」「履职档案」。`, file: sources[0]?.fileName ?? '', sheet: null, cell: null, path: null } };
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const incoming = years.flatMap((y) => (byYear.get(y)?.rows ?? []).map((r) => ({ r, file: byYear.get(y)?.file ?? '' })));
  const match = matchMembers(
    existing.archive.records,
    incoming.map(({ r, file }) => ({ year: r.year, name: r.name, memberId: r.memberId, unit: r.unit, place: { sheet: file, cell: null, row: r.row, member: r.name } })),
    settled.settlements,
  );
  findings.push(...match.findings);
  let archive = existing.archive;
  const imported: ImportedYear[] = [];
  for (const y of years) {
    const entry = byYear.get(y);
    if (!entry) continue;
    const before = archive.records.filter((r) => r.year === y).length;
    const records: ArchiveRecord[] = [];
    incoming.forEach(({ r }, i) => {
      if (r.year !== y) return;
      records.push({ year: r.year, person: match.persons[i], name: r.name, memberId: r.memberId, unit: r.unit, sector: r.sector, committee: r.committee, liaisonGroup: r.liaisonGroup, role: r.role, counts: r.counts, score: r.score, grade: r.grade, status: r.status });
    });
    if (before > 0) findings.push(finding('archive.year_replaced', { sheet: SHEETS.archive, cell: null, row: null, member: null }, { year: y, source: `「${entry.file}」`, before, after: records.length }));
    archive = replaceYear(archive, y, records, entry.labels);
    imported.push({ year: y, members: records.length, file: entry.file, replaced: before });
  }
  const notes: string[] = [];
  const sheets: SheetPlan[] = [];
  const name = outputSheetName(into, SHEETS.archive);
  if (name !== SHEETS.archive) notes.push(`工作表「${SHEETS.archive}」是您自己的工作表或已被手工修改，未被覆盖；档案写入「${name}」。`);
  sheets.push(archiveSheetPlan(name, archive, runAt));
  const matchExists = into.sheets.some((s) => s.name === SHEETS.archiveMatch);
  if (!settled.filled && (!matchExists || proven.has(SHEETS.archiveMatch)) && (match.doubts.length > 0 || matchExists)) sheets.push(matchSheet(SHEETS.archiveMatch, match.doubts));
  const plan: WritePlan = { sheets, deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: nextBookkeeping(into, proven, sheets, into.bookkeeping.marks), activate: name };
  return { ok: true, plan, archive, years: imported, findings, notes, doubts: match.doubts };
}
