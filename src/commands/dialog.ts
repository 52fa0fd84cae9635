/**
 * Shows a command's outcome in a small Office dialog (result.html), which works in Excel on the web
 * (there as an iframe) and on the desktop. The outcome travels by `messageChild` (DialogApi 1.2),
 * not in the address: the dialog page says `ready` when it has loaded, the command answers with the
 * outcome and is done. A ribbon command's runtime ends at event.completed() or five minutes after the
 * click, so the command must not wait for the user to close the dialog (on Windows and on the web
 * the dialog stays open after completed()).
 * Without DialogApi 1.2 the outcome goes in the address, clipped to what an address may hold.
 */
import { clippedForUrl, encodeOutcome, type CommandOutcome } from './outcome';

/** How long the command waits for the dialog page to say it is ready before it completes anyway. */
export const HANDOFF_MS = 20 * 1000;
/** Longest dialog address: Internet Explorer's 2,083 characters (Microsoft KB 208427), the webview of older Office on Windows. */
export const MAX_DIALOG_URL = 2083;
/** What the dialog page sends when it can receive the outcome. */
export const READY_MESSAGE = 'ready';

/** The part of Office.context.ui the dialog needs (a fake in tests). */
export interface DialogUi {
  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void;
}

export function resultUrl(base: string, o: CommandOutcome | null): string {
  const page = new URL('result.html', base).href;
  if (o === null) return page;
  // The address carries as much of the outcome as fits (older Office without messageChild).
  return `${page}?r=${encodeOutcome(clippedForUrl(o, MAX_DIALOG_URL - page.length - 3))}`;
}

/**
 * Opens the dialog and hands it the outcome. Resolves once the dialog has the outcome, or is
 * closed, or cannot be opened, or after HANDOFF_MS: never later, so the command completes in time.
 * `messageChild`: whether DialogApi 1.2 is there.
 */
export function showOutcome(ui: DialogUi, base: string, o: CommandOutcome, messageChild: boolean, timer: (done: () => void, ms: number) => unknown = setTimeout): Promise<void> {
  return new Promise((resolve) => {
    ui.displayDialogAsync(resultUrl(base, messageChild ? null : o), { height: 40, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      let pending = true;
      const done = (): void => {
        if (!pending) return;
        pending = false;
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if (!messageChild || !('message' in arg) || arg.message !== READY_MESSAGE) return;
        try {
          dialog.messageChild(JSON.stringify(o));
        } finally {
          done();
        }
      });
      // Closed by the user (or unloaded) before it was ready.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      if (messageChild) timer(done, HANDOFF_MS);
      else done();
    });
  });
}
