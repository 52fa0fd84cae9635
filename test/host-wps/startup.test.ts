/* WPS startup: where the Application comes from, the task pane, and the packaging files as wpsjs writes them. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTaskPane, TASKPANE_KEY, type WpsAddonRoot } from '../../src/commands/wps/shell';
import { addinFolderUrl } from '../../src/commands/wps/pages';
import { wpsApplication } from '../../src/host/wps/wps-host';
import { installSh, offlineEntry, onlineEntry, pluginsXml, writePackage } from '../../scripts/wps-package';
import { WpsFake } from '../support/fakes/wps-fake';

describe('wpsApplication', () => {
  const app = new WpsFake('x.xlsx').app;
  const other = new WpsFake('y.xlsx').app;

  it('takes the global Application first (the vendor typings: 推荐使用此方式)', () => {
    expect(wpsApplication({ Application: app, wps: { EtApplication: other } })).toBe(app);
  });

  it('falls back to wps.EtApplication, a property in the typings and a function in old builds', () => {
    expect(wpsApplication({ wps: { EtApplication: other } })).toBe(other);
    expect(wpsApplication({ wps: { EtApplication: () => other } })).toBe(other);
  });

  it('outside WPS says so in Chinese', () => {
    expect(() => wpsApplication({})).toThrow('未检测到 WPS 表格');
  });
});

describe('openTaskPane', () => {
  function root(): { root: WpsAddonRoot; urls: string[]; panes: { ID: number; Visible: boolean }[]; storage: Map<string, string> } {
    const urls: string[] = [];
    const panes: { ID: number; Visible: boolean }[] = [];
    const storage = new Map<string, string>();
    return {
      urls,
      panes,
      storage,
      root: {
        CreateTaskPane: (url) => {
          urls.push(url);
          const pane = { ID: panes.length + 7, Visible: false };
          panes.push(pane);
          return pane;
        },
        GetTaskPane: (id) => panes.find((p) => p.ID === id),
        PluginStorage: { getItem: (k) => storage.get(k) ?? '', setItem: (k, v) => void storage.set(k, String(v)) },
      },
    };
  }

  it('creates the pane once, from the task pane page of the add-in folder, and shows it again later', () => {
    const r = root();
    const globals = {
      Application: r.root,
      location: { href: 'file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/dutystats_0.1.0/index.html' },
    };
    expect(openTaskPane(globals)).toBe(true);
    expect(r.urls).toEqual(['file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/dutystats_0.1.0/taskpane.html']);
    expect(r.storage.get(TASKPANE_KEY)).toBe('7');
    r.panes[0].Visible = false;
    expect(openTaskPane(globals)).toBe(true);
    expect([r.urls.length, r.panes[0].Visible]).toEqual([1, true]);
  });

  it('without CreateTaskPane returns false (the ribbon tells the user)', () => {
    expect(openTaskPane({ Application: {} })).toBe(false);
    expect(addinFolderUrl('http://10.1.1.1/dutystats/index.html?x=1#y')).toBe('http://10.1.1.1/dutystats/');
  });
});

describe('packaging (scripts/wps-package.ts)', () => {
  it('writes the entries with the attributes wpsjs writes, online URLs as wpsjs requires', () => {
    expect(offlineEntry('0.1.0')).toBe(
      '<jsplugin name="dutystats" type="et" url="dutystats_0.1.0" version="0.1.0" enable="enable_dev" install="null" customDomain=""/>',
    );
    expect(onlineEntry('http://10.0.0.5/dutystats/')).toBe(
      '<jspluginonline name="dutystats" type="et" url="http://10.0.0.5/dutystats/" debug="" enable="enable_dev" install="null" customDomain=""/>',
    );
    expect(() => onlineEntry('http://10.0.0.5/dutystats')).toThrow('以 / 结尾');
    expect(pluginsXml('<x/>')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <x/>\n</jsplugins>\n');
  });

  it('the Linux installer copies the folder and adds its entry to publish.xml, keeping other add-ins and replacing its own', () => {
    const dist = mkdtempSync(join(tmpdir(), 'wps-dist-'));
    mkdirSync(join(dist, 'dutystats_0.1.0'));
    writeFileSync(join(dist, 'dutystats_0.1.0', 'index.html'), '<html></html>');
    writePackage({ distDir: dist, version: '0.1.0' });
    const home = mkdtempSync(join(tmpdir(), 'wps-home-'));
    const jsaddons = join(home, '.local/share/Kingsoft/wps/jsaddons');
    mkdirSync(jsaddons, { recursive: true });
    writeFileSync(
      join(jsaddons, 'publish.xml'),
      '<jsplugins>\n  <jsplugin name="other" type="wps" url="other_1.0" version="1.0"/>\n  <jspluginonline name="dutystats" type="et" url="http://old/"/>\n</jsplugins>\n',
    );
    execFileSync('sh', [join(dist, 'install-linux.sh')], { env: { ...process.env, HOME: home }, stdio: 'pipe' });
    expect(readFileSync(join(jsaddons, 'publish.xml'), 'utf8')).toBe(
      `<jsplugins>\n  <jsplugin name="other" type="wps" url="other_1.0" version="1.0"/>\n  ${offlineEntry('0.1.0')}\n</jsplugins>\n`,
    );
    expect(readFileSync(join(jsaddons, 'dutystats_0.1.0', 'index.html'), 'utf8')).toBe('<html></html>');
    expect(installSh('0.1.0')).toContain('quickstartoffice restart');
  });
});
