/** Range and its sub-objects (Interior, Font, Borders, EntireRow, Comment) over the fake's state. */
import { cellAddress } from '../../../../src/core/a1';
import { ERROR_CODES } from '../../../../src/host/wps/cell-values';
import { addMerge, cellsOf, intersect, key, parseAreas, typedInput, type Format, type Rect, type SheetState, type Stored } from './model';
import { FakeWpsError, strict, unwrap, type Counter } from './strict';

/** What a range needs of its workbook. */
export interface RangeHost {
  readonly counter: Counter;
  isActive(sheet: SheetState): boolean;
  select(sheet: SheetState, address: string): void;
  value2Written(sheet: SheetState): void;
}

const ERROR_NUMBERS = new Map(Object.entries(ERROR_CODES).map(([code, text]) => [text, Number(code)]));
const WHITE = 0xffffff;
/** Beyond this many cells a per-cell property is refused (the host must never touch a whole sheet). */
const CELL_LIMIT = 2_000_000;
/**
 * Cells per Value2 read or write. WPS documents no limit, but a Value2 array crosses the JS binding
 * (V8 ⇄ the ET object model) as one piece, converted element by element in WPS's process: a sheet of
 * a million formatted cells read in one call can stall or exhaust the add-in page. The fake refuses
 * more than this in one call, so the host must read and write in bounded blocks (the self-check,
 * 环境自检, reports how large a block the real WPS took). Chosen, not vendor-documented.
 */
export const VALUE2_CELL_CAP = 100_000;

function cells(areas: readonly Rect[], visit: (row: number, col: number) => void): void {
  const total = areas.reduce((n, a) => n + cellsOf(a), 0);
  if (total > CELL_LIMIT) throw new FakeWpsError(`a per-cell property on ${total} cells`);
  for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) visit(r, c);
}

/** The common value over the cells, or null when they differ (VBA semantics). */
function uniform<T>(areas: readonly Rect[], read: (row: number, col: number) => T): T | null {
  let first = true;
  let value: T | null = null;
  let mixed = false;
  cells(areas, (r, c) => {
    if (mixed) return;
    const v = read(r, c);
    if (first) {
      value = v;
      first = false;
    } else if (v !== value) mixed = true;
  });
  return mixed ? null : value;
}

class FormatPart {
  constructor(
    protected readonly sheet: SheetState,
    protected readonly areas: readonly Rect[],
  ) {}

  protected get<K extends keyof Format>(field: K, dflt: NonNullable<Format[K]>): NonNullable<Format[K]> | null {
    return uniform(this.areas, (r, c) => this.sheet.formats.get(key(r, c))?.[field] ?? dflt);
  }

  protected set<K extends keyof Format>(field: K, value: Format[K]): void {
    if (this.sheet.protectContents) throw new FakeWpsError('format: 工作表受保护，无法修改 (run-time error 1004)');
    cells(this.areas, (r, c) => {
      const k = key(r, c);
      const f = this.sheet.formats.get(k) ?? {};
      if (value === undefined) delete f[field];
      else f[field] = value;
      this.sheet.formats.set(k, f);
    });
  }
}

function bgr(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xffffff) throw new FakeWpsError(`${what} must be a BGR long, got ${String(v)}`);
  return v;
}

export class FakeInterior extends FormatPart {
  get Color(): number | null {
    return uniform(this.areas, (r, c) => this.sheet.formats.get(key(r, c))?.fill ?? WHITE);
  }
  set Color(v: number | null) {
    this.set('fill', bgr(v, 'Interior.Color'));
  }
  /** xlNone (-4142) when no cell is filled; 1 (a palette index) when all are; null when mixed. */
  get ColorIndex(): number | null {
    return uniform(this.areas, (r, c) => (this.sheet.formats.get(key(r, c))?.fill === undefined ? -4142 : 1));
  }
  set ColorIndex(v: number | null) {
    if (v !== -4142) throw new FakeWpsError('the fake supports ColorIndex = xlNone (-4142) only');
    this.set('fill', undefined);
  }
}

