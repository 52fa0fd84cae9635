/**
 * The one port between the pure core and every host (Excel, WPS, .xlsx files).
 * The data types live in the core (which imports nothing from outside itself); this module
 * re-exports them for hosts and defines what a host implements.
 */
import type { Snapshot, WritePlan } from '../core';

export { EMPTY_BOOKKEEPING, BOOKKEEPING_SHEET } from '../core';
export type {
  CellError, CellValue, MergedArea, SheetSnapshot, MarkRecord, Bookkeeping, Snapshot, BookkeepingIssue, MarkAnchor, CellUncachedFormula,
  HorizontalAlign, VerticalAlign, BorderStyle, FontStyle, CellStyle, StyleRun, Hyperlink, PageSetup, PlanValue, SheetPlan, ConditionalFill, MarkClear, WritePlan,
} from '../core';

/** What applying a plan tells the user beyond the plan itself, in Chinese (e.g. cells that could take only a fill). */
export interface ApplyResult {
  readonly notes: readonly string[];
}

export const NOTHING_TO_ADD: ApplyResult = { notes: [] };

/** What every host implements; ui, commands and cli talk to a host only through this. */
export interface HostPort {
  readSnapshot(): Promise<Snapshot>;
  /** Applies the plan whole or not at all; refusals are HostErrors (shared/host-error.ts) with a Chinese message. */
  applyPlan(plan: WritePlan): Promise<ApplyResult>;
  /** Select a cell for the user (findings list click); hosts without a UI may do nothing. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The rows the user has selected (every area of the selection), for 个人履职告知单 of the selected rows; hosts without a UI leave it out. */
  selectedRows?(): Promise<RowSelection | null>;
}

/** The user's selection as whole rows of one sheet (1-based, as Excel and WPS number them). */
export interface RowSelection {
  readonly sheet: string;
  readonly rows: readonly number[];
}

