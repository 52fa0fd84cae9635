/// <reference types="et-jsapi-declare" />
/**
 * The subset of the WPS 表格 JS object model (ET, VBA-like and synchronous) that the WPS host uses,
 * typed from the vendor's own typings package `et-jsapi-declare` (Kingsoft's declarations of the
 * `Et` namespace, installed from npm as a devDependency, never copied or modified: its licence
 * allows use and redistribution without modification). Scalar members are `Pick`ed from the vendor's
 * interfaces, so a misspelt member or a wrong type fails to compile. Where the vendor's types are
 * known to be too narrow for what the object model returns, the member is declared here, with the
 * reason (the vendor's header says the types come from static analysis and may be imprecise):
 *   - VBA's Null (a property read on a range whose cells differ) and Nothing (no object) may reach
 *     JavaScript as `null` or as `undefined`: such members are `… | null | undefined`, and every
 *     reader tests them with `isNothing` (never `=== null`).
 *   - `Value2` is a VBA Variant (a scalar for one cell, a 2-D array otherwise), not `string | any[]`.
 *   - Object-valued members return this file's subsets, so the test fake implements exactly them.
 * The constants are the vendor's enum values (`Et.XlCalculation.xlCalculationManual` …), checked at
 * compile time against the typings: an ambient enum has no run-time object to read them from.
 */

/** VBA Null / Nothing as the JS binding may return it. */
export type Nothing = null | undefined;

/** True for VBA Null or Nothing, whichever of null and undefined the WPS build returns. */
export function isNothing(v: unknown): v is Nothing {
  return v === null || v === undefined;
}

export const XL_SHEET_VISIBLE: Et.XlSheetVisibility.xlSheetVisible = -1;
export const XL_SHEET_HIDDEN: Et.XlSheetVisibility.xlSheetHidden = 0;
export const XL_SHEET_VERY_HIDDEN: Et.XlSheetVisibility.xlSheetVeryHidden = 2;
export const XL_NONE: Et.Constants.xlNone = -4142;
export const XL_CALCULATION_MANUAL: Et.XlCalculation.xlCalculationManual = -4135;
export const XL_CALCULATION_AUTOMATIC: Et.XlCalculation.xlCalculationAutomatic = -4105;
export const XL_LEFT: Et.Constants.xlLeft = -4131;
export const XL_CENTER: Et.Constants.xlCenter = -4108;
export const XL_RIGHT: Et.Constants.xlRight = -4152;
export const XL_TOP: Et.Constants.xlTop = -4160;
export const XL_BOTTOM: Et.Constants.xlBottom = -4107;
export const XL_CONTINUOUS: Et.XlLineStyle.xlContinuous = 1;
export const XL_THIN: Kso.XlBorderWeight.xlThin = 2;
export const XL_MEDIUM: Kso.XlBorderWeight.xlMedium = -4138;
export const XL_UNDERLINE_SINGLE: Kso.XlUnderlineStyle.xlUnderlineStyleSingle = 2;
export const XL_PAPER_A4: Et.XlPaperSize.xlPaperA4 = 9;
export const XL_PAPER_A3: Et.XlPaperSize.xlPaperA3 = 8;
export const XL_PORTRAIT: Et.XlPageOrientation.xlPortrait = 1;
/** XlFormatConditionType.xlCellValue and XlFormatConditionOperator.xlEqual. */
export const XL_CELL_VALUE: Et.XlFormatConditionType.xlCellValue = 1;
export const XL_EQUAL: Et.XlFormatConditionOperator.xlEqual = 3;
export const XL_GREATER_EQUAL: Et.XlFormatConditionOperator.xlGreaterEqual = 7;
export const XL_VALIDATE_WHOLE_NUMBER: Et.XlDVType.xlValidateWholeNumber = 1;
export const XL_VALID_ALERT_STOP: Et.XlDVAlertStyle.xlValidAlertStop = 1;
export const XL_LANDSCAPE: Et.XlPageOrientation.xlLandscape = 2;
/** Range.Find: look in formulas (finds every non-empty cell, hidden rows included; xlValues skips hidden cells). */
export const XL_FORMULAS: Et.XlFindLookIn.xlFormulas = -4123;
export const XL_PART: Et.XlLookAt.xlPart = 2;
export const XL_BY_ROWS: Et.XlSearchOrder.xlByRows = 1;
export const XL_BY_COLUMNS: Et.XlSearchOrder.xlByColumns = 2;
export const XL_PREVIOUS: Et.XlSearchDirection.xlPrevious = 2;

export interface WpsApplication extends Pick<Et.Application, 'ScreenUpdating' | 'DisplayAlerts' | 'Calculation' | 'Name' | 'Version' | 'Build' | 'OperatingSystem'> {
  /** Nothing when no workbook is open. */
  readonly ActiveWorkbook: WpsWorkbook | Nothing;
  /** The selection: a Range when cells are selected, a drawing object otherwise (the vendor types it as such a union with any). */
  readonly Selection: unknown;
  readonly ActiveWindow: WpsWindow;
}

export interface WpsWorkbook extends Pick<Et.Workbook, 'Name' | 'ProtectStructure'> {
  readonly Worksheets: WpsSheets;
}

export interface WpsSheets extends Pick<Et.Sheets, 'Count'> {
  Item(index: number | string): WpsSheet;
  /** VBA Add(Before, After): the new sheet goes after `after` when given. */
  Add(before?: WpsSheet, after?: WpsSheet): WpsSheet;
}

