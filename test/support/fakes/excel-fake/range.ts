/** Fake Range, its format objects and RangeAreas. */
import type { XlCellFill, XlCellValueConditionalFormat, XlConditionalFormat, XlDataValidation, XlConditionalFormatCollection, XlFormatUpdate, XlHyperlink, XlRange, XlRangeAreas, XlRangeBorder, XlRangeBorderCollection, XlRangeFill, XlRangeFormat, XlRowHidden } from '../../../../src/host/excel/office-api';
import { cellCount, contains, formatRect, intersects, MAX_COLS, MAX_ROWS, parseAddress, sheetPrefix, type Rect } from './addresses';
import { coerceInput } from './coerce';
import type { FakeContext } from './engine';
import { invalidArgument, officeError } from './errors';
import { FakeClientResult, FakeProxy } from './proxy';
import { DEFAULT_STYLE, extraAt, rowOf, styleAt, usedRect, valueAt, type BorderState, type CellExtra, type SheetState, type Side, type StyleState } from './state';
import { editable } from './protection';

export type RangeSpec =
  | { readonly kind: 'address'; readonly address?: string }
  | { readonly kind: 'indexes'; readonly row: number; readonly col: number; readonly rows: number; readonly cols: number }
  | { readonly kind: 'used'; readonly valuesOnly: boolean }
  | { readonly kind: 'computed'; readonly rect: () => Rect };

export interface Located {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
const COLOR = /^#[0-9A-Fa-f]{6}$/;
const MAX_TEXT = 32_767;
/** @types/office-js, Range.getMergedAreasOrNullObject. */
export const MERGED_AREAS_LIMIT = 512;
const CELL_VALUE_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];

function check(ok: boolean, message: string): void {
  if (!ok) throw invalidArgument(message);
}

function checkKeys(obj: unknown, allowed: readonly string[], what: string): Record<string, unknown> {
  check(typeof obj === 'object' && obj !== null && !Array.isArray(obj), `${what} must be an object`);
  const rec = obj as Record<string, unknown>;
  for (const k of Object.keys(rec)) check(allowed.includes(k), `${what}: unknown property '${k}'`);
  return rec;
}

/** Applies `change` to the style of every cell of `rect` (copy on write, shared between equal styles). */
export function restyle(sheet: SheetState, rect: Rect, change: (s: StyleState) => StyleState, limit: number): void {
  editable(sheet);
  if (cellCount(rect) > limit) throw officeError('InvalidOperation', `The range ${formatRect(rect)} is too large to format cell by cell in this fake.`);
  const memo = new Map<StyleState, StyleState>();
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = rowOf(sheet, r, true);
    for (let c = rect.left; c <= rect.right; c++) {
      const old = row.s[c] ?? DEFAULT_STYLE;
      let next = memo.get(old);
      if (!next) {
        next = Object.freeze(change(old));
        memo.set(old, next);
      }
      row.s[c] = next;
    }
  }
}

function setExtra(sheet: SheetState, r: number, c: number, extra: CellExtra | undefined): void {
  const row = rowOf(sheet, r, true);
  if (extra && Object.keys(extra).length > 0) (row.x ??= new Map()).set(c, extra);
  else row.x?.delete(c);
}

/** Merged areas by row, so that tens of thousands of merges stay linear (rebuilt when `merges` is replaced). */
const mergeIndex = new WeakMap<SheetState, { source: Rect[]; rows: Map<number, Set<Rect>> }>();

function indexOf(sheet: SheetState): Map<number, Set<Rect>> {
  let index = mergeIndex.get(sheet);
  if (!index || index.source !== sheet.merges) {
    const rows = new Map<number, Set<Rect>>();
    for (const m of sheet.merges) for (let r = m.top; r <= m.bottom; r++) rows.set(r, (rows.get(r) ?? new Set()).add(m));
    index = { source: sheet.merges, rows };
    mergeIndex.set(sheet, index);
  }
  return index.rows;
}

