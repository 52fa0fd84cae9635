/**
 * Shows a command's outcome in a small Office dialog (result.html), which works in Excel on the web
 * (there as an iframe) and on the desktop. Resolves when the user closes it, or when it cannot be
 * opened, or after SAFETY_MS, so the command can always complete.
 */
import { encodeOutcome, type CommandOutcome } from './outcome';

export const SAFETY_MS = 10 * 60 * 1000;

/** The part of Office.context.ui the dialog needs (a fake in tests). */
export interface DialogUi {
  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void;
}

export function resultUrl(base: string, o: CommandOutcome): string {
  return `${new URL('result.html', base).href}?r=${encodeOutcome(o)}`;
}

export function showOutcome(ui: DialogUi, base: string, o: CommandOutcome, timer: (done: () => void, ms: number) => unknown = setTimeout): Promise<void> {
  return new Promise((resolve) => {
    ui.displayDialogAsync(resultUrl(base, o), { height: 40, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      let open = true;
      const close = (): void => {
        if (!open) return;
        open = false;
        try {
          dialog.close();
        } catch {
          // already closed by the user
        }
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, close);
      timer(close, SAFETY_MS);
    });
  });
}
