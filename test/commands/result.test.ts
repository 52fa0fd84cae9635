/** @jest-environment jsdom */
import '../support/fakes/office-global';
import { readFileSync } from 'node:fs';
import { render } from '../../src/commands/result';
import { encodeOutcome } from '../../src/commands/outcome';

describe('result dialog page', () => {
  it('shows the title and lines as text (never as markup)', () => {
    const html = readFileSync(`${__dirname}/../../src/commands/result.html`, 'utf8');
    document.documentElement.innerHTML = html.slice(html.indexOf('<head>'), html.indexOf('</html>'));
    render(document, `?r=${encodeOutcome({ ok: false, title: '一键年度汇总：出错', lines: ['<img src=x onerror=alert(1)>', '请重试'] })}`);
    expect(document.getElementById('title')?.textContent).toBe('一键年度汇总：出错');
    expect(document.getElementById('title')?.className).toBe('error');
    expect([...document.querySelectorAll('#lines li')].map((li) => li.textContent)).toEqual(['<img src=x onerror=alert(1)>', '请重试']);
    expect(document.querySelector('#lines img')).toBeNull();
  });

  it('says so when the address carries nothing readable', () => {
    document.body.innerHTML = '<h1 id="title"></h1><ul id="lines"></ul>';
    render(document, '?r=%7Bbroken');
    expect(document.querySelector('#lines li')?.textContent).toBe('没有可显示的结果。');
  });
});