export type WpsWindow = Pick<Et.Window, 'FreezePanes' | 'SplitRow' | 'SplitColumn'>;

export interface WpsSheet extends Pick<Et.Worksheet, 'Name' | 'Visible' | 'ProtectContents' | 'Delete' | 'Activate'> {
  readonly UsedRange: WpsRange;
  readonly Comments: WpsComments;
  readonly HPageBreaks: { Add(before: WpsRange): unknown };
  readonly Hyperlinks: { Add(anchor: WpsRange, address: string, subAddress: string, screenTip: string, textToDisplay: string): unknown };
  readonly PageSetup: WpsPageSetup;
  readonly Tab: Pick<Et.Tab, 'Color'>;
  Range(address: string): WpsRange;
  /** VBA Move(Before, After). */
  Move(before?: WpsSheet, after?: WpsSheet): void;
  /** Worksheet.Protect(Password, …) of et-jsapi-declare; the host protects without a password (the fill-in form, issue 12). */
  Protect(): void;
}

export type WpsComments = Pick<Et.Comments, 'Count'> & {
  Item(index: number): WpsComment;
};

export interface WpsComment extends Pick<Et.Comment, 'Delete'> {
  /** The cell the comment belongs to (the vendor types Parent as any; in VBA it is the Range). */
  readonly Parent: WpsRange;
  Text(): string;
}

/** A Range (as Application.Selection is when cells are selected, and not a drawing object). */
export function isRange(v: unknown): v is WpsRange {
  return !isNothing(v) && typeof v === 'object' && 'Areas' in v && 'Worksheet' in v;
}

/** A multi-cell read gives the common value, or Null when the cells differ (VBA semantics). */
type Mixed<T> = T | Nothing;

export interface WpsRange extends Pick<Et.Range, 'Row' | 'Column' | 'Merge' | 'ClearComments' | 'Select'> {
  readonly Rows: Pick<Et.Range, 'Count'>;
  readonly Columns: Pick<Et.Range, 'Count'>;
  /** The areas of a multi-area range (a selection made with Ctrl), 1-based. */
  readonly Areas: Pick<Et.Areas, 'Count'> & { Item(index: number): WpsRange };
  readonly Worksheet: Pick<Et.Worksheet, 'Name'>;
  /** A scalar for one cell (Empty → undefined), a 2-D array (rows × columns) otherwise. */
  Value2: unknown;
  readonly Text: unknown;
  /** true when every cell is merged, false when none is, Null when mixed. */
  readonly MergeCells: Mixed<boolean>;
  readonly MergeArea: WpsRange;
  readonly EntireRow: { Hidden: Mixed<boolean> };
  readonly Interior: { Color: Mixed<number>; ColorIndex: Mixed<number> };
  readonly Font: { Name: Mixed<string>; Size: Mixed<number>; Bold: Mixed<boolean>; Italic: Mixed<boolean>; Underline: Mixed<number>; Color: Mixed<number> };
  readonly Borders: { LineStyle: Mixed<number>; Weight: Mixed<number> };
  HorizontalAlignment: Mixed<number>;
  VerticalAlignment: Mixed<number>;
  WrapText: Mixed<boolean>;
  NumberFormat: Mixed<string>;
  ColumnWidth: Mixed<number>;
  RowHeight: Mixed<number>;
  /** Nothing when the cell has no comment. */
  readonly Comment: WpsComment | Nothing;
  AddComment(text: string): WpsComment;
  /** Range.Locked (et-jsapi-declare): false leaves the cells editable on a protected sheet. */
  Locked: boolean;
  /** Range.Validation (et-jsapi-declare Validation): Add(xlValidateWholeNumber, xlValidAlertStop, xlGreaterEqual, "0"), then the error box texts. */
  readonly Validation: Pick<Et.Validation, 'Delete' | 'IgnoreBlank' | 'ShowError' | 'ErrorTitle' | 'ErrorMessage'> & {
    Add(type: number, alertStyle: number, operator: number, formula1: string): void;
  };
  /** VBA Range.FormatConditions: Add(xlCellValue, xlEqual, "=\"优秀\"") gives a FormatCondition (the vendor types its result as any). */
  readonly FormatConditions: { Add(type: number, operator: number, formula1: string): { readonly Interior: { Color: number } } };
  /**
   * VBA Find(What, After, LookIn, LookAt, SearchOrder, SearchDirection): the first matching cell, or
   * Nothing. With What "*", xlFormulas and xlPrevious it gives the last non-empty cell by rows or columns.
   */
  Find(what: string, after: WpsRange, lookIn: number, lookAt: number, searchOrder: number, searchDirection: number): WpsRange | Nothing;
}

export type WpsPageSetup = Pick<
  Et.PageSetup,
  | 'PaperSize'
  | 'Orientation'
  | 'TopMargin'
  | 'BottomMargin'
  | 'LeftMargin'
  | 'RightMargin'
  | 'HeaderMargin'
  | 'FooterMargin'
  | 'Zoom'
  | 'FitToPagesWide'
  | 'FitToPagesTall'
  | 'CenterHorizontally'
  | 'PrintArea'
  | 'PrintTitleRows'
  /** e.g. "$A:$B" */
  | 'PrintTitleColumns'
  /** A number, or xlAutomatic (−4105) to number on from the sheets before. */
  | 'FirstPageNumber'
  | 'CenterFooter'
>;
