/**
 * A strict fake of the Excel JavaScript API subset the host uses (src/host/excel/office-api.ts),
 * over an in-memory workbook. Like Office: a property read before `load` + `sync` throws
 * PropertyNotLoaded; a proxy used after its run ended throws InvalidObjectPath; a request or a
 * response over 5 MB fails (Excel on the web); a values array must match the range's shape; a
 * read over 5,000,000 cells fails; indexes of getRangeByIndexes are 0-based. It counts syncs and the
 * bytes of every request, and can fail on a chosen operation.
 */
import { cellAddress } from '../../../src/core/a1';
import type { CellValue, MergedArea } from '../../../src/core/snapshot';
import type { XlRequestContext, XlRun } from '../../../src/host/excel/office-api';
import { parseAddress } from './excel-fake/addresses';
import { Engine, FakeContext, type FailurePredicate, type OpRecord, type RequestStat } from './excel-fake/engine';
import { FAKE_AUTHOR } from './excel-fake/notes';
import { DEFAULT_STYLE, deserialize, extraAt, newSheet, noteKey, rowOf, serialize, styleAt, valueAt, type CellExtra, type SheetState, type StyleState, type WorkbookState } from './excel-fake/state';
import { FakeRequestContext } from './excel-fake/workbook';

export { FakeOfficeError } from './excel-fake/errors';
export type { OpRecord, RequestStat } from './excel-fake/engine';

export interface FakeSheetSpec {
  readonly name: string;
  /** values[r][c] from A1; `{ error }` makes an error cell. */
  readonly values?: readonly (readonly CellValue[])[];
  readonly merges?: readonly MergedArea[];
  /** 1-based */
  readonly hiddenRows?: readonly number[];
  readonly fills?: Readonly<Record<string, string>>;
  readonly notes?: Readonly<Record<string, string>>;
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Cells holding a formula whose result is an error (A1 → error), as opposed to a typed error constant. */
  readonly formulaErrors?: Readonly<Record<string, string>>;
  /** Cells holding a threaded comment (A1 → its text). */
  readonly threadedComments?: Readonly<Record<string, string>>;
  /** The sheet's cells are protected. */
  readonly protected?: boolean;
}

export class ExcelFake {
  readonly engine: Engine;

  constructor(state: WorkbookState = { name: '工作簿1.xlsx', sheets: [], nextId: 1, activeSheetId: null, selection: null }) {
    this.engine = new Engine(state);
  }

  static fromSheets(fileName: string, specs: readonly FakeSheetSpec[]): ExcelFake {
    const fake = new ExcelFake({ name: fileName, sheets: [], nextId: 1, activeSheetId: null, selection: null });
    for (const spec of specs) fake.addSheet(spec);
    return fake;
  }

  /** "Save and reopen": the workbook as a file would keep it, in a new fake with fresh counters. */
  reopen(): ExcelFake {
    return new ExcelFake(deserialize(serialize(this.engine.state)));
  }

  save(): string {
    return serialize(this.engine.state);
  }

  static open(saved: string): ExcelFake {
    return new ExcelFake(deserialize(saved));
  }

  /** Excel.run: one request context; pending operations are sent when the batch resolves; afterwards every proxy is dead. */
  readonly run: XlRun = async <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> => {
    this.engine.runs++;
    const ctx = new FakeContext(this.engine);
    try {
      const result = await batch(new FakeRequestContext(ctx));
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.end();
    }
  };

  // -- counters ---------------------------------------------------------------------------------

  get syncs(): number {
    return this.engine.syncs;
  }
  get requests(): readonly RequestStat[] {
    return this.engine.requests;
  }
  get maxRequestBytes(): number {
    return this.engine.requests.reduce((m, r) => Math.max(m, r.requestBytes), 0);
  }
  get maxResponseBytes(): number {
    return this.engine.requests.reduce((m, r) => Math.max(m, r.responseBytes), 0);
  }
  resetCounters(): void {
    this.engine.requests.length = 0;
    this.engine.runs = 0;
    this.engine.writeBatchesWithoutSuspend = 0;
  }
  /** Fails the first operation for which `when` is true (GeneralException), e.g. the N-th from now. */
  failWhen(when: FailurePredicate): void {
    this.engine.failWhen(when);
  }
  failAtOperation(n: number): void {
    const start = this.engine.executedOperations;
    this.engine.failWhen((_: OpRecord, index: number) => index === start + n);
  }

