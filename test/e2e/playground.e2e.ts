/**
 * The whole user flow of the browser playground in real Chromium: open with the bundled sample,
 * validate, review and click a finding, run the year-end evaluation, download and check the
 * result with exceljs, and open a broken workbook. Screenshots of each step go to test-results/e2e/.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { PLAYGROUND_DIR, startPlaygroundServer, type RunningServer } from '../../scripts/playground-server';
import { openBrowser, type OpenBrowser } from '../support/e2e/browser';
import { artifact } from '../support/e2e/artifacts';
import { coreOutcome, jinanWorkbook, markOf, workbookWithoutMemberTable } from '../support/e2e/workbooks';
import type { PipelineSuccess } from '../../src/core/pipeline';
import { letterPlan } from '../../src/core/notices/unit-letters';
import type { Finding } from '../../src/core/types';

const SAMPLE = join(PLAYGROUND_DIR, 'sample.xlsx');
const GENERATED = ['校验结果', '履职汇总', '分组统计', '履职通报', '单位告知', '优秀委员建议名单'];

let server: RunningServer;
let browser: OpenBrowser;
let page: Page;
let expected: PipelineSuccess;
let clicked: Finding;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: artifact(name) });
}

/** "错误 9 处，警告 30 处，提示 1 处" → the three numbers. */
async function shownCounts(): Promise<{ error: number; warning: number; info: number }> {
  const text = (await page.getByTestId('findings-count').textContent()) ?? '';
  const m = /错误 (\d+) 处，警告 (\d+) 处，提示 (\d+) 处/.exec(text);
  if (m === null) throw new Error(`findings count not shown: "${text}"`);
  return { error: Number(m[1]), warning: Number(m[2]), info: Number(m[3]) };
}

function countOf(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  return { error: findings.filter((f) => f.severity === 'error').length, warning: findings.filter((f) => f.severity === 'warning').length, info: findings.filter((f) => f.severity === 'info').length };
}

