/**
 * The subset of the WPS 表格 JS object model (ET, VBA-like and synchronous) that the WPS host uses,
 * typed here because WPS ships no TypeScript types. Collections are 1-based and read through
 * `.Item(index | name)`; parametrised VBA properties (Rows(i), Range(a1), Comment.Text()) are
 * methods in the JS binding.
 *
 * NOT verified against a running WPS (none can run here): the names follow the documented WPS JS
 * API (which mirrors Excel VBA) and the test fake (test/support/fakes/wps-fake.ts) implements exactly this.
 * Assumptions that matter most are marked "ASSUMPTION" where they are used.
 */

export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
export const XL_NONE = -4142;
export const XL_CALCULATION_MANUAL = -4135;
export const XL_CALCULATION_AUTOMATIC = -4105;
export const XL_LEFT = -4131;
export const XL_CENTER = -4108;
export const XL_RIGHT = -4152;
export const XL_TOP = -4160;
export const XL_BOTTOM = -4107;
export const XL_CONTINUOUS = 1;
export const XL_THIN = 2;
export const XL_MEDIUM = -4138;
export const XL_UNDERLINE_SINGLE = 2;
export const XL_PAPER_A4 = 9;
/** XlPaperSize.xlPaperA3 */
export const XL_PAPER_A3 = 8;
export const XL_PORTRAIT = 1;
/** XlFormatConditionType.xlCellValue and XlFormatConditionOperator.xlEqual. */
export const XL_CELL_VALUE = 1;
export const XL_EQUAL = 3;
export const XL_LANDSCAPE = 2;

export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook;
  readonly ActiveWindow: WpsWindow;
  ScreenUpdating: boolean;
  Calculation: number;
  DisplayAlerts: boolean;
}

export interface WpsWorkbook {
  readonly Name: string;
  readonly Worksheets: WpsSheets;
  /** VBA Workbook.ProtectStructure: sheets cannot be added, deleted, moved or renamed. */
  readonly ProtectStructure: boolean;
}

export interface WpsSheets {
  readonly Count: number;
  Item(index: number | string): WpsSheet;
  /** VBA Add(Before, After): the new sheet goes after `after` when given. */
  Add(before?: WpsSheet, after?: WpsSheet): WpsSheet;
}

export interface WpsWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

export interface WpsSheet {
  Name: string;
  /** VBA Worksheet.ProtectContents: the cells are protected. */
  readonly ProtectContents: boolean;
  /** XL_SHEET_VISIBLE, XL_SHEET_HIDDEN or XL_SHEET_VERY_HIDDEN. */
  Visible: number;
  readonly UsedRange: WpsRange;
  readonly Comments: WpsComments;
  readonly HPageBreaks: { Add(before: WpsRange): unknown };
  readonly Hyperlinks: { Add(anchor: WpsRange, address: string, subAddress: string, screenTip: string, textToDisplay: string): unknown };
  readonly PageSetup: WpsPageSetup;
  readonly Tab: { Color: number };
  Range(address: string): WpsRange;
  Delete(): void;
  Activate(): void;
  /** VBA Move(Before, After). */
  Move(before?: WpsSheet, after?: WpsSheet): void;
}

export interface WpsComments {
  readonly Count: number;
  Item(index: number): WpsComment;
}

export interface WpsComment {
  /** The cell the comment belongs to. */
  readonly Parent: WpsRange;
  Text(): string;
  Delete(): void;
}

export interface WpsRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** A scalar for one cell, a 2-D array (rows × columns) otherwise. */
  Value2: unknown;
  readonly Text: unknown;
  /** true when every cell is merged, false when none is, null when mixed (VBA semantics). */
  readonly MergeCells: boolean | null;
  readonly MergeArea: WpsRange;
  readonly EntireRow: { Hidden: boolean | null };
  readonly Interior: { Color: number | null; ColorIndex: number | null };
  readonly Font: { Name: string | null; Size: number | null; Bold: boolean | null; Italic: boolean | null; Underline: number | null; Color: number | null };
  readonly Borders: { LineStyle: number | null; Weight: number | null };
  HorizontalAlignment: number | null;
  VerticalAlignment: number | null;
  WrapText: boolean | null;
  NumberFormat: string | null;
  ColumnWidth: number | null;
  RowHeight: number | null;
  readonly Comment: WpsComment | null;
  /** VBA Range.FormatConditions: Add(xlCellValue, xlEqual, "=\"优秀\"") gives a FormatCondition. */
  readonly FormatConditions: { Add(type: number, operator: number, formula1: string): { readonly Interior: { Color: number } } };
  Merge(across?: boolean): void;
  AddComment(text: string): WpsComment;
  ClearComments(): void;
  Select(): void;
}

export interface WpsPageSetup {
  PaperSize: number;
  Orientation: number;
  TopMargin: number;
  BottomMargin: number;
  LeftMargin: number;
  RightMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  CenterHorizontally: boolean;
  PrintArea: string;
  PrintTitleRows: string;
  /** e.g. "$A:$B" */
  PrintTitleColumns: string;
  /** A number, or xlAutomatic (−4105) to number on from the sheets before. */
  FirstPageNumber: number;
  CenterFooter: string;
}
