/** Fake Worksheet, WorksheetCollection and the worksheet's page layout, freeze panes and page breaks. */
import type { XlFreezePanes, XlPageBreakCollection, XlPageLayout, XlPageLayoutUpdate, XlWorksheet, XlWorksheetCollection } from '../../../../src/host/excel/office-api';
import { parseAddress } from './addresses';
import type { FakeContext, LoadOutcome } from './engine';
import { invalidArgument, itemNotFound, officeError, propertyNotLoaded } from './errors';
import { FakeNoteCollection } from './notes';
import { FakeProxy, quoteArg } from './proxy';
import { FakeRange, FakeRangeAreas } from './range';
import { newSheet, type SheetState } from './state';
import { FakeProtection, structureEditable } from './protection';

const SHEET_PROPS = ['name', 'visibility', 'tabColor', 'position'];
const VISIBILITY = ['Visible', 'Hidden', 'VeryHidden'];
const PAPER = ['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5'];
const BAD_NAME = /[:\\/?*[\]]/;
export const RANGES_ADDRESS_LIMIT = 8192;

/** How a worksheet proxy finds its sheet: by id once known (a rename does not lose it), else by name. */
export interface SheetLocator {
  id?: number;
  readonly name?: string;
}

export function findSheet(ctx: FakeContext, loc: SheetLocator, orNull: boolean): SheetState | null {
  const sheets = ctx.state.sheets;
  const found = loc.id !== undefined ? sheets.find((s) => s.id === loc.id) : sheets.find((s) => s.name.toLowerCase() === (loc.name ?? '').toLowerCase());
  if (!found && !orNull) throw itemNotFound(`worksheet ${loc.name ?? `#${loc.id}`}`);
  if (found) loc.id = found.id;
  return found ?? null;
}

export function checkSheetName(ctx: FakeContext, name: unknown, except?: SheetState): string {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`The sheet name ${JSON.stringify(name)} is not valid.`);
  }
  if (ctx.state.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
    throw officeError('ItemAlreadyExists', `A worksheet named ${name} already exists.`);
  }
  return name;
}

function visibleCount(ctx: FakeContext): number {
  return ctx.state.sheets.filter((s) => s.visibility === 'Visible').length;
}

