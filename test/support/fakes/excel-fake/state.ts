/**
 * The fake's in-memory workbook: what an .xlsx file would keep (values, formats, merges, notes,
 * page layout, visibility…), 0-based. Rows are dense arrays so a 20,000-member workbook stays small.
 * `serialize`/`deserialize` stand in for "save and reopen".
 */
import type { Stored } from './coerce';
import type { Rect } from './addresses';

export interface FontState {
  readonly name: string;
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: string;
  readonly color: string;
}

export interface BorderState {
  readonly style: string;
  readonly weight: string;
}

export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface StyleState {
  readonly fill: string | null;
  readonly font: FontState;
  readonly borders: Readonly<Record<Side, BorderState>>;
  readonly horizontal: string;
  readonly vertical: string;
  readonly wrap: boolean;
  readonly numberFormat: string;
}

const NO_BORDER: BorderState = { style: 'None', weight: 'Thin' };

export const DEFAULT_STYLE: StyleState = Object.freeze({
  fill: null,
  font: { name: '等线', size: 11, bold: false, italic: false, underline: 'None', color: '#000000' },
  borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
  horizontal: 'General',
  vertical: 'Bottom',
  wrap: false,
  numberFormat: 'General',
});

export interface CellExtra {
  error?: string;
  formula?: string;
  quotePrefix?: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export interface RowState {
  v: Stored[];
  s: (StyleState | undefined)[];
  x?: Map<number, CellExtra>;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea: string | null;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  firstPageNumber?: number | '';
  centerFooter: string;
}

export interface SheetState {
  readonly id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  rows: (RowState | undefined)[];
  merges: Rect[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  /** key row * 16384 + col */
  notes: Map<number, { content: string; author: string }>;
  pageLayout: PageLayoutState;
  /** 0-based rows a break is inserted above. */
  pageBreaks: number[];
  freeze: { rows: number; columns: number } | null;
  /** WorksheetProtection.protected: edits of the sheet's cells are refused. */
  protected: boolean;
  /** Threaded comments (ExcelApi 1.10), key row * 16384 + col → id and content. A cell holds a note or a thread, never both. */
  threaded: Map<number, { id: string; content: string }>;
  /** Conditional formats added through the API (CellValue rules only). */
  conditionalFormats: { rect: Rect; formula1: string; operator: string; fill: string | null }[];
  /** Range.dataValidation (ExcelApi 1.8): whole-number rules as set (issue 12). */
  validations?: { rect: Rect; formula1: unknown; operator: string; alert: { showAlert: boolean; style: string; title: string; message: string } | null; ignoreBlanks: boolean | null }[];
  /** FormatProtection.locked = false (ExcelApi 1.2): the areas left editable on a protected sheet. */
  unlocked?: Rect[];
}

export interface WorkbookState {
  name: string;
  sheets: SheetState[];
  nextId: number;
  activeSheetId: number | null;
  selection: { sheetId: number; address: string } | null;
  /** WorkbookProtection.protected: the structure (adding, deleting, moving, renaming sheets) is locked. */
  protected?: boolean;
}

export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    zoom: { scale: 100 },
    printArea: null,
    printTitleRows: null,
    printTitleColumns: null,
    centerFooter: '',
  };
}

export function newSheet(id: number, name: string): SheetState {
  return { id, name, visibility: 'Visible', tabColor: '', rows: [], merges: [], columnWidths: new Map(), rowHeights: new Map(), hiddenRows: new Set(), notes: new Map(), pageLayout: defaultPageLayout(), pageBreaks: [], freeze: null, protected: false, threaded: new Map(), conditionalFormats: [] };
}

export function noteKey(row: number, col: number): number {
  return row * 16_384 + col;
}

export function rowOf(sheet: SheetState, r: number, create: true): RowState;
export function rowOf(sheet: SheetState, r: number, create?: false): RowState | undefined;
export function rowOf(sheet: SheetState, r: number, create = false): RowState | undefined {
  let row = sheet.rows[r];
  if (!row && create) {
    row = { v: [], s: [] };
    sheet.rows[r] = row;
  }
  return row;
}

export function valueAt(sheet: SheetState, r: number, c: number): Stored {
  return sheet.rows[r]?.v[c] ?? null;
}

export function styleAt(sheet: SheetState, r: number, c: number): StyleState {
  return sheet.rows[r]?.s[c] ?? DEFAULT_STYLE;
}

export function extraAt(sheet: SheetState, r: number, c: number): CellExtra | undefined {
  return sheet.rows[r]?.x?.get(c);
}

/** Bounding box of the cells holding a value, or (valuesOnly false) also a format (null when none). */
export function usedRect(sheet: SheetState, valuesOnly = true): Rect | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    const width = valuesOnly ? row.v.length : Math.max(row.v.length, row.s.length);
    for (let c = 0; c < width; c++) {
      const v = row.v[c];
      if ((v === null || v === undefined) && (valuesOnly || row.s[c] === undefined)) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  });
  return top < 0 ? null : { top, bottom, left, right };
}

// ---------------------------------------------------------------------------------------------
// Save and reopen

interface SavedRow {
  r: number;
  v: Stored[];
  s: (number | null)[];
  x?: [number, CellExtra][];
}

export function serialize(state: WorkbookState): string {
  const styles: StyleState[] = [];
  const index = new Map<StyleState, number>();
  const styleId = (s: StyleState | undefined): number | null => {
    if (!s) return null;
    let i = index.get(s);
    if (i === undefined) {
      i = styles.length;
      styles.push(s);
      index.set(s, i);
    }
    return i;
  };
  const sheets = state.sheets.map((sh) => ({
    ...sh,
    rows: sh.rows.flatMap((row, r): SavedRow[] => (row ? [{ r, v: [...row.v], s: Array.from(row.s, styleId), x: row.x ? [...row.x] : undefined }] : [])),
    columnWidths: [...sh.columnWidths],
    rowHeights: [...sh.rowHeights],
    hiddenRows: [...sh.hiddenRows],
    notes: [...sh.notes],
    threaded: [...sh.threaded],
  }));
  return JSON.stringify({ name: state.name, nextId: state.nextId, activeSheetId: state.activeSheetId, protected: state.protected ?? false, styles, sheets });
}

export function deserialize(json: string): WorkbookState {
  const saved = JSON.parse(json) as {
    name: string;
    nextId: number;
    activeSheetId: number | null;
    protected: boolean;
    styles: StyleState[];
    sheets: (Omit<SheetState, 'rows' | 'columnWidths' | 'rowHeights' | 'hiddenRows' | 'notes' | 'threaded'> & {
      threaded: [number, { id: string; content: string }][];
      rows: SavedRow[];
      columnWidths: [number, number][];
      rowHeights: [number, number][];
      hiddenRows: number[];
      notes: [number, { content: string; author: string }][];
    })[];
  };
  const styles = saved.styles.map((s) => Object.freeze(s));
  return {
    name: saved.name,
    nextId: saved.nextId,
    activeSheetId: saved.activeSheetId,
    protected: saved.protected,
    selection: null,
    sheets: saved.sheets.map((sh) => {
      const rows: (RowState | undefined)[] = [];
      for (const row of sh.rows) rows[row.r] = { v: row.v, s: row.s.map((i) => (i === null ? undefined : styles[i])), x: row.x ? new Map(row.x) : undefined };
      return { ...sh, rows, columnWidths: new Map(sh.columnWidths), rowHeights: new Map(sh.rowHeights), hiddenRows: new Set(sh.hiddenRows), notes: new Map(sh.notes), threaded: new Map(sh.threaded) };
    }),
  };
}
