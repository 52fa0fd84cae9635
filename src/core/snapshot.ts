/**
 * Snapshot: everything the core reads from a workbook, in one go (plain, serialisable data).
 * Rows and columns are 1-based as the user sees them; A1 addresses are plain ("B7", no "$").
 * Hosts see these types through src/host/port.ts.
 */

/** An error value shown in a cell, e.g. `#REF!`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

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
}

/** A mark the product set on a source cell, with what was there before so it can be restored exactly. */
export interface MarkRecord {
  readonly sheet: string;
  readonly cell: string;
  readonly fill: string;
  readonly note: string;
  readonly previousFill: string | null;
  readonly previousNote: string | null;
}

/** What the product remembers about a workbook across save and reopen (hosts keep it in a very hidden sheet). */
export interface Bookkeeping {
  /** Names of sheets the product generated; only these may be replaced or deleted. */
  readonly generatedSheets: readonly string[];
  readonly marks: readonly MarkRecord[];
}

export const EMPTY_BOOKKEEPING: Bookkeeping = { generatedSheets: [], marks: [] };

export interface Snapshot {
  /** File or workbook name, for messages. */
  readonly fileName: string;
  readonly sheets: readonly SheetSnapshot[];
  readonly bookkeeping: Bookkeeping;
}

/** The name of the very hidden sheet where hosts store Bookkeeping. Never listed in a Snapshot. */
export const BOOKKEEPING_SHEET = '_履职统计_记录';
