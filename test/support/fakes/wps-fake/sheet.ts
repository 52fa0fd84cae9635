/** Application, Workbook, Worksheets, Worksheet and the sheet-level collections of the fake. */
import { cellAddress } from '../../../../src/core/a1';
import { key, MAX_COLS, MAX_ROWS, newSheet, type PageSetupState, type Rect, type SheetState } from './model';
import { rangeOf, wrapComment, wrapRange, type FakeComment, type FakeRange, type RangeHost } from './range';
import { Counter, FakeWpsError, strict, unwrap } from './strict';

const INVALID_NAME = /[:\\/?*[\]]/;

export interface BookState {
  readonly name: string;
  /** Workbook.Protect (structure): sheets cannot be added, deleted, renamed, moved or hidden. */
  protectStructure: boolean;
  /** No workbook open: Application.ActiveWorkbook is Nothing. */
  closed: boolean;
  sheets: SheetState[];
  nextId: number;
  activeId: number | null;
  selection: { sheet: string; address: string } | null;
  screenUpdating: boolean;
  calculation: number;
  displayAlerts: boolean;
}

/** The raw workbook behind every proxy; counts calls and Value2 writes per sheet. */
export class Book implements RangeHost {
  readonly counter = new Counter();
  readonly value2Writes = new Map<SheetState, number>();

  constructor(readonly state: BookState) {}

  live(): SheetState[] {
    return this.state.sheets.filter((s) => !s.deleted);
  }
  isActive(sheet: SheetState): boolean {
    return this.state.activeId === sheet.id;
  }
  select(sheet: SheetState, address: string): void {
    this.state.selection = { sheet: sheet.name, address };
  }
  value2Written(sheet: SheetState): void {
    this.value2Writes.set(sheet, (this.value2Writes.get(sheet) ?? 0) + 1);
  }
  /** A workbook with a protected structure refuses sheet changes (VBA run-time error 1004). */
  structure(what: string): void {
    if (this.state.protectStructure) throw new FakeWpsError(`${what}: 工作簿结构受保护 (run-time error 1004)`);
  }
  find(name: string): SheetState | undefined {
    return this.live().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  checkName(name: unknown, self: SheetState | null): string {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeWpsError(`invalid sheet name「${String(name)}」`);
    }
    const other = this.find(name);
    if (other && other !== self) throw new FakeWpsError(`a sheet named「${name}」already exists`);
    return name;
  }
  wrap(sheet: SheetState): FakeSheet {
    return strict(new FakeSheet(this, sheet), 'Worksheet', this.counter, () => !sheet.deleted);
  }
}

export class FakeComments {
  constructor(
    private readonly book: Book,
    private readonly sheet: SheetState,
  ) {}
  get Count(): number {
    return this.sheet.comments.size;
  }
  Item(index: number): FakeComment {
    if (!Number.isInteger(index) || index < 1 || index > this.sheet.comments.size) throw new FakeWpsError(`Comments.Item(${index}): out of range 1..${this.sheet.comments.size}`);
    const [r, c] = [...this.sheet.comments.keys()][index - 1].split(',').map(Number);
    return wrapComment(this.book, this.sheet, r, c);
  }
}

