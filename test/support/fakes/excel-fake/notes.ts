/** Fake NoteCollection (workbook- or worksheet-wide) and Note (ExcelApi 1.18). */
import type { XlNote, XlNoteCollection } from '../../../../src/host/excel/office-api';
import { parseAddress } from './addresses';
import type { FakeContext, LoadOutcome } from './engine';
import { invalidArgument, itemNotFound, officeError, propertyNotLoaded } from './errors';
import { FakeProxy, quoteArg } from './proxy';
import { FakeRange } from './range';
import { noteKey, type SheetState } from './state';
import { editable } from './protection';

const NOTE_PROPS = ['content', 'authorName'];
export const FAKE_AUTHOR = '测试用户';

interface NoteTarget {
  readonly sheet: SheetState;
  readonly row: number;
  readonly col: number;
}

function cellOf(address: string): { row: number; col: number } {
  const r = parseAddress(address);
  if (r.top !== r.bottom || r.left !== r.right) throw officeError('InvalidCellAddress', `${address} is not a single cell`);
  return { row: r.top, col: r.left };
}

/** `sheetOf` null: the workbook-wide collection, whose keys are sheet-qualified ("Sheet1!B7"). */
export class FakeNoteCollection implements XlNoteCollection {
  private loadedItems: FakeNote[] | undefined;

  constructor(
    private readonly ctx: FakeContext,
    private readonly path: string,
    private readonly sheetOf: (() => SheetState) | null,
  ) {
    ctx.assertAlive(path);
  }

  private sheets(): SheetState[] {
    return this.sheetOf ? [this.sheetOf()] : this.ctx.state.sheets;
  }

  private resolveKey(key: string): NoteTarget | null {
    if (this.sheetOf) {
      const { row, col } = cellOf(key);
      return { sheet: this.sheetOf(), row, col };
    }
    const bang = key.lastIndexOf('!');
    if (bang < 0) throw invalidArgument(`workbook.notes needs a sheet-qualified address, got ${key}`);
    const name = key.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const sheet = this.ctx.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) return null;
    const { row, col } = cellOf(key.slice(bang + 1));
    return { sheet, row, col };
  }

  get items(): FakeNote[] {
    if (!this.loadedItems) throw propertyNotLoaded('items', 'NoteCollection');
    return this.loadedItems;
  }

  load(names?: string | string[]): this {
    const props = (Array.isArray(names) ? names : (names ?? '').split(',')).map((n) => n.trim().replace(/^items\//, '')).filter((n) => n !== '');
    if (props.length === 0) throw invalidArgument('load() on NoteCollection without property names');
    for (const p of props) if (!NOTE_PROPS.includes(p)) throw invalidArgument(`The property '${p}' of Note cannot be loaded`);
    this.ctx.enqueue({ p: this.path, a: 'load', v: props }, (): LoadOutcome => {
      const found: { target: NoteTarget; data: Record<string, unknown> }[] = [];
      for (const sheet of this.sheets()) {
        for (const [key, note] of sheet.notes) {
          const target = { sheet, row: Math.floor(key / 16_384), col: key % 16_384 };
          found.push({ target, data: Object.fromEntries(props.map((p) => [p, p === 'content' ? note.content : note.author])) });
        }
      }
      return {
        data: found.map((f) => f.data),
        apply: () => {
          this.loadedItems = found.map(({ target, data }) => {
            const note = new FakeNote(this.ctx, `${this.path}.items`, () => target, false);
            for (const [k, v] of Object.entries(data)) note.seed(k, v);
            return note;
          });
        },
      };
    });
    return this;
  }

  add(cellAddress: string, content: string): FakeNote {
    if (!this.sheetOf) throw invalidArgument('the fake models notes.add on a worksheet only');
    if (typeof content !== 'string') throw invalidArgument('note content must be text');
    const { row, col } = cellOf(cellAddress);
    const sheetOf = this.sheetOf;
    this.ctx.enqueue(
      { p: this.path, a: 'call', n: 'add', v: [cellAddress, content] },
      () => {
        const sheet = sheetOf();
        editable(sheet);
        if (sheet.notes.has(noteKey(row, col))) throw officeError('InvalidOperation', `The cell ${cellAddress} already has a note.`);
        // A cell holds a note or a threaded comment, not both (comments.ts).
        if (sheet.threaded.has(noteKey(row, col))) throw officeError('InvalidOperation', `The cell ${cellAddress} holds a threaded comment; it cannot also hold a note.`);
        sheet.notes.set(noteKey(row, col), { content, author: FAKE_AUTHOR });
      },
      true,
    );
    return new FakeNote(this.ctx, `${this.path}.add(${quoteArg(cellAddress)})`, () => ({ sheet: sheetOf(), row, col }), false);
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.ctx, `${this.path}.getItemOrNullObject(${quoteArg(key)})`, () => this.resolveKey(key), true);
  }
}

export class FakeNote extends FakeProxy<NoteTarget> implements XlNote {
  protected readonly type = 'Note';
  protected readonly loadable = NOTE_PROPS;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly where: () => NoteTarget | null,
    orNull: boolean,
  ) {
    super(ctx, path, orNull);
  }

  protected locate(): NoteTarget | null {
    const t = this.where();
    const exists = t !== null && t.sheet.notes.has(noteKey(t.row, t.col));
    if (!exists && !this.orNull) throw itemNotFound(`note ${this.path}`);
    return exists ? t : null;
  }

  protected property(t: NoteTarget, name: string): unknown {
    const note = t.sheet.notes.get(noteKey(t.row, t.col));
    return name === 'content' ? note?.content : note?.author;
  }

  get content(): string {
    return this.read('content');
  }
  set content(text: string) {
    this.write('content', text, (t) => {
      editable(t.sheet);
      if (typeof text !== 'string') throw invalidArgument('note content must be text');
      t.sheet.notes.set(noteKey(t.row, t.col), { content: text, author: t.sheet.notes.get(noteKey(t.row, t.col))?.author ?? FAKE_AUTHOR });
    });
  }

  delete(): void {
    this.invoke('delete', [], (t) => {
      editable(t.sheet);
      t.sheet.notes.delete(noteKey(t.row, t.col));
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getLocation()`, () => this.target().sheet, {
      kind: 'computed',
      rect: () => {
        const t = this.target();
        return { top: t.row, bottom: t.row, left: t.col, right: t.col };
      },
    });
  }
}

