import { readFileSync } from 'fs';
import { join } from 'path';
import type { CommandOutcome } from '../../src/commands/outcome';
import { ribbonCallbacks, ribbonHandlers, RIBBON_IMAGES } from '../../src/commands/wps/ribbon-handlers';
import { ERROR_MARK, MEMBER_SHEET, plan } from '../support/excel-plans';
import { hostOf, memberWorkbook } from '../support/wps-fixtures';

const root = join(__dirname, '..', '..');
const ribbon = readFileSync(join(root, 'wps', 'ribbon.xml'), 'utf8');

function handlersWith(host: () => ReturnType<typeof hostOf>, shown: CommandOutcome[], panes: number[] = []): ReturnType<typeof ribbonHandlers> {
  return ribbonHandlers({ host, show: (o) => shown.push(o), openTaskPane: () => panes.push(1), selfCheck: async () => ({ ok: true, title: '环境自检：全部通过', lines: [] }) });
}

describe('wps/ribbon.xml', () => {
  it('names only callbacks the add-in page defines, and the Excel ribbon buttons in order', () => {
    const handlers = handlersWith(() => hostOf(memberWorkbook()), []);
    const callbacks = ribbonCallbacks(ribbon);
    expect(callbacks).toEqual(expect.arrayContaining(['OnAddinLoad', 'onGetImage', 'onValidate', 'onYearEnd', 'onNotices', 'onShortlist', 'onClearMarks', 'onOpenTaskPane']));
    expect(callbacks.filter((c) => typeof handlers[c] !== 'function')).toEqual([]);
    expect([...ribbon.matchAll(/<tab [^>]*label="([^"]+)"/g)].map((m) => m[1])).toEqual(['履职统计']);
    expect([...ribbon.matchAll(/<(?:button|menu) [^>]*label="([^"]+)"/g)].map((m) => m[1])).toEqual(['校验数据', '一键年度汇总', '生成通报', '优秀委员名单', '个人告知单', '全体委员', '选中的委员', '清除标记', '打开任务窗格', '环境自检']);
    // Every large control has its icon (menu items show the menu's).
    const ids = [...ribbon.matchAll(/<(?:button|menu) id="([^"]+)"[^>]*size="large"/g)].map((m) => m[1]);
    expect(ids.filter((id) => !(id in RIBBON_IMAGES))).toEqual([]);
  });

  it('the entry page carries a strict CSP and loads only its own script', () => {
    const html = readFileSync(join(root, 'wps', 'index.html'), 'utf8');
    // 'self' and file: — an offline add-in is loaded from the local jsaddons folder (test/e2e/wps-addin.e2e.ts loads it so).
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; script-src 'self' file:;[^"]*connect-src 'none'/);
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

  it('个人告知单 › 全体委员 and › 选中的委员 write the slips for all or the selected members; no selection on the table says so', async () => {
    const fake = memberWorkbook();
    const shown: CommandOutcome[] = [];
    const handlers = handlersWith(() => hostOf(fake), shown);
    await handlers.onSlipsAll();
    expect(shown[0]).toMatchObject({ title: '个人告知单：完成' });
    expect(shown[0].lines.join('')).toContain('「个人履职告知单」');
    fake.select(MEMBER_SHEET, 'A3:C3');
    await handlers.onSlipsSelected();
    expect(shown[1].lines).toContain('个人履职告知单：选中的 1 位委员。');
    fake.select('个人履职告知单', 'A1');
    await handlers.onSlipsSelected();
    expect(shown[2]).toMatchObject({ ok: false, title: '个人告知单：未能运行' });
    expect(shown[2].lines[0]).toContain('不在委员履职统计表');
  });

  it('环境自检 shows what the self-check returns', async () => {
    const shown: CommandOutcome[] = [];
    await handlersWith(() => hostOf(memberWorkbook()), shown).onSelfCheck();
    expect(shown).toEqual([{ ok: true, title: '环境自检：全部通过', lines: [] }]);
  });
});
