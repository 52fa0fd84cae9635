/**
 * A fake of the Office.js globals the ribbon commands use: Office.onReady, Office.actions.associate
 * (recorded), Office.context.requirements, Office.context.ui.displayDialogAsync (records the URL; the
 * test closes the dialog) and the enums. `installOffice()` puts it on globalThis as `Office` and,
 * with a run, `Excel`.
 */
import type { XlRun } from '../../../src/host/excel/office-api';

export interface FakeDialog {
  readonly url: string;
  closed: boolean;
  /** What the result page would do when the user clicks 关闭. */
  clickClose(): void;
}

export interface FakeOffice {
  readonly associated: Map<string, (event: { completed(): void }) => Promise<void>>;
  readonly dialogs: FakeDialog[];
  supported: string;
  dialogFails: boolean;
  /** Called when a dialog opens (e.g. to close it at once). */
  onDialog: (d: FakeDialog) => void;
}

const EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' } as const;
const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;

export function installOffice(run?: XlRun): FakeOffice {
  const state: FakeOffice = { associated: new Map(), dialogs: [], supported: '1.18', dialogFails: false, onDialog: (d) => d.clickClose() };
  const office = {
    EventType,
    AsyncResultStatus,
    onReady: (cb?: () => void): Promise<{ host: string; platform: string }> => {
      cb?.();
      return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
    },
    actions: { associate: (name: string, fn: (event: { completed(): void }) => Promise<void>): void => void state.associated.set(name, fn) },
    context: {
      requirements: { isSetSupported: (name: string, version?: string): boolean => name === 'ExcelApi' && Number(version) <= Number(state.supported) },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: { status: string; value: unknown; error?: unknown }) => void): void => {
          if (state.dialogFails) {
            callback({ status: AsyncResultStatus.Failed, value: undefined, error: { code: 12007 } });
            return;
          }
          const handlers = new Map<string, () => void>();
          const dialog: FakeDialog = {
            url,
            closed: false,
            clickClose: () => handlers.get(EventType.DialogMessageReceived)?.(),
          };
          state.dialogs.push(dialog);
          callback({
            status: AsyncResultStatus.Succeeded,
            value: {
              addEventHandler: (type: string, handler: () => void) => handlers.set(type, handler),
              close: () => (dialog.closed = true),
            },
          });
          state.onDialog(dialog);
        },
      },
    },
  };
  Object.assign(globalThis, { Office: office, ...(run ? { Excel: { run } } : {}) });
  return state;
}
