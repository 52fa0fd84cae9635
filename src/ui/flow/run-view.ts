/**
 * What the pane shows of a run: counts, grades, the shortlist size, the sheets written and the
 * findings. Small and plain, so it crosses from the playground's worker cheaply (a full outcome
 * of 2,000 members is megabytes of member records the pane never shows).
 */
import { slipUnits, type PipelineSuccess, type Fatal, type Finding, type MethodOrigin, type ReportSummary, type YearOrigin } from '../../core';
import type { StepResult } from '../../host/workflow';

export interface RunView {
  readonly summary: ReportSummary;
  readonly methodTitle: string;
  readonly origin: MethodOrigin;
  /** The year the run used, where it came from and what it was read from (the report's year and yearOrigin). */
  readonly year: { readonly year: number; readonly origin: YearOrigin; readonly source: string | null };
  /** The method's grade names, highest first. */
  readonly grades: readonly string[];
  readonly shortlist: { readonly label: string; readonly count: number } | null;
  /** The generated sheets written, in tab order. */
  readonly sheets: readonly string[];
  /** The sheet the host shows when done. */
  readonly activate: string | null;
  readonly notes: readonly string[];
  readonly findings: readonly Finding[];
  /** The name cell of each row that has a finding without a cell (a click on it selects the name). */
  readonly nameCells: Readonly<Record<number, string>>;
  /** The employer units of the table (for 个人履职告知单 of one unit). */
  readonly units: readonly string[];
  /** Each member's scores over the term (issue 13), for members with an earlier year in the archive; empty without. */
  readonly trends: readonly MemberTrend[];
}

/** One member's years of the term: what the pane's small trend chart draws. */
export interface MemberTrend {
  readonly name: string;
  readonly unit: string | null;
  readonly points: readonly { readonly year: number; readonly score: number | null; readonly grade: string | null }[];
  /** Labels of the method's term flags that hold for the member. */
  readonly flags: readonly string[];
}

function trendsOf(outcome: PipelineSuccess): MemberTrend[] {
  const labels = outcome.method.term?.flags.map((f) => f.label) ?? [];
  return (outcome.terms ?? [])
    .filter((t) => t.years.length > 1)
    .map((t) => ({
      name: t.member.name,
      unit: t.member.unit,
      points: t.years.map((y) => ({ year: y.year, score: y.score, grade: y.grade })),
      flags: labels.filter((_l, i) => t.flags[i] === true),
    }));
}

export type RunResult = { readonly ok: true; readonly view: RunView } | { readonly ok: false; readonly fatal: Fatal };

export function runView(outcome: PipelineSuccess): RunView {
  const rows = new Set(outcome.findings.filter((f) => f.cell === null && f.row !== null).map((f) => f.row));
  const nameCells: Record<number, string> = {};
  for (const r of outcome.results) if (rows.has(r.row)) nameCells[r.row] = r.nameCell;
  const shortlist = outcome.method.shortlist;
  return {
    summary: outcome.report.summary,
    methodTitle: outcome.method.title,
    origin: outcome.origin,
    year: { year: outcome.year.year, origin: outcome.year.origin, source: outcome.year.source },
    grades: outcome.method.grades.map((g) => g.name),
    shortlist: shortlist !== null && outcome.shortlist !== null ? { label: shortlist.label, count: outcome.shortlist.entries.length } : null,
    sheets: outcome.plan.sheets.map((s) => s.name),
    activate: outcome.plan.activate ?? null,
    notes: outcome.notes,
    findings: outcome.findings,
    nameCells,
    units: slipUnits(outcome.results),
    trends: trendsOf(outcome),
  };
}

export function runResult(result: StepResult): RunResult {
  return result.ok ? { ok: true, view: runView(result.outcome) } : result;
}
