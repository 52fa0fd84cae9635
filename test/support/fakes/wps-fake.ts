/**
 * A strict in-memory fake of the WPS 表格 JS object model subset the WPS host uses
 * (src/host/wps/wps-api.ts). Like the real object model it is synchronous and VBA-like:
 * collections are 1-based and read through `.Item(index | name)` only (index 0, out of range or
 * array indexing throws); Value2 is a scalar for one cell and a rows × columns array otherwise (a
 * wrong shape throws); strings written through Value2 are parsed like typed input (`=…` a formula,
 * `001` a number, a date its serial) unless they start with an apostrophe; colours are BGR longs;
 * AddComment on a cell that has a comment throws; deleting or hiding the last visible sheet
 * throws, and so does deleting with DisplayAlerts on. Every property read, write and method call
 * is counted (`calls`, `callsOf(label)`), Value2 writes per sheet too, and any call can be made to
 * fail (`failAt`).
 */
import { cellAddress, parseCell } from '../../../src/core/a1';
import type { CellValue, MergedArea } from '../../../src/core/snapshot';
import { bgrToHex, hexToBgr } from '../../../src/host/wps/colors';
import type { WpsApplication, WpsWorkbook } from '../../../src/host/wps/wps-api';

export { VALUE2_CELL_CAP } from './wps-fake/range';
import { addMerge, key, newSheet, parseAreas, type Format, type PageSetupState, type SheetState } from './wps-fake/model';
import { Book, FakeApplication } from './wps-fake/sheet';
import { strict } from './wps-fake/strict';

export { FakeWpsError } from './wps-fake/strict';

export interface WpsSheetSpec {
  readonly name: string;
  /** values[r][c] from A1; `{ error }` makes an error cell. */
  readonly values?: readonly (readonly CellValue[])[];
  readonly merges?: readonly MergedArea[];
  readonly hiddenRows?: readonly number[];
  /** `#RRGGBB` by A1 address */
  readonly fills?: Readonly<Record<string, string>>;
  readonly notes?: Readonly<Record<string, string>>;
  /** -1 visible (default), 0 hidden, 2 very hidden */
  readonly visible?: number;
  /** A1 areas of empty cells that carry a format (borders over a blank form); they grow UsedRange. */
  readonly formatted?: readonly string[];
  /** The sheet is protected (Worksheet.Protect): edits are refused. */
  readonly protected?: boolean;
}

export interface WpsFakeOptions {
  /** How VBA Null / Nothing reach JavaScript (default null); see Counter.nothingAs. */
  readonly nothing?: 'null' | 'undefined';
  /** Workbook structure protected. */
  readonly protectStructure?: boolean;
  /** No workbook open. */
  readonly closed?: boolean;
}

export interface SheetView {
  readonly visible: number;
  readonly merges: readonly MergedArea[];
  readonly hiddenRows: readonly number[];
  readonly columnWidths: ReadonlyMap<number, number>;
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly pageBreaks: readonly number[];
  readonly hyperlinks: readonly { cell: string; address: string; subAddress: string; text: string }[];
  readonly pageSetup: PageSetupState;
  readonly tabColor: string | null;
  readonly freeze: { rows: number; columns: number } | null;
  readonly formatConditions: readonly { rect: { top: number; left: number; bottom: number; right: number }; operator: number; formula1: string; fill: string | null }[];
  readonly validations: NonNullable<SheetState['validations']>;
  readonly unlocked: NonNullable<SheetState['unlocked']>;
  readonly protectContents: boolean;
}

export class WpsFake {
  private readonly book: Book;
  readonly app: WpsApplication;

  constructor(fileName = '工作簿1.xlsx', options: WpsFakeOptions = {}) {
    this.book = new Book({
      name: fileName,
      protectStructure: options.protectStructure ?? false,
      closed: options.closed ?? false,
      sheets: [],
      nextId: 1,
      activeId: null,
      selection: null,
      screenUpdating: true,
      calculation: -4105,
      displayAlerts: true,
    });
    this.book.counter.nothingAs = options.nothing === 'undefined' ? undefined : null;
    this.app = strict(new FakeApplication(this.book), 'Application', this.book.counter);
  }

  static fromSheets(fileName: string, specs: readonly WpsSheetSpec[], options: WpsFakeOptions = {}): WpsFake {
    const fake = new WpsFake(fileName, options);
    for (const spec of specs) fake.addSheet(spec);
    return fake;
  }

