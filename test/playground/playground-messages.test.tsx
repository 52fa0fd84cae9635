/** @jest-environment jsdom */
/**
 * Issue 10 point 15 in the playground: a bad file gets a Chinese message saying what it is (not the
 * zip library's English error), the workbook already loaded stays, and 「下载结果工作簿」 is offered
 * only once a step has run. The page runs against an in-process stand-in of its worker.
 */
import '@testing-library/jest-dom';
import type { ReactElement } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Remote } from 'comlink';
import { PlaygroundApp } from '../../src/playground/PlaygroundApp';
import type { LoadResult, PlaygroundApi, SheetWindow } from '../../src/playground/worker-api';
import { XlsxHost, workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { packageKind } from '../../src/host/xlsx/package-kind';
import { inspectWorkbook, runStep } from '../../src/host/workflow';
import { runResult } from '../../src/ui/flow/run-view';
import { cleanWorkbook } from '../support/cli';
import { odsBytes } from '../support/hostile-workbooks';
import { exampleMethod } from '../../src/core';
import { formBytes } from '../../src/host/xlsx/form-workbooks';
import { mergeUploads } from '../../src/playground/form-actions';
import { formFolderFiles } from '../support/form-folder';

jest.mock('@fluentui/react-charts', () => ({
  VerticalBarChart: (): ReactElement => <div />,
}));

/** The worker's API, in this thread: the same steps pipeline.worker.ts runs. */
function inProcessApi(): Remote<PlaygroundApi> {
  let host: XlsxHost | null = null;
  const current = (): XlsxHost => {
    if (!host) throw new Error('no workbook');
    return host;
  };
  const api: PlaygroundApi = {
    async load(bytes, fileName): Promise<LoadResult> {
      const kind = await packageKind(bytes);
      if (kind === 'broken-zip') return { ok: false, kind: 'broken' };
      if (kind !== 'xlsx') return { ok: false, kind };
      host = await XlsxHost.fromBuffer(bytes, fileName);
      return { ok: true };
    },
    inspect: () => inspectWorkbook(current()),
    run: async (step, sheet, onProgress) => runResult(await runStep(current(), step, { sheet, onProgress })),
    insertMethod: () => Promise.resolve(false),
    sheetNames: async () => (await current().readSnapshot()).sheets.map((s) => s.name),
    sheetWindow: (name): Promise<SheetWindow> => Promise.resolve({ name, firstRow: 1, rows: [], totalRows: 0, totalColumns: 0 }),
    toBuffer: () => current().toBuffer(),
    readSnapshot: () => current().readSnapshot(),
    applyPlan: (plan) => current().applyPlan(plan),
    documents: () => Promise.reject(new Error('not used here')),
    formTemplate: () => formBytes(exampleMethod(), null),
    async mergeForms(files, onProgress) {
      const merged = await mergeUploads(files, onProgress);
      host = merged.host;
      return merged.summary;
    },
  };
  // Every method already returns a promise, as comlink's Remote does.
  return api as Remote<PlaygroundApi>;
}

beforeAll(async () => {
  // jsdom has no layout: Fluent's MessageBar observes its size.
  class NoResize {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  if (!('ResizeObserver' in globalThis)) Object.defineProperty(globalThis, 'ResizeObserver', { value: NoResize, configurable: true });
  const sample = await workbookBytes(cleanWorkbook());
  const fetchSample = jest.fn(() => Promise.resolve({ ok: true, arrayBuffer: () => Promise.resolve(sample.slice().buffer) }));
  Object.defineProperty(globalThis, 'fetch', { value: fetchSample, configurable: true });
});

describe('point 15: the playground’s messages', () => {
  it('a bad file never unloads the loaded workbook, its message is Chinese; download only after a run', async () => {
    const user = userEvent.setup();
    render(<PlaygroundApp api={inProcessApi()} locale="zh-CN" sampleUrl="assets/sample.xlsx" />);
    await screen.findByText('当前工作簿：sample.xlsx');
    await screen.findByRole('button', { name: '校验数据' });
    // nothing has run yet: nothing to download
    expect(screen.queryByRole('button', { name: '下载结果工作簿' })).toBeNull();

    const bytes = await odsBytes();
    const ods = new File([new Uint8Array(bytes)], '报表.xlsx');
    // jsdom's File has no arrayBuffer()
    Object.defineProperty(ods, 'arrayBuffer', { value: () => Promise.resolve(bytes.slice().buffer) });
    await act(async () => {
      await user.upload(screen.getByTestId('file-input'), ods);
    });
    const error = await screen.findByTestId('load-error');
    expect(error).toHaveTextContent('无法打开「报表.xlsx」');
    expect(error).toHaveTextContent('OpenDocument');
    expect(error.textContent).not.toMatch(/http|zip file|End of data|Corrupted/i);
    // the workbook already loaded is still there, and still works
    expect(screen.getByText('当前工作簿：sample.xlsx')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '校验数据' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '下载结果工作簿' })).toBeInTheDocument());
  }, 30_000);
});

describe('issue 12: 合并填报表 in the playground', () => {
  it('picks many files at once, merges them, opens the summary and says what happened', async () => {
    const user = userEvent.setup();
    render(<PlaygroundApp api={inProcessApi()} locale="zh-CN" sampleUrl="assets/sample.xlsx" />);
    await screen.findByText('当前工作簿：sample.xlsx');
    const files = (await formFolderFiles()).map((f) => {
      const file = new File([new Uint8Array(f.bytes)], f.name, { lastModified: f.modified?.getTime() ?? 0 });
      Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(f.bytes.slice().buffer) });
      return file;
    });
    expect(screen.getByTestId('forms-input')).toHaveAttribute('multiple');
    await act(async () => {
      await user.upload(screen.getByTestId('forms-input'), files);
    });
    // The folder of test/support/form-folder.ts without roster and method: 15 files, 7 read, 8 skipped,
    // 8 members (张三 twice), 吴九's 「若干」 the one error.
    const note = await screen.findByTestId('merge-note');
    expect(note).toHaveTextContent('已合并 15 个文件：汇总 8 位委员（读取 7 个，跳过 8 个，重复提交 1 份）；1 个错误');
    await screen.findByText('当前工作簿：汇总.xlsx');
    // the merged member table can be run at once
    await user.click(await screen.findByRole('button', { name: '校验数据' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '下载结果工作簿' })).toBeInTheDocument());
  }, 30_000);
});
