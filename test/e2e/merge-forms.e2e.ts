/**
 * 合并填报表 in the playground (issue 12): 400 members' forms picked at once are read in the worker,
 * the progress moves and the page answers while it works; the summary is opened as the workbook.
 * Prints the measured times.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { startPlaygroundServer, type RunningServer } from '../../scripts/playground-server';
import { exampleMethod, formItems } from '../../src/core';
import { openBrowser, type OpenBrowser } from '../support/e2e/browser';
import { artifact } from '../support/e2e/artifacts';
import { filledForm } from '../support/form-folder';

declare global {
  interface Window {
    mergeLongTasks?: { start: number; ms: number }[];
  }
}

const FORMS = 400;
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

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

it(`merges ${FORMS} forms picked at once, with a responsive page`, async () => {
  const dir = artifact('forms-400');
  mkdirSync(dir, { recursive: true });
  const method = exampleMethod();
  const labels = formItems(method).map((i) => i.label);
  const files: string[] = [];
  for (let i = 0; i < FORMS; i++) {
    const file = path.join(dir, `委员${String(i + 1).padStart(3, '0')}.xlsx`);
    writeFileSync(file, await filledForm(method, null, { 姓名: `委员${i + 1}`, 工作单位: `单位${i % 37}` }, Object.fromEntries(labels.map((l, j) => [l, (i + j) % 4]))));
    files.push(file);
  }
  await page.goto(server.url);
  await page.getByTestId('workbook-name').filter({ hasText: /\S/ }).waitFor();
  await page.evaluate(() => {
    const tasks: { start: number; ms: number }[] = [];
    window.mergeLongTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, ms: e.duration }))).observe({ type: 'longtask' });
  });

  const t0 = Date.now();
  await page.getByTestId('forms-input').setInputFiles(files);
  const note = page.getByTestId('merge-note');
  const probes: { progress: string | null; ms: number }[] = [];
  while (!(await note.isVisible())) {
    const t = performance.now();
    const progress = await page.evaluate(() => document.querySelector('[data-testid="merge-progress"]')?.textContent ?? null);
    probes.push({ progress, ms: performance.now() - t });
    if (Date.now() - t0 > 120_000) throw new Error('the merge did not finish within 120 s');
    await page.waitForTimeout(40);
  }
  const mergeMs = Date.now() - t0;
  const longTasks = await page.evaluate(() => window.mergeLongTasks ?? []);
  const values = [...new Set(probes.map((p) => p.progress).filter((v): v is string => v !== null))];
  console.log(
    `playground merge forms=${FORMS} ms=${mergeMs} probes=${probes.length} medianProbe=${median(probes.map((p) => p.ms)).toFixed(0)}ms slowestProbe=${Math.max(...probes.map((p) => p.ms)).toFixed(0)}ms ` +
      `progressValues=${values.length} longestMainThreadTask=${Math.max(0, ...longTasks.map((t) => t.ms)).toFixed(0)}ms`,
  );
  expect(await note.textContent()).toContain(`汇总 ${FORMS} 位委员`);
  await page.getByTestId('workbook-name').filter({ hasText: '汇总.xlsx' }).waitFor();
  expect(values.length).toBeGreaterThanOrEqual(2);
  expect(probes.length).toBeGreaterThanOrEqual(3);
  expect(median(probes.map((p) => p.ms))).toBeLessThan(RESPONSIVE_MS);
});
