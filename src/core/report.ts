/** The JSON report of CONTRACT.md section 6. */
import type { CountsFrom, Finding, MemberResult, MethodOrigin, ReportSummary, Severity, ShortlistResult, TableLocation } from './types';
import type { YearOrigin } from './year';

export interface ReportMember {
  readonly row: number;
  readonly name: string;
  readonly memberId: string | null;
  readonly unit: string | null;
  readonly committee: string | null;
  readonly sector: string | null;
  readonly liaisonGroup: string | null;
  readonly role: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly categories: Readonly<Record<string, number>>;
  readonly score: number | null;
  readonly grade: string | null;
  readonly status: MemberResult['status'];
  readonly rank: number | null;
  readonly notes: readonly string[];
}

export interface ReportFinding {
  readonly severity: Severity;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string | null;
  readonly row: number | null;
  readonly member: string | null;
  readonly message: string;
}

/** Which figures scored and where the office's records came from (CONTRACT.md §8; an addition to report version 1). */
export interface ReportCounts {
  readonly from: CountsFrom;
  /** null when the run had no records (no 活动记录 / 提案登记 in the workbook, no --records). */
  readonly records: {
    readonly origin: 'sheet' | 'file';
    /** The records file's name (origin "file"), else null. */
    readonly file: string | null;
    /** Rows of 活动记录 and proposals of 提案登记 read. */
    readonly activities: number;
    readonly proposals: number;
  } | null;
}

export interface Report {
  readonly version: 1;
  readonly source: {
    readonly file: string;
    readonly sheet: string;
    readonly headerRows: readonly number[];
    readonly firstDataRow: number;
    readonly lastDataRow: number;
    /** The column letters that fed each item (CONTRACT.md §7), e.g. { "inspections": ["F", "G"] }. */
    readonly columns: Readonly<Record<string, readonly string[]>>;
  };
  readonly method: { readonly title: string; readonly origin: MethodOrigin };
  /** The one year of the run (CONTRACT §3 rule 10) and where it came from. */
  readonly year: number;
  readonly yearOrigin: YearOrigin;
  readonly members: readonly ReportMember[];
  readonly findings: readonly ReportFinding[];
  readonly shortlist: readonly { readonly row: number; readonly name: string; readonly score: number; readonly rank: number; readonly group: string; readonly tie: boolean }[];
  readonly summary: ReportSummary;
  /** issue 12: which figures scored (countsFrom) and the records used; buildReport always sets it. */
  readonly counts?: ReportCounts;
}

export function summarize(results: readonly MemberResult[], findings: readonly Finding[], gradeNames: readonly string[]): ReportSummary {
  // Null prototype: a grade named 「constructor」 or 「__proto__」 is a plain entry.
  const grades = Object.create(null) as Record<string, number>;
  for (const g of gradeNames) grades[g] = 0;
  for (const r of results) if (r.grade !== null) grades[r.grade] = (grades[r.grade] ?? 0) + 1;
  return {
    members: results.length,
    graded: results.filter((r) => r.status === 'graded').length,
    vetoed: results.filter((r) => r.status === 'vetoed').length,
    pending: results.filter((r) => r.status === 'pending').length,
    grades,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

export function buildReport(args: {
  readonly fileName: string;
  readonly location: TableLocation;
  readonly columns: Readonly<Record<string, readonly string[]>>;
  readonly methodTitle: string;
  readonly origin: MethodOrigin;
  readonly results: readonly MemberResult[];
  readonly findings: readonly Finding[];
  readonly shortlist: ShortlistResult | null;
  readonly summary: ReportSummary;
  readonly year: number;
  readonly yearOrigin: YearOrigin;
  readonly counts?: ReportCounts;
}): Report {
  const { location } = args;
  return {
    version: 1,
    source: { file: args.fileName, sheet: location.sheet, headerRows: location.headerRows, firstDataRow: location.firstDataRow, lastDataRow: location.lastDataRow, columns: args.columns },
    method: { title: args.methodTitle, origin: args.origin },
    year: args.year,
    yearOrigin: args.yearOrigin,
    members: args.results.map((r) => ({
      row: r.row,
      name: r.name,
      memberId: r.memberId,
      unit: r.unit,
      committee: r.committee,
      sector: r.sector,
      liaisonGroup: r.liaisonGroup,
      role: r.role,
      counts: r.counts,
      categories: r.categories,
      score: r.score,
      grade: r.grade,
      status: r.status,
      rank: r.rank,
      notes: r.notes,
    })),
    findings: args.findings.map((f) => ({ severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, row: f.row, member: f.member, message: f.message })),
    shortlist: (args.shortlist?.entries ?? []).map((e) => ({ row: e.row, name: e.name, score: e.score, rank: e.rank, group: e.group, tie: e.tie })),
    summary: args.summary,
    counts: args.counts ?? { from: 'table', records: null },
  };
}