class FakePageSetup {
  constructor(private readonly s: PageSetupState) {}
  get PaperSize(): number {
    return this.s.PaperSize;
  }
  set PaperSize(v: number) {
    this.s.PaperSize = num(v, 'PaperSize');
  }
  get Orientation(): number {
    return this.s.Orientation;
  }
  set Orientation(v: number) {
    if (v !== 1 && v !== 2) throw new FakeWpsError('Orientation: xlPortrait (1) or xlLandscape (2)');
    this.s.Orientation = v;
  }
  get TopMargin(): number {
    return this.s.TopMargin;
  }
  set TopMargin(v: number) {
    this.s.TopMargin = num(v, 'TopMargin');
  }
  get BottomMargin(): number {
    return this.s.BottomMargin;
  }
  set BottomMargin(v: number) {
    this.s.BottomMargin = num(v, 'BottomMargin');
  }
  get LeftMargin(): number {
    return this.s.LeftMargin;
  }
  set LeftMargin(v: number) {
    this.s.LeftMargin = num(v, 'LeftMargin');
  }
  get RightMargin(): number {
    return this.s.RightMargin;
  }
  set RightMargin(v: number) {
    this.s.RightMargin = num(v, 'RightMargin');
  }
  get HeaderMargin(): number {
    return this.s.HeaderMargin;
  }
  set HeaderMargin(v: number) {
    this.s.HeaderMargin = num(v, 'HeaderMargin');
  }
  get FooterMargin(): number {
    return this.s.FooterMargin;
  }
  set FooterMargin(v: number) {
    this.s.FooterMargin = num(v, 'FooterMargin');
  }
  get Zoom(): number | boolean {
    return this.s.Zoom;
  }
  /** A number or False (VBA: True is refused). */
  set Zoom(v: number | boolean) {
    if (v === true) throw new FakeWpsError('Zoom: a number or False');
    this.s.Zoom = v === false ? false : num(v, 'Zoom');
  }
  get FitToPagesWide(): number | boolean {
    return this.s.FitToPagesWide;
  }
  /** A number or False (VBA: True is refused). */
  set FitToPagesWide(v: number | boolean) {
    if (v === true) throw new FakeWpsError('FitToPagesWide: a number or False');
    this.s.FitToPagesWide = v === false ? false : num(v, 'FitToPagesWide');
  }
  get FitToPagesTall(): number | boolean {
    return this.s.FitToPagesTall;
  }
  /** A number or False (VBA: True is refused). */
  set FitToPagesTall(v: number | boolean) {
    if (v === true) throw new FakeWpsError('FitToPagesTall: a number or False');
    this.s.FitToPagesTall = v === false ? false : num(v, 'FitToPagesTall');
  }
  get CenterHorizontally(): boolean {
    return this.s.CenterHorizontally;
  }
  set CenterHorizontally(v: boolean) {
    this.s.CenterHorizontally = v === true;
  }
  get PrintArea(): string {
    return this.s.PrintArea;
  }
  set PrintArea(v: string) {
    this.s.PrintArea = text(v, 'PrintArea');
  }
  get PrintTitleRows(): string {
    return this.s.PrintTitleRows;
  }
  set PrintTitleRows(v: string) {
    if (!/^\$\d+:\$\d+$/.test(v)) throw new FakeWpsError(`PrintTitleRows must look like $3:$4, got ${v}`);
    this.s.PrintTitleRows = v;
  }
  get PrintTitleColumns(): string {
    return this.s.PrintTitleColumns;
  }
  set PrintTitleColumns(v: string) {
    // PageSetup.PrintTitleColumns: the columns as an A1 reference in text, e.g. "$A:$B".
    if (!/^\$[A-Z]{1,3}:\$[A-Z]{1,3}$/.test(v)) throw new FakeWpsError(`PrintTitleColumns must look like $A:$B, got ${v}`);
    this.s.PrintTitleColumns = v;
  }
  get FirstPageNumber(): number {
    return this.s.FirstPageNumber;
  }
  set FirstPageNumber(v: number) {
    // PageSetup.FirstPageNumber: a page number, or xlAutomatic (−4105).
    if (v !== -4105 && (!Number.isInteger(v) || v < 0)) throw new FakeWpsError(`FirstPageNumber must be a page number or xlAutomatic, got ${v}`);
    this.s.FirstPageNumber = v;
  }
  get CenterFooter(): string {
    return this.s.CenterFooter;
  }
  set CenterFooter(v: string) {
    this.s.CenterFooter = text(v, 'CenterFooter');
  }
}

function num(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new FakeWpsError(`${what} must be a number`);
  return v;
}

function text(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new FakeWpsError(`${what} must be text`);
  return v;
}

