/**
 * 2,000 members in the playground: the whole year-end run finishes, the progress bar moves, and the
 * page answers while the worker computes. Prints the measured times.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startPlaygroundServer, type RunningServer } from '../scripts/playground-server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { artifact } from './support/artifacts';
import { syntheticWorkbook } from './support/synthetic-workbook';

declare global {
  interface Window {
    longTasks?: number[];
  }
}

const MEMBERS = 2000;
/** A page that takes longer than this to answer a trivial script is not responsive. */
const RESPONSIVE_MS = 200;

let server: RunningServer;
let browser: OpenBrowser;
let page: Page;

beforeAll(async () => {
  server = await startPlaygroundServer();
  browser = await openBrowser(server.url);
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Probe {
  readonly progress: string | null;
  readonly ms: number;
}

/** Asks the page for the progress bar's value and times the answer (the page's main thread must be free to answer). */
async function probe(): Promise<Probe> {
  const t0 = performance.now();
  const progress = await page.evaluate(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? null);
  return { progress, ms: performance.now() - t0 };
}

it(`runs the whole year-end flow on ${MEMBERS} members with a moving progress bar and a responsive page`, async () => {
  const file = artifact(`synthetic-${MEMBERS}.xlsx`);
  writeFileSync(file, await syntheticWorkbook(MEMBERS));
  await page.goto(server.url);
  await page.getByTestId('workbook-name').filter({ hasText: /\S/ }).waitFor();

  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(file);
  const select = page.getByRole('combobox', { name: '委员名单所在的工作表' });
  await page.getByTestId('workbook-name').filter({ hasText: `synthetic-${MEMBERS}.xlsx` }).waitFor();
  await select.waitFor();
  expect(await select.inputValue()).toBe('委员履职统计');
  const loadMs = Date.now() - t0;

  // Long tasks on the page's main thread during the run (Chromium reports any task over 50 ms).
  await page.evaluate(() => {
    const tasks: number[] = [];
    window.longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask' });
  });

  const t1 = Date.now();
  await page.getByRole('button', { name: '一键年度汇总' }).click();
  const probes: Probe[] = [];
  const summary = page.getByTestId('summary');
  while (!(await summary.isVisible())) {
    probes.push(await probe());
    if (Date.now() - t1 > 150_000) throw new Error('the run did not finish within 150 s');
    await page.waitForTimeout(40);
  }
  const runMs = Date.now() - t1;
  const longTasks = await page.evaluate(() => window.longTasks ?? []);

  const values = [...new Set(probes.map((p) => p.progress).filter((v): v is string => v !== null))];
  const slowest = Math.max(...probes.map((p) => p.ms));
  console.log(
    `playground members=${MEMBERS} load=${loadMs}ms run=${runMs}ms probes=${probes.length} slowestProbe=${slowest.toFixed(0)}ms ` +
      `progressValues=${values.join(',')} longestMainThreadTask=${Math.max(0, ...longTasks).toFixed(0)}ms`,
  );

  expect(await page.getByTestId('summary-members').textContent()).toBe(String(MEMBERS));
  // The bar moved: at least two different values were seen while the run went on.
  expect(values.length).toBeGreaterThanOrEqual(2);
  expect(probes.length).toBeGreaterThanOrEqual(3);
  expect(slowest).toBeLessThan(RESPONSIVE_MS);
  await page.screenshot({ path: artifact(`07-synthetic-${MEMBERS}.png`) });
});