export class FakeWorksheet extends FakeProxy<SheetState> implements XlWorksheet {
  protected readonly type = 'Worksheet';
  protected readonly loadable = SHEET_PROPS;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly locator: SheetLocator,
    orNull = false,
  ) {
    super(ctx, path, orNull);
  }

  protected locate(): SheetState | null {
    return findSheet(this.ctx, this.locator, this.orNull);
  }

  protected property(t: SheetState, name: string): unknown {
    if (name === 'position') return this.ctx.state.sheets.indexOf(t);
    return t[name as 'name' | 'visibility' | 'tabColor'];
  }

  private sheet = (): SheetState => this.target();

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.write('name', name, (t) => {
      structureEditable(this.ctx.state);
      t.name = checkSheetName(this.ctx, name, t);
    });
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    if (!VISIBILITY.includes(v)) throw invalidArgument(`visibility ${v}`);
    this.write('visibility', v, (t) => {
      structureEditable(this.ctx.state);
      if (t.visibility === 'Visible' && v !== 'Visible' && visibleCount(this.ctx) === 1) throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      t.visibility = v as SheetState['visibility'];
    });
  }
  get position(): number {
    return this.read('position');
  }
  set position(index: number) {
    this.write('position', index, (t) => {
      structureEditable(this.ctx.state);
      const sheets = this.ctx.state.sheets;
      if (!Number.isInteger(index) || index < 0 || index >= sheets.length) throw invalidArgument(`position ${index} is outside 0…${sheets.length - 1}`);
      const rest = sheets.filter((s) => s !== t);
      this.ctx.state.sheets = [...rest.slice(0, index), t, ...rest.slice(index)];
    });
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(color: string) {
    if (color !== '' && !/^#[0-9A-Fa-f]{6}$/.test(color)) throw invalidArgument(`tabColor ${color}`);
    this.write('tabColor', color, (t) => (t.tabColor = color.toUpperCase()));
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.ctx, `${this.path}.pageLayout`, this.sheet);
  }
  get freezePanes(): XlFreezePanes {
    return new FakeFreezePanes(this.ctx, `${this.path}.freezePanes`, this.sheet);
  }
  get horizontalPageBreaks(): XlPageBreakCollection {
    const path = `${this.path}.horizontalPageBreaks`;
    this.ctx.assertAlive(path);
    return {
      add: (at: string): void =>
        this.ctx.enqueue(
          { p: path, a: 'call', n: 'add', v: [at] },
          () => {
            const row = parseAddress(at).top;
            if (row === 0) throw invalidArgument('a page break cannot be above row 1');
            const t = this.sheet();
            const breaks = t.pageBreaks;
            if (breaks.length === 0 || row > breaks[breaks.length - 1]) breaks.push(row);
            else if (!breaks.includes(row)) {
              breaks.push(row);
              breaks.sort((a, b) => a - b);
            }
          },
          true,
        ),
    };
  }
  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, `${this.path}.notes`, this.sheet);
  }
  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, `${this.path}.protection`, this.sheet);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange(${address === undefined ? '' : quoteArg(address)})`, this.sheet, { kind: 'address', address });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, this.sheet, { kind: 'indexes', row: startRow, col: startColumn, rows: rowCount, cols: columnCount });
  }

  getRanges(address?: string): FakeRangeAreas {
    if (address === undefined) throw invalidArgument('the fake models getRanges with an address only');
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getRanges(${quoteArg(address)})`,
      () => {
        // Excel rejects long multi-area addresses (OfficeDev/office-js#5198: failures from about 8,200 characters).
        if (address.length > RANGES_ADDRESS_LIMIT) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (getRanges address of ${address.length} characters)`);
        const sheet = this.sheet();
        return address.split(',').map((a) => ({ sheet, rect: parseAddress(a) }));
      },
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, this.sheet, { kind: 'used', valuesOnly }, true);
  }

  activate(): void {
    this.invoke(
      'activate',
      [],
      (t) => {
        if (t.visibility !== 'Visible') throw officeError('InvalidOperation', 'Cannot activate a hidden worksheet.');
        this.ctx.state.activeSheetId = t.id;
      },
      false,
    );
  }

  delete(): void {
    this.invoke('delete', [], (t) => {
      structureEditable(this.ctx.state);
      if (t.visibility === 'Visible' && visibleCount(this.ctx) === 1) throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      const state = this.ctx.state;
      state.sheets = state.sheets.filter((s) => s !== t);
      if (state.activeSheetId === t.id) state.activeSheetId = state.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
    });
  }
}

export class FakeWorksheetCollection implements XlWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(
    private readonly ctx: FakeContext,
    private readonly path: string,
  ) {
    ctx.assertAlive(path);
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded('items', 'WorksheetCollection');
    return this.loadedItems;
  }

  load(names?: string | string[]): this {
    const props = (Array.isArray(names) ? names : (names ?? '').split(',')).map((n) => n.trim().replace(/^items\//, '')).filter((n) => n !== '');
    if (props.length === 0) throw invalidArgument('load() on WorksheetCollection without property names');
    for (const p of props) if (!SHEET_PROPS.includes(p)) throw invalidArgument(`The property '${p}' of Worksheet cannot be loaded`);
    this.ctx.enqueue({ p: this.path, a: 'load', v: props }, (): LoadOutcome => {
      const rows = this.ctx.state.sheets.map((s, i) => ({ id: s.id, data: Object.fromEntries(props.map((p) => [p, p === 'position' ? i : s[p as 'name']])) }));
      return {
        data: rows.map((r) => r.data),
        apply: () => {
          this.loadedItems = rows.map(({ id, data }) => {
            const ws = new FakeWorksheet(this.ctx, `${this.path}.items[#${id}]`, { id });
            for (const [k, v] of Object.entries(data)) ws.seed(k, v);
            return ws;
          });
        },
      };
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.getItem(${quoteArg(key)})`, { name: key });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.getItemOrNullObject(${quoteArg(key)})`, { name: key }, true);
  }

  add(name?: string): FakeWorksheet {
    const locator: SheetLocator = {};
    this.ctx.enqueue(
      { p: this.path, a: 'call', n: 'add', v: [name] },
      () => {
        const state = this.ctx.state;
        structureEditable(state);
        let chosen = name;
        for (let i = state.sheets.length + 1; chosen === undefined; i++) if (!state.sheets.some((s) => s.name === `Sheet${i}`)) chosen = `Sheet${i}`;
        const sheet = newSheet(state.nextId++, checkSheetName(this.ctx, chosen));
        state.sheets = [...state.sheets, sheet];
        locator.id = sheet.id;
      },
      true,
    );
    return new FakeWorksheet(this.ctx, `${this.path}.add(${name === undefined ? '' : quoteArg(name)})`, locator);
  }
}

