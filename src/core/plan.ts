/** WritePlan: every change the core asks a host to make, as plain data. A host decides nothing. */

import type { Bookkeeping, MarkRecord } from './snapshot';

export type HorizontalAlign = 'left' | 'center' | 'right';
export type VerticalAlign = 'top' | 'middle' | 'bottom';
export type BorderStyle = 'thin' | 'medium' | 'none';

export interface FontStyle {
  /** First choice first; hosts use the first name and may note the rest as fallbacks. */
  readonly name?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** `#RRGGBB` */
  readonly color?: string;
}

export interface CellStyle {
  readonly font?: FontStyle;
  /** Solid fill, `#RRGGBB`. */
  readonly fill?: string;
  /** Border on every edge of every cell of the range. */
  readonly border?: BorderStyle;
  readonly horizontal?: HorizontalAlign;
  readonly vertical?: VerticalAlign;
  readonly wrap?: boolean;
  /** Excel number format code, e.g. `0.00`, `@`. */
  readonly numberFormat?: string;
}

/** A style applied to an A1 range ("A1", "A1:F20"). Later runs override earlier ones. */
export interface StyleRun {
  readonly range: string;
  readonly style: CellStyle;
}

export interface Hyperlink {
  readonly cell: string;
  /** Jump to a cell inside the workbook. */
  readonly sheet: string;
  readonly target: string;
}

export interface PageSetup {
  readonly paperSize: 'A4' | 'A3';
  readonly orientation: 'portrait' | 'landscape';
  /** Margins in millimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number; readonly header: number; readonly footer: number };
  /** Fit all columns on one page width (height free); `pagesWide` pages wide where given. */
  readonly fitToWidth: boolean;
  /** With fitToWidth: how many pages wide (default 1), for tables too wide to stay readable on one. */
  readonly pagesWide?: number;
  readonly horizontalCentered?: boolean;
  /** A1 range, e.g. "A1:H120". */
  readonly printArea?: string;
  /** Rows repeated at the top of every printed page, e.g. [3, 4]. */
  readonly printTitleRows?: readonly [number, number];
  /** Columns repeated at the left of every printed page, 1-based, e.g. [1, 2] for 序号 and 姓名. */
  readonly printTitleColumns?: readonly [number, number];
  /** The number of the sheet's first printed page: 1 makes every document start at 「— 1 —」 (else hosts go on counting from the sheets before). */
  readonly firstPageNumber?: number;
  /** Footer centre text in Excel header/footer codes, e.g. "— &P —". */
  readonly footerCenter?: string;
}

/**
 * A fill for the cells of `range` whose text equals `equals` (a conditional format: one rule per
 * grade whatever the number of rows, so a colour follows the value and costs the same at 300 or
 * 20,000 members).
 */
export interface ConditionalFill {
  readonly range: string;
  readonly equals: string;
  /** `#RRGGBB` */
  readonly fill: string;
}

/**
 * Data validation (issue 12): the cells of `range` accept only whole numbers ≥ `min`; the host
 * refuses anything else with `title` and `message` (Excel and WPS show them in the error box).
 */
export interface WholeNumberValidation {
  readonly range: string;
  readonly min: number;
  readonly title: string;
  readonly message: string;
}

/** Sheet protection without a password (issue 12): every cell locked except the `unlocked` ranges, which stay editable. */
export interface SheetProtection {
  readonly unlocked: readonly string[];
}

/** Cell value to write. Strings are written as text (never as formulas). */
export type PlanValue = string | number | boolean | null;

export interface SheetPlan {
  readonly name: string;
  /** values[r - 1][c - 1] goes to row r, column c, starting at A1. */
  readonly values: readonly (readonly PlanValue[])[];
  readonly styles: readonly StyleRun[];
  readonly merges: readonly string[];
  /** Column widths in characters, index 0 = column A; null leaves the default. */
  readonly columnWidths: readonly (number | null)[];
  /** Row heights in points, by 1-based row. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly hyperlinks: readonly Hyperlink[];
  readonly pageSetup?: PageSetup;
  /** Manual page breaks: a break is inserted above each of these 1-based rows. */
  readonly pageBreaks: readonly number[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** `#RRGGBB` */
  readonly tabColor?: string;
  /** Value-driven fills (grade colours), applied after the styles. */
  readonly conditionalFills?: readonly ConditionalFill[];
  /** Whole-number rules on value cells (the fill-in form), applied after the values. */
  readonly validations?: readonly WholeNumberValidation[];
  /** Protect the sheet last, leaving these ranges unlocked (the fill-in form). */
  readonly protection?: SheetProtection;
}

/** Remove a mark: restore the fill and note the cell had before the product marked it. */
export interface MarkClear {
  readonly sheet: string;
  readonly cell: string;
  readonly fill: string | null;
  readonly note: string | null;
}

export interface WritePlan {
  /** Generated sheets to create, or replace when already generated, in tab order. */
  readonly sheets: readonly SheetPlan[];
  /** Generated sheets to delete (e.g. an output that is no longer produced). */
  readonly deleteSheets: readonly string[];
  /** Marks to remove first (restoring the previous state), then marks to set. */
  readonly clearMarks: readonly MarkClear[];
  readonly setMarks: readonly MarkRecord[];
  /** The bookkeeping to store after the plan is applied (replaces the stored one). */
  readonly bookkeeping: Bookkeeping;
  /** Sheet to show when done. */
  readonly activate?: string;
}