/** Merges `piece`; a merged area it covers is absorbed, one it only partly overlaps is an error (as in Excel). */
function addMerge(sheet: SheetState, piece: Rect): void {
  const rows = indexOf(sheet);
  const touching = new Set<Rect>();
  for (let r = piece.top; r <= piece.bottom; r++) for (const m of rows.get(r) ?? []) if (intersects(m, piece)) touching.add(m);
  for (const m of touching) if (!contains(piece, m)) throw officeError('InvalidOperation', `Cannot merge ${formatRect(piece)}: it overlaps part of a merged area.`);
  for (const m of touching) {
    sheet.merges.splice(sheet.merges.indexOf(m), 1);
    for (let r = m.top; r <= m.bottom; r++) rows.get(r)?.delete(m);
  }
  sheet.merges.push(piece);
  for (let r = piece.top; r <= piece.bottom; r++) rows.set(r, (rows.get(r) ?? new Set()).add(piece));
}

function areasAddress(sheet: SheetState, rects: readonly Rect[]): string {
  return rects.map((r) => `${sheetPrefix(sheet.name)}!${formatRect(r)}`).join(',');
}

export class FakeRange extends FakeProxy<Located> implements XlRange {
  protected readonly type = 'Range';
  protected readonly loadable = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'numberFormat', 'rowHidden'];
  private cached: Located | null | undefined;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly sheetOf: () => SheetState,
    private readonly spec: RangeSpec,
    orNull = false,
  ) {
    super(ctx, path, orNull);
  }

  protected locate(): Located | null {
    if (this.cached !== undefined) return this.cached;
    const sheet = this.sheetOf();
    const spec = this.spec;
    let rect: Rect | null;
    if (spec.kind === 'address') rect = spec.address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } : parseAddress(spec.address);
    else if (spec.kind === 'indexes') {
      const ok = [spec.row, spec.col, spec.rows, spec.cols].every(Number.isInteger) && spec.row >= 0 && spec.col >= 0 && spec.rows >= 1 && spec.cols >= 1 && spec.row + spec.rows <= MAX_ROWS && spec.col + spec.cols <= MAX_COLS;
      check(ok, `getRangeByIndexes(${spec.row}, ${spec.col}, ${spec.rows}, ${spec.cols}): indexes are 0-based and counts ≥ 1 within the grid`);
      rect = { top: spec.row, left: spec.col, bottom: spec.row + spec.rows - 1, right: spec.col + spec.cols - 1 };
    } else if (spec.kind === 'computed') rect = spec.rect();
    else rect = usedRect(sheet, spec.valuesOnly);
    if (rect === null && !this.orNull) throw officeError('ItemNotFound', 'The used range is empty.');
    this.cached = rect === null ? null : { sheet, rect };
    return this.cached;
  }

  private readable(t: Located): void {
    if (cellCount(t.rect) > this.ctx.engine.limits.readCells) throw officeError('InvalidOperation', `Cannot read ${cellCount(t.rect)} cells: a range is limited to ${this.ctx.engine.limits.readCells} cells for read operations.`);
  }

  protected property(t: Located, name: string): unknown {
    const { sheet, rect } = t;
    switch (name) {
      case 'address':
        return `${sheetPrefix(sheet.name)}!${formatRect(rect)}`;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'values':
        this.readable(t);
        return this.grid(rect, (r, c) => valueAt(sheet, r, c) ?? '');
      case 'numberFormat':
        this.readable(t);
        return this.grid(rect, (r, c) => styleAt(sheet, r, c).numberFormat);
      case 'rowHidden': {
        let hidden = 0;
        for (let r = rect.top; r <= rect.bottom; r++) if (sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === rect.bottom - rect.top + 1 ? true : null;
      }
      default:
        throw invalidArgument(name);
    }
  }

  private grid<T>(rect: Rect, at: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(at(r, c));
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowHidden(): boolean {
    return this.read('rowHidden');
  }
  set rowHidden(hidden: boolean) {
    this.write('rowHidden', hidden, ({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }
  get values(): (string | number | boolean)[][] {
    return this.read('values');
  }
  set values(values: (string | number | boolean)[][]) {
    this.write('values', values, (t) => this.writeGrid(t, values, 'values'));
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: string[][]) {
    this.write('numberFormat', formats, (t) => this.writeGrid(t, formats, 'numberFormat'));
  }

  /** Shape, limits and types as Excel checks them; null leaves a cell as it is. */
  private writeGrid(t: Located, grid: unknown, what: 'values' | 'numberFormat'): void {
    const { sheet, rect } = t;
    editable(sheet);
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const shaped = Array.isArray(grid) && grid.length === rows && grid.every((row) => Array.isArray(row) && row.length === cols);
    if (!shaped) throw invalidArgument("The number of rows or columns in the input array doesn't match the size or dimensions of the range.", `Range.${what}`);
    if (rows * cols > this.ctx.engine.limits.writeCells) throw officeError('InvalidOperation', `Cannot write ${rows * cols} cells in one call (limit ${this.ctx.engine.limits.writeCells}).`);
    const formats = new Map<StyleState, Map<string, StyleState>>();
    (grid as unknown[][]).forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const r = rect.top + i;
        const c = rect.left + j;
        const row = rowOf(sheet, r, true);
        if (what === 'numberFormat') {
          check(typeof v === 'string', `numberFormat must be text, got ${typeof v}`);
          const old = row.s[c] ?? DEFAULT_STYLE;
          const byFormat = formats.get(old) ?? new Map<string, StyleState>();
          formats.set(old, byFormat);
          const next = byFormat.get(v as string) ?? Object.freeze({ ...old, numberFormat: v as string });
          byFormat.set(v as string, next);
          row.s[c] = next;
          return;
        }
        check(typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)), `a cell value must be text, a finite number or a boolean, got ${String(v)}`);
        check(typeof v !== 'string' || v.length <= MAX_TEXT, `a cell holds at most ${MAX_TEXT} characters`);
        const stored = typeof v === 'string' ? coerceInput(v) : { value: v as number | boolean };
        row.v[c] = stored.value;
        const hyperlink = extraAt(sheet, r, c)?.hyperlink;
        const extra: CellExtra = {};
        if ('error' in stored && stored.error !== undefined) extra.error = stored.error;
        if ('formula' in stored && stored.formula !== undefined) extra.formula = stored.formula;
        if ('quotePrefix' in stored && stored.quotePrefix) extra.quotePrefix = true;
        if (hyperlink) extra.hyperlink = hyperlink;
        setExtra(sheet, r, c, extra);
      }),
    );
  }

  set hyperlink(link: XlHyperlink) {
    checkKeys(link, ['documentReference', 'textToDisplay', 'address', 'screenTip'], 'hyperlink');
    this.write('hyperlink', link, ({ sheet, rect }) => {
      editable(sheet);
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          setExtra(sheet, r, c, { ...extraAt(sheet, r, c), hyperlink: { ...link } });
          if (link.textToDisplay !== undefined && r === rect.top && c === rect.left) rowOf(sheet, r, true).v[c] = link.textToDisplay === '' ? null : link.textToDisplay;
        }
      }
    });
  }
  get hyperlink(): XlHyperlink {
    throw invalidArgument('the fake does not model reading hyperlinks through the API; inspect the state');
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, `${this.path}.format`, () => [this.target()]);
  }

  get dataValidation(): XlDataValidation {
    return dataValidation(this.ctx, `${this.path}.dataValidation`, () => this.target());
  }

  get conditionalFormats(): XlConditionalFormatCollection {
    const path = `${this.path}.conditionalFormats`;
    this.ctx.assertAlive(path);
    return { add: (type) => addConditionalFormat(this.ctx, path, () => this.target(), type) };
  }

  getCellProperties(options: { format: { fill: { color: true } } }): FakeClientResult<XlCellFill[][]> {
    const fill = checkKeys(checkKeys(checkKeys(options, ['format'], 'cellPropertiesLoadOptions').format, ['fill'], 'format').fill, ['color'], 'fill');
    check(fill.color === true, 'fill.color must be true');
    return this.invokeForResult('getCellProperties', [options], (t) => {
      this.readable(t);
      return this.grid(t.rect, (r, c) => ({ format: { fill: { color: styleAt(t.sheet, r, c).fill ?? '#FFFFFF' } } }));
    });
  }

  getRowProperties(options: { rowHidden: true }): FakeClientResult<XlRowHidden[]> {
    check(checkKeys(options, ['rowHidden'], 'rowPropertiesLoadOptions').rowHidden === true, 'rowHidden must be true');
    return this.invokeForResult('getRowProperties', [options], ({ sheet, rect }) =>
      Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ rowIndex: rect.top + i, rowHidden: sheet.hiddenRows.has(rect.top + i) })),
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const { sheet, rect } = this.target();
      const merges = sheet.merges.filter((m) => intersects(m, rect));
      // @types/office-js, Range.getMergedAreasOrNullObject: "if the merged areas count in this range is
      // more than 512, then this method will fail to return the result". The error code is not
      // documented; the fake names the method in errorLocation, as Office's errors do.
      if (merges.length > MERGED_AREAS_LIMIT) throw officeError('GeneralException', `There are ${merges.length} merged areas in ${formatRect(rect)}, more than ${MERGED_AREAS_LIMIT}.`, 'Range.getMergedAreasOrNullObject');
      return merges.length === 0 ? null : merges.map((m) => ({ sheet, rect: m }));
    });
  }

  getSpecialCellsOrNullObject(cellType: 'Constants' | 'Formulas', cellValueType: 'Errors'): FakeRangeAreas {
    check((cellType === 'Constants' || cellType === 'Formulas') && cellValueType === 'Errors', `the fake models getSpecialCells only for Constants/Formulas with Errors, not ${cellType}/${cellValueType}`);
    return new FakeRangeAreas(this.ctx, `${this.path}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)},"Errors")`, () => {
      const { sheet, rect } = this.target();
      const cells: Rect[] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row = sheet.rows[r];
        if (!row?.x) continue;
        for (const [c, x] of row.x) if (c >= rect.left && c <= rect.right && x.error && (cellType === 'Formulas') === (x.formula !== undefined)) cells.push({ top: r, bottom: r, left: c, right: c });
      }
      return cells.length === 0 ? null : cells.map((c) => ({ sheet, rect: c }));
    });
  }

  merge(across = false): void {
    this.invoke('merge', [across], ({ sheet, rect }) => {
      editable(sheet);
      const pieces = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
      for (const piece of pieces) if (cellCount(piece) > 1) addMerge(sheet, piece);
    });
  }

  select(): void {
    this.invoke(
      'select',
      [],
      ({ sheet, rect }) => {
        if (this.ctx.state.activeSheetId !== sheet.id) throw officeError('InvalidOperation', 'Range.select: the range must be on the active worksheet.');
        this.ctx.state.selection = { sheetId: sheet.id, address: formatRect(rect) };
      },
      false,
    );
  }

  clear(): void {
    this.invoke('clear', [], ({ sheet, rect }) => {
      editable(sheet);
      const bottom = Math.min(rect.bottom, sheet.rows.length - 1);
      for (let r = rect.top; r <= bottom; r++) {
        const row = sheet.rows[r];
        if (!row) continue;
        for (let c = rect.left; c <= Math.min(rect.right, Math.max(row.v.length, row.s.length) - 1); c++) {
          row.v[c] = null;
          row.s[c] = undefined;
          row.x?.delete(c);
        }
      }
    });
  }
}

