/**
 * The built WPS add-in (dist-wps/, `npm run test:e2e` builds it with `npm run build:wps`):
 *   - the folder holds every page and image the WPS code opens, and the code names no other page;
 *   - every script parses as ES2016, the language of the older Chromium inside WPS (webpack.config.js);
 *   - loaded from the local add-in folder (file:), as an offline install is, the pages' CSP lets their
 *     own scripts run: the ribbon page defines the callbacks ribbon.xml names, 打开任务窗格 asks WPS for
 *     the task pane page of the same folder, and that page shows the React pane over the WPS host
 *     (the strict WPS fake injected as the global Application) and runs a check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'acorn';
import { buildSync } from 'esbuild';
import { WPS_PAGES } from '../../src/commands/wps/pages';
import { RIBBON_IMAGES, ribbonCallbacks } from '../../src/commands/wps/ribbon-handlers';
import { addinFolder } from '../../scripts/wps-package';
import { openBrowser, type OpenBrowser } from '../support/e2e/browser';
import { artifact } from '../support/e2e/artifacts';

const ROOT = resolve(__dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const DIST = join(ROOT, 'dist-wps');
const FOLDER = join(DIST, addinFolder(VERSION));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

let browser: OpenBrowser;
let fakeScript: string;

beforeAll(async () => {
  fakeScript = buildSync({
    entryPoints: [join(ROOT, 'test/support/e2e/wps-page-fake.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2019',
  }).outputFiles[0].text;
  browser = await openBrowser('file://');
  await browser.context.addInitScript({ content: fakeScript });
});

afterAll(async () => {
  await browser?.close();
});

describe('dist-wps', () => {
  it('holds every page the WPS code opens, and the code opens no page it does not hold', () => {
    for (const page of ['index.html', 'ribbon.xml', ...Object.values(WPS_PAGES)])
      expect([page, existsSync(join(FOLDER, page))]).toEqual([page, true]);
    for (const image of [...Object.values(RIBBON_IMAGES), 'images/icon-32.png'])
      expect([image, existsSync(join(FOLDER, image))]).toEqual([image, true]);
    const named = sources(join(ROOT, 'src/commands/wps'))
      .concat(sources(join(ROOT, 'src/host/wps')), [join(ROOT, 'src/taskpane/wps-taskpane.tsx')])
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['"`]([\w./-]+\.html)['"`]/g)].map((m) => m[1]));
    expect(named.filter((p) => !(Object.values(WPS_PAGES) as string[]).includes(p))).toEqual([]);
    // Every script a page loads is in the folder.
    for (const page of ['index.html', ...Object.values(WPS_PAGES)]) {
      for (const m of readFileSync(join(FOLDER, page), 'utf8').matchAll(/<script[^>]*src="([^"]+)"/g))
        expect([page, m[1], existsSync(join(FOLDER, m[1]))]).toEqual([page, m[1], true]);
    }
    // The ribbon names only callbacks main.js defines (checked again in the browser below), and the packaging files are there.
    expect(ribbonCallbacks(readFileSync(join(FOLDER, 'ribbon.xml'), 'utf8')).length).toBeGreaterThan(5);
    for (const file of ['publish.xml', 'online/publish.xml', 'jsplugins.xml', 'oem.ini.txt', 'install-windows.bat', 'install-linux.sh'])
      expect([file, existsSync(join(DIST, file))]).toEqual([file, true]);
  });

  it('every script parses as ES2016 (the older Chromium inside WPS)', () => {
    const scripts = readdirSync(FOLDER).filter((f) => f.endsWith('.js'));
    expect(scripts.sort()).toEqual(['main.js', 'taskpane.js']);
    for (const file of scripts)
      expect(() => parse(readFileSync(join(FOLDER, file), 'utf8'), { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });
});

describe('the add-in pages from the local folder (file:)', () => {
  it('the ribbon page runs under its CSP and opens the task pane page of its own folder', async () => {
    const { page } = browser;
    await page.goto(pathToFileURL(join(FOLDER, 'index.html')).href);
    const callbacks = ribbonCallbacks(readFileSync(join(FOLDER, 'ribbon.xml'), 'utf8'));
    const missing = await page.evaluate((names) => names.filter((n) => typeof Reflect.get(window, n) !== 'function'), callbacks);
    expect(missing).toEqual([]);
    await page.evaluate(() => (Reflect.get(window, 'onOpenTaskPane') as () => void)());
    const opened = await page.evaluate(() => Reflect.get(window, '__wps') as { taskPanes: string[]; visible: boolean[] });
    expect(opened.taskPanes).toEqual([pathToFileURL(join(FOLDER, WPS_PAGES.taskpane)).href]);
    expect(opened.visible).toEqual([true]);
  });

  it('the task pane page shows the React pane over the WPS host and checks the table', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(pathToFileURL(join(FOLDER, WPS_PAGES.taskpane)).href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('履职统计');
    await page.getByRole('button', { name: '校验数据', exact: true }).click();
    await page.getByTestId('findings-count').waitFor();
    expect(await page.getByTestId('findings-count').textContent()).toMatch(/\d/);
    await page.screenshot({ path: artifact('20-wps-taskpane.png'), fullPage: true });
  });

  it('the task pane runs 环境自检 through the built bundle and shows the report to copy', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: '运行环境自检' }).click();
    const text = page.getByTestId('self-check-text');
    await text.waitFor();
    const report = await text.inputValue();
    expect(report).toMatch(/^履职统计 · 环境自检（WPS 表格）/);
    expect(report).toMatch(/结论：全部 \d+ 项检查通过/);
    expect(report).toMatch(/加载项网页内核：Chromium \d+/);
    await text.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('21-wps-self-check.png') });
  });

  it('broke no content security rule and asked for nothing outside the add-in folder', () => {
    expect(browser.pageErrors).toEqual([]);
    expect(browser.foreignRequests.filter((url) => !url.startsWith(pathToFileURL(FOLDER).href))).toEqual([]);
  });
});
