/**
 * Entry of the WPS add-in page (index.html loads main.js, the bundle of this file): puts the ribbon
 * callbacks on the page's global object, where WPS looks them up by name (ribbon.xml).
 */
import { ribbonHandlers } from './ribbon-handlers';
import { openTaskPane, SELF_CHECK_KEY, type WpsPageGlobals } from './shell';
import { wpsApplication, WpsHost } from '../../host/wps/wps-host';
import { runWpsSelfCheck } from '../../host/wps/self-check';
import { selfCheckText } from '../../host/self-check/report';
import { timestamp } from '../../host/workflow';
import { selfCheckFailure, selfCheckOutcome } from '../self-check-outcome';

const page = globalThis as WpsPageGlobals;

const handlers = ribbonHandlers({
  host: () => new WpsHost(() => wpsApplication()),
  show: (o) => page.alert?.([o.title, '', ...o.lines].join('\n')),
  openTaskPane: () => {
    if (!openTaskPane(page)) page.alert?.('这个版本的 WPS 不支持任务窗格，请使用“履职统计”选项卡上的按钮，或升级 WPS。');
  },
  // The report also goes to the task pane (PluginStorage, shared by the add-in's pages), where it can be copied.
  selfCheck: async () => {
    try {
      const report = await runWpsSelfCheck(wpsApplication(), { userAgent: navigator.userAgent, ranAt: timestamp(new Date()) });
      page.Application?.PluginStorage?.setItem(SELF_CHECK_KEY, selfCheckText(report));
      openTaskPane(page);
      return selfCheckOutcome(report);
    } catch (e) {
      return selfCheckFailure(e);
    }
  },
});

Object.assign(globalThis, handlers);
