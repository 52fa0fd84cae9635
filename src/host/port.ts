/**
 * The one port between the pure core and every host (Excel, WPS, .xlsx files).
 * The data types live in the core (which imports nothing from outside itself); this module
 * re-exports them for hosts and defines what a host implements.
 */
import type { Snapshot, WritePlan } from '../core';

export { EMPTY_BOOKKEEPING, BOOKKEEPING_SHEET } from '../core';
export type {
  CellError, CellValue, MergedArea, SheetSnapshot, MarkRecord, Bookkeeping, Snapshot,
  HorizontalAlign, VerticalAlign, BorderStyle, FontStyle, CellStyle, StyleRun, Hyperlink, PageSetup, PlanValue, SheetPlan, MarkClear, WritePlan,
} from '../core';

/** What every host implements; ui, commands and cli talk to a host only through this. */
export interface HostPort {
  readSnapshot(): Promise<Snapshot>;
  applyPlan(plan: WritePlan): Promise<void>;
  /** Select a cell for the user (findings list click); hosts without a UI may do nothing. */
  selectCell(sheet: string, cell: string): Promise<void>;
}

