/**
 * The WPS 表格 host: HostPort over the synchronous WPS JS object model. The object model is
 * reached through a function so tests pass the fake; in WPS the add-in page gets it from the global
 * `Application` (wpsApplication below).
 */
import type { ApplyResult, HostPort, RowSelection, Snapshot, WritePlan } from '../port';
import { applyPlan } from './apply-plan';
import { activeWorkbook, readSnapshot } from './read-snapshot';
import { isRange, type WpsApplication } from './wps-api';

export class WpsHost implements HostPort {
  constructor(private readonly app: () => WpsApplication) {}

  async readSnapshot(): Promise<Snapshot> {
    return readSnapshot(this.app());
  }

  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    return applyPlan(this.app(), plan);
  }

  /** The rows of every area of the selection (Application.Selection, Range.Areas); null when the selection is not cells. */
  async selectedRows(): Promise<RowSelection | null> {
    const selection = this.app().Selection;
    if (!isRange(selection)) return null;
    const rows = new Set<number>();
    const areas = selection.Areas;
    for (let i = 1; i <= areas.Count; i++) {
      const area = areas.Item(i);
      const top = area.Row;
      const count = area.Rows.Count;
      for (let r = top; r < top + count; r++) rows.add(r);
    }
    return { sheet: selection.Worksheet.Name, rows: [...rows].sort((a, b) => a - b) };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const ws = activeWorkbook(this.app()).Worksheets.Item(sheet);
    ws.Activate();
    ws.Range(cell).Select();
  }
}

/** What the add-in page's global object may hold (absent outside WPS, so every member is optional). */
export interface WpsGlobals {
  readonly Application?: WpsApplication;
  /** Older add-ins: `wps.EtApplication`, a property in the vendor's typings (deprecated), a function in some old builds. */
  readonly wps?: { readonly EtApplication?: WpsApplication | (() => WpsApplication) };
}

/**
 * The running WPS 表格's Application object; throws outside WPS. The vendor's typings
 * (et-jsapi-declare: `declare const Application`, "推荐使用此方式") make the global `Application` the
 * entry; `wps.EtApplication` is marked deprecated there and is only the fallback.
 */
export function wpsApplication(globals: WpsGlobals = globalThis as WpsGlobals): WpsApplication {
  if (globals.Application) return globals.Application;
  const legacy = globals.wps?.EtApplication;
  const app = typeof legacy === 'function' ? legacy() : legacy;
  if (!app) throw new Error('未检测到 WPS 表格：请在 WPS 表格中打开本加载项。');
  return app;
}
