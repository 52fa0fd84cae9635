/**
 * Snapshot: everything the core reads from a workbook, in one go (plain, serialisable data).
 * Rows and columns are 1-based as the user sees them; A1 addresses are plain ("B7", no "$").
 * Hosts see these types through src/host/port.ts.
 */

/** An error value shown in a cell, e.g. `#REF!`. */
export interface CellError {
  readonly error: string;
}

/**
 * A formula saved without its result (files written by scripts such as exceljs or openpyxl carry
 * `<f>` without `<v>`): its value is unknown, never blank (issue 10 point 3). Hosts that
 * calculate (Excel, WPS) never produce it; the xlsx host does.
 */
export interface CellUncachedFormula {
  readonly formula: string;
}

export type CellValue = string | number | boolean | null | CellError | CellUncachedFormula;

export function isUncachedFormula(v: CellValue | undefined): v is CellUncachedFormula {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

export interface MergedArea {
  /** 1-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** values[r - 1][c - 1] is the cell at row r, column c; always starts at A1; rows may be ragged. */
  readonly values: readonly (readonly CellValue[])[];
  readonly merges: readonly MergedArea[];
  /** 1-based row numbers of hidden rows. */
  readonly hiddenRows: readonly number[];
  /** Non-default fills of cells, by A1 address, as `#RRGGBB`. Only needed for cells the product may mark. */
  readonly fills?: Readonly<Record<string, string>>;
  /** Cell notes (comments), by A1 address. */
  readonly notes?: Readonly<Record<string, string>>;
  /** False for hidden sheets (including the product's own bookkeeping sheet, which hosts do not list). */
  readonly visible?: boolean;
  /**
   * For sheets the bookkeeping lists as generated: the content fingerprint (sheetFingerprint) of
   * what the host reads there, so a host may leave `values` empty. Absent: computed from `values`.
   */
  readonly fingerprint?: string;
}

/**
 * Where a mark sits in member terms (issue 10 point 4), so it follows the member's row through
 * inserted, deleted and sorted rows: the member (委员编号, else name and unit) and the column's key.
 */
export interface MarkAnchor {
  readonly member: string;
  /** The column's key (an item or identity key); null when the cell is in no bound column. */
  readonly key: string | null;
}

/** A mark the product set on a source cell, with what was there before so it can be restored exactly. */
export interface MarkRecord {
  readonly sheet: string;
  readonly cell: string;
  readonly fill: string;
  readonly note: string;
  readonly previousFill: string | null;
  readonly previousNote: string | null;
  /** The member and column the mark belongs to; absent for marks that follow no member. */
  readonly anchor?: MarkAnchor | null;
}

/** What the product remembers about a workbook across save and reopen (hosts keep it in a very hidden sheet). */
export interface Bookkeeping {
  /** Names of sheets the product generated; only these may be replaced or deleted, and only when their fingerprint still matches. */
  readonly generatedSheets: readonly string[];
  /** The content fingerprint of each generated sheet as written (sheetFingerprint); a sheet without one is never proven the product's. */
  readonly fingerprints?: Readonly<Record<string, string>>;
  /** Marks as the product left them: a mark is the product's only while its cell still holds exactly this fill and note. */
  readonly marks: readonly MarkRecord[];
}

/** Why a workbook's bookkeeping sheet was not used: nothing it lists is touched, and the core warns. */
export interface BookkeepingIssue {
  /** The sheet's name. */
  readonly sheet: string;
  /** In Chinese, for the warning: 「校验码不符」, 「版本不同」…. */
  readonly reason: string;
  /** The name is taken by a sheet that is not the product's (a visible or hidden user sheet): no bookkeeping can be stored, so no marks are set. */
  readonly nameTaken: boolean;
}

export const EMPTY_BOOKKEEPING: Bookkeeping = { generatedSheets: [], marks: [] };

export interface Snapshot {
  /** File or workbook name, for messages. */
  readonly fileName: string;
  readonly sheets: readonly SheetSnapshot[];
  /** The verified bookkeeping; EMPTY_BOOKKEEPING when there is none or it did not verify (see bookkeepingIssue). */
  readonly bookkeeping: Bookkeeping;
  readonly bookkeepingIssue?: BookkeepingIssue | null;
}

/** The name of the very hidden sheet where hosts store Bookkeeping. Never listed in a Snapshot. */
export const BOOKKEEPING_SHEET = '_履职统计_记录';
