/**
 * A test transport for the real Office.js client (client.ts): it records the exact request text of
 * every request and answers it from the strict fake's in-memory workbook, for the paths the host's
 * write takes. The reply format is not documented; it is what the client reads back
 * (OfficeExtension's response handling): `{ Results: [{ ActionId, Value }] }`, where an Instantiate
 * action's Value is null for a null object or `{ _ReferenceId }`, and a Query's Value holds the
 * selected properties in PascalCase, a collection's items under `_Items`.
 *
 * Writes (SetProperty, methods) are acknowledged, not applied: the same plan is applied to a fake
 * elsewhere, and the fake checks what a write does. Anything the transport cannot answer throws, so
 * a test never passes on an answer it made up.
 */
import type { ExcelFake } from '../fakes/excel-fake';
import { usedRect, valueAt } from '../fakes/excel-fake/state';

export interface CapturedRequest {
  readonly text: string;
  /** UTF-8 bytes of the request text. */
  readonly bytes: number;
  /** The client's clean-up request after a run (only _RemoveReference actions): not a sync of the host's. */
  readonly cleanup: boolean;
}

interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { readonly Arguments?: readonly unknown[] };
}

interface Action {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly QueryInfo?: { readonly Select?: readonly string[] };
}

interface RequestBody {
  readonly Actions?: readonly Action[];
  readonly ObjectPaths?: Readonly<Record<string, ObjectPathInfo>>;
}

/** What an object path stands for, as far as the answers need it. */
type Target =
  | { readonly kind: 'workbook' }
  | { readonly kind: 'worksheets' }
  | { readonly kind: 'worksheet'; readonly name: string; readonly orNull: boolean }
  | { readonly kind: 'protection'; readonly sheet: string | null }
  | { readonly kind: 'comments' }
  | { readonly kind: 'usedRange'; readonly sheet: string; readonly valuesOnly: boolean }
  | { readonly kind: 'other'; readonly what: string };

/** Object paths (by property name) that are collections: a query on them answers `_Items`. */
const COLLECTIONS = new Set(['Worksheets', 'Comments']);
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;
const PATH = { global: 1, method: 3, property: 4, indexer: 5, reference: 6 } as const;

export class FakeWorkbookTransport {
  readonly requests: CapturedRequest[] = [];
  private readonly references = new Map<string, Target>();
  private nextReference = 1;

  constructor(private readonly fake: ExcelFake) {}

  /** The host's syncs: every request but the clean-up ones. */
  get syncRequests(): CapturedRequest[] {
    return this.requests.filter((r) => !r.cleanup);
  }

  readonly handle = async (text: string): Promise<string> => {
    const body = JSON.parse(text) as RequestBody;
    const actions = body.Actions ?? [];
    const cleanup = actions.length > 0 && actions.every((a) => a.ActionType === ACTION.instantiate || a.Name === '_RemoveReference');
    this.requests.push({ text, bytes: Buffer.byteLength(text, 'utf8'), cleanup });
    const paths = body.ObjectPaths ?? {};
    const resolved = new Map<number, Target>();
    const resolve = (id: number): Target => {
      const known = resolved.get(id);
      if (known) return known;
      const info = paths[String(id)];
      if (!info) throw new Error(`request names object path ${id} but does not define it`);
      const target = this.target(info, info.ParentObjectPathId === undefined ? null : resolve(info.ParentObjectPathId));
      resolved.set(id, target);
      return target;
    };
    const results = actions.map((a) => ({ ActionId: a.Id, Value: this.answer(a, resolve(a.ObjectPathId)) }));
    await Promise.resolve();
    return JSON.stringify({ Results: results });
  };

  private target(info: ObjectPathInfo, parent: Target | null): Target {
    const args = info.ArgumentInfo?.Arguments ?? [];
    switch (info.ObjectPathType) {
      case PATH.global:
        return { kind: 'workbook' };
      case PATH.reference: {
        const t = this.references.get(info.Name);
        if (!t) throw new Error(`unknown reference ${info.Name}`);
        return t;
      }
      case PATH.property:
        if (parent?.kind === 'workbook' && info.Name === 'Worksheets') return { kind: 'worksheets' };
        if (parent?.kind === 'workbook' && info.Name === 'Protection') return { kind: 'protection', sheet: null };
        if (parent?.kind === 'workbook' && info.Name === 'Comments') return { kind: 'comments' };
        if (parent?.kind === 'worksheet' && info.Name === 'Protection') return { kind: 'protection', sheet: parent.name };
        return { kind: 'other', what: `${describe(parent)}.${info.Name}` };
      case PATH.indexer:
        if (parent?.kind === 'worksheets') return { kind: 'worksheet', name: String(args[0]), orNull: false };
        return { kind: 'other', what: `${describe(parent)}[${JSON.stringify(args)}]` };
      case PATH.method:
        if (parent?.kind === 'worksheets' && (info.Name === 'GetItem' || info.Name === 'GetItemOrNullObject' || info.Name === 'Add')) {
          return { kind: 'worksheet', name: String(args[0]), orNull: info.Name === 'GetItemOrNullObject' };
        }
        if (parent?.kind === 'worksheet' && info.Name === 'GetUsedRangeOrNullObject') return { kind: 'usedRange', sheet: parent.name, valuesOnly: args[0] === true };
        return { kind: 'other', what: `${describe(parent)}.${info.Name}(${JSON.stringify(args).slice(1, -1).slice(0, 40)})` };
      default:
        throw new Error(`object path type ${info.ObjectPathType} is not answered by this transport`);
    }
  }

