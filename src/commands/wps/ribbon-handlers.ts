/**
 * The WPS ribbon's callbacks (wps/ribbon.xml names them in onAction / getImage / onLoad). WPS calls
 * them as global functions of the add-in page, synchronously; each step runs the same
 * host-agnostic function as the Excel ribbon and task pane (src/host/workflow.ts) and tells the
 * user the outcome in the words of the Excel ribbon (src/commands/outcome.ts). A second click while
 * a step runs is ignored. ASSUMPTION (not verified on real WPS): WPS passes the ribbon control as
 * the only argument and ignores the returned promise.
 */
import { clearOutcome, errorOutcome, stepOutcome, type CommandName, type CommandOutcome } from '../outcome';
import type { HostPort } from '../../host/port';
import { clearMarks, runStep, slipsForSelection } from '../../host/workflow';

export interface RibbonDeps {
  readonly host: () => HostPort;
  readonly show: (o: CommandOutcome) => void;
  readonly openTaskPane: () => void;
  /** 环境自检: runs the self-check and gives the outcome to show (the report's text). */
  readonly selfCheck: () => Promise<CommandOutcome>;
}

/** onAction name in ribbon.xml → the command it runs. */
export const RIBBON_COMMANDS: Readonly<Record<string, CommandName>> = {
  onValidate: 'validate',
  onYearEnd: 'all',
  onNotices: 'notices',
  onShortlist: 'shortlist',
  onClearMarks: 'clear',
  onSlipsAll: 'slips',
  onSlipsSelected: 'slipsSelected',
  onSelfCheck: 'selfCheck',
};

/** Ribbon control id → icon file (assets/, copied next to ribbon.xml as images/). */
export const RIBBON_IMAGES: Readonly<Record<string, string>> = {
  btnValidate: 'images/validate-32.png',
  btnYearEnd: 'images/yearend-32.png',
  btnNotices: 'images/notices-32.png',
  btnShortlist: 'images/shortlist-32.png',
  btnClearMarks: 'images/clear-32.png',
  btnTaskPane: 'images/taskpane-32.png',
  mnuSlips: 'images/slips-32.png',
  btnSelfCheck: 'images/selfcheck-32.png',
};

export type RibbonCallback = (control?: { readonly Id?: string }) => unknown;

export function ribbonHandlers(deps: RibbonDeps): Record<string, RibbonCallback> {
  let busy = false;
  const command = (name: CommandName) => async (): Promise<CommandOutcome | null> => {
    if (busy) return null;
    busy = true;
    let result: CommandOutcome;
    try {
      if (name === 'selfCheck') result = await deps.selfCheck();
      else {
        const host = deps.host();
        if (name === 'clear') result = clearOutcome(await clearMarks(host));
        else if (name === 'slipsSelected') result = stepOutcome('slips', await slipsForSelection(host));
        else result = stepOutcome(name, await runStep(host, name));
      }
    } catch (e) {
      result = errorOutcome(name, e);
    } finally {
      busy = false;
    }
    deps.show(result);
    return result;
  };
  return {
    OnAddinLoad: () => true,
    onGetImage: (control) => RIBBON_IMAGES[control?.Id ?? ''] ?? 'images/icon-32.png',
    onOpenTaskPane: () => deps.openTaskPane(),
    ...Object.fromEntries(Object.entries(RIBBON_COMMANDS).map(([handler, name]) => [handler, command(name)])),
  };
}

/** Every callback attribute value in a ribbon.xml text (onAction, getImage, onLoad, …). */
export function ribbonCallbacks(xml: string): string[] {
  return [...new Set([...xml.matchAll(/\b(?:onAction|onLoad|get[A-Z][A-Za-z]*)="([^"]+)"/g)].map((m) => m[1]))];
}