export class FakeFont extends FormatPart {
  get Name(): string | null {
    return this.get('fontName', '宋体');
  }
  set Name(v: string | null) {
    if (typeof v !== 'string' || v === '') throw new FakeWpsError('Font.Name must be a name');
    this.set('fontName', v);
  }
  get Size(): number | null {
    return this.get('fontSize', 11);
  }
  set Size(v: number | null) {
    if (typeof v !== 'number' || v <= 0 || v > 409) throw new FakeWpsError('Font.Size out of range');
    this.set('fontSize', v);
  }
  get Bold(): boolean | null {
    return this.get('bold', false);
  }
  set Bold(v: boolean | null) {
    this.set('bold', v === true);
  }
  get Italic(): boolean | null {
    return this.get('italic', false);
  }
  set Italic(v: boolean | null) {
    this.set('italic', v === true);
  }
  get Underline(): number | null {
    return this.get('underline', -4142);
  }
  set Underline(v: number | null) {
    if (v !== 2 && v !== -4142) throw new FakeWpsError('Font.Underline: xlUnderlineStyleSingle (2) or xlNone (-4142)');
    this.set('underline', v);
  }
  get Color(): number | null {
    return this.get('fontColor', 0);
  }
  set Color(v: number | null) {
    this.set('fontColor', bgr(v, 'Font.Color'));
  }
}

export class FakeBorders extends FormatPart {
  get LineStyle(): number | null {
    return this.get('lineStyle', -4142);
  }
  set LineStyle(v: number | null) {
    if (v !== 1 && v !== -4142) throw new FakeWpsError('Borders.LineStyle: xlContinuous (1) or xlNone (-4142)');
    this.set('lineStyle', v);
  }
  get Weight(): number | null {
    return this.get('weight', 2);
  }
  set Weight(v: number | null) {
    if (v !== 2 && v !== -4138 && v !== 1 && v !== 4) throw new FakeWpsError('Borders.Weight: an XlBorderWeight');
    this.set('weight', v);
  }
}

export class FakeEntireRow {
  constructor(
    private readonly sheet: SheetState,
    private readonly areas: readonly Rect[],
  ) {}
  private rows(visit: (row: number) => void): void {
    for (const a of this.areas) for (let r = a.top; r <= a.bottom; r++) visit(r);
  }
  get Hidden(): boolean | null {
    let hidden = 0;
    let count = 0;
    this.rows((r) => {
      count++;
      if (this.sheet.hiddenRows.has(r)) hidden++;
    });
    return hidden === 0 ? false : hidden === count ? true : null;
  }
  set Hidden(v: boolean | null) {
    this.rows((r) => (v ? this.sheet.hiddenRows.add(r) : this.sheet.hiddenRows.delete(r)));
  }
}

export class FakeComment {
  constructor(
    private readonly host: RangeHost,
    private readonly sheet: SheetState,
    private readonly row: number,
    private readonly col: number,
  ) {}
  get Parent(): FakeRange {
    return wrapRange(this.host, this.sheet, [{ top: this.row, left: this.col, bottom: this.row, right: this.col }]);
  }
  Text(): string {
    const text = this.sheet.comments.get(key(this.row, this.col));
    if (text === undefined) throw new FakeWpsError('Comment.Text: the comment was deleted');
    return text;
  }
  Delete(): void {
    if (!this.sheet.comments.delete(key(this.row, this.col))) throw new FakeWpsError('Comment.Delete: already deleted');
  }
}

export function wrapComment(host: RangeHost, sheet: SheetState, row: number, col: number): FakeComment {
  return strict(new FakeComment(host, sheet, row, col), 'Comment', host.counter, () => !sheet.deleted);
}

export function wrapRange(host: RangeHost, sheet: SheetState, areas: readonly Rect[]): FakeRange {
  return strict(new FakeRange(host, sheet, areas), 'Range', host.counter, () => !sheet.deleted);
}

function errorNumber(v: Stored): unknown {
  if (typeof v === 'object' && 'error' in v) return ERROR_NUMBERS.get(v.error) ?? -2146826273;
  // The fake evaluates one formula, the self-check's =n/0 (the product never writes formulas); others read as 0.
  if (typeof v === 'object' && 'formula' in v) return /^=\s*\d+\s*\/\s*0\s*$/.test(v.formula) ? ERROR_NUMBERS.get('#DIV/0!') : 0;
  return v;
}

export class FakeRange {
  private readonly first: Rect;

  constructor(
    private readonly host: RangeHost,
    private readonly sheet: SheetState,
    private readonly areas: readonly Rect[],
  ) {
    this.first = areas[0];
  }

