/** The result dialog of a ribbon command: renders the outcome from the address; 关闭 asks the command to close the dialog. */
import { decodeOutcome } from './outcome';

export function render(doc: Document, search: string): void {
  const o = decodeOutcome(search);
  const title = doc.getElementById('title');
  const list = doc.getElementById('lines');
  if (!title || !list) return;
  title.textContent = o?.title ?? '履职统计';
  title.className = o && !o.ok ? 'error' : '';
  for (const line of o?.lines ?? ['没有可显示的结果。']) {
    const item = doc.createElement('li');
    item.textContent = line;
    list.appendChild(item);
  }
}

void Office.onReady(() => {
  render(document, window.location.search);
  document.getElementById('close')?.addEventListener('click', () => Office.context.ui.messageParent('close'));
});