/** Several areas of one sheet (getRanges, merged areas, special cells); null when there are none. */
export class FakeRangeAreas extends FakeProxy<Located[]> implements XlRangeAreas {
  protected readonly type = 'RangeAreas';
  protected readonly loadable = ['address'];
  private cached: Located[] | null | undefined;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly compute: () => Located[] | null,
    orNull = true,
  ) {
    super(ctx, path, orNull);
  }

  protected locate(): Located[] | null {
    if (this.cached === undefined) this.cached = this.compute();
    return this.cached;
  }

  protected property(t: Located[]): unknown {
    return t.length === 0 ? '' : areasAddress(t[0].sheet, t.map((l) => l.rect));
  }

  get address(): string {
    return this.read('address');
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, `${this.path}.format`, () => this.target());
  }
}

export class FakeRangeFormat implements XlRangeFormat {
  constructor(
    private readonly ctx: FakeContext,
    private readonly path: string,
    private readonly located: () => readonly Located[],
  ) {
    ctx.assertAlive(path);
  }

  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.ctx, `${this.path}.fill`, this.located);
  }

  /** FormatProtection (ExcelApi 1.2): only `locked` is modelled; setting it on a protected sheet fails like any format change. */
  get protection(): { locked: boolean } {
    const { ctx, path, located } = this;
    return {
      get locked(): boolean {
        throw invalidArgument('the fake does not model reading FormatProtection back; inspect the state');
      },
      set locked(locked: boolean) {
        check(typeof locked === 'boolean', 'protection.locked must be a boolean');
        ctx.enqueue({ p: `${path}.protection`, a: 'set', n: 'locked', v: locked }, () => {
          for (const { sheet, rect } of located()) {
            editable(sheet);
            const rest = (sheet.unlocked ?? []).filter((u) => !(u.top === rect.top && u.left === rect.left && u.bottom === rect.bottom && u.right === rect.right));
            sheet.unlocked = locked ? rest : [...rest, rect];
          }
        }, true);
      },
    };
  }

  get borders(): XlRangeBorderCollection {
    return {
      getItem: (index) => new FakeRangeBorder(this.ctx, `${this.path}.borders.getItem(${JSON.stringify(index)})`, this.located, index),
    };
  }

  set(properties: XlFormatUpdate): void {
    const p = checkKeys(properties, ['font', 'fill', 'horizontalAlignment', 'verticalAlignment', 'wrapText', 'columnWidth', 'rowHeight'], 'RangeFormat.set');
    const font = p.font === undefined ? {} : checkKeys(p.font, ['name', 'size', 'bold', 'italic', 'underline', 'color'], 'font');
    const fill = p.fill === undefined ? {} : checkKeys(p.fill, ['color'], 'fill');
    check(font.name === undefined || (typeof font.name === 'string' && font.name !== ''), 'font.name');
    check(font.size === undefined || (typeof font.size === 'number' && font.size >= 1 && font.size <= 409), 'font.size');
    check(font.underline === undefined || UNDERLINE.includes(String(font.underline)), `font.underline ${String(font.underline)}`);
    check(font.color === undefined || COLOR.test(String(font.color)), `font.color ${String(font.color)}`);
    check(fill.color === undefined || COLOR.test(String(fill.color)), `fill.color ${String(fill.color)}`);
    check(p.horizontalAlignment === undefined || HORIZONTAL.includes(String(p.horizontalAlignment)), `horizontalAlignment ${String(p.horizontalAlignment)}`);
    check(p.verticalAlignment === undefined || VERTICAL.includes(String(p.verticalAlignment)), `verticalAlignment ${String(p.verticalAlignment)}`);
    check(p.columnWidth === undefined || (typeof p.columnWidth === 'number' && p.columnWidth >= 0 && p.columnWidth <= 1800), 'columnWidth (points)');
    check(p.rowHeight === undefined || (typeof p.rowHeight === 'number' && p.rowHeight >= 0 && p.rowHeight <= 409), 'rowHeight (points, at most 409)');
    this.ctx.enqueue(
      { p: this.path, a: 'call', n: 'set', v: [properties] },
      () => this.located().forEach(({ sheet, rect }) => {
        if (typeof p.columnWidth === 'number') for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, p.columnWidth);
        if (typeof p.rowHeight === 'number') for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, p.rowHeight);
        const cellLevel = p.font !== undefined || p.fill !== undefined || p.horizontalAlignment !== undefined || p.verticalAlignment !== undefined || p.wrapText !== undefined;
        if (!cellLevel) return;
        restyle(
          sheet,
          rect,
          (s) => ({
            ...s,
            font: { ...s.font, ...(font as Partial<StyleState['font']>) },
            fill: fill.color === undefined ? s.fill : String(fill.color).toUpperCase(),
            horizontal: p.horizontalAlignment === undefined ? s.horizontal : String(p.horizontalAlignment),
            vertical: p.verticalAlignment === undefined ? s.vertical : String(p.verticalAlignment),
            wrap: p.wrapText === undefined ? s.wrap : Boolean(p.wrapText),
          }),
          this.ctx.engine.limits.writeCells,
        );
      }),
      true,
    );
  }
}