  /** Internal (not an object-model call): the first area. */
  _rect(): Rect {
    return this.first;
  }

  /** A protected sheet refuses edits (VBA run-time error 1004, as Excel and WPS show it). */
  private editable(what: string): void {
    if (this.sheet.protectContents) throw new FakeWpsError(`${what}: 工作表受保护，无法修改 (run-time error 1004)`);
  }

  /**
   * VBA Range.Find, for the one use the host makes of it: What "*" (any non-empty cell), LookIn
   * xlFormulas (-4123), LookAt xlPart (2), SearchDirection xlPrevious (2), SearchOrder xlByRows (1) or
   * xlByColumns (2): the last non-empty cell of the range by rows (then rightmost) or by columns (then
   * lowest), or Nothing. Anything else is refused, so a new use gets a rule of its own first.
   */
  Find(what: string, after: object, lookIn: number, lookAt: number, searchOrder: number, searchDirection: number): FakeRange | null {
    if (what !== '*' || lookIn !== -4123 || lookAt !== 2 || searchDirection !== 2 || (searchOrder !== 1 && searchOrder !== 2)) {
      throw new FakeWpsError(`Find(${[what, lookIn, lookAt, searchOrder, searchDirection].join(', ')}): outside the fake's rule`);
    }
    const area = this.single('Find');
    const inner = unwrap(after);
    if (!(inner instanceof FakeRange)) throw new FakeWpsError('Find: After must be a Range');
    const at = inner._rect();
    if (at.top !== at.bottom || at.left !== at.right || !intersect(area, at)) throw new FakeWpsError('Find: After must be one cell of the range');
    let best: { row: number; col: number } | null = null;
    for (const k of this.sheet.cells.keys()) {
      const [row, col] = k.split(',').map(Number);
      if (!intersect(area, { top: row, left: col, bottom: row, right: col })) continue;
      const better = best === null || (searchOrder === 1 ? row > best.row || (row === best.row && col > best.col) : col > best.col || (col === best.col && row > best.row));
      if (better) best = { row, col };
    }
    return best === null ? null : wrapRange(this.host, this.sheet, [{ top: best.row, left: best.col, bottom: best.row, right: best.col }]);
  }

  private single(what: string): Rect {
    if (this.areas.length !== 1) throw new FakeWpsError(`${what} on a multi-area range`);
    return this.first;
  }

  private cell(what: string): { row: number; col: number } {
    const r = this.single(what);
    if (r.top !== r.bottom || r.left !== r.right) throw new FakeWpsError(`${what} needs a single cell`);
    return { row: r.top, col: r.left };
  }

  private sub<T extends object>(target: T, label: string): T {
    return strict(target, label, this.host.counter, () => !this.sheet.deleted);
  }

  get Row(): number {
    return this.first.top;
  }
  get Column(): number {
    return this.first.left;
  }
  get Rows(): { readonly Count: number } {
    return this.sub(Object.freeze({ Count: this.first.bottom - this.first.top + 1 }), 'Rows');
  }
  get Columns(): { readonly Count: number } {
    return this.sub(Object.freeze({ Count: this.first.right - this.first.left + 1 }), 'Columns');
  }

  get Areas(): { readonly Count: number; Item(index: number): FakeRange } {
    const host = this.host;
    const sheet = this.sheet;
    const areas = this.areas;
    return this.sub(
      {
        Count: areas.length,
        Item(index: number): FakeRange {
          if (!Number.isInteger(index) || index < 1 || index > areas.length) throw new FakeWpsError(`Areas.Item(${index}): out of range 1..${areas.length}`);
          return wrapRange(host, sheet, [areas[index - 1]]);
        },
      },
      'Areas',
    );
  }
  get Worksheet(): { readonly Name: string } {
    return this.sub(Object.freeze({ Name: this.sheet.name }), 'Worksheet');
  }

