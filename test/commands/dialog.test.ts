/* The result dialog always lets the command complete: on 关闭, on the window's X, when it cannot open, and after a safety delay. */
import '../support/fakes/office-global';
import { resultUrl, showOutcome, type DialogUi } from '../../src/commands/dialog';
import { decodeOutcome } from '../../src/commands/outcome';

const OUTCOME = { ok: true, title: '校验数据：完成', lines: ['委员 3 人'] };

function fakeUi(fail = false): { ui: DialogUi; fire: (type: Office.EventType) => void; closed: () => boolean; urls: string[] } {
  const handlers = new Map<string, () => void>();
  const urls: string[] = [];
  let closed = false;
  const dialog: Office.Dialog = {
    close: () => void (closed = true),
    addEventHandler: (type, handler) => void handlers.set(String(type), () => handler({ message: 'close', origin: undefined })),
    messageChild: () => undefined,
    sendMessage: () => undefined,
  };
  const ui: DialogUi = {
    displayDialogAsync: (url, _options, callback) => {
      urls.push(url);
      callback({
        status: fail ? Office.AsyncResultStatus.Failed : Office.AsyncResultStatus.Succeeded,
        value: dialog,
        error: { code: fail ? 12007 : 0, message: '', name: '' },
        asyncContext: undefined,
        diagnostics: undefined,
      });
    },
  };
  return { ui, fire: (type) => handlers.get(String(type))?.(), closed: () => closed, urls };
}

const never = (): void => undefined;

describe('showOutcome', () => {
  it('opens result.html with the outcome in the address and resolves when the user clicks 关闭', async () => {
    const f = fakeUi();
    const shown = showOutcome(f.ui, 'https://localhost:3000/commands.html', OUTCOME, never);
    f.fire(Office.EventType.DialogMessageReceived);
    await shown;
    expect(f.closed()).toBe(true);
    expect(f.urls[0].startsWith('https://localhost:3000/result.html?r=')).toBe(true);
    expect(decodeOutcome(new URL(f.urls[0]).search)).toEqual(OUTCOME);
    expect(resultUrl('https://localhost:3000/commands.html', OUTCOME)).toBe(f.urls[0]);
  });

  it('resolves when the user closes the window, when it cannot open, and after the safety delay', async () => {
    const byX = fakeUi();
    const shown = showOutcome(byX.ui, 'https://localhost:3000/commands.html', OUTCOME, never);
    byX.fire(Office.EventType.DialogEventReceived);
    await expect(shown).resolves.toBeUndefined();
    await expect(showOutcome(fakeUi(true).ui, 'https://localhost:3000/commands.html', OUTCOME, never)).resolves.toBeUndefined();
    const late = fakeUi();
    await showOutcome(late.ui, 'https://localhost:3000/commands.html', OUTCOME, (done) => done());
    expect(late.closed()).toBe(true);
  });
});
