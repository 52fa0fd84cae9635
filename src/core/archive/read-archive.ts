/**
 * The archive a workbook holds: every sheet named 「履职档案」 or 「履职档案(n)」 laid out as an
 * archive. A clerk may edit the archive by hand; the product then may not replace that sheet (it
 * is no longer proven its own), so the run writes the archive to 「履职档案(2)」 — and reads both.
 * Nothing is silently lost or duplicated: each year is taken from one sheet only (the one written
 * last, by the 写入时间 of row 2), an edited sheet is read as data with a warning `archive.edited`
 * naming the years taken from it, and records added by hand without an archive number are matched
 * like any other member.
 */
import { finding } from '../findings';
import { SHEETS } from '../sheet-names';
import type { Snapshot, SheetSnapshot } from '../snapshot';
import type { Finding } from '../types';
import { readArchiveSheet, type ArchiveSheetRead } from './archive-sheet';
import { replaceYear, EMPTY_ARCHIVE, type Archive, type ArchiveRecord } from './archive-types';
import { matchMembers, type Settlement } from './match-members';

export interface WorkbookArchive {
  readonly archive: Archive;
  readonly findings: readonly Finding[];
}

const SUFFIX = /^履职档案(?:\((\d+)\))?$/;

/** Whether a sheet name is the archive's or one of its numbered copies. */
export function isArchiveName(name: string): boolean {
  return SUFFIX.test(name);
}

function suffix(name: string): number {
  return Number(SUFFIX.exec(name)?.[1] ?? 1);
}

/** Reads the archive sheets of a snapshot into one archive. `proven` are the generated sheets still as written. */
export function readWorkbookArchive(snapshot: Snapshot, proven: ReadonlySet<string>, settlements: ReadonlyMap<string, Settlement> = new Map()): WorkbookArchive {
  const findings: Finding[] = [];
  const read: { sheet: SheetSnapshot; data: ArchiveSheetRead }[] = [];
  for (const sheet of snapshot.sheets) {
    if (!isArchiveName(sheet.name)) continue;
    const data = readArchiveSheet(sheet);
    if (data === null) {
      if (sheet.values.some((r) => r.some((v) => v !== null && v !== ''))) {
        findings.push(finding('archive.sheet_skipped', { sheet: sheet.name, cell: null, row: null, member: null }, { file: '', sheet: sheet.name, reason: '没有档案的列代码行（year、name…），不像是本程序写的履职档案' }));
      }
      continue;
    }
    read.push({ sheet, data });
  }
  // Later written first: the stamp, then the higher number of the sheet's name.
  read.sort((a, b) => (a.data.stamp < b.data.stamp ? 1 : a.data.stamp > b.data.stamp ? -1 : suffix(b.sheet.name) - suffix(a.sheet.name)));
  const owner = new Map<number, string>();
  let archive: Archive = EMPTY_ARCHIVE;
  for (const { sheet, data } of read) {
    findings.push(...data.findings);
    const years = [...new Set(data.records.map((r) => r.year))].sort((a, b) => a - b);
    const taken = years.filter((y) => !owner.has(y));
    const superseded = years.filter((y) => owner.has(y));
    for (const y of taken) {
      owner.set(y, sheet.name);
      archive = replaceYear(archive, y, data.records.filter((r) => r.year === y), data.labels);
    }
    if (!proven.has(sheet.name)) {
      const later = [...new Set(superseded.map((y) => owner.get(y)))].join('、');
      findings.push(
        finding('archive.edited', { sheet: sheet.name, cell: null, row: null, member: null }, {
          sheet: sheet.name,
          years: taken.length > 0 ? taken.join('、') : '（无）',
          where: superseded.length > 0 ? `；其中 ${superseded.join('、')} 年度以更晚写入的「${later}」为准，本表中的这些年度未读入` : '',
        }),
      );
    }
  }
  return { archive: numberUnmatched(archive, settlements, findings), findings };
}

/** Records added by hand without an archive number are matched like members of a new year. */
function numberUnmatched(archive: Archive, settlements: ReadonlyMap<string, Settlement>, findings: Finding[]): Archive {
  const missing = archive.records.map((r, i) => ({ r, i })).filter((x) => x.r.person === '');
  if (missing.length === 0) return archive;
  const numbered = archive.records.filter((r) => r.person !== '');
  const result = matchMembers(
    numbered,
    missing.map(({ r }) => ({ year: r.year, name: r.name, memberId: r.memberId, unit: r.unit, place: { sheet: SHEETS.archive, cell: null, row: null, member: r.name } })),
    settlements,
  );
  findings.push(...result.findings);
  const records: ArchiveRecord[] = [...archive.records];
  missing.forEach(({ r, i }, k) => (records[i] = { ...r, person: result.persons[k] }));
  return { records, labels: archive.labels };
}
