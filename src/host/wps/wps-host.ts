/**
 * The WPS 表格 host: HostPort over the synchronous WPS JS object model. The object model is
 * reached through a function so tests pass the fake; in WPS the add-in page gets it from the global
 * `Application` (wpsApplication below).
 */
import type { ApplyResult, HostPort, Snapshot, WritePlan } from '../port';
import { applyPlan } from './apply-plan';
import { activeWorkbook, readSnapshot } from './read-snapshot';
import type { WpsApplication } from './wps-api';

export class WpsHost implements HostPort {
  constructor(private readonly app: () => WpsApplication) {}

  async readSnapshot(): Promise<Snapshot> {
    return readSnapshot(this.app());
  }

  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    return applyPlan(this.app(), plan);
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