beforeAll(async () => {
  expected = await coreOutcome(new Uint8Array(readFileSync(SAMPLE)), 'sample.xlsx', 'validate');
  server = await startPlaygroundServer();
  browser = await openBrowser(server.url);
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the browser playground', () => {
  it('opens with the bundled sample, says nothing leaves the browser, and pre-selects the member sheet', async () => {
    await page.goto(server.url);
    await expect(page.getByTestId('privacy').textContent()).resolves.toContain('所有数据只在本机浏览器中处理，不会上传');
    await page.getByTestId('workbook-name').filter({ hasText: 'sample.xlsx' }).waitFor();
    const select = page.getByRole('combobox', { name: '委员名单所在的工作表' });
    await select.waitFor();
    expect(await select.inputValue()).toBe(expected.location.sheet);
    // The grid opens on the member sheet too.
    await page.locator(`[data-testid="sheet-grid"][data-sheet="${expected.location.sheet}"]`).waitFor();
    await shot('01-sample-opened.png');
  });

  it('lists, before any run, which columns feed each item of the method', async () => {
    const feeds = page.getByTestId('feeds');
    await feeds.waitFor();
    const lines = await feeds.locator('li').allTextContents();
    expect(lines).toContain('视察调研 ← 视察调研（次）(Q)');
    expect(lines).toHaveLength(expected.method.items.length + 1); // + violations, named in a veto
    expect(await page.getByTestId('unbound').count()).toBe(0);
    await page.getByRole('heading', { name: /确认年度和评价办法/ }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shot('01b-method-inputs.png');
  });

  it('shows the items a table cannot feed as prominently as an error (a real district’s table with the example method)', async () => {
    const file = artifact('济南.xlsx');
    writeFileSync(file, await jinanWorkbook());
    await page.getByTestId('file-input').setInputFiles(file);
    const bar = page.getByTestId('unbound');
    await bar.waitFor();
    expect(await bar.textContent()).toMatch(/有 \d+ 项在表中找不到对应的列，全体委员按 0 计/);
    const lines = await page.getByTestId('feeds').locator('li').allTextContents();
    expect(lines).toContain('视察调研 ← 视察调研考察/视察(N) + 视察调研考察/调研(O) + 视察调研考察/考察(P)');
    await page.getByRole('heading', { name: /确认年度和评价办法/ }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shot('01c-unbound-items.png');
    // Back to the sample for the rest of the flow.
    await page.getByTestId('file-input').setInputFiles(SAMPLE);
    await page.getByTestId('workbook-name').filter({ hasText: 'sample.xlsx' }).waitFor();
    await page.getByTestId('feeds').waitFor();
  });

  it('validates and shows as many findings as the core finds in the sample', async () => {
    await page.getByRole('button', { name: '校验数据', exact: true }).click();
    await page.getByTestId('findings-count').waitFor();
    const shown = await shownCounts();
    expect(shown).toEqual(countOf(expected.findings));
    expect(shown.error + shown.warning + shown.info).toBe(expected.findings.length);
    expect(expected.findings.length).toBeGreaterThan(0);
    // The list holds them all (a page shows at most 50).
    expect(await page.getByTestId('finding').count()).toBe(Math.min(50, expected.findings.length));
    await shot('02-validated.png');
  });

  it('filters by severity', async () => {
    const { error, warning } = countOf(expected.findings);
    await page.getByRole('button', { name: `警告 ${warning}` }).click();
    await page.getByRole('button', { name: /^提示 \d+$/ }).click();
    expect(await page.getByTestId('finding').count()).toBe(Math.min(50, error));
    expect(await page.locator('[data-testid="finding"]:not([data-severity="error"])').count()).toBe(0);
  });

  it('selects a finding’s cell: the grid switches to its sheet and highlights the cell', async () => {
    const first = expected.findings.find((f) => f.severity === 'error' && f.cell !== null);
    if (first === undefined) throw new Error('the sample has no error finding with a cell');
    clicked = first;
    await page.locator(`[data-testid="finding"][data-cell="${first.cell}"][data-sheet="${first.sheet}"]`).first().click();
    const cell = page.locator(`[data-testid="sheet-grid"][data-sheet="${first.sheet}"] td[data-cell="${first.cell}"]`);
    await cell.waitFor();
    expect(await cell.getAttribute('data-highlighted')).toBe('true');
    await expect(cell.isVisible()).resolves.toBe(true);
    await shot('03-finding-selected.png');
  });

  it('runs the whole year-end flow and shows the summary with the grade chart', async () => {
    const full = await coreOutcome(new Uint8Array(readFileSync(SAMPLE)), 'sample.xlsx', 'all');
    await page.getByRole('button', { name: '一键年度汇总' }).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 60000 });
    const s = full.report.summary;
    expect(await page.getByTestId('summary-members').textContent()).toBe(String(s.members));
    expect(await page.getByTestId('summary-graded').textContent()).toBe(String(s.graded));
    expect(await page.getByTestId('summary-pending').textContent()).toBe(String(s.pending));
    expect(await page.getByTestId('summary-errors').textContent()).toBe(String(s.errors));
    // The chart is drawn (an SVG with one bar per grade that has members).
    const bars = page.locator('[data-testid="grade-chart"] svg rect');
    expect(await bars.count()).toBeGreaterThanOrEqual(Object.values(s.grades).filter((n) => n > 0).length);
    const sheets = await page.getByTestId('summary-sheets').locator('li').allTextContents();
    for (const name of GENERATED) expect(sheets).toContain(name);
    await page.getByRole('heading', { name: /结果摘要/ }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shot('04-summary.png');
    // The README's picture (docs/playground.png) is refreshed only on request: E2E_UPDATE_DOCS=1 npm run test:e2e.
    if (process.env.E2E_UPDATE_DOCS === '1') {
      mkdirSync(resolve(__dirname, '..', '..', 'docs'), { recursive: true });
      await page.setViewportSize({ width: 1120, height: 700 });
      await page.screenshot({ path: resolve(__dirname, '..', '..', 'docs', 'playground.png') });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('downloads the result workbook: every generated sheet, and the marks in the member table', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载结果工作簿' }).click()]);
    expect(download.suggestedFilename()).toBe('sample-结果.xlsx');
    const saved = artifact('sample-结果.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const names = wb.worksheets.map((w) => w.name);
    for (const name of GENERATED) expect(names).toContain(name);
    // The first error finding's cell carries the error mark: fill FFC7CE and a note with the message.
    const mark = markOf(wb, clicked.sheet, clicked.cell ?? 'A1');
    expect(mark.fill).toBe('FFFFC7CE');
    expect(mark.note).toContain(clicked.message.slice(0, 8));
  });

  it('shows the year before the run, and downloads the Word documents of that year as one zip made in the browser', async () => {
    const full = await coreOutcome(new Uint8Array(readFileSync(SAMPLE)), 'sample.xlsx', 'all');
    const input = page.getByRole('spinbutton', { name: /统计年度/ });
    expect(await input.inputValue()).toBe(String(full.report.year));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文档' }).click()]);
    expect(download.suggestedFilename()).toBe(`${full.report.year}年度履职通报与单位告知.zip`);
    const saved = artifact('word.zip');
    await download.saveAs(saved);
    const zip = await JSZip.loadAsync(readFileSync(saved));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names).toContain('履职通报.docx');
    const letters = names.filter((n) => n.startsWith('单位告知/') && n.endsWith('.docx'));
    // One letter per employer unit, as the core plans them.
    const units = letterPlan(full.noticeContext).groups.length;
    expect(units).toBeGreaterThan(1);
    expect(letters).toHaveLength(units);
    expect(await page.getByTestId('documents-saved').textContent()).toContain(`和 ${units} 个单位的告知函`);
    const circular = await JSZip.loadAsync(await zip.file('履职通报.docx')!.async('uint8array'));
    expect(await circular.file('word/document.xml')!.async('string')).toContain(`${full.report.year}年度`);
    await page.getByTestId('documents').evaluate((d) => d.scrollIntoView({ block: 'start' }));
    await shot('04b-word-documents.png');
  });

  it('inserts the example 评价办法 sheet, which the next run then uses', async () => {
    await page.getByRole('button', { name: '插入示例「评价办法」工作表' }).click();
    await page.getByText(/已插入「评价办法」工作表/).waitFor();
    await page.getByText(/将使用工作簿中的「评价办法」工作表/).waitFor();
    await page.locator('[data-testid="sheet-grid"][data-sheet="评价办法"]').waitFor();
    await page.getByRole('button', { name: '校验数据', exact: true }).click();
    await page.getByTestId('findings-count').waitFor();
    expect(await shownCounts()).toEqual(countOf(expected.findings));
  });

  it('opens a workbook without a member table and shows the clear error naming the file', async () => {
    const file = artifact('无名单.xlsx');
    writeFileSync(file, await workbookWithoutMemberTable());
    await page.getByTestId('file-input').setInputFiles(file);
    const fatal = page.getByTestId('fatal');
    await fatal.waitFor();
    const text = (await fatal.textContent()) ?? '';
    expect(text).toContain('没有找到委员名单表');
    expect(text).toContain('无名单.xlsx');
    expect(await page.getByRole('button', { name: '校验数据', exact: true }).isDisabled()).toBe(true);
    await shot('05-no-member-table.png');
  });

  it('refuses a file that is not a workbook with a message, and the page keeps working', async () => {
    const file = artifact('损坏.xlsx');
    writeFileSync(file, 'not a zip');
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('load-error').filter({ hasText: '无法打开「损坏.xlsx」' }).waitFor();
    await shot('06-not-a-workbook.png');
    // Drag and drop of the sample opens it again.
    copyFileSync(SAMPLE, artifact('sample-copy.xlsx'));
    const bytes = readFileSync(artifact('sample-copy.xlsx')).toString('base64');
    const data = await page.evaluateHandle((b64: string) => {
      const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([raw], '拖放.xlsx'));
      return dt;
    }, bytes);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: data });
    await page.getByTestId('workbook-name').filter({ hasText: '拖放.xlsx' }).waitFor();
    await page.getByRole('combobox', { name: '委员名单所在的工作表' }).waitFor();
  });

  it('speaks English with ?lang=en-US', async () => {
    await page.goto(`${server.url}?lang=en-US`);
    await page.getByTestId('privacy').filter({ hasText: 'nothing is uploaded' }).waitFor();
    await page.getByRole('button', { name: 'Validate data' }).click();
    await page.getByTestId('findings-count').filter({ hasText: `${countOf(expected.findings).error} errors` }).waitFor();
    await shot('08-en-US.png');
  });

  it('made no request beyond its own origin and broke no content security rule', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
