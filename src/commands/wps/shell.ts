/**
 * The WPS add-in root (the vendor's typings: WPS.AddonRoot, merged into the global Application):
 * task panes and the storage shared by the add-in's pages. Reached through the page's global
 * object; absent outside WPS, so every member is optional here.
 */
import { addinFolderUrl, WPS_PAGES } from './pages';

/** The subset of WPS.CustomTaskpane the add-in uses (et-jsapi-declare). */
export type WpsTaskPane = Pick<WPS.CustomTaskpane, 'ID' | 'Visible'>;

export interface WpsAddonRoot {
  CreateTaskPane?(url: string, title?: string): WpsTaskPane;
  GetTaskPane?(id: number): WpsTaskPane | null | undefined;
  readonly PluginStorage?: Pick<WPS.PluginStorage, 'getItem' | 'setItem'>;
}

export interface WpsPageGlobals {
  readonly Application?: WpsAddonRoot;
  readonly location?: { readonly href: string };
  readonly alert?: (message: string) => void;
}

export const TASKPANE_KEY = 'duty-stats.taskpane';
/** The last 环境自检 report's text, for the task pane to show and copy. */
export const SELF_CHECK_KEY = 'duty-stats.self-check';

/**
 * Shows the task pane, creating it once per WPS session (CreateTaskPane, then Visible = true, as the
 * vendor's templates do); its ID is kept in PluginStorage, which every page of the add-in shares.
 * Returns false when this WPS has no task panes (the caller tells the user).
 */
export function openTaskPane(globals: WpsPageGlobals): boolean {
  const root = globals.Application;
  if (!root?.CreateTaskPane) return false;
  const stored = root.PluginStorage?.getItem(TASKPANE_KEY);
  const id = stored ? Number(stored) : NaN;
  const existing = Number.isFinite(id) ? root.GetTaskPane?.(id) : null;
  if (existing) {
    existing.Visible = true;
    return true;
  }
  const pane = root.CreateTaskPane(addinFolderUrl(globals.location?.href ?? '') + WPS_PAGES.taskpane, '履职统计');
  root.PluginStorage?.setItem(TASKPANE_KEY, pane.ID);
  pane.Visible = true;
  return true;
}