export class FakeSheet {
  constructor(
    private readonly book: Book,
    private readonly sheet: SheetState,
  ) {}
  private sub<T extends object>(target: T, label: string): T {
    return strict(target, label, this.book.counter, () => !this.sheet.deleted);
  }
  /** Internal (not an object-model call). */
  _name(): string {
    return this.sheet.name;
  }
  get Name(): string {
    return this.sheet.name;
  }
  set Name(v: string) {
    this.book.structure('Name');
    this.sheet.name = this.book.checkName(v, this.sheet);
  }
  get ProtectContents(): boolean {
    return this.sheet.protectContents;
  }
  /**
   * Worksheet.Protect(Password, …) of et-jsapi-declare: the fake models it without arguments (no
   * password), as the host calls it; afterwards every edit of a locked cell fails (ProtectContents).
   */
  Protect(...args: unknown[]): void {
    if (args.length > 0) throw new FakeWpsError('Protect: the fake models Protect() without a password or options only');
    this.sheet.protectContents = true;
  }
  get Visible(): number {
    return this.sheet.visible;
  }
  set Visible(v: number) {
    this.book.structure('Visible');
    if (v !== -1 && v !== 0 && v !== 2) throw new FakeWpsError(`Visible: -1, 0 or 2, got ${v}`);
    if (v !== -1 && this.book.live().filter((s) => s.visible === -1 && s !== this.sheet).length === 0) throw new FakeWpsError('cannot hide the last visible sheet');
    this.sheet.visible = v;
    if (v !== -1 && this.book.isActive(this.sheet)) this.book.state.activeId = this.book.live().find((s) => s.visible === -1)?.id ?? null;
  }
  get UsedRange(): FakeRange {
    let r: Rect | null = null;
    const grow = (k: string): void => {
      const [row, col] = k.split(',').map(Number);
      r = r === null ? { top: row, left: col, bottom: row, right: col } : { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) };
    };
    for (const k of this.sheet.cells.keys()) grow(k);
    for (const [k, f] of this.sheet.formats) if (Object.keys(f).length > 0) grow(k);
    for (const k of this.sheet.comments.keys()) grow(k);
    // UsedRange includes cells that only carry a format, as in Excel (Worksheet.UsedRange, and the
    // WPS docs that mirror it): borders drawn over an empty form make it far larger than the data.
    for (const a of [...this.sheet.formattedAreas, ...this.sheet.merges]) {
      grow(key(a.top, a.left));
      grow(key(a.bottom, a.right));
    }
    return wrapRange(this.book, this.sheet, [r ?? { top: 1, left: 1, bottom: 1, right: 1 }]);
  }
  get Comments(): FakeComments {
    return this.sub(new FakeComments(this.book, this.sheet), 'Comments');
  }
  get HPageBreaks(): { Add(before: FakeRange): void } {
    return this.sub(
      {
        Add: (before: FakeRange): void => {
          const row = unwrap(before)._rect().top;
          if (row < 2 || row > MAX_ROWS) throw new FakeWpsError('HPageBreaks.Add: row out of range');
          this.sheet.pageBreaks.push(row);
        },
      },
      'HPageBreaks',
    );
  }
  get Hyperlinks(): { Add(anchor: FakeRange, address: string, subAddress: string, screenTip: string, textToDisplay: string): void } {
    return this.sub(
      {
        Add: (anchor: FakeRange, address: string, subAddress: string, _screenTip: string, textToDisplay: string): void => {
          if (address !== '' || !/^'.+'![A-Z]+\d+$/.test(subAddress)) throw new FakeWpsError(`Hyperlinks.Add: expected an in-workbook SubAddress, got「${subAddress}」`);
          const at = unwrap(anchor)._rect();
          if (at.top !== at.bottom || at.left !== at.right) throw new FakeWpsError('Hyperlinks.Add: the anchor must be one cell');
          this.sheet.hyperlinks.push({ cell: cellAddress(at.top, at.left), address, subAddress, text: textToDisplay });
          if (textToDisplay !== '') this.sheet.cells.set(key(at.top, at.left), textToDisplay);
        },
      },
      'Hyperlinks',
    );
  }
  get PageSetup(): FakePageSetup {
    return this.sub(new FakePageSetup(this.sheet.pageSetup), 'PageSetup');
  }
  get Tab(): { Color: number } {
    const sheet = this.sheet;
    return this.sub(
      {
        get Color(): number {
          return sheet.tabColor ?? 0;
        },
        set Color(v: number) {
          if (!Number.isInteger(v) || v < 0 || v > 0xffffff) throw new FakeWpsError('Tab.Color must be a BGR long');
          sheet.tabColor = v;
        },
      },
      'Tab',
    );
  }
  Range(address: string): FakeRange {
    return rangeOf(this.book, this.sheet, address);
  }
  Delete(): void {
    this.book.structure('Delete');
    if (this.book.state.displayAlerts) throw new FakeWpsError('Delete with DisplayAlerts on would ask the user (set Application.DisplayAlerts = false)');
    if (this.sheet.visible === -1 && this.book.live().filter((s) => s.visible === -1).length === 1) throw new FakeWpsError('cannot delete the last visible sheet');
    this.sheet.deleted = true;
    this.book.state.sheets = this.book.state.sheets.filter((s) => s !== this.sheet);
    if (this.book.isActive(this.sheet)) this.book.state.activeId = this.book.live().find((s) => s.visible === -1)?.id ?? null;
  }
  Activate(): void {
    if (this.sheet.visible !== -1) throw new FakeWpsError('Activate: the sheet is hidden');
    this.book.state.activeId = this.sheet.id;
  }
  Move(before?: FakeSheet, after?: FakeSheet): void {
    this.book.structure('Move');
    const target = before ?? after;
    if (!target || (before && after)) throw new FakeWpsError('Move needs exactly one of Before, After');
    const targetName = unwrap(target)._name();
    const sheets = this.book.state.sheets.filter((s) => s !== this.sheet);
    const at = sheets.findIndex((s) => s.name === targetName);
    if (at < 0) throw new FakeWpsError('Move: no such sheet');
    sheets.splice(before ? at : at + 1, 0, this.sheet);
    this.book.state.sheets = sheets;
  }
}

