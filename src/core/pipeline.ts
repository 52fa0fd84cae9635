/**
 * The whole year-end pipeline: (Snapshot, method, options) → { report, plan }. Pure and
 * synchronous; every decision lives here or in the modules it calls.
 */
import { decideInputs, inputFindings, sourceColumns } from './inputs';
// issue 12: the office's own records (活动记录, 提案登记), reconciliation and proposal credit
import { readRecords } from './records/read-records';
import { reconcile } from './records/reconcile';
import { recordsSource, type RecordsFile } from './records/record-sheets';
import { reconcileSheet } from './output/reconcile-sheet';
import { readMembers } from './table/read-members';
import { checkLogic } from './evaluate/check-logic';
import { evaluateMembers } from './evaluate/score';
import { buildShortlist } from './evaluate/shortlist';
import { groupStats } from './evaluate/group-stats';
import { findingsSheet } from './output/findings-sheet';
import { summarySheet } from './output/summary-sheet';
import { groupsSheet } from './output/groups-sheet';
import { planMarks } from './output/marks';
// issue 10: marks and generated sheets proven the product's own; Excel's cell limit
import { markTable } from './output/mark-table';
import { nextBookkeeping, provenGenerated } from './output/generated-proof';
import { fitCellLimits } from './output/cell-limit';
import { finding } from './findings';
import { circularSheet } from './notices/circular';
import { letterNotes, unitLettersSheet } from './notices/unit-letters';
import { memberSlipsSheet } from './notices/member-slips';
import { selectSlipMembers, type SlipSelection } from './notices/slip-selection';
import { shortlistSheet } from './notices/shortlist-sheet';
import { warningListSheet } from './notices/warning-list';
import { runLogSheet } from './notices/run-log';
import type { DateParts, NoticeContext } from './notices/context';
import { buildReport, summarize, type Report, type ReportCounts } from './report';
import { decideYear, type YearDecision } from './year';
import { committeeName, labelOf } from './notices/wording';
import { countColumns } from './output/member-columns';
import { archiveSheet } from './archive/archive-sheet';
import { matchSheet } from './archive/settlements';
import { archiveAfter, prepareTerm, type TermRun } from './archive/term-run';
import { termRecords, type TermRecord } from './archive/term-record';
import { reappointmentSheet, termSummarySheet } from './archive/term-sheets';
import { SHEETS } from './sheet-names';
import type { SheetPlan, WritePlan } from './plan';
import type { Snapshot } from './snapshot';
import type { Fatal, Finding, GroupStat, MemberResult, Method, MethodOrigin, ShortlistResult, TableLocation } from './types';

export type OutputKind = keyof typeof SHEETS;

/**
 * The outputs of each step the ribbon and the pane offer. The one-click year-end run and 生成通报
 * write what a clerk needs at once; the per-member slips (个人履职告知单) are an action of their own
 * (TEAM decision: they weighed more than everything else together).
 */
export const STEP_OUTPUTS: Readonly<Record<'validate' | 'all' | 'notices' | 'shortlist' | 'slips', readonly OutputKind[]>> = {
  validate: ['findings'],
  // issue 13: every year-end run keeps its year in 履职档案; the term sheets need an earlier year or the method's `term`.
  all: ['findings', 'reconcile', 'summary', 'groups', 'circular', 'unitLetters', 'shortlist', 'warnings', 'runLog', 'termSummary', 'reappointment', 'archive', 'archiveMatch'],
  notices: ['circular', 'unitLetters', 'runLog'],
  shortlist: ['shortlist', 'runLog'],
  /** 个人履职告知单 as an action of its own (options.slips says for whom). */
  slips: ['memberSlips', 'runLog'],
};

