/** Fake Workbook, Application and the request context handed to the batch of a run. */
import type { XlApplication, XlSelectedAreas, XlRequestContext, XlWorkbook } from '../../../../src/host/excel/office-api';
import { FakeProxy } from './proxy';
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

  /** The selection as RangeAreas (ExcelApi 1.9): only `address` loads; with nothing selected, A1 of the active sheet, as in Excel. */
  getSelectedRanges(): FakeSelectedRanges {
    return new FakeSelectedRanges(this.ctx, 'workbook.getSelectedRanges()');
  }

  get application(): XlApplication {
    this.ctx.assertAlive('workbook.application');
    return new FakeApplication(this.ctx);
  }
}

class FakeSelectedRanges extends FakeProxy<{ address: string }> implements XlSelectedAreas {
  protected readonly type = 'RangeAreas';
  protected readonly loadable = ['address'] as const;
  get address(): string {
    return this.read('address');
  }
  protected locate(): { address: string } {
    const state = this.ctx.state;
    const sheetId = state.selection?.sheetId ?? state.activeSheetId;
    const sheet = state.sheets.find((s) => s.id === sheetId);
    if (!sheet) throw invalidArgument('getSelectedRanges: no active worksheet');
    const quoted = /^[\p{L}\p{N}_]+$/u.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
    const areas = (state.selection?.sheetId === sheet.id ? state.selection.address : 'A1').split(',');
    return { address: areas.map((a) => `${quoted}!${a}`).join(',') };
  }
  protected property(target: { address: string }, name: string): unknown {
    return name === 'address' ? target.address : undefined;
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
