/**
 * The primitive operations a host carries out, in order: what compilePlan (compile-plan.ts) makes of
 * a WritePlan. Runs are already grouped (one format operation per distinct cell format with all
 * the rectangles that carry it, one row-height operation per height…), so a host only translates
 * each operation into its API: Excel within its request budget, WPS synchronously, exceljs in
 * memory. Rows and columns are 1-based; a Rect is inclusive.
 */
import type { PageSetup, PlanValue } from '../port';
import type { CellState } from './mark-states';
import type { FormatPart, Rect } from './style-plan';

export type { CellState, FormatPart, Rect };

/** A stretch of whole rows, first..last. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

export type HostOp =
  /** Delete a sheet (a leftover temporary sheet, a sheet the plan deletes, an empty bookkeeping). */
  | { readonly kind: 'deleteSheet'; readonly sheet: string }
  /** Add an empty, visible sheet after the last one. */
  | { readonly kind: 'addSheet'; readonly sheet: string }
  /** The sheet's values from A1, `width` columns (rows may be shorter: pad with blanks). Strings are text, never formulas. */
  | { readonly kind: 'values'; readonly sheet: string; readonly rows: readonly (readonly PlanValue[])[]; readonly width: number }
  /** Font, fill, alignment and wrap for every cell of the areas. */
  | { readonly kind: 'format'; readonly sheet: string; readonly areas: readonly Rect[]; readonly format: FormatPart }
  /** A line on every edge of every cell of the areas, inside edges included. */
  | { readonly kind: 'borders'; readonly sheet: string; readonly areas: readonly Rect[]; readonly weight: 'thin' | 'medium' }
  | { readonly kind: 'numberFormat'; readonly sheet: string; readonly areas: readonly Rect[]; readonly format: string }
  /** Merge each area on its own; `across`: merge each row of each area on its own. */
  | { readonly kind: 'merge'; readonly sheet: string; readonly areas: readonly Rect[]; readonly across: boolean }
  /** Columns first..last, width in characters. */
  | { readonly kind: 'columnWidth'; readonly sheet: string; readonly first: number; readonly last: number; readonly width: number }
  /** Row height in points. */
  | { readonly kind: 'rowHeight'; readonly sheet: string; readonly rows: readonly RowSpan[]; readonly height: number }
  /** A link in `cell` to `target` on sheet `targetSheet`, showing `text`. */
  | { readonly kind: 'hyperlink'; readonly sheet: string; readonly cell: string; readonly targetSheet: string; readonly target: string; readonly text: string }
  /** Page setup, manual page breaks (a break above each row), freeze panes, tab colour. */
  | { readonly kind: 'layout'; readonly sheet: string; readonly pageSetup?: PageSetup; readonly pageBreaks: readonly number[]; readonly freeze?: { readonly rows: number; readonly columns: number }; readonly tabColor?: string }
  /** One conditional format: fill the cells of `area` whose text equals `equals`. */
  | { readonly kind: 'conditionalFill'; readonly sheet: string; readonly area: Rect; readonly equals: string; readonly fill: string }
  /** Data validation: the cells of `area` accept whole numbers ≥ `min` only; otherwise the host shows `title` and `message`. */
  | { readonly kind: 'wholeNumberRule'; readonly sheet: string; readonly area: Rect; readonly min: number; readonly title: string; readonly message: string }
  /** Protect the sheet without a password, every cell locked except those of `unlocked` (done last among the sheet's operations). */
  | { readonly kind: 'protectSheet'; readonly sheet: string; readonly unlocked: readonly Rect[] }
  /** Each cell's final fill and note (null: no fill / no note). */
  | { readonly kind: 'marks'; readonly marks: readonly CellState[] }
  /**
   * The bookkeeping grid (shared/bookkeeping-grid.ts) from A1 of the very hidden BOOKKEEPING_SHEET:
   * `create` adds the sheet first (after the last one) and hides it; rows below the grid up to
   * `previousRows` are blanked.
   */
  | { readonly kind: 'bookkeeping'; readonly grid: readonly (readonly (string | number | null)[])[]; readonly width: number; readonly create: boolean; readonly previousRows: number }
  /**
   * The written temporary sheet takes its final place and name: where it `replaces` a sheet, it
   * moves to that sheet's tab `position` (0-based, the old sheet then right after it), the old
   * sheet is deleted; then it is renamed.
   */
  | { readonly kind: 'swapSheet'; readonly temp: string; readonly name: string; readonly replaces: string | null; readonly position: number }
  | { readonly kind: 'activate'; readonly sheet: string };

export type HostOpKind = HostOp['kind'];