export interface PipelineOptions {
  readonly fileName: string;
  /** --sheet */
  readonly sheet?: string;
  /** A method the user gave explicitly (--method, or chosen in the pane); else 评价办法 sheet; else the example. */
  readonly method?: Method;
  readonly outputs: readonly OutputKind[];
  /** Whether to mark cells of the member table (default true). */
  readonly marks?: boolean;
  /** The run date, printed on notices where the method gives none. Read by the host, never by the core. */
  readonly today: DateParts;
  /** Timestamp of the run for 运行记录, e.g. "2025-12-20 09:30". */
  readonly runAt: string;
  /** The year the clerk chose before the run (pane, --year); else the year rule of CONTRACT §3 rule 10 decides. */
  readonly year?: number;
  /** For whom 个人履职告知单 is written when `outputs` holds memberSlips (default: every member). */
  readonly slips?: SlipSelection;
  /** The office's records from a file (`run --records`); else the workbook's own 活动记录 / 提案登记 sheets. */
  readonly records?: RecordsFile | null;
}

export interface PipelineSuccess {
  readonly ok: true;
  readonly report: Report;
  readonly plan: WritePlan;
  readonly method: Method;
  readonly origin: MethodOrigin;
  readonly location: TableLocation;
  readonly results: readonly MemberResult[];
  readonly findings: readonly Finding[];
  readonly shortlist: ShortlistResult | null;
  readonly stats: readonly GroupStat[];
  /** Things the user should know about the write (e.g. a sheet name taken by the user's own sheet), in Chinese. */
  readonly notes: readonly string[];
  /** Context the notice builders used; the CLI builds per-unit workbooks from it. */
  readonly noticeContext: NoticeContext;
  /** The year of the run and where it came from (CONTRACT §3 rule 10). */
  readonly year: YearDecision;
  /** Each member's term record (issue 13), where the archive holds an earlier year or the method sets `term`; the pane draws the trends. */
  readonly terms?: readonly TermRecord[];
}

export interface PipelineFailure {
  readonly ok: false;
  readonly fatal: Fatal;
}

export type PipelineOutcome = PipelineSuccess | PipelineFailure;

export { chooseMethod, type MethodChoice } from './method-choice';

/**
 * The name a generated sheet is written under: its own name, unless the user has a sheet of
 * that name the product did not generate; then the first free or generated `名称(2)`, `名称(3)`….
 */
export function outputSheetName(snapshot: Snapshot, name: string): string {
  const generated = proven(snapshot);
  const existing = new Set(snapshot.sheets.map((s) => s.name));
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? name : `${name}(${i})`;
    if (!existing.has(candidate) || generated.has(candidate)) return candidate;
  }
}

const provenCache = new WeakMap<Snapshot, ReadonlySet<string>>();

/** The generated sheets whose content is still what the product wrote (fingerprinted once per snapshot). */
function proven(snapshot: Snapshot): ReadonlySet<string> {
  let set = provenCache.get(snapshot);
  if (!set) provenCache.set(snapshot, (set = provenGenerated(snapshot)));
  return set;
}

type ArchiveKind = 'archive' | 'termSummary' | 'reappointment' | 'archiveMatch';
const ARCHIVE_KINDS: ReadonlySet<OutputKind> = new Set<OutputKind>(['archive', 'termSummary', 'reappointment', 'archiveMatch']);

function isArchiveKind(kind: OutputKind): kind is ArchiveKind {
  return ARCHIVE_KINDS.has(kind);
}

const NOTICE_BUILDERS: Readonly<Record<Exclude<OutputKind, 'findings' | 'summary' | 'groups' | 'reconcile' | ArchiveKind>, (name: string, ctx: NoticeContext) => SheetPlan>> = {
  circular: circularSheet,
  unitLetters: unitLettersSheet,
  memberSlips: memberSlipsSheet,
  shortlist: shortlistSheet,
  warnings: warningListSheet,
  runLog: runLogSheet,
};

const OUTPUT_ORDER: readonly OutputKind[] = ['findings', 'reconcile', 'summary', 'groups', 'circular', 'unitLetters', 'memberSlips', 'shortlist', 'warnings', 'runLog', 'termSummary', 'reappointment', 'archive', 'archiveMatch'];

