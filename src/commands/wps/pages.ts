/**
 * Every page the WPS add-in opens, relative to its folder (the folder of index.html). The WPS build
 * (webpack.config.js, `npm run build:wps`) emits exactly these next to index.html, and the e2e test
 * (test/e2e/wps-addin.e2e.ts) checks that dist-wps holds each one and that the WPS code names no other.
 */
export const WPS_PAGES = {
  /** The task pane: the same React pane as Excel's, over the WPS host (src/taskpane/wps-taskpane.tsx). */
  taskpane: 'taskpane.html',
} as const;

/** The add-in folder's address from the page's own (…/dutystats_0.1.0/index.html → …/dutystats_0.1.0/), as the wpsjs templates' GetUrlPath does. */
export function addinFolderUrl(pageUrl: string): string {
  const withoutQuery = pageUrl.replace(/[?#].*$/, '');
  return withoutQuery.slice(0, withoutQuery.lastIndexOf('/') + 1);
}