  private answer(a: Action, t: Target): unknown {
    if (a.ActionType === ACTION.instantiate) {
      if (this.isNull(t)) return null;
      const reference = `ref${this.nextReference++}`;
      this.references.set(reference, t);
      return { _ReferenceId: reference };
    }
    if (a.ActionType === ACTION.query) return this.query(t, a.QueryInfo?.Select ?? []);
    // SetProperty and methods: acknowledged (the same plan is applied to a fake elsewhere).
    return null;
  }

  private sheet(name: string): ReturnType<ExcelFake['sheet']> | null {
    return this.fake.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  private isNull(t: Target): boolean {
    if (t.kind === 'worksheet') return t.orNull && this.sheet(t.name) === null;
    if (t.kind === 'usedRange') {
      const sheet = this.sheet(t.sheet);
      return sheet === null || usedRect(sheet, t.valuesOnly) === null;
    }
    return false;
  }

  private query(t: Target, select: readonly string[]): unknown {
    const props = new Set(select);
    switch (t.kind) {
      case 'worksheets':
        return { _Items: this.fake.state.sheets.map((s) => ({ Id: s.name, ...(props.has('name') && { Name: s.name }), ...(props.has('visibility') && { Visibility: s.visibility }) })) };
      case 'protection':
        return { Protected: t.sheet === null ? this.fake.state.protected === true : this.sheet(t.sheet)?.protected === true };
      case 'comments':
        return { _Items: this.fake.state.sheets.flatMap((s) => [...s.threaded.values()].map((c) => ({ Id: c.id }))) };
      case 'usedRange': {
        const sheet = this.sheet(t.sheet);
        const rect = sheet ? usedRect(sheet, t.valuesOnly) : null;
        if (!sheet || !rect) return null;
        const values = Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) => Array.from({ length: rect.right - rect.left + 1 }, (_, c) => valueAt(sheet, rect.top + r, rect.left + c) ?? ''));
        return { Values: values, RowIndex: rect.top, RowCount: rect.bottom - rect.top + 1, ColumnIndex: rect.left, ColumnCount: rect.right - rect.left + 1 };
      }
      default:
        throw new Error(`this transport does not answer a query of ${describe(t)} (${select.join(', ')})`);
    }
  }
}

function describe(t: Target | null): string {
  if (t === null) return '(none)';
  return t.kind === 'other' ? t.what : t.kind === 'worksheet' ? `worksheet(${t.name})` : t.kind;
}

/**
 * Answers every query with a value of the selected properties' usual shape and every method with
 * a plausible result: for checking what the client does before and after a sync, not for data.
 */
export function shapeTransport(): { readonly handle: (text: string) => Promise<string> } {
  const shapes: Record<string, unknown> = {
    name: '统计表',
    visibility: 'Visible',
    values: [['张三']],
    address: "'统计表'!A1",
    rowIndex: 0,
    columnIndex: 0,
    rowCount: 1,
    columnCount: 1,
    rowHidden: false,
    color: '#FFFFFF',
    protected: false,
    id: 'thread-1',
  };
  return {
    handle: async (text) => {
      const body = JSON.parse(text) as RequestBody;
      const results = (body.Actions ?? []).map((a) => {
        if (a.ActionType === ACTION.instantiate) return { ActionId: a.Id, Value: { _ReferenceId: `s${a.Id}` } };
        if (a.ActionType === ACTION.query) {
          const select = (a.QueryInfo?.Select ?? []).map((s) => s.replace(/^items\//, ''));
          const pascal = Object.fromEntries(select.map((n) => [n[0].toUpperCase() + n.slice(1), shapes[n]]));
          const collection = COLLECTIONS.has(body.ObjectPaths?.[String(a.ObjectPathId)]?.Name ?? '');
          return { ActionId: a.Id, Value: collection ? { _Items: [{ Id: 'S1', ...pascal }] } : pascal };
        }
        if (a.Name === 'GetCellProperties') return { ActionId: a.Id, Value: [[{ format: { fill: { color: '#FFFFFF' } } }]] };
        if (a.Name === 'GetRowProperties') return { ActionId: a.Id, Value: [{ rowIndex: 0, rowHidden: false }] };
        return { ActionId: a.Id, Value: null };
      });
      await Promise.resolve();
      return JSON.stringify({ Results: results });
    },
  };
}