  // -- building and inspecting the workbook -----------------------------------------------------

  get state(): WorkbookState {
    return this.engine.state;
  }

  addSheet(spec: FakeSheetSpec): SheetState {
    const state = this.engine.state;
    const sheet = newSheet(state.nextId++, spec.name);
    sheet.visibility = spec.visibility ?? 'Visible';
    (spec.values ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cells = rowOf(sheet, r, true);
        // Excel calculates every formula: an uncached formula (a file's state, not Excel's) has no equivalent.
        if (typeof v === 'object' && 'formula' in v) return;
        if (typeof v === 'object') {
          cells.v[c] = v.error;
          (cells.x ??= new Map()).set(c, { error: v.error });
        } else cells.v[c] = v;
      }),
    );
    for (const [a1, error] of Object.entries(spec.formulaErrors ?? {})) {
      const at = parseAddress(a1);
      const cells = rowOf(sheet, at.top, true);
      cells.v[at.left] = error;
      (cells.x ??= new Map()).set(at.left, { error, formula: '=1/0' });
    }
    sheet.merges = (spec.merges ?? []).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
    sheet.hiddenRows = new Set((spec.hiddenRows ?? []).map((r) => r - 1));
    for (const [a1, color] of Object.entries(spec.fills ?? {})) {
      const at = parseAddress(a1);
      const cells = rowOf(sheet, at.top, true);
      cells.s[at.left] = Object.freeze({ ...(cells.s[at.left] ?? DEFAULT_STYLE), fill: color.toUpperCase() });
    }
    for (const [a1, content] of Object.entries(spec.notes ?? {})) {
      const at = parseAddress(a1);
      sheet.notes.set(noteKey(at.top, at.left), { content, author: FAKE_AUTHOR });
    }
    for (const [a1, content] of Object.entries(spec.threadedComments ?? {})) {
      const at = parseAddress(a1);
      sheet.threaded.set(noteKey(at.top, at.left), { id: `thread-${sheet.id}-${a1}`, content });
    }
    sheet.protected = spec.protected ?? false;
    state.sheets = [...state.sheets, sheet];
    if (state.activeSheetId === null && sheet.visibility === 'Visible') state.activeSheetId = sheet.id;
    return sheet;
  }

  /** Protects (or unprotects) the workbook's structure. */
  protectStructure(on = true): void {
    this.engine.state.protected = on;
  }

  sheetNames(): string[] {
    return this.engine.state.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetState {
    const s = this.engine.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name} in the fake (has ${this.sheetNames().join(', ')})`);
    return s;
  }

  hasSheet(name: string): boolean {
    return this.engine.state.sheets.some((x) => x.name === name);
  }

  value(sheet: string, a1: string): string | number | boolean | null {
    const at = parseAddress(a1);
    return valueAt(this.sheet(sheet), at.top, at.left);
  }

  style(sheet: string, a1: string): StyleState {
    const at = parseAddress(a1);
    return styleAt(this.sheet(sheet), at.top, at.left);
  }

  extra(sheet: string, a1: string): CellExtra | undefined {
    const at = parseAddress(a1);
    return extraAt(this.sheet(sheet), at.top, at.left);
  }

  fill(sheet: string, a1: string): string | null {
    return this.style(sheet, a1).fill;
  }

  note(sheet: string, a1: string): string | null {
    const at = parseAddress(a1);
    return this.sheet(sheet).notes.get(noteKey(at.top, at.left))?.content ?? null;
  }

  /** Values of a sheet as a 1-based-free grid (rows × the widest row), empty cells null. */
  grid(sheet: string): (string | number | boolean | null)[][] {
    const s = this.sheet(sheet);
    const width = s.rows.reduce((w, row) => Math.max(w, row?.v.length ?? 0), 0);
    return Array.from({ length: s.rows.length }, (_, r) => Array.from({ length: width }, (_, c) => valueAt(s, r, c)));
  }

  /** Every cell holding a formula, as `Sheet!A1` (the host must never write one). */
  formulaCells(): string[] {
    const out: string[] = [];
    for (const s of this.engine.state.sheets) s.rows.forEach((row, r) => row?.x?.forEach((x, c) => x.formula && out.push(`${s.name}!${cellAddress(r + 1, c + 1)}`)));
    return out;
  }
}