  /** Adds a sheet straight into the state (not counted), as the user's file would have it. */
  addSheet(spec: WpsSheetSpec): void {
    const s = newSheet(this.book.state.nextId++, this.book.checkName(spec.name, null));
    s.visible = spec.visible ?? -1;
    s.protectContents = spec.protected ?? false;
    spec.values?.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') s.cells.set(key(r + 1, c + 1), v);
      }),
    );
    for (const m of spec.merges ?? []) addMerge(s, m);
    for (const r of spec.hiddenRows ?? []) s.hiddenRows.add(r);
    for (const a1 of spec.formatted ?? []) s.formattedAreas.push(...parseAreas(a1));
    for (const [a1, hex] of Object.entries(spec.fills ?? {})) this.format(s, a1).fill = hexToBgr(hex);
    for (const [a1, note] of Object.entries(spec.notes ?? {})) {
      const at = this.at(a1);
      s.comments.set(key(at.row, at.col), note);
    }
    this.book.state.sheets.push(s);
    if (this.book.state.activeId === null && s.visible === -1) this.book.state.activeId = s.id;
  }

  private at(a1: string): { row: number; col: number } {
    const at = parseCell(a1);
    if (!at) throw new Error(`bad cell ${a1}`);
    return at;
  }

  private format(s: SheetState, a1: string): Format {
    const at = this.at(a1);
    const f = s.formats.get(key(at.row, at.col)) ?? {};
    s.formats.set(key(at.row, at.col), f);
    return f;
  }

  private sheet(name: string): SheetState {
    const s = this.book.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** The active workbook through the object model (counted, like any call); throws when none is open. */
  get workbook(): WpsWorkbook {
    const book = this.app.ActiveWorkbook;
    if (book === null || book === undefined) throw new Error('WpsFake: no workbook open');
    return book;
  }

  // ---- inspection (not counted) ----

  get calls(): number {
    return this.book.counter.total;
  }
  callsOf(label: string): number {
    return this.book.counter.of(label);
  }
  callLabels(): ReadonlyMap<string, number> {
    return this.book.counter.byLabel;
  }
  resetCounters(): void {
    this.book.counter.reset();
    this.book.value2Writes.clear();
  }
  /** Value2 assignments per sheet (by the sheet's current name). */
  value2Writes(): Record<string, number> {
    return Object.fromEntries([...this.book.value2Writes].filter(([s]) => !s.deleted).map(([s, n]) => [s.name, n]));
  }
  /** Protects (or unprotects) the workbook's structure (Workbook.ProtectStructure). */
  protectStructure(on = true): void {
    this.book.state.protectStructure = on;
  }
  /** Throw on the nth (1-based) call with this label, e.g. `Hyperlinks.Add` or `Range.Value2=`. */
  failAt(label: string, nth = 1): void {
    this.book.counter.failures.set(label, this.book.counter.of(label) + nth);
  }

  sheetNames(): string[] {
    return this.book.live().map((s) => s.name);
  }
  activeSheet(): string | null {
    return this.book.live().find((s) => s.id === this.book.state.activeId)?.name ?? null;
  }
  /** The user selects cells (not counted): one address or several, comma-separated. */
  select(sheet: string, address: string): void {
    this.book.state.selection = { sheet, address };
  }
  selection(): { sheet: string; address: string } | null {
    return this.book.state.selection;
  }
  applicationState(): { screenUpdating: boolean; calculation: number; displayAlerts: boolean } {
    const { screenUpdating, calculation, displayAlerts } = this.book.state;
    return { screenUpdating, calculation, displayAlerts };
  }

  /** Stored values from A1 (errors as `{ error }`, formulas as `{ formula }`), trailing empties trimmed. */
  grid(name: string): unknown[][] {
    const s = this.sheet(name);
    let rows = 0;
    let cols = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => s.cells.get(key(r + 1, c + 1)) ?? null));
  }
  value(name: string, a1: string): unknown {
    const at = this.at(a1);
    return this.sheet(name).cells.get(key(at.row, at.col)) ?? null;
  }
  fill(name: string, a1: string): string | null {
    const at = this.at(a1);
    const f = this.sheet(name).formats.get(key(at.row, at.col))?.fill;
    return f === undefined ? null : bgrToHex(f);
  }
  note(name: string, a1: string): string | null {
    const at = this.at(a1);
    return this.sheet(name).comments.get(key(at.row, at.col)) ?? null;
  }
  cellFormat(name: string, a1: string): Readonly<Format> {
    const at = this.at(a1);
    return { ...this.sheet(name).formats.get(key(at.row, at.col)) };
  }
  /** Every cell holding a formula (the host must never write one). */
  formulaCells(): string[] {
    const out: string[] = [];
    for (const s of this.book.live()) {
      for (const [k, v] of s.cells) {
        if (typeof v === 'object' && 'formula' in v) {
          const [r, c] = k.split(',').map(Number);
          out.push(`${s.name}!${cellAddress(r, c)}`);
        }
      }
    }
    return out;
  }
  view(name: string): SheetView {
    const s = this.sheet(name);
    return {
      visible: s.visible,
      merges: s.merges,
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      columnWidths: s.columnWidths,
      rowHeights: s.rowHeights,
      pageBreaks: s.pageBreaks,
      hyperlinks: s.hyperlinks,
      pageSetup: s.pageSetup,
      tabColor: s.tabColor === null ? null : bgrToHex(s.tabColor),
      freeze: s.freeze,
      formatConditions: s.formatConditions.map((c) => ({ rect: c.rect, operator: c.operator, formula1: c.formula1, fill: c.fill === null ? null : bgrToHex(c.fill) })),
      validations: s.validations ?? [],
      unlocked: s.unlocked ?? [],
      protectContents: s.protectContents,
    };
  }
}
