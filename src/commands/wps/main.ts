/**
 * Entry of the WPS add-in page (index.html loads main.js, the bundle of this file): puts the ribbon
 * callbacks on the page's global object, where WPS looks them up by name (ribbon.xml).
 */
import { ribbonHandlers } from './ribbon-handlers';
import { openTaskPane, type WpsPageGlobals } from './shell';
import { wpsApplication, WpsHost } from '../../host/wps/wps-host';

const page = globalThis as WpsPageGlobals;

const handlers = ribbonHandlers({
  host: () => new WpsHost(() => wpsApplication()),
  show: (o) => page.alert?.([o.title, '', ...o.lines].join('\n')),
  openTaskPane: () => {
    if (!openTaskPane(page)) page.alert?.('这个版本的 WPS 不支持任务窗格，请使用“履职统计”选项卡上的按钮，或升级 WPS。');
  },
});

Object.assign(globalThis, handlers);
