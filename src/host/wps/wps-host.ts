/**
 * The WPS 表格 host: HostPort over the synchronous WPS JS object model. The object model is
 * reached through a function so tests pass the fake; in WPS the add-in page gets it from
 * `wps.EtApplication()` (or `window.Application`, which older builds expose instead).
 */
import type { ApplyResult, HostPort, Snapshot, WritePlan } from '../port';
import { applyPlan } from './apply-plan';
import { readSnapshot } from './read-snapshot';
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
    const ws = this.app().ActiveWorkbook.Worksheets.Item(sheet);
    ws.Activate();
    ws.Range(cell).Select();
  }
}

interface WpsGlobals {
  readonly wps?: { EtApplication?: () => WpsApplication };
  readonly Application?: WpsApplication;
}

/** The running WPS 表格's Application object; throws outside WPS. */
export function wpsApplication(globals: WpsGlobals = globalThis as WpsGlobals): WpsApplication {
  const app = globals.wps?.EtApplication?.() ?? globals.Application;
  if (!app) throw new Error('未检测到 WPS 表格：请在 WPS 表格中打开本加载项。');
  return app;
}
