/** Fake Workbook, Application and the request context handed to the batch of a run. */
import type { XlApplication, XlRequestContext, XlWorkbook } from '../../../../src/host/excel/office-api';
import type { FakeContext } from './engine';
import { invalidArgument, propertyNotLoaded } from './errors';
import { FakeNoteCollection } from './notes';
import { FakeWorksheetCollection } from './sheet';
import { FakeCommentCollection } from './comments';
import { FakeProtection } from './protection';

class FakeApplication implements XlApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue({ p: 'workbook.application', a: 'call', n: 'suspendApiCalculationUntilNextSync' }, () => undefined);
  }
}

export class FakeWorkbook implements XlWorkbook {
  private loadedName: string | undefined;
  constructor(private readonly ctx: FakeContext) {}

  get name(): string {
    if (this.loadedName === undefined) throw propertyNotLoaded('name', 'Workbook');
    return this.loadedName;
  }

  load(names?: string | string[]): this {
    const props = (Array.isArray(names) ? names : (names ?? '').split(',')).map((n) => n.trim()).filter((n) => n !== '');
    if (props.length !== 1 || props[0] !== 'name') throw invalidArgument(`the fake loads only Workbook.name, not ${JSON.stringify(names)}`);
    this.ctx.enqueue({ p: 'workbook', a: 'load', v: props }, () => {
      const name = this.ctx.state.name;
      return { data: { name }, apply: () => (this.loadedName = name) };
    });
    return this;
  }

  get worksheets(): FakeWorksheetCollection {
    return new FakeWorksheetCollection(this.ctx, 'workbook.worksheets');
  }

  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, 'workbook.notes', null);
  }

  get comments(): FakeCommentCollection {
    return new FakeCommentCollection(this.ctx, 'workbook.comments');
  }

  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, 'workbook.protection', () => this.ctx.state);
  }

  get application(): XlApplication {
    this.ctx.assertAlive('workbook.application');
    return new FakeApplication(this.ctx);
  }
}

export class FakeRequestContext implements XlRequestContext {
  readonly workbook: FakeWorkbook;
  constructor(private readonly ctx: FakeContext) {
    this.workbook = new FakeWorkbook(ctx);
  }
  sync(): Promise<void> {
    return this.ctx.sync();
  }
}