export class FakeSheets {
  constructor(private readonly book: Book) {}
  get Count(): number {
    return this.book.live().length;
  }
  Item(index: number | string): FakeSheet {
    const live = this.book.live();
    if (typeof index === 'number') {
      if (!Number.isInteger(index) || index < 1 || index > live.length) throw new FakeWpsError(`Worksheets.Item(${index}): out of range 1..${live.length}`);
      return this.book.wrap(live[index - 1]);
    }
    const found = typeof index === 'string' ? this.book.find(index) : undefined;
    if (!found) throw new FakeWpsError(`Worksheets.Item("${String(index)}"): no such sheet`);
    return this.book.wrap(found);
  }
  Add(before?: FakeSheet, after?: FakeSheet): FakeSheet {
    this.book.structure('Worksheets.Add');
    let n = this.book.live().length + 1;
    while (this.book.find(`Sheet${n}`)) n++;
    const sheet = newSheet(this.book.state.nextId++, `Sheet${n}`);
    const sheets = this.book.state.sheets;
    const target = before ?? after;
    if (before && after) throw new FakeWpsError('Add: Before and After both given');
    const active = sheets.findIndex((s) => s.id === this.book.state.activeId);
    const at = target ? sheets.findIndex((s) => s.name === unwrap(target)._name()) + (after ? 1 : 0) : Math.max(0, active);
    sheets.splice(at, 0, sheet);
    this.book.state.activeId = sheet.id;
    return this.book.wrap(sheet);
  }
}

/** The active sheet's window; freeze panes are stored per sheet, as each sheet keeps its own view. */
class FakeWindow {
  private split = { rows: 0, columns: 0 };
  constructor(private readonly book: Book) {}
  private active(): SheetState {
    const s = this.book.live().find((x) => x.id === this.book.state.activeId);
    if (!s) throw new FakeWpsError('no active sheet');
    return s;
  }
  get FreezePanes(): boolean {
    return this.active().freeze !== null;
  }
  set FreezePanes(v: boolean) {
    const s = this.active();
    s.freeze = v ? { ...this.split } : null;
  }
  get SplitRow(): number {
    return this.split.rows;
  }
  set SplitRow(v: number) {
    if (!Number.isInteger(v) || v < 0 || v >= MAX_ROWS) throw new FakeWpsError('SplitRow out of range');
    this.split.rows = v;
  }
  get SplitColumn(): number {
    return this.split.columns;
  }
  set SplitColumn(v: number) {
    if (!Number.isInteger(v) || v < 0 || v >= MAX_COLS) throw new FakeWpsError('SplitColumn out of range');
    this.split.columns = v;
  }
}

export class FakeApplication {
  private readonly window: FakeWindow;
  constructor(private readonly book: Book) {
    this.window = strict(new FakeWindow(book), 'Window', book.counter);
  }
  get ActiveWorkbook(): { readonly Name: string; readonly ProtectStructure: boolean; readonly Worksheets: FakeSheets } | null {
    const book = this.book;
    if (book.state.closed) return null;
    return strict(
      Object.freeze({ Name: book.state.name, ProtectStructure: book.state.protectStructure, Worksheets: strict(new FakeSheets(book), 'Worksheets', book.counter) }),
      'Workbook',
      book.counter,
    );
  }
  /** What a current WPS 表格 reports (the self-check prints these; values here are examples). */
  get Name(): string {
    return 'WPS 表格';
  }
  get Version(): string {
    return '12.1.0.16120';
  }
  get Build(): number {
    return 16120;
  }
  get OperatingSystem(): string {
    return 'Windows (32-bit) NT 10.00';
  }
  /** The selected cells as a Range (every area), or A1 of the active sheet when nothing was selected. */
  get Selection(): FakeRange | null {
    const book = this.book;
    const sel = book.state.selection;
    const sheet = (sel ? book.find(sel.sheet) : undefined) ?? book.live().find((s) => s.id === book.state.activeId);
    if (!sheet) return null;
    return rangeOf(book, sheet, sel && book.find(sel.sheet) === sheet ? sel.address : 'A1');
  }
  get ActiveWindow(): FakeWindow {
    return this.window;
  }
  get ScreenUpdating(): boolean {
    return this.book.state.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.book.state.screenUpdating = v === true;
  }
  get Calculation(): number {
    return this.book.state.calculation;
  }
  set Calculation(v: number) {
    if (v !== -4135 && v !== -4105 && v !== 2) throw new FakeWpsError(`Calculation: an XlCalculation, got ${v}`);
    this.book.state.calculation = v;
  }
  get DisplayAlerts(): boolean {
    return this.book.state.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.book.state.displayAlerts = v === true;
  }
}
