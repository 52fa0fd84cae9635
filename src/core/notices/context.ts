/** Everything the notice sheets are built from. */
import type { SheetSnapshot } from '../snapshot';
import type { YearOrigin } from '../year';
import type { ReportCounts } from '../report';
import type { ExtraValues } from '../evaluate/variables';
import type { Finding, GroupStat, MemberResult, Method, ReportSummary, ShortlistResult, TableLocation } from '../types';

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface NoticeContext {
  /** The one year of the run (CONTRACT §3 rule 10): every notice and title prints it. */
  readonly year: number;
  readonly yearOrigin: YearOrigin;
  readonly method: Method;
  /** Every member in table order. */
  readonly results: readonly MemberResult[];
  readonly shortlist: ShortlistResult | null;
  readonly stats: readonly GroupStat[];
  readonly summary: ReportSummary;
  readonly location: TableLocation;
  readonly fileName: string;
  /** The run date (printed where the method's notice settings give no date). */
  readonly today: DateParts;
  /** ISO-like local timestamp of this run, for 运行记录. */
  readonly runAt: string;
  /** The existing 运行记录 sheet, when the workbook has one (its rows are kept). */
  readonly previousRunLog: SheetSnapshot | null;
  /** Where the method came from, for 运行记录. */
  readonly methodOrigin: string;
  /** Every finding of the run; a pending member's slip says why it is pending (optional for older callers). */
  readonly findings?: readonly Finding[];
  /** Which figures scored and the office's records used (for 运行记录; optional for older callers). */
  readonly counts?: ReportCounts;
  /** The term archive's values of a member (prev.*, term.*), so plain words state them (issue 13; absent: none). */
  readonly termOf?: (m: MemberResult) => ExtraValues | null;
}