export class FakePageLayout implements XlPageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly path: string,
    private readonly sheet: () => SheetState,
  ) {
    ctx.assertAlive(path);
  }

  private queue(name: string, args: unknown[], apply: (s: SheetState) => void): void {
    this.ctx.enqueue({ p: this.path, a: 'call', n: name, v: args }, () => {
      apply(this.sheet());
    }, true);
  }

  get headersFooters(): { readonly defaultForAllPages: { centerFooter: string } } {
    const path = `${this.path}.headersFooters.defaultForAllPages`;
    const ctx = this.ctx;
    const sheet = this.sheet;
    ctx.assertAlive(path);
    return {
      defaultForAllPages: {
        get centerFooter(): string {
          throw propertyNotLoaded('centerFooter', 'HeaderFooter');
        },
        set centerFooter(text: string) {
          if (typeof text !== 'string') throw invalidArgument('centerFooter must be text');
          ctx.enqueue({ p: path, a: 'set', n: 'centerFooter', v: text }, () => {
            sheet().pageLayout.centerFooter = text;
          }, true);
        },
      },
    };
  }

  set(properties: XlPageLayoutUpdate): void {
    const allowed = ['orientation', 'paperSize', 'topMargin', 'bottomMargin', 'leftMargin', 'rightMargin', 'headerMargin', 'footerMargin', 'centerHorizontally', 'zoom', 'firstPageNumber'];
    for (const [k, v] of Object.entries(properties)) {
      if (!allowed.includes(k)) throw invalidArgument(`PageLayout.set: unknown property ${k}`);
      if (k === 'orientation' && v !== 'Portrait' && v !== 'Landscape') throw invalidArgument(`orientation ${String(v)}`);
      if (k === 'paperSize' && !PAPER.includes(String(v))) throw invalidArgument(`paperSize ${String(v)}`);
      if (k.endsWith('Margin') && (typeof v !== 'number' || v < 0 || v > 1000)) throw invalidArgument(`${k} must be points ≥ 0`);
      // Excel.PageLayout.firstPageNumber: "The worksheet's first page number to print. A null value represents 'auto' page numbering." (a number, or "").
      if (k === 'firstPageNumber' && v !== '' && (typeof v !== 'number' || !Number.isInteger(v) || v < 0)) throw invalidArgument(`firstPageNumber ${String(v)}`);
      if (k === 'zoom') {
        const z = v as Record<string, unknown>;
        for (const zk of Object.keys(z)) if (!['horizontalFitToPages', 'verticalFitToPages', 'scale'].includes(zk)) throw invalidArgument(`zoom.${zk}`);
        if (z.scale !== undefined && (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined)) throw invalidArgument('zoom: scale or fit-to-pages, not both');
      }
    }
    this.queue('set', [properties], (s) => Object.assign(s.pageLayout, properties));
  }

  setPrintArea(printArea: string): void {
    this.queue('setPrintArea', [printArea], (s) => {
      parseAddress(printArea);
      s.pageLayout.printArea = printArea;
    });
  }

  setPrintTitleRows(rows: string): void {
    this.queue('setPrintTitleRows', [rows], (s) => {
      const r = parseAddress(rows);
      if (r.left !== 0 || r.right !== 16_383) throw invalidArgument(`print title rows must be whole rows, got ${rows}`);
      s.pageLayout.printTitleRows = rows;
    });
  }

  /** Excel.PageLayout.setPrintTitleColumns(printTitleColumns: Range | string): whole columns, e.g. "$A:$B". */
  setPrintTitleColumns(columns: string): void {
    this.queue('setPrintTitleColumns', [columns], (s) => {
      const r = parseAddress(columns);
      if (r.top !== 0 || r.bottom !== 1_048_575) throw invalidArgument(`print title columns must be whole columns, got ${columns}`);
      s.pageLayout.printTitleColumns = columns;
    });
  }
}

class FakeFreezePanes implements XlFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly path: string,
    private readonly sheet: () => SheetState,
  ) {
    ctx.assertAlive(path);
  }

  private queue(name: string, args: unknown[], freeze: () => { rows: number; columns: number }): void {
    this.ctx.enqueue({ p: this.path, a: 'call', n: name, v: args }, () => {
      this.sheet().freeze = freeze();
    }, true);
  }

  freezeAt(range: string): void {
    this.queue('freezeAt', [range], () => {
      const r = parseAddress(range);
      return { rows: r.bottom + 1, columns: r.right + 1 };
    });
  }
  freezeRows(count = 1): void {
    this.queue('freezeRows', [count], () => ({ rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.queue('freezeColumns', [count], () => ({ rows: 0, columns: count }));
  }
}
