/**
 * @jest-environment jsdom
 *
 * manifest.xml: the ribbon matches the commands module, every resid is defined, every string has
 * an en-US override and fits the schema's limits, icons exist at their sizes, and (where xmllint
 * is installed) it validates against the 1.1 schema.
 */
import { office } from './support/fakes/office-global';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS } from '../src/commands/commands';
import { EXCEL_API_VERSION } from '../src/host/excel/requirements';

const ROOT = join(__dirname, '..');
const xml = new DOMParser().parseFromString(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), 'application/xml');
const all = (name: string): Element[] => [...xml.getElementsByTagName('*')].filter((e) => e.localName === name);
const text = (e: Element | undefined): string => e?.textContent?.trim() ?? '';

const resources = [...(all('Resources')[0]?.getElementsByTagName('*') ?? [])];
const resource = (id: string): Element | undefined => resources.find((e) => e.getAttribute('id') === id);

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('parses', () => {
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(xml.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('validates against the 1.1 schema in the repository (when xmllint is installed)', () => {
    const schema = join(ROOT, 'schemas', 'manifest', 'OfficeAppManifestV1_1.xsd');
    expect(existsSync(schema)).toBe(true);
    let xmllint = true;
    try {
      execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    } catch {
      xmllint = false;
    }
    if (!xmllint) return;
    expect(() => execFileSync('xmllint', ['--noout', '--schema', schema, join(ROOT, 'manifest.xml')], { stdio: 'pipe' })).not.toThrow();
  });

  it('declares the Excel host, the ExcelApi set the code checks, and the task pane on localhost only', () => {
    expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(['Workbook', 'Workbook']);
    expect(all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', EXCEL_API_VERSION]]);
    expect(all('SourceLocation')[0].getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
    expect(all('AppDomain').map(text).every((d) => d.startsWith('https://localhost'))).toBe(true);
    expect(all('DefaultLocale').map(text)).toEqual(['zh-CN']);
  });

  it('has a custom tab 「履职统计」 with the commands, the slips menu (all / selected rows), a task pane button and the self-check', () => {
    expect(all('OfficeTab')).toHaveLength(0);
    const tab = all('CustomTab')[0];
    const label = (el: Element): string => resource([...el.children].find((c) => c.localName === 'Label')?.getAttribute('resid') ?? '')?.getAttribute('DefaultValue') ?? '';
    expect(label(tab)).toBe('履职统计');
    const buttons = [...tab.getElementsByTagName('*')].filter((e) => e.localName === 'Control');
    expect(buttons.map(label)).toEqual(['校验数据', '一键年度汇总', '生成通报', '优秀委员名单', '个人告知单', '清除标记', '打开任务窗格', '环境自检']);
    const actions = buttons.map((b) => [...b.children].find((c) => c.localName === 'Action')?.getAttribute('xsi:type') ?? b.getAttribute('xsi:type'));
    expect(actions).toEqual(['ExecuteFunction', 'ExecuteFunction', 'ExecuteFunction', 'ExecuteFunction', 'Menu', 'ExecuteFunction', 'ShowTaskpane', 'ExecuteFunction']);
    const items = [...tab.getElementsByTagName('*')].filter((e) => e.localName === 'Item');
    expect(items.map(label)).toEqual(['全体委员', '选中的委员']);
  });

  it('every FunctionName has an Office.actions.associate handler in src/commands/commands.ts', () => {
    const names = all('FunctionName').map(text);
    expect(names).toHaveLength(8);
    expect([...office.associated.keys()].sort()).toEqual([...names].sort());
    expect(Object.keys(FUNCTIONS).sort()).toEqual([...names].sort());
  });

  it('every resid used is defined, at most 32 characters; strings fit their limits and have an en-US override', () => {
    const used = [...xml.getElementsByTagName('*')].map((e) => e.getAttribute('resid')).filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(20);
    for (const id of used) {
      expect([id, resource(id) !== undefined]).toEqual([id, true]);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    const limits: [string, number][] = [
      ['ShortStrings', 125],
      ['LongStrings', 250],
    ];
    for (const [group, max] of limits) {
      for (const s of [...all(group)[0].children]) {
        const override = [...s.children].find((o) => o.localName === 'Override' && o.getAttribute('Locale') === 'en-US');
        expect([s.getAttribute('id'), override !== undefined]).toEqual([s.getAttribute('id'), true]);
        for (const v of [s.getAttribute('DefaultValue') ?? '', override?.getAttribute('Value') ?? '']) expect(v.length).toBeLessThanOrEqual(max);
      }
    }
    for (const name of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']) {
      for (const el of all(name).filter((e) => e.hasAttribute('DefaultValue'))) {
        expect([name, [...el.children].some((o) => o.localName === 'Override' && o.getAttribute('Locale') === 'en-US')]).toEqual([name, true]);
      }
    }
    for (const el of [...all('Images')[0].children, ...all('Urls')[0].children]) {
      expect([el.getAttribute('id'), [...el.children].some((o) => o.getAttribute('Locale') === 'en-US')]).toEqual([el.getAttribute('id'), true]);
    }
  });

  it('every icon exists in assets/ at the size it is declared for; the app icon also at 64 and 80', () => {
    const images = [...all('Images')[0].children];
    const file = (url: string): string => join(ROOT, url.replace('https://localhost:3000/', ''));
    for (const img of [...xml.getElementsByTagName('*')].filter((e) => e.localName === 'Image' && e.hasAttribute('resid'))) {
      const size = Number(img.getAttribute('size'));
      const url = images.find((i) => i.getAttribute('id') === img.getAttribute('resid'))?.getAttribute('DefaultValue') ?? '';
      expect([url, pngSize(file(url))]).toEqual([url, [size, size]]);
    }
    expect(pngSize(file(all('IconUrl')[0].getAttribute('DefaultValue') ?? ''))).toEqual([32, 32]);
    expect(pngSize(file(all('HighResolutionIconUrl')[0].getAttribute('DefaultValue') ?? ''))).toEqual([64, 64]);
    for (const size of [16, 32, 64, 80]) expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual([size, size]);
  });
});

describe('the Office tooling (package.json)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; scripts: Record<string, string> };

  it('pins the Office add-in tools as devDependencies, as Microsoft’s task-pane template lists them, and never fetches them with npx', () => {
    for (const tool of ['office-addin-cli', 'office-addin-debugging', 'office-addin-dev-certs', 'office-addin-manifest']) expect([tool, pkg.devDependencies[tool]]).toEqual([tool, expect.stringMatching(/^\d+\.\d+\.\d+$/)]);
    const scripts = Object.values(pkg.scripts).join('\n');
    expect(scripts).not.toMatch(/npx|@latest/);
    expect(pkg.scripts.start).toMatch(/^office-addin-usage-data off && office-addin-debugging start manifest\.xml desktop/);
  });

  it('validates offline with the schema inside the repository', () => {
    expect(pkg.scripts.validate).toBe('xmllint --noout --schema schemas/manifest/OfficeAppManifestV1_1.xsd manifest.xml');
  });
});
