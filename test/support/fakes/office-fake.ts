/**
 * A fake of the Office.js globals the ribbon commands use: Office.onReady, Office.actions.associate
 * (recorded), Office.context.requirements (ExcelApi and DialogApi versions),
 * Office.context.ui.displayDialogAsync and the dialog (its page says `ready` when loaded, as
 * result.html does; messageChild is recorded) and the enums. `installOffice()` puts it on
 * globalThis as `Office` and, with a run, `Excel`. Rules, each from Microsoft's documentation:
 *  - a ribbon command's runtime ends five minutes after the click unless event.completed() came
 *    first ("Add-in commands": ExecuteFunction): `click()` starts that clock, `elapse()` moves it;
 *    after the end every Office call of that runtime fails;
 *  - a dialog address longer than 2,083 characters cannot be opened (Internet Explorer's limit,
 *    Microsoft KB 208427, the webview of older Office on Windows): error 12002, "the URL syntax is
 *    invalid or the page cannot be loaded";
 *  - messageChild exists from DialogApi 1.2 only.
 */
import type { XlRun } from '../../../src/host/excel/office-api';

/** "Add-in commands": the runtime of an ExecuteFunction command is ended after five minutes. */
export const COMMAND_RUNTIME_MS = 5 * 60 * 1000;
export const MAX_DIALOG_URL = 2083;

export interface FakeDialog {
  readonly url: string;
  closed: boolean;
  /** What the command sent with messageChild. */
  readonly messages: string[];
  /** The dialog page has loaded and says `ready` (result.html does this itself). */
  ready(): void;
  /** The user closes the window with its close button. */
  closeByUser(): void;
}

export interface CommandClick {
  readonly event: { completed(): void };
  /** When completed() was called (virtual ms since the click), or null. */
  completedAfter: number | null;
  /** The handler's promise. */
  readonly done: Promise<void>;
}

export interface FakeOffice {
  readonly associated: Map<string, (event: { completed(): void }) => Promise<void>>;
  readonly dialogs: FakeDialog[];
  supported: string;
  /** DialogApi version ('1.2' has messageChild). */
  dialogApi: string;
  dialogFails: boolean;
  /** Called when a dialog opens; by default the page loads and says ready; the user does not close it. */
  onDialog: (d: FakeDialog) => void;
  /** Virtual time in ms. */
  now: number;
  /** What a dialog page sent with messageParent. */
  readonly parentMessages: string[];
  /** Whether the current command's runtime has been ended by the five-minute clock. */
  runtimeEnded: boolean;
  /** Clicks a ribbon button: runs its handler with a fresh event and starts the five-minute clock. */
  click(functionName: string): CommandClick;
  /** Moves the virtual clock; ends the runtime of a command not completed within five minutes. */
  elapse(ms: number): void;
}

const EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived', DialogParentMessageReceived: 'dialogParentMessageReceived' } as const;
const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;

export function installOffice(run?: XlRun): FakeOffice {
  let current: { click: CommandClick; at: number } | null = null;
  const alive = (what: string): void => {
    if (state.runtimeEnded) throw new Error(`${what}: the add-in command's runtime has ended (five minutes after the click without event.completed())`);
  };
  const state: FakeOffice = {
    associated: new Map(),
    dialogs: [],
    supported: '1.18',
    dialogApi: '1.2',
    dialogFails: false,
    onDialog: (d) => setTimeout(() => d.ready(), 0),
    now: 0,
    parentMessages: [],
    runtimeEnded: false,
    click(name) {
      const fn = state.associated.get(name);
      if (!fn) throw new Error(`no function ${name} associated`);
      state.runtimeEnded = false;
      const click: CommandClick = {
        event: {
          completed: () => {
            if (click.completedAfter === null) click.completedAfter = state.now - (current?.at ?? state.now);
          },
        },
        completedAfter: null,
        done: Promise.resolve(),
      };
      current = { click, at: state.now };
      Object.assign(click, { done: fn(click.event) });
      return click;
    },
    elapse(ms) {
      state.now += ms;
      if (current && current.click.completedAfter === null && state.now - current.at >= COMMAND_RUNTIME_MS) state.runtimeEnded = true;
    },
  };
  const office = {
    EventType,
    AsyncResultStatus,
    onReady: (cb?: () => void): Promise<{ host: string; platform: string }> => {
      cb?.();
      return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
    },
    actions: { associate: (name: string, fn: (event: { completed(): void }) => Promise<void>): void => void state.associated.set(name, fn) },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string): boolean =>
          (name === 'ExcelApi' && Number(version) <= Number(state.supported)) || (name === 'DialogApi' && Number(version ?? '1.1') <= Number(state.dialogApi)),
      },
      ui: {
        // What a dialog page calls (result.html): recorded, so the page can be loaded with this fake.
        messageParent: (message: string): void => void state.parentMessages.push(message),
        addHandlerAsync: (): void => undefined,
        displayDialogAsync: (url: string, _options: unknown, callback: (r: { status: string; value: unknown; error?: unknown }) => void): void => {
          alive('displayDialogAsync');
          if (state.dialogFails || url.length > MAX_DIALOG_URL) {
            callback({ status: AsyncResultStatus.Failed, value: undefined, error: { code: state.dialogFails ? 12007 : 12002 } });
            return;
          }
          const handlers = new Map<string, (arg: unknown) => void>();
          const dialog: FakeDialog = {
            url,
            closed: false,
            messages: [],
            ready: () => handlers.get(EventType.DialogMessageReceived)?.({ message: 'ready', origin: 'https://localhost:3000' }),
            closeByUser: () => {
              dialog.closed = true;
              handlers.get(EventType.DialogEventReceived)?.({ error: 12006 });
            },
          };
          state.dialogs.push(dialog);
          callback({
            status: AsyncResultStatus.Succeeded,
            value: {
              addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler),
              close: () => (dialog.closed = true),
              messageChild: (message: string) => {
                alive('messageChild');
                if (Number(state.dialogApi) < 1.2) throw new Error('messageChild needs DialogApi 1.2');
                dialog.messages.push(message);
              },
            },
          });
          state.onDialog(dialog);
        },
      },
    },
  };
  const excel = run
    ? {
        run: <T>(batch: Parameters<XlRun>[0]): Promise<T> => {
          alive('Excel.run');
          return run(batch) as Promise<T>;
        },
      }
    : undefined;
  Object.assign(globalThis, { Office: office, ...(excel ? { Excel: excel } : {}) });
  return state;
}
