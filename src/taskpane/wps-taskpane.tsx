/**
 * Entry of the WPS task pane (taskpane.html in the WPS add-in folder, opened by CreateTaskPane): the
 * same React pane as Excel's, over the WPS host. The pane page shares the add-in's global
 * Application with the ribbon page; outside WPS it says so in Chinese instead of the flow.
 */
import { createRoot } from 'react-dom/client';
import { wpsApplication, WpsHost } from '../host/wps/wps-host';
import { TaskPane } from '../ui/components/TaskPane';
import { paintedCompute } from '../ui/flow/painted-compute';
import { localeFor } from '../ui/strings';
import { runWpsSelfCheck } from '../host/wps/self-check';
import { timestamp } from '../host/workflow';
import { SELF_CHECK_KEY, type WpsPageGlobals } from '../commands/wps/shell';

const element = document.getElementById('root');
if (element === null) throw new Error('#root is missing from taskpane.html');
let unsupported: string | undefined;
try {
  wpsApplication();
} catch (e) {
  unsupported = e instanceof Error ? e.message : String(e);
}
// A report the ribbon's 环境自检 left for the pane (PluginStorage is shared by the add-in's pages).
const storage = (globalThis as WpsPageGlobals).Application?.PluginStorage;
const stored = storage?.getItem(SELF_CHECK_KEY) || undefined;
if (stored) storage?.setItem(SELF_CHECK_KEY, '');
const selfCheck = (): ReturnType<typeof runWpsSelfCheck> =>
  runWpsSelfCheck(wpsApplication(), { userAgent: navigator.userAgent, ranAt: timestamp(new Date()) });
createRoot(element).render(
  <TaskPane
    host={new WpsHost(() => wpsApplication())}
    locale={localeFor(navigator.language)}
    compute={paintedCompute}
    unsupported={unsupported}
    selfCheck={selfCheck}
    selfCheckText={stored}
  />,
);
