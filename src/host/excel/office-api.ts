/**
 * The subset of the Excel JavaScript API the host uses, as structural types. The real
 * `Excel.RequestContext` is assignable to XlRequestContext (checked in office-run.ts), and the
 * strict fake in test/support/fakes implements exactly these. Everything here is ExcelApi ≤ 1.18, the set
 * declared in manifest.xml (see requirements.ts for which member needs which set).
 */

export interface XlLoadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface XlClientResult<T> {
  readonly value: T;
}

/** ExcelApi 1.8: suspendApiCalculationUntilNextSync. */
export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook extends XlLoadable {
  /** ExcelApi 1.7 */
  readonly name: string;
  readonly worksheets: XlWorksheetCollection;
  /** ExcelApi 1.18 */
  readonly notes: XlNoteCollection;
  /** ExcelApi 1.10: threaded comments (a cell holding one takes no note). */
  readonly comments: XlCommentCollection;
  /** ExcelApi 1.7 */
  readonly protection: XlProtection;
  readonly application: XlApplication;
  /** ExcelApi 1.9: the user's selection, every area (address like `统计表!A5:H9,统计表!A12:H12`). */
  getSelectedRanges(): XlSelectedAreas;
}

/** The RangeAreas of the selection: only its address is read. */
export interface XlSelectedAreas extends XlLoadable {
  readonly address: string;
}

/** WorkbookProtection (ExcelApi 1.7) and WorksheetProtection (ExcelApi 1.2): whether it is protected. */
export interface XlProtection extends XlLoadable {
  readonly protected: boolean;
}

/** WorksheetProtection (ExcelApi 1.2): protect without a password (the fill-in form, issue 12). */
export interface XlWorksheetProtection extends XlProtection {
  protect(): void;
}

/** Range.dataValidation (ExcelApi 1.8): the host sets whole-number rules only. */
export interface XlDataValidation {
  rule: { wholeNumber?: { formula1: unknown; operator: string } };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface XlCommentCollection extends XlLoadable {
  readonly items: XlComment[];
}

export interface XlComment extends XlLoadable {
  readonly id: string;
  getLocation(): XlRange;
}

export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<void>;
}

/** `Excel.run` as the host uses it. */
export type XlRun = <T>(batch: (context: XlRequestContext) => Promise<T>) => Promise<T>;

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet extends XlLoadable {
  readonly isNullObject: boolean;
  name: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden' */
  visibility: string;
  /** ExcelApi 1.7, `#RRGGBB` */
  tabColor: string;
  /** 0-based place among the sheets; setting it moves the sheet. */
  position: number;
  /** ExcelApi 1.9 */
  readonly pageLayout: XlPageLayout;
  /** ExcelApi 1.7 */
  readonly freezePanes: XlFreezePanes;
  /** ExcelApi 1.9 */
  readonly horizontalPageBreaks: XlPageBreakCollection;
  /** ExcelApi 1.18 */
  readonly notes: XlNoteCollection;
  /** ExcelApi 1.2 */
  readonly protection: XlWorksheetProtection;
  getRange(address?: string): XlRange;
  /** ExcelApi 1.7; 0-based indexes. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.9: several areas ("A1:B2,D4") as one RangeAreas. */
  getRanges(address?: string): XlRangeAreas;
  activate(): void;
  delete(): void;
}

/** What getCellProperties returns for `{ format: { fill: { color: true } } }`. */
export interface XlCellFill {
  readonly format?: { readonly fill?: { readonly color?: string } };
}

/** What getRowProperties returns for `{ rowHidden: true }`. */
export interface XlRowHidden {
  readonly rowHidden?: boolean;
}

export interface XlHyperlink {
  documentReference?: string;
  textToDisplay?: string;
}

export interface XlRange extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the real API types cell values as any[][]
  values: any[][];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- likewise for number formats
  numberFormat: any[][];
  /** ExcelApi 1.2: true when every row is hidden, false when none is, null when mixed; settable (the self-check hides a row). */
  rowHidden: boolean;
  /** ExcelApi 1.7 */
  hyperlink: XlHyperlink;
  readonly format: XlRangeFormat;
  /** ExcelApi 1.6 */
  readonly conditionalFormats: XlConditionalFormatCollection;
  /** ExcelApi 1.8 */
  readonly dataValidation: XlDataValidation;
  /** ExcelApi 1.9 */
  getCellProperties(options: { format: { fill: { color: true } } }): XlClientResult<XlCellFill[][]>;
  /** ExcelApi 1.9 */
  getRowProperties(options: { rowHidden: true }): XlClientResult<XlRowHidden[]>;
  /** ExcelApi 1.13 */
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** ExcelApi 1.9 */
  getSpecialCellsOrNullObject(cellType: 'Constants' | 'Formulas', cellValueType: 'Errors'): XlRangeAreas;
  /** `across`: merge each row of the range separately. */
  merge(across?: boolean): void;
  select(): void;
  clear(): void;
}

export interface XlConditionalFormatCollection {
  /** ExcelApi 1.6; the host adds 'CellValue' formats only. */
  add(type: 'CellValue'): XlConditionalFormat;
}

export interface XlConditionalFormat {
  readonly cellValue: XlCellValueConditionalFormat;
}

export interface XlCellValueConditionalFormat {
  readonly format: { readonly fill: { color: string } };
  /** `formula1` as a formula (`="优秀"`), `operator` an Excel.ConditionalCellValueOperator. */
  rule: { formula1: string; operator: string };
}

export interface XlRangeAreas extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly format: XlRangeFormat;
}

export interface XlFormatUpdate {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  fill?: { color?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  columnWidth?: number;
  rowHeight?: number;
}

export interface XlRangeFormat {
  /** ExcelApi 1.2: FormatProtection; `locked = false` leaves cells editable on a protected sheet. */
  readonly protection: { locked: boolean };
  readonly fill: XlRangeFill;
  readonly borders: XlRangeBorderCollection;
  set(properties: XlFormatUpdate): void;
}

export interface XlRangeFill extends XlLoadable {
  /** `#RRGGBB`; null when the cells of the range differ. */
  readonly color: string;
  clear(): void;
}

export interface XlRangeBorderCollection {
  getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal'): XlRangeBorder;
}

export interface XlRangeBorder {
  set(properties: { style?: string; weight?: string }): void;
}

export interface XlPageLayoutUpdate {
  orientation?: string;
  paperSize?: string;
  topMargin?: number;
  bottomMargin?: number;
  leftMargin?: number;
  rightMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  centerHorizontally?: boolean;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  firstPageNumber?: number | '';
}

export interface XlPageLayout {
  readonly headersFooters: { readonly defaultForAllPages: { centerFooter: string } };
  set(properties: XlPageLayoutUpdate): void;
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
  setPrintTitleColumns(printTitleColumns: string): void;
}

export interface XlFreezePanes {
  freezeAt(frozenRange: string): void;
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
}

export interface XlPageBreakCollection {
  add(pageBreakRange: string): unknown;
}

export interface XlNoteCollection extends XlLoadable {
  readonly items: XlNote[];
  add(cellAddress: string, content: string): unknown;
  getItemOrNullObject(key: string): XlNote;
}

export interface XlNote extends XlLoadable {
  readonly isNullObject: boolean;
  content: string;
  getLocation(): XlRange;
  delete(): void;
}