  get Value2(): unknown {
    const r = this.single('Value2');
    if (cellsOf(r) > VALUE2_CELL_CAP) throw new FakeWpsError(`Value2 of ${cellsOf(r)} cells in one read (the cap is ${VALUE2_CELL_CAP})`);
    const at = (row: number, col: number): unknown => {
      const v = this.sheet.cells.get(key(row, col));
      return v === undefined ? undefined : errorNumber(v);
    };
    if (cellsOf(r) === 1) return at(r.top, r.left);
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(at(row, col));
      out.push(line);
    }
    return out;
  }
  set Value2(v: unknown) {
    const r = this.single('Value2');
    if (cellsOf(r) > VALUE2_CELL_CAP) throw new FakeWpsError(`Value2 of ${cellsOf(r)} cells in one write (the cap is ${VALUE2_CELL_CAP})`);
    this.editable('Value2');
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    let grid: unknown[][];
    if (rows === 1 && cols === 1 && !Array.isArray(v)) grid = [[v]];
    else {
      if (!Array.isArray(v) || v.length !== rows || !v.every((line) => Array.isArray(line) && line.length === cols)) {
        throw new FakeWpsError(`Value2 of a ${rows}×${cols} range needs a ${rows}×${cols} array`);
      }
      grid = v;
    }
    grid.forEach((line, i) =>
      line.forEach((x, j) => {
        const stored = typedInput(x);
        if (stored === null) this.sheet.cells.delete(key(r.top + i, r.left + j));
        else this.sheet.cells.set(key(r.top + i, r.left + j), stored);
      }),
    );
    this.host.value2Written(this.sheet);
  }

  get Text(): unknown {
    const { row, col } = this.cell('Text');
    const v = this.sheet.cells.get(key(row, col));
    if (v === undefined) return '';
    if (typeof v === 'object') return 'error' in v ? v.error : '0';
    return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
  }

  get MergeCells(): boolean | null {
    let covered = 0;
    let total = 0;
    for (const a of this.areas) {
      total += cellsOf(a);
      if (cellsOf(a) > this.sheet.mergeAt.size) {
        for (const m of this.sheet.merges) {
          const x = intersect(a, m);
          if (x) covered += cellsOf(x);
        }
      } else cells([a], (r, c) => (covered += this.sheet.mergeAt.has(key(r, c)) ? 1 : 0));
    }
    return covered === 0 ? false : covered === total ? true : null;
  }

  get MergeArea(): FakeRange {
    const { row, col } = this.cell('MergeArea');
    return wrapRange(this.host, this.sheet, [this.sheet.mergeAt.get(key(row, col)) ?? { top: row, left: col, bottom: row, right: col }]);
  }

  /** Each area is merged on its own (VBA semantics for a multi-area range); across: each row of each area. */
  Merge(across?: boolean): void {
    this.editable('Merge');
    for (const a of this.areas) {
      const parts = across ? Array.from({ length: a.bottom - a.top + 1 }, (_, i) => ({ ...a, top: a.top + i, bottom: a.top + i })) : [a];
      for (const m of parts) {
        if (cellsOf(m) === 1) continue;
        try {
          addMerge(this.sheet, m);
        } catch (e) {
          throw new FakeWpsError(e instanceof Error ? e.message : String(e));
        }
      }
    }
  }

  get EntireRow(): FakeEntireRow {
    return this.sub(new FakeEntireRow(this.sheet, this.areas), 'EntireRow');
  }
  get Interior(): FakeInterior {
    return this.sub(new FakeInterior(this.sheet, this.areas), 'Interior');
  }
  get Font(): FakeFont {
    return this.sub(new FakeFont(this.sheet, this.areas), 'Font');
  }
  get Borders(): FakeBorders {
    return this.sub(new FakeBorders(this.sheet, this.areas), 'Borders');
  }

  private format(): FormatAccess {
    return new FormatAccess(this.sheet, this.areas);
  }
  get HorizontalAlignment(): number | null {
    return this.format().read('horizontal', 1);
  }
  set HorizontalAlignment(v: number | null) {
    if (v !== -4131 && v !== -4108 && v !== -4152) throw new FakeWpsError('HorizontalAlignment: xlLeft, xlCenter or xlRight');
    this.format().write('horizontal', v);
  }
  get VerticalAlignment(): number | null {
    return this.format().read('vertical', -4107);
  }
  set VerticalAlignment(v: number | null) {
    if (v !== -4160 && v !== -4108 && v !== -4107) throw new FakeWpsError('VerticalAlignment: xlTop, xlCenter or xlBottom');
    this.format().write('vertical', v);
  }
  get WrapText(): boolean | null {
    return this.format().read('wrap', false);
  }
  set WrapText(v: boolean | null) {
    this.format().write('wrap', v === true);
  }
  get NumberFormat(): string | null {
    return this.format().read('numberFormat', 'General');
  }
  set NumberFormat(v: string | null) {
    if (typeof v !== 'string' || v === '') throw new FakeWpsError('NumberFormat must be a format code');
    this.format().write('numberFormat', v);
  }

  get ColumnWidth(): number | null {
    const widths = new Set<number>();
    for (const a of this.areas) for (let c = a.left; c <= a.right; c++) widths.add(this.sheet.columnWidths.get(c) ?? 8.38);
    return widths.size === 1 ? [...widths][0] : null;
  }
  set ColumnWidth(v: number | null) {
    if (typeof v !== 'number' || v < 0 || v > 255) throw new FakeWpsError('ColumnWidth: 0–255 characters');
    for (const a of this.areas) for (let c = a.left; c <= a.right; c++) this.sheet.columnWidths.set(c, v);
  }
  get RowHeight(): number | null {
    const heights = new Set<number>();
    for (const a of this.areas) for (let r = a.top; r <= a.bottom; r++) heights.add(this.sheet.rowHeights.get(r) ?? 13.5);
    return heights.size === 1 ? [...heights][0] : null;
  }
  set RowHeight(v: number | null) {
    if (typeof v !== 'number' || v < 0 || v > 409) throw new FakeWpsError('RowHeight: 0–409 points');
    for (const a of this.areas) for (let r = a.top; r <= a.bottom; r++) this.sheet.rowHeights.set(r, v);
  }

  get Comment(): FakeComment | null {
    const { row, col } = this.cell('Comment');
    return this.sheet.comments.has(key(row, col)) ? wrapComment(this.host, this.sheet, row, col) : null;
  }
  AddComment(text: string): FakeComment {
    const { row, col } = this.cell('AddComment');
    this.editable('AddComment');
    if (this.sheet.comments.has(key(row, col))) throw new FakeWpsError(`AddComment: ${cellAddress(row, col)} already has a comment`);
    if (typeof text !== 'string') throw new FakeWpsError('AddComment needs text');
    this.sheet.comments.set(key(row, col), text);
    return wrapComment(this.host, this.sheet, row, col);
  }
  ClearComments(): void {
    for (const k of [...this.sheet.comments.keys()]) {
      const [r, c] = k.split(',').map(Number);
      if (this.areas.some((a) => intersect(a, { top: r, left: c, bottom: r, right: c }))) this.sheet.comments.delete(k);
    }
  }
  /** Range.Locked (et-jsapi-declare `Locked: TypedAny<boolean>`): the fake records unlocked areas; like any format, refused on a protected sheet. */
  get Locked(): boolean {
    throw new FakeWpsError('Locked: the fake does not model reading it back; inspect the state');
  }
  set Locked(v: boolean) {
    if (typeof v !== 'boolean') throw new FakeWpsError('Locked: a boolean');
    this.editable('Locked');
    const same = (a: Rect, b: Rect): boolean => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
    const rest = (this.sheet.unlocked ?? []).filter((u) => !this.areas.some((a) => same(a, u)));
    this.sheet.unlocked = v ? rest : [...rest, ...this.areas];
  }
  /**
   * Range.Validation (et-jsapi-declare Validation): Add(Type: XlDVType, AlertStyle, Operator:
   * XlFormatConditionOperator, Formula1: string) on one area; Add fails where a rule exists already
   * (VBA run-time error 1004: Delete first); the error box texts are properties set afterwards.
   */
  get Validation(): { Delete(): void; Add(type: number, alertStyle: number, operator: number, formula1: string): void; IgnoreBlank: boolean; ShowError: boolean; ErrorTitle: string; ErrorMessage: string } {
    const sheet = this.sheet;
    const rect = this.single('Validation');
    const list = (): NonNullable<typeof sheet.validations> => (sheet.validations ??= []);
    const overlaps = (v: { rect: Rect }): boolean => intersect(v.rect, rect) !== null;
    const entry = (what: string): NonNullable<typeof sheet.validations>[number] => {
      const e = list().find((v) => v.rect.top === rect.top && v.rect.left === rect.left && v.rect.bottom === rect.bottom && v.rect.right === rect.right);
      if (!e) throw new FakeWpsError(`Validation.${what}: the range has no validation (Add first)`);
      return e;
    };
    const editable = (what: string): void => this.editable(`Validation.${what}`);
    return this.sub(
      {
        Delete: (): void => {
          editable('Delete');
          sheet.validations = list().filter((v) => !overlaps(v));
        },
        Add: (type: number, alertStyle: number, operator: number, formula1: string): void => {
          editable('Add');
          if (list().some(overlaps)) throw new FakeWpsError('Validation.Add: the range already has a validation (Delete first)');
          if (type !== 1) throw new FakeWpsError(`Validation.Add: the fake models xlValidateWholeNumber (1) only, got ${type}`);
          if (![1, 2, 3].includes(alertStyle)) throw new FakeWpsError(`Validation.Add: AlertStyle ${alertStyle} is not an XlDVAlertStyle`);
          if (!Number.isInteger(operator) || operator < 1 || operator > 8) throw new FakeWpsError(`Validation.Add: operator ${operator} is not an XlFormatConditionOperator`);
          if (typeof formula1 !== 'string' || formula1 === '') throw new FakeWpsError('Validation.Add: Formula1 must be text');
          list().push({ rect, type, alertStyle, operator, formula1, ignoreBlank: true, showError: true, errorTitle: '', errorMessage: '' });
        },
        get IgnoreBlank(): boolean {
          return entry('IgnoreBlank').ignoreBlank;
        },
        set IgnoreBlank(v: boolean) {
          editable('IgnoreBlank');
          entry('IgnoreBlank').ignoreBlank = v;
        },
        get ShowError(): boolean {
          return entry('ShowError').showError;
        },
        set ShowError(v: boolean) {
          editable('ShowError');
          entry('ShowError').showError = v;
        },
        get ErrorTitle(): string {
          return entry('ErrorTitle').errorTitle;
        },
        set ErrorTitle(v: string) {
          editable('ErrorTitle');
          entry('ErrorTitle').errorTitle = v;
        },
        get ErrorMessage(): string {
          return entry('ErrorMessage').errorMessage;
        },
        set ErrorMessage(v: string) {
          editable('ErrorMessage');
          entry('ErrorMessage').errorMessage = v;
        },
      },
      'Validation',
    );
  }
  /** VBA Range.FormatConditions.Add(Type, Operator, Formula1): the fake models xlCellValue (1) with an XlFormatConditionOperator. */
  get FormatConditions(): { Add(type: number, operator: number, formula1: string): { readonly Interior: FakeConditionInterior } } {
    const sheet = this.sheet;
    const rect = this.single('FormatConditions');
    return this.sub(
      {
        Add: (type: number, operator: number, formula1: string): { readonly Interior: FakeConditionInterior } => {
          if (type !== 1) throw new FakeWpsError(`FormatConditions.Add: the fake models xlCellValue (1) only, got ${type}`);
          if (!Number.isInteger(operator) || operator < 1 || operator > 8) throw new FakeWpsError(`FormatConditions.Add: operator ${operator} is not an XlFormatConditionOperator`);
          if (typeof formula1 !== 'string' || !formula1.startsWith('=')) throw new FakeWpsError('FormatConditions.Add: Formula1 must be a formula');
          const entry = { rect, type, operator, formula1, fill: null as number | null };
          sheet.formatConditions.push(entry);
          return this.sub({ Interior: this.sub(new FakeConditionInterior(entry), 'FormatCondition.Interior') }, 'FormatCondition');
        },
      },
      'FormatConditions',
    );
  }
  Select(): boolean {
    if (!this.host.isActive(this.sheet)) throw new FakeWpsError('Select: the sheet is not active');
    const r = this.single('Select');
    this.host.select(this.sheet, r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`);
    return true;
  }
}

class FormatAccess extends FormatPart {
  read<K extends keyof Format>(field: K, dflt: NonNullable<Format[K]>): NonNullable<Format[K]> | null {
    return this.get(field, dflt);
  }
  write<K extends keyof Format>(field: K, value: Format[K]): void {
    this.set(field, value);
  }
}

export function rangeOf(host: RangeHost, sheet: SheetState, address: string): FakeRange {
  return wrapRange(host, sheet, parseAreas(address));
}

/** The Interior of a FormatCondition: the fill the condition gives. */
export class FakeConditionInterior {
  constructor(private readonly entry: { fill: number | null }) {}
  get Color(): number {
    return this.entry.fill ?? 0xffffff;
  }
  set Color(v: number) {
    this.entry.fill = bgr(v, 'FormatCondition.Interior.Color');
  }
}
