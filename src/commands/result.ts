/**
 * The result dialog of a ribbon command. It says `ready` to the command, which answers with the
 * outcome by messageChild (DialogApi 1.2); older Office sends it in the address instead. The user
 * closes the dialog with its own close button: the command's runtime may have ended by then.
 */
import { decodeOutcome, parseOutcome, type CommandOutcome } from './outcome';

export function render(doc: Document, o: CommandOutcome | null): void {
  const title = doc.getElementById('title');
  const list = doc.getElementById('lines');
  if (!title || !list) return;
  title.textContent = o?.title ?? '履职统计';
  title.className = o && !o.ok ? 'error' : '';
  list.replaceChildren();
  for (const line of o?.lines ?? ['没有可显示的结果。']) {
    const item = doc.createElement('li');
    item.textContent = line;
    list.appendChild(item);
  }
}

/** What the page does once Office is ready: show the address's outcome, or ask the command for it. */
export function start(doc: Document, search: string, office: { readonly context: { readonly ui: { messageParent(m: string): void; addHandlerAsync?(type: Office.EventType, handler: (arg: { message: string }) => void): void } }; readonly EventType: typeof Office.EventType }): void {
  const fromAddress = decodeOutcome(search);
  if (fromAddress) {
    render(doc, fromAddress);
    return;
  }
  const waiting = doc.getElementById('lines');
  if (waiting) waiting.textContent = '';
  office.context.ui.addHandlerAsync?.(office.EventType.DialogParentMessageReceived, (arg) => render(doc, parseOutcome(arg.message)));
  office.context.ui.messageParent('ready');
}

void Office.onReady(() => start(document, window.location.search, Office));
