/* The result dialog: the outcome goes by messageChild once the page is ready; the command never waits for the user to close it. */
import '../support/fakes/office-global';
import { HANDOFF_MS, MAX_DIALOG_URL, resultUrl, showOutcome, type DialogUi } from '../../src/commands/dialog';
import { decodeOutcome, parseOutcome } from '../../src/commands/outcome';

const OUTCOME = { ok: true, title: '校验数据：完成', lines: ['委员 3 人'] };
const BASE = 'https://localhost:3000/commands.html';

function fakeUi(fail = false): { ui: DialogUi; ready: () => void; closeByUser: () => void; sent: string[]; urls: string[] } {
  const handlers = new Map<string, (arg: { message: string; origin: string | undefined } | { error: number }) => void>();
  const urls: string[] = [];
  const sent: string[] = [];
  const dialog: Office.Dialog = {
    close: () => undefined,
    addEventHandler: (type, handler) => void handlers.set(String(type), handler),
    messageChild: (m) => void sent.push(m),
    sendMessage: () => undefined,
  };
  const ui: DialogUi = {
    displayDialogAsync: (url, _options, callback) => {
      urls.push(url);
      callback({ status: fail ? Office.AsyncResultStatus.Failed : Office.AsyncResultStatus.Succeeded, value: dialog, error: { code: fail ? 12007 : 0, message: '', name: '' }, asyncContext: undefined, diagnostics: undefined });
    },
  };
  return {
    ui,
    ready: () => handlers.get(String(Office.EventType.DialogMessageReceived))?.({ message: 'ready', origin: undefined }),
    closeByUser: () => handlers.get(String(Office.EventType.DialogEventReceived))?.({ error: 12006 }),
    sent,
    urls,
  };
}

const never = (): void => undefined;

describe('showOutcome', () => {
  it('opens result.html with nothing in the address, sends the outcome when the page is ready, and resolves then', async () => {
    const f = fakeUi();
    let resolved = false;
    const shown = showOutcome(f.ui, BASE, OUTCOME, true, never).then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    expect(f.urls).toEqual(['https://localhost:3000/result.html']);
    f.ready();
    await shown;
    expect(f.sent.map(parseOutcome)).toEqual([OUTCOME]);
  });

  it('resolves when the user closes the window first, when it cannot open, and after the hand-off delay', async () => {
    const byX = fakeUi();
    const shown = showOutcome(byX.ui, BASE, OUTCOME, true, never);
    byX.closeByUser();
    await expect(shown).resolves.toBeUndefined();
    await expect(showOutcome(fakeUi(true).ui, BASE, OUTCOME, true, never)).resolves.toBeUndefined();
    const delays: number[] = [];
    await showOutcome(fakeUi().ui, BASE, OUTCOME, true, (done, ms) => {
      delays.push(ms);
      done();
    });
    expect(delays).toEqual([HANDOFF_MS]);
  });

  it('without DialogApi 1.2, the outcome goes in the address, clipped to what an address may hold', async () => {
    const long = { ok: false, title: '一键年度汇总：完成', lines: Array.from({ length: 12 }, (_, i) => `第 ${i + 1} 行：${'很长的说明文字'.repeat(20)}`) };
    const f = fakeUi();
    await showOutcome(f.ui, BASE, long, false, never);
    expect(f.sent).toEqual([]);
    expect(f.urls[0].length).toBeLessThanOrEqual(MAX_DIALOG_URL);
    const shown = decodeOutcome(new URL(f.urls[0]).search);
    expect(shown?.title).toBe(long.title);
    expect(shown?.lines[0]).toBe(long.lines[0]);
    expect(shown?.lines[shown.lines.length - 1]).toBe('（其余内容请在任务窗格中查看。）');
    expect(resultUrl(BASE, OUTCOME)).toBe(`https://localhost:3000/result.html?r=${encodeURIComponent(JSON.stringify(OUTCOME))}`);
  });
});