/**
 * The year a run on `sheet` would use, decided exactly as runPipeline decides it (the pane shows it
 * before the run and lets the clerk change it). Null when the method is broken or the sheet holds no member table.
 */
export function runYear(snapshot: Snapshot, options: Pick<PipelineOptions, 'fileName' | 'sheet' | 'method' | 'today' | 'year'>): YearDecision | null {
  const inputs = decideInputs(snapshot, { sheet: options.sheet, method: options.method });
  if (!inputs.method.ok || !inputs.table.ok) return null;
  const { location } = inputs.table;
  const sheet = snapshot.sheets.find((s) => s.name === location.sheet);
  if (!sheet) return null;
  return decideYear({ method: inputs.method.method, sheet, location, fileName: options.fileName, today: options.today, chosen: options.year });
}

export function runPipeline(snapshot: Snapshot, options: PipelineOptions): PipelineOutcome {
  // One place decides the method, the table and which columns feed each item (the pane's overview asks the same).
  const inputs = decideInputs(snapshot, { sheet: options.sheet, method: options.method, records: options.records });
  if (!inputs.method.ok) return inputs.method;
  const { method, origin } = inputs.method;
  if (!inputs.table.ok) return inputs.table;
  const { location } = inputs.table;
  // Generated sheets the product can prove its own (issue 10 point 10): only these are replaced.
  const generated = proven(snapshot);
  const sheet = snapshot.sheets.find((s) => s.name === location.sheet);
  if (!sheet) throw new Error(`located sheet ${location.sheet} is not in the snapshot`);

  const read = readMembers(sheet, location);
  // Cross-checks run only on rows whose cells could all be read: an unreadable count would be taken as 0
  // and give a second, misleading error (e.g. adopted > submitted when 「3-4」 was submitted).
  const unreadableRows = new Set(read.findings.filter((f) => f.severity === 'error' && f.code.startsWith('value.')).map((f) => f.row));
  const checkable = read.members.filter((m) => !unreadableRows.has(m.row));
  const year = decideYear({ method, sheet, location, fileName: options.fileName, today: options.today, chosen: options.year });
  const issue = snapshot.bookkeepingIssue ?? null;
  const bookkeepingFindings = issue ? [finding('bookkeeping.unverified', { sheet: issue.sheet, cell: null, row: null, member: null }, { sheet: issue.sheet, reason: issue.reason })] : [];
  // The office's records: recorded counts, reconciled with the table; countsFrom chooses what scores.
  const source = recordsSource(snapshot, options.records);
  const records = source === null ? null : readRecords(source, read.members, method);
  const reconciled = records === null ? null : reconcile(read.members, records, method, location.sheet, unreadableRows as ReadonlySet<number>);
  // Findings in a records file name their cells without a link: the file is not this workbook.
  const recordFileSheets = new Set(source?.origin === 'file' ? [source.activity?.name, source.proposals?.name].filter((n): n is string => n !== undefined) : []);
  const recordFindings = records === null || reconciled === null ? [] : [...records.findings, ...reconciled.findings];
  const rowFindings = [...bookkeepingFindings, ...inputFindings(inputs), ...year.findings, ...read.findings, ...checkLogic(checkable, method, location.sheet), ...recordFindings];
  const pendingRows = new Set([...read.pendingRows, ...rowFindings.filter((f) => f.severity === 'error' && f.row !== null).map((f) => f.row as number)]);
  const scoredMembers = reconciled?.members ?? read.members;
  // issue 13: the term archive — earlier years for prev.* / term.*, and this year's place in it. A repeated row is not archived.
  const repeatedRows = new Set(rowFindings.filter((f) => f.code === 'member.duplicate' && f.row !== null).map((f) => f.row as number));
  const itemLabels = new Map(countColumns(location, method).map((c) => [c.key, c.label]));
  const term = prepareTerm({ snapshot, proven: generated, members: scoredMembers, skipRows: repeatedRows, year: year.year, method, sheet: location.sheet, labelOf: (k) => itemLabels.get(k) ?? labelOf(method)(k) });
  const results = evaluateMembers(scoredMembers, pendingRows, method, { extra: term.extra });
  const counts: ReportCounts = {
    from: method.countsFrom ?? 'table',
    records: records === null ? null : { origin: records.source.origin, file: records.source.file, activities: records.activities, proposals: records.proposals },
  };
  const shortlist = buildShortlist(results, method, term.finalOf);
  const termSheetsWanted = options.outputs.includes('termSummary') || options.outputs.includes('reappointment');
  const showTerm = termSheetsWanted && (term.hasEarlier || (method.term ?? null) !== null);
  const terms = showTerm || (method.term?.flags.length ?? 0) > 0 ? termRecords(results, method, year.year, term.historyOf, term.finalOf) : [];
  const findings = [...rowFindings, ...term.findings, ...term.missingItems()].sort(byPlace);
  const stats = groupStats(results, method);
  const summary = summarize(results, findings, method.grades.map((g) => g.name));
  const report = buildReport({ fileName: options.fileName, location, columns: sourceColumns(location, method), methodTitle: method.title, origin, results, findings, shortlist, summary, year: year.year, yearOrigin: year.origin, counts });

  const noticeContext: NoticeContext = {
    year: year.year,
    yearOrigin: year.origin,
    method,
    results,
    shortlist,
    stats,
    summary,
    location,
    fileName: options.fileName,
    today: options.today,
    runAt: options.runAt,
    previousRunLog: snapshot.sheets.find((s) => s.name === outputSheetName(snapshot, SHEETS.runLog) && generated.has(s.name)) ?? null,
    methodOrigin: origin,
    findings,
    counts,
    termOf: term.finalOf,
  };

  const sheetTitle = { committee: committeeName(method), year: year.year };
  const notes: string[] = [];
  let slipMembers: readonly MemberResult[] | undefined;
  if (options.outputs.includes('memberSlips') && options.slips) {
    const chosen = selectSlipMembers(results, options.slips, location.sheet);
    if (!chosen.ok) return { ok: false, fatal: { code: 'slips.no_members', message: `「${options.fileName}」${chosen.message}`, file: options.fileName, sheet: location.sheet, cell: null, path: null } };
    slipMembers = chosen.members;
    notes.push(...chosen.notes);
  }
  const built: SheetPlan[] = [];
  for (const kind of OUTPUT_ORDER) {
    if (!options.outputs.includes(kind)) continue;
    if (kind === 'reconcile' && (records === null || reconciled === null)) continue;
    if (isArchiveKind(kind)) {
      const sheetPlan = archiveOutput(kind, { snapshot, generated, term, results, records: terms, repeatedRows, itemLabels, method, year: year.year, runAt: options.runAt, showTerm, committee: sheetTitle.committee, notes });
      if (sheetPlan !== null) built.push(sheetPlan);
      continue;
    }
    const name = outputSheetName(snapshot, SHEETS[kind]);
    if (name !== SHEETS[kind]) notes.push(`工作表「${SHEETS[kind]}」是您自己的工作表，未被覆盖；结果写入「${name}」。`);
    if (kind === 'findings') built.push(findingsSheet(name, findings, options.fileName, recordFileSheets));
    else if (kind === 'reconcile') {
      if (records !== null && reconciled !== null)
        built.push(reconcileSheet(name, { differences: reconciled.differences, tableSheet: location.sheet, countsFrom: counts.from, file: records.source.file, activities: records.activities, proposals: records.proposals }));
    } else if (kind === 'summary') built.push(summarySheet(name, results, method, location, sheetTitle));
    else if (kind === 'groups') built.push(groupsSheet(name, stats, method, location, sheetTitle));
    else if (kind === 'memberSlips') built.push(memberSlipsSheet(name, noticeContext, slipMembers));
    else built.push(NOTICE_BUILDERS[kind](name, noticeContext));
    if (kind === 'unitLetters') notes.push(...letterNotes(noticeContext));
  }

  // No bookkeeping can be stored where the user has a sheet of its name: marks would become unremovable.
  const marking = options.marks !== false && !(issue?.nameTaken ?? false);
  const marks = planMarks(snapshot, marking ? sheet : null, marking ? findings : [], markTable(location, read.members));
  if (marks.released > 0) notes.push(`${marks.released} 处单元格标记已被您修改或删除，保留您的内容，不再当作本程序的标记。`);
  if (issue?.nameTaken) notes.push(`工作簿中已有名为「${issue.sheet}」的工作表，本程序无法保存运行记录，本次没有标记单元格；请改名该工作表后重新运行。`);
  const fitted = fitCellLimits(built, marks.set);
  notes.push(...fitted.notes);
  const sheets = fitted.sheets;
  const plan: WritePlan = {
    sheets,
    deleteSheets: [],
    clearMarks: marks.clear,
    setMarks: fitted.marks,
    bookkeeping: nextBookkeeping(snapshot, generated, sheets, fitted.marks),
    activate: sheets.length > 0 ? sheets[0].name : undefined,
  };
  return { ok: true, report, plan, method, origin, location, results, findings, shortlist, stats, notes, noticeContext, year, ...(terms.length > 0 ? { terms } : {}) };
}

