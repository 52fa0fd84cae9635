/**
 * The built Excel task pane (dist/taskpane.html) boots in Chromium under its own CSP. Office.js
 * cannot load here, so a stand-in answers Office.onReady and the requirement check; with the
 * requirement set missing, the pane shows the clear message instead of the flow.
 */
import { resolve } from 'node:path';
import { startPlaygroundServer, type RunningServer } from '../../scripts/playground-server';
import { openBrowser, type OpenBrowser } from '../support/e2e/browser';
import { artifact } from '../support/e2e/artifacts';

const ADDIN_DIR = resolve(__dirname, '..', '..', 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let server: RunningServer;
let browser: OpenBrowser;

function officeStandIn(displayLanguage: string): string {
  return `window.Office = {
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: ${JSON.stringify(displayLanguage)}, requirements: { isSetSupported: function () { return false; } } },
    onReady: function (cb) { var info = { host: 'Excel', platform: 'OfficeOnline' }; if (cb) setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); }
  };`;
}

beforeAll(async () => {
  server = await startPlaygroundServer(ADDIN_DIR, 0, null);
  browser = await openBrowser(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('shows, in Chinese, that this Excel lacks the needed API set', async () => {
  const { page } = browser;
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: officeStandIn('zh-CN') }));
  await page.goto(`${server.url}taskpane.html`);
  const message = page.getByTestId('unsupported');
  await message.waitFor();
  expect(await message.textContent()).toContain('当前 Excel 版本过旧');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('履职统计');
  await page.screenshot({ path: artifact('09-taskpane-unsupported.png') });
  await page.unroute(OFFICE_JS);
});

it('follows an English Office display language', async () => {
  const { page } = browser;
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: officeStandIn('en-US') }));
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId('unsupported').waitFor();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Duty statistics');
  await page.unroute(OFFICE_JS);
});

it('broke no content security rule and asked nothing of any other origin but Office’s script host', () => {
  expect(browser.pageErrors).toEqual([]);
  expect(browser.foreignRequests.filter((url) => url !== OFFICE_JS)).toEqual([]);
});
