/**
 * Threaded comments (ExcelApi 1.10): the workbook's CommentCollection, loadable by `items/id` and
 * `items/content`, each comment's cell through getLocation(). A cell holds a note or a threaded
 * comment, never both (Excel's "Comments and notes" model), so NoteCollection.add refuses a cell
 * that holds a thread (notes.ts).
 */
import type { XlComment, XlCommentCollection } from '../../../../src/host/excel/office-api';
import type { FakeContext, LoadOutcome } from './engine';
import { invalidArgument, propertyNotLoaded } from './errors';
import { FakeProxy } from './proxy';
import { FakeRange } from './range';
import type { SheetState } from './state';

const COMMENT_PROPS = ['id', 'content'];

interface CommentTarget {
  readonly sheet: SheetState;
  readonly key: number;
}

export class FakeCommentCollection implements XlCommentCollection {
  private loadedItems: FakeComment[] | undefined;
  constructor(
    private readonly ctx: FakeContext,
    private readonly path: string,
  ) {
    ctx.assertAlive(path);
  }

  get items(): FakeComment[] {
    if (!this.loadedItems) throw propertyNotLoaded('items', 'CommentCollection');
    return this.loadedItems;
  }

  load(names?: string | string[]): this {
    const props = (Array.isArray(names) ? names : (names ?? '').split(',')).map((n) => n.trim().replace(/^items\//, '')).filter((n) => n !== '');
    if (props.length === 0) throw invalidArgument('load() on CommentCollection without property names');
    for (const p of props) if (!COMMENT_PROPS.includes(p)) throw invalidArgument(`The property '${p}' of Comment cannot be loaded`);
    this.ctx.enqueue({ p: this.path, a: 'load', v: props }, (): LoadOutcome => {
      const found: { target: CommentTarget; data: Record<string, unknown> }[] = [];
      for (const sheet of this.ctx.state.sheets) {
        for (const [key, thread] of sheet.threaded) found.push({ target: { sheet, key }, data: Object.fromEntries(props.map((p) => [p, p === 'id' ? thread.id : thread.content])) });
      }
      return {
        data: found.map((f) => f.data),
        apply: () => {
          this.loadedItems = found.map(({ target, data }, i) => {
            const comment = new FakeComment(this.ctx, `${this.path}.items[${i}]`, target);
            for (const [k, v] of Object.entries(data)) comment.seed(k, v);
            return comment;
          });
        },
      };
    });
    return this;
  }
}

export class FakeComment extends FakeProxy<CommentTarget> implements XlComment {
  protected readonly type = 'Comment';
  protected readonly loadable = COMMENT_PROPS;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly where: CommentTarget,
  ) {
    super(ctx, path);
  }

  protected locate(): CommentTarget {
    return this.where;
  }

  protected property(t: CommentTarget, name: string): unknown {
    const thread = t.sheet.threaded.get(t.key);
    return name === 'id' ? thread?.id : thread?.content;
  }

  get id(): string {
    return this.read('id');
  }

  getLocation(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getLocation()`, () => this.where.sheet, {
      kind: 'computed',
      rect: () => {
        const row = Math.floor(this.where.key / 16_384);
        const col = this.where.key % 16_384;
        return { top: row, bottom: row, left: col, right: col };
      },
    });
  }
}
