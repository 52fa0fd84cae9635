/** @jest-environment jsdom */
import '../support/fakes/office-global';
import { readFileSync } from 'node:fs';
import { render, start } from '../../src/commands/result';
import { encodeOutcome } from '../../src/commands/outcome';

function page(): void {
  const html = readFileSync(`${__dirname}/../../src/commands/result.html`, 'utf8');
  document.documentElement.innerHTML = html.slice(html.indexOf('<head>'), html.indexOf('</html>'));
}

describe('result dialog page', () => {
  it('shows the title and lines as text (never as markup)', () => {
    page();
    render(document, { ok: false, title: '一键年度汇总：出错', lines: ['<img src=x onerror=alert(1)>', '请重试'] });
    expect(document.getElementById('title')?.textContent).toBe('一键年度汇总：出错');
    expect(document.getElementById('title')?.className).toBe('error');
    expect([...document.querySelectorAll('#lines li')].map((li) => li.textContent)).toEqual(['<img src=x onerror=alert(1)>', '请重试']);
    expect(document.querySelector('#lines img')).toBeNull();
  });

  it('says it is ready and shows what the command sends by messageChild; garbled text is said to be unreadable', () => {
    page();
    const sent: string[] = [];
    let deliver: (arg: { message: string }) => void = () => undefined;
    start(document, '', { EventType: Office.EventType, context: { ui: { messageParent: (m) => void sent.push(m), addHandlerAsync: (_type, handler) => void (deliver = handler) } } });
    expect(sent).toEqual(['ready']);
    deliver({ message: JSON.stringify({ ok: true, title: '校验数据：完成', lines: ['委员 3 人'] }) });
    expect(document.getElementById('title')?.textContent).toBe('校验数据：完成');
    deliver({ message: '{broken' });
    expect(document.querySelector('#lines li')?.textContent).toBe('没有可显示的结果。');
  });

  it('older Office: shows the outcome from the address without asking', () => {
    page();
    const sent: string[] = [];
    start(document, `?r=${encodeOutcome({ ok: true, title: '清除标记：完成', lines: ['没有需要清除的标记。'] })}`, { EventType: Office.EventType, context: { ui: { messageParent: (m) => void sent.push(m) } } });
    expect(sent).toEqual([]);
    expect(document.getElementById('title')?.textContent).toBe('清除标记：完成');
  });
});