export class FakeRangeFill extends FakeProxy<readonly Located[]> implements XlRangeFill {
  protected readonly type = 'RangeFill';
  protected readonly loadable = ['color'];

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly located: () => readonly Located[],
  ) {
    super(ctx, path);
  }

  protected locate(): readonly Located[] {
    return this.located();
  }

  protected property(areas: readonly Located[]): unknown {
    let first: string | null | undefined;
    for (const { sheet, rect } of areas) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const fill = styleAt(sheet, r, c).fill;
          if (first === undefined) first = fill;
          else if (first !== fill) return null;
        }
      }
    }
    return first ?? '#FFFFFF';
  }

  get color(): string {
    return this.read('color');
  }

  clear(): void {
    this.invoke('clear', [], (areas) => areas.forEach(({ sheet, rect }) => restyle(sheet, rect, (s) => ({ ...s, fill: null }), this.ctx.engine.limits.writeCells)));
  }
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export class FakeRangeBorder implements XlRangeBorder {
  constructor(
    private readonly ctx: FakeContext,
    private readonly path: string,
    private readonly located: () => readonly Located[],
    private readonly edge: Edge,
  ) {
    ctx.assertAlive(path);
    check(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'].includes(edge), `border index ${edge}`);
  }

  set(properties: { style?: string; weight?: string }): void {
    const p = checkKeys(properties, ['style', 'weight', 'color'], 'RangeBorder.set');
    check(p.style === undefined || BORDER_STYLES.includes(String(p.style)), `border style ${String(p.style)}`);
    check(p.weight === undefined || BORDER_WEIGHTS.includes(String(p.weight)), `border weight ${String(p.weight)}`);
    this.ctx.enqueue(
      { p: this.path, a: 'call', n: 'set', v: [properties] },
      () => this.located().forEach(({ sheet, rect }) => {
        const line = (old: BorderState): BorderState => ({ style: p.style === undefined ? old.style : String(p.style), weight: p.weight === undefined ? old.weight : String(p.weight) });
        const side = (s: StyleState, which: Side): StyleState => ({ ...s, borders: { ...s.borders, [which]: line(s.borders[which]) } });
        const limit = this.ctx.engine.limits.writeCells;
        const rows = (top: number, bottom: number, which: Side): void => {
          if (top <= bottom) restyle(sheet, { ...rect, top, bottom }, (s) => side(s, which), limit);
        };
        const cols = (left: number, right: number, which: Side): void => {
          if (left <= right) restyle(sheet, { ...rect, left, right }, (s) => side(s, which), limit);
        };
        if (this.edge === 'EdgeTop') rows(rect.top, rect.top, 'top');
        else if (this.edge === 'EdgeBottom') rows(rect.bottom, rect.bottom, 'bottom');
        else if (this.edge === 'EdgeLeft') cols(rect.left, rect.left, 'left');
        else if (this.edge === 'EdgeRight') cols(rect.right, rect.right, 'right');
        else if (this.edge === 'InsideHorizontal') {
          rows(rect.top, rect.bottom - 1, 'bottom');
          rows(rect.top + 1, rect.bottom, 'top');
        } else {
          cols(rect.left, rect.right - 1, 'right');
          cols(rect.left + 1, rect.right, 'left');
        }
      }),
      true,
    );
  }
}

const VALIDATION_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const ALERT_STYLES = ['Stop', 'Warning', 'Information'];

/**
 * Range.dataValidation (ExcelApi 1.8, @types/office-js DataValidation): `rule` takes one of its
 * kinds (the fake models `wholeNumber`: BasicDataValidation, formula1 a number or a string
 * formula, operator an Excel.DataValidationOperator — note `GreaterThanOrEqualTo`, not the
 * conditional formats' `GreaterThanOrEqual`); `errorAlert` is a DataValidationErrorAlert with all
 * four fields. Setting any of them on a protected sheet fails when the request runs.
 */
function dataValidation(ctx: FakeContext, path: string, located: () => Located): XlDataValidation {
  ctx.assertAlive(path);
  type Entry = NonNullable<SheetState['validations']>[number];
  const entry = (): Entry => {
    const { sheet, rect } = located();
    editable(sheet);
    const list = (sheet.validations ??= []);
    let e = list.find((v) => v.rect.top === rect.top && v.rect.left === rect.left && v.rect.bottom === rect.bottom && v.rect.right === rect.right);
    if (!e) list.push((e = { rect, formula1: null, operator: '', alert: null, ignoreBlanks: null }));
    return e;
  };
  const unreadable = (): never => {
    throw invalidArgument('the fake does not model reading data validation back; inspect the state');
  };
  return {
    get rule(): XlDataValidation['rule'] {
      return unreadable();
    },
    set rule(rule: XlDataValidation['rule']) {
      const r = checkKeys(rule, ['wholeNumber'], 'DataValidationRule (the fake models wholeNumber only)');
      const whole = checkKeys(r.wholeNumber, ['formula1', 'formula2', 'operator'], 'BasicDataValidation');
      check(typeof whole.formula1 === 'number' || (typeof whole.formula1 === 'string' && whole.formula1 !== ''), 'wholeNumber.formula1');
      check(VALIDATION_OPERATORS.includes(String(whole.operator)), `wholeNumber.operator ${String(whole.operator)}`);
      ctx.enqueue({ p: path, a: 'set', n: 'rule', v: rule }, () => void Object.assign(entry(), { formula1: whole.formula1, operator: String(whole.operator) }), true);
    },
    get errorAlert(): XlDataValidation['errorAlert'] {
      return unreadable();
    },
    set errorAlert(alert: XlDataValidation['errorAlert']) {
      const a = checkKeys(alert, ['message', 'showAlert', 'style', 'title'], 'DataValidationErrorAlert');
      check(typeof a.message === 'string' && typeof a.title === 'string' && typeof a.showAlert === 'boolean', 'errorAlert fields');
      check(ALERT_STYLES.includes(String(a.style)), `errorAlert.style ${String(a.style)}`);
      ctx.enqueue({ p: path, a: 'set', n: 'errorAlert', v: alert }, () => void (entry().alert = { ...alert }), true);
    },
    get ignoreBlanks(): boolean {
      return unreadable();
    },
    set ignoreBlanks(value: boolean) {
      check(typeof value === 'boolean', 'ignoreBlanks must be a boolean');
      ctx.enqueue({ p: path, a: 'set', n: 'ignoreBlanks', v: value }, () => void (entry().ignoreBlanks = value), true);
    },
  };
}

/**
 * ConditionalFormatCollection.add (ExcelApi 1.6) for the CellValue type: the format is created when
 * the add runs; its fill colour and rule are set by later operations on it.
 */
function addConditionalFormat(ctx: FakeContext, path: string, located: () => Located, type: string): XlConditionalFormat {
  check(type === 'CellValue', `the fake models conditional formats of type CellValue only, not ${type}`);
  const entry: { value?: SheetState['conditionalFormats'][number] } = {};
  const added = `${path}.add(${JSON.stringify(type)})`;
  ctx.enqueue({ p: path, a: 'call', n: 'add', v: [type] }, () => {
    const { sheet, rect } = located();
    editable(sheet);
    entry.value = { rect, formula1: '', operator: '', fill: null };
    sheet.conditionalFormats.push(entry.value);
  }, true);
  const target = (): SheetState['conditionalFormats'][number] => {
    if (!entry.value) throw officeError('InvalidObjectPath', `${added} was not added`);
    return entry.value;
  };
  const cellValue: XlCellValueConditionalFormat = {
    format: {
      fill: {
        get color(): string {
          throw invalidArgument('the fake does not model reading conditional formats back');
        },
        set color(color: string) {
          check(COLOR.test(color), `fill.color ${color}`);
          ctx.enqueue({ p: `${added}.cellValue.format.fill`, a: 'set', n: 'color', v: color }, () => void (target().fill = color.toUpperCase()), true);
        },
      },
    },
    get rule(): { formula1: string; operator: string } {
      throw invalidArgument('the fake does not model reading conditional formats back');
    },
    set rule(rule: { formula1: string; operator: string }) {
      const r = checkKeys(rule, ['formula1', 'formula2', 'operator'], 'ConditionalCellValueRule');
      check(typeof r.formula1 === 'string' && r.formula1 !== '', 'rule.formula1');
      check(CELL_VALUE_OPERATORS.includes(String(r.operator)), `rule.operator ${String(r.operator)}`);
      ctx.enqueue({ p: `${added}.cellValue`, a: 'set', n: 'rule', v: rule }, () => void Object.assign(target(), { formula1: rule.formula1, operator: rule.operator }), true);
    },
  };
  return { cellValue };
}
