import { readFileSync } from 'fs';
import { join } from 'path';
import type { CommandOutcome } from '../../src/commands/outcome';
import { ribbonCallbacks, ribbonHandlers, RIBBON_IMAGES } from '../../src/commands/wps/ribbon-handlers';
import { ERROR_MARK, MEMBER_SHEET, plan } from '../support/excel-plans';
import { hostOf, memberWorkbook } from '../support/wps-fixtures';

const root = join(__dirname, '..', '..');
const ribbon = readFileSync(join(root, 'wps', 'ribbon.xml'), 'utf8');

function handlersWith(host: () => ReturnType<typeof hostOf>, shown: CommandOutcome[], panes: number[] = []): ReturnType<typeof ribbonHandlers> {
  return ribbonHandlers({ host, show: (o) => shown.push(o), openTaskPane: () => panes.push(1) });
}

describe('wps/ribbon.xml', () => {
  it('names only callbacks the add-in page defines, and the Excel ribbon buttons in order', () => {
    const handlers = handlersWith(() => hostOf(memberWorkbook()), []);
    const callbacks = ribbonCallbacks(ribbon);
    expect(callbacks).toEqual(expect.arrayContaining(['OnAddinLoad', 'onGetImage', 'onValidate', 'onYearEnd', 'onNotices', 'onShortlist', 'onClearMarks', 'onOpenTaskPane']));
    expect(callbacks.filter((c) => typeof handlers[c] !== 'function')).toEqual([]);
    expect([...ribbon.matchAll(/<tab [^>]*label="([^"]+)"/g)].map((m) => m[1])).toEqual(['履职统计']);
    expect([...ribbon.matchAll(/<button [^>]*label="([^"]+)"/g)].map((m) => m[1])).toEqual(['校验数据', '一键年度汇总', '生成通报', '优秀委员名单', '清除标记', '打开任务窗格']);
    const ids = [...ribbon.matchAll(/<button id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id) => !(id in RIBBON_IMAGES))).toEqual([]);
  });

  it('the entry page carries a strict CSP and loads only its own script', () => {
    const html = readFileSync(join(root, 'wps', 'index.html'), 'utf8');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; script-src 'self';[^"]*connect-src 'none'/);
    expect([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="main.js">']);
  });
});

describe('ribbon handlers', () => {
  it('清除标记 restores the marked cells through the WPS host and tells the user', async () => {
    const fake = memberWorkbook();
    await hostOf(fake).applyPlan(plan([], { setMarks: [ERROR_MARK] }));
    expect([fake.fill(MEMBER_SHEET, 'C3'), fake.note(MEMBER_SHEET, 'C3')]).toEqual([ERROR_MARK.fill, ERROR_MARK.note]);
    const shown: CommandOutcome[] = [];
    const handlers = handlersWith(() => hostOf(fake), shown);
    await handlers.onClearMarks();
    expect([fake.fill(MEMBER_SHEET, 'C3'), fake.note(MEMBER_SHEET, 'C3')]).toEqual(['#00B0F0', null]);
    expect(shown).toEqual([{ ok: true, title: '清除标记：完成', lines: ['已清除 1 个单元格的标记，恢复了它们原来的底色和批注。'] }]);
  });

  it('a second click while a step runs is ignored; an error is shown, not thrown', async () => {
    const fake = memberWorkbook();
    const shown: CommandOutcome[] = [];
    const handlers = handlersWith(() => hostOf(fake), shown);
    const first = handlers.onValidate();
    expect(await handlers.onYearEnd()).toBeNull();
    await first;
    expect(shown.map((o) => o.title)).toEqual(['校验数据：完成']);
    const failing = handlersWith(() => {
      throw new Error('未检测到 WPS 表格');
    }, shown);
    await failing.onShortlist();
    expect(shown[1]).toMatchObject({ ok: false, title: '优秀委员名单：出错' });
  });

  it('打开任务窗格 opens the pane; icons by control id', () => {
    const panes: number[] = [];
    const handlers = handlersWith(() => hostOf(memberWorkbook()), [], panes);
    handlers.onOpenTaskPane();
    expect(panes).toEqual([1]);
    expect(handlers.onGetImage({ Id: 'btnNotices' })).toBe('images/notices-32.png');
  });
});