interface ArchiveOutputArgs {
  readonly snapshot: Snapshot;
  readonly generated: ReadonlySet<string>;
  readonly term: TermRun;
  readonly results: readonly MemberResult[];
  readonly records: readonly TermRecord[];
  readonly repeatedRows: ReadonlySet<number>;
  readonly itemLabels: ReadonlyMap<string, string>;
  readonly method: Method;
  readonly year: number;
  readonly runAt: string;
  readonly showTerm: boolean;
  readonly committee: string;
  readonly notes: string[];
}

/**
 * The term archive's sheets (issue 13). 履职档案 always; 届内履职汇总 and 换届建议参考名单 once there is an
 * earlier year (or the method sets `term`); 档案匹配 only while it lists doubtful matches and nobody has
 * written in it (a sheet the clerk filled in is the clerk's and is never rewritten).
 */
function archiveOutput(kind: ArchiveKind, a: ArchiveOutputArgs): SheetPlan | null {
  const taken = (name: string): void => {
    if (name !== SHEETS[kind]) a.notes.push(`工作表「${SHEETS[kind]}」是您自己的工作表或已被手工修改，未被覆盖；结果写入「${name}」。`);
  };
  if (kind === 'archive') {
    const name = outputSheetName(a.snapshot, SHEETS.archive);
    taken(name);
    return archiveSheet(name, archiveAfter(a.term, a.results, a.repeatedRows, a.year, a.itemLabels), a.runAt);
  }
  if (kind === 'archiveMatch') {
    const existing = a.snapshot.sheets.some((s) => s.name === SHEETS.archiveMatch);
    if (a.term.settlementsFilled || (existing && !a.generated.has(SHEETS.archiveMatch))) return null;
    if (!existing && a.term.doubts.length === 0) return null;
    return matchSheet(SHEETS.archiveMatch, a.term.doubts);
  }
  if (!a.showTerm) return null;
  const name = outputSheetName(a.snapshot, SHEETS[kind]);
  taken(name);
  const title = { committee: a.committee, year: a.year };
  return kind === 'termSummary' ? termSummarySheet(name, a.records, a.method, title) : reappointmentSheet(name, a.records, a.method, title);
}

/** The plan of 清除标记: restore every marked cell, keep generated sheets. */
export function clearMarksPlan(snapshot: Snapshot): WritePlan {
  const marks = planMarks(snapshot, null, []);
  return { sheets: [], deleteSheets: [], clearMarks: marks.clear, setMarks: [], bookkeeping: nextBookkeeping(snapshot, proven(snapshot), [], []) };
}

function byPlace(a: Finding, b: Finding): number {
  return (a.row ?? 0) - (b.row ?? 0) || columnOrder(a.cell) - columnOrder(b.cell);
}

function columnOrder(cell: string | null): number {
  if (cell === null) return 0;
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? '';
  return letters.length * 1000 + letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
