/**
 * Entry of the WPS add-in page (wps/index.html loads the bundle of this file as main.js): puts the
 * ribbon callbacks on the page's global object, where WPS looks them up by name.
 * NOT wired into webpack.config.js yet (that file belongs to another helper): add the entry
 * `wps: './src/commands/wps/main.ts'` with output `main.js` next to wps/ribbon.xml (see docs/wps.md).
 */
import { ribbonHandlers } from './ribbon-handlers';
import { wpsApplication, WpsHost } from '../../host/wps/wps-host';

interface WpsShell {
  readonly wps?: {
    CreateTaskPane?: (url: string) => { ID: string; Visible: boolean; DockPosition?: number };
    GetTaskPane?: (id: string) => { Visible: boolean } | null;
    PluginStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  };
  readonly alert?: (message: string) => void;
}

const shell: WpsShell = globalThis;
const TASKPANE_KEY = 'duty-stats.taskpane';

const handlers = ribbonHandlers({
  host: () => new WpsHost(() => wpsApplication()),
  show: (o) => shell.alert?.([o.title, '', ...o.lines].join('\n')),
  openTaskPane: () => {
    // ASSUMPTION: wps.CreateTaskPane/GetTaskPane/PluginStorage as in the wpsjs templates.
    const api = shell.wps;
    const id = api?.PluginStorage?.getItem(TASKPANE_KEY);
    const existing = id ? api?.GetTaskPane?.(id) : null;
    if (existing) {
      existing.Visible = true;
      return;
    }
    const pane = api?.CreateTaskPane?.(new URL('taskpane.html', String(globalThis.location?.href ?? '')).href);
    if (!pane) return;
    api?.PluginStorage?.setItem(TASKPANE_KEY, pane.ID);
    pane.Visible = true;
  },
});

Object.assign(globalThis, handlers);
