/**
 * Protection in the fake: WorkbookProtection (ExcelApi 1.7, the structure: sheets cannot be
 * added, deleted, moved, renamed, hidden) and WorksheetProtection (ExcelApi 1.2, the cells: no
 * value, format, merge, note or link may change). Both refuse the edit when it runs (the request
 * fails there), as Excel does for a protected sheet.
 */
import type { XlProtection } from '../../../../src/host/excel/office-api';
import type { FakeContext } from './engine';
import { accessDenied, invalidArgument } from './errors';
import { FakeProxy } from './proxy';
import type { SheetState, WorkbookState } from './state';

/** Throws when the sheet's cells are protected. */
export function editable(sheet: SheetState): void {
  if (sheet.protected) throw accessDenied(`the worksheet '${sheet.name}'`);
}

/** Throws when the workbook's structure is protected. */
export function structureEditable(state: WorkbookState): void {
  if (state.protected) throw accessDenied('the workbook structure');
}

export class FakeProtection extends FakeProxy<{ protected: boolean }> implements XlProtection {
  protected readonly type = 'Protection';
  protected readonly loadable = ['protected'];

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly of: () => { protected?: boolean },
  ) {
    super(ctx, path);
  }

  protected locate(): { protected: boolean } {
    return { protected: this.of().protected === true };
  }

  protected property(t: { protected: boolean }): unknown {
    return t.protected;
  }

  get protected(): boolean {
    return this.read('protected');
  }

  /**
   * WorksheetProtection.protect(options?, password?) (ExcelApi 1.2, @types/office-js): protects
   * when the request runs; protecting an already protected sheet fails (Excel refuses to change
   * the options of a protected sheet without unprotecting it first).
   */
  protect(options?: unknown, password?: string): void {
    if (options !== undefined || password !== undefined) throw invalidArgument('the fake models protect() without options or password only');
    this.ctx.enqueue({ p: this.path, a: 'call', n: 'protect', v: [] }, () => {
      const target = this.of();
      if (target.protected === true) throw accessDenied('an already protected worksheet');
      target.protected = true;
    }, true);
  }
}
