/** The fake's in-memory workbook: cells, formats, merges and sheet state; addresses; typed input. */
import { columnNumber } from '../../../../src/core/a1';
import type { WpsPageSetup } from '../../../../src/host/wps/wps-api';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type Stored = string | number | boolean | { readonly error: string } | { readonly formula: string };

export interface Format {
  fill?: number;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: number;
  fontColor?: number;
  lineStyle?: number;
  weight?: number;
  horizontal?: number;
  vertical?: number;
  wrap?: boolean;
  numberFormat?: string;
}

/** The page setup a sheet holds: exactly the properties the host's object-model types declare. */
export type PageSetupState = WpsPageSetup;

export interface SheetState {
  readonly id: number;
  name: string;
  visible: number;
  deleted: boolean;
  readonly cells: Map<string, Stored>;
  readonly formats: Map<string, Format>;
  /** cell key → comment text, in the order added */
  readonly comments: Map<string, string>;
  readonly merges: Rect[];
  /** cell key → the merged area covering it */
  readonly mergeAt: Map<string, Rect>;
  readonly hiddenRows: Set<number>;
  readonly rowHeights: Map<number, number>;
  readonly columnWidths: Map<number, number>;
  readonly pageBreaks: number[];
  readonly hyperlinks: { cell: string; address: string; subAddress: string; text: string }[];
  readonly pageSetup: PageSetupState;
  tabColor: number | null;
  freeze: { rows: number; columns: number } | null;
  /** Worksheet.ProtectContents (Worksheet.Protect was called): edits are refused (VBA run-time error 1004). */
  protectContents: boolean;
  /** FormatConditions added (VBA FormatConditions.Add(Type, Operator, Formula1)), with the fill set on them. */
  readonly formatConditions: { rect: Rect; type: number; operator: number; formula1: string; fill: number | null }[];
  /** Empty cells that carry a format (borders drawn over a blank form): they grow UsedRange. */
  readonly formattedAreas: Rect[];
  /** Range.Validation rules (et-jsapi-declare Validation.Add(Type, AlertStyle, Operator, Formula1)) and their error box (issue 12). */
  validations?: { rect: Rect; type: number; alertStyle: number; operator: number; formula1: string; ignoreBlank: boolean; showError: boolean; errorTitle: string; errorMessage: string }[];
  /** Areas set Range.Locked = false: editable once the sheet is protected. */
  unlocked?: Rect[];
}

export function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function newSheet(id: number, name: string): SheetState {
  return {
    id,
    name,
    visible: -1,
    deleted: false,
    cells: new Map(),
    formats: new Map(),
    comments: new Map(),
    merges: [],
    mergeAt: new Map(),
    hiddenRows: new Set(),
    rowHeights: new Map(),
    columnWidths: new Map(),
    pageBreaks: [],
    hyperlinks: [],
    pageSetup: {
      PaperSize: 1,
      Orientation: 1,
      TopMargin: 54,
      BottomMargin: 54,
      LeftMargin: 50.4,
      RightMargin: 50.4,
      HeaderMargin: 21.6,
      FooterMargin: 21.6,
      Zoom: 100,
      FitToPagesWide: 1,
      FitToPagesTall: 1,
      CenterHorizontally: false,
      PrintArea: '',
      PrintTitleRows: '',
      PrintTitleColumns: '',
      // xlAutomatic: pages numbered on from the sheets printed before.
      FirstPageNumber: -4105,
      CenterFooter: '',
    },
    tabColor: null,
    freeze: null,
    protectContents: false,
    formatConditions: [],
    formattedAreas: [],
  };
}

function part(text: string): Rect {
  const s = text.trim().replace(/\$/g, '');
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(s);
  if (m) {
    const a = { row: Number(m[2]), col: columnNumber(m[1].toUpperCase()) };
    const b = m[3] ? { row: Number(m[4]), col: columnNumber(m[3].toUpperCase()) } : a;
    return check({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) }, text);
  }
  m = /^(\d+):(\d+)$/.exec(s);
  if (m) return check({ top: Number(m[1]), left: 1, bottom: Number(m[2]), right: MAX_COLS }, text);
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(s);
  if (m) return check({ top: 1, left: columnNumber(m[1].toUpperCase()), bottom: MAX_ROWS, right: columnNumber(m[2].toUpperCase()) }, text);
  throw new Error(`WPS fake: bad range address「${text}」`);
}

function check(r: Rect, text: string): Rect {
  if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLS || r.bottom < r.top || r.right < r.left) throw new Error(`WPS fake: range out of the sheet「${text}」`);
  return r;
}

/** "A1", "A1:C3", "3:9", "B:D" and comma-separated lists of those (at most 255 characters, as VBA's Range()). */
export function parseAreas(address: string): Rect[] {
  if (address.length > 255) throw new Error(`WPS fake: range address longer than 255 characters (${address.length})`);
  return address.split(',').map(part);
}

export function cellsOf(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** A value written through Value2 is parsed like typed input: a leading apostrophe keeps text as text. */
export function typedInput(v: unknown): Stored | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`WPS fake: cannot store ${v}`);
    return v;
  }
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') throw new Error(`WPS fake: Value2 element of type ${typeof v}`);
  if (v.startsWith("'")) return v.slice(1) === '' ? null : v.slice(1);
  if (/^[=+\-@]/.test(v) && v.length > 1 && !/^[+-]?\d/.test(v)) return { formula: v };
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?\s*$/i.test(v)) return Number(v.replace('%', '')) / (v.includes('%') ? 100 : 1);
  if (/^\s*(true|false)\s*$/i.test(v)) return v.trim().toUpperCase() === 'TRUE';
  const date = /^\s*(\d{4})\s*[年/-]\s*(\d{1,2})\s*[月/-]\s*(\d{1,2})\s*日?\s*$/.exec(v);
  // A date typed as text becomes its serial number, as WPS does.
  if (date) return (Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return v;
}

/** Records a merged area; throws when it overlaps one already there. */
export function addMerge(sheet: SheetState, m: Rect): void {
  for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (sheet.mergeAt.has(key(r, c))) throw new Error(`WPS fake: Merge overlaps a merged area at row ${r}, column ${c}`);
  for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) sheet.mergeAt.set(key(r, c), m);
  sheet.merges.push(m);
}
