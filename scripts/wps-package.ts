/**
 * Packages the WPS add-in the way the vendor's tool `wpsjs` does (read from its npm package, 2.2.3):
 *
 *   dist-wps/
 *     dutystats_<version>/      the add-in folder (webpack --env wps): index.html, main.js, ribbon.xml,
 *                               taskpane.html, taskpane.js, images/
 *     publish.xml               offline, per user: what `wpsjs build --exe` installs (its copy.bat copies
 *                               the folder and this file into the user's jsaddons folder); one
 *                               <jsplugin> whose url is the folder's name
 *     online/publish.xml        online, per user: what `wpsjs debug` / publish.html write, one
 *                               <jspluginonline> whose url is the server folder (--url, default the
 *                               wpsjs debug server http://127.0.0.1:3889/)
 *     jsplugins.xml             managed by oem.ini ([Server] JSPluginsServer=…, the mode `wpsjs debug`
 *                               uses for enterprise builds and the one offices' IT use offline): the same
 *                               offline <jsplugin>, url the folder in jsaddons
 *     oem.ini.txt               the oem.ini lines for that mode ([Support] JsApiPlugin=true, [Server] JSPluginsServer)
 *     install-windows.bat, install-linux.sh
 *                               copy the folder into jsaddons and add the entry to publish.xml (other
 *                               add-ins' entries are kept; the old file is saved as publish.xml.bak)
 *
 *   npx tsx scripts/wps-package.ts [--url http://server/dutystats/]
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The add-in's name in WPS (wpsjs: package.json name; letters, digits and underscores only). */
export const ADDIN_NAME = 'dutystats';
/** `et`: WPS 表格 (wpsjs addonType). */
export const ADDIN_TYPE = 'et';
/** wpsjs debug's default server (util.js netPort). */
export const DEFAULT_ONLINE_URL = 'http://127.0.0.1:3889/';

export function addinFolder(version: string): string {
  return `${ADDIN_NAME}_${version}`;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The offline entry, attributes as wpsjs build.js CreatePublishXml writes them. */
export function offlineEntry(version: string): string {
  return `<jsplugin name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${addinFolder(version)}" version="${attr(version)}" enable="enable_dev" install="null" customDomain=""/>`;
}

/** The online entry, attributes as wpsjs debug_publish.js configPublish writes them. */
export function onlineEntry(url: string): string {
  if (!/^https?:\/\/.+\/$/.test(url)) throw new Error(`在线地址须以 http:// 或 https:// 开头、以 / 结尾（wpsjs 的要求）：${url}`);
  return `<jspluginonline name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${attr(url)}" debug="" enable="enable_dev" install="null" customDomain=""/>`;
}

export function pluginsXml(entry: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${entry}\n</jsplugins>\n`;
}

export function oemIni(jspluginsPath: string): string {
  return [
    "; Lines for WPS's oem.ini (see docs/wps.md). Keep the file's other lines; add these under their sections.",
    '; Windows: <WPS install folder>\\office6\\cfgs\\oem.ini',
    '; Linux:   /opt/kingsoft/wps-office/office6/cfgs/oem.ini',
    '; UOS:     /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs/oem.ini',
    '[Support]',
    'JsApiPlugin=true',
    '[Server]',
    `JSPluginsServer=${jspluginsPath}`,
    '',
  ].join('\r\n');
}

/** Windows: copy into %APPDATA%\kingsoft\wps\jsaddons (wpsjs copy.bat), merging publish.xml with PowerShell. */
export function installBat(version: string): string {
  const folder = addinFolder(version);
  return [
    '@echo off',
    'chcp 65001 >nul',
    'rem 履职统计 WPS 加载项：复制到当前用户的 jsaddons 文件夹（与 wpsjs build --exe 的 copy.bat 相同），并登记到 publish.xml。',
    'set "DEST=%APPDATA%\\kingsoft\\wps\\jsaddons"',
    'if not exist "%DEST%" mkdir "%DEST%"',
    `xcopy /E /I /Y "%~dp0${folder}" "%DEST%\\${folder}" >nul`,
    'if exist "%DEST%\\publish.xml" copy /Y "%DEST%\\publish.xml" "%DEST%\\publish.xml.bak" >nul',
    `powershell -NoProfile -ExecutionPolicy Bypass -Command "$f='%DEST%\\publish.xml'; $e='${offlineEntry(version).replace(/"/g, '\\"')}'; if (Test-Path $f) { $t=[IO.File]::ReadAllText($f) } else { $t='<jsplugins></jsplugins>' }; $t=[regex]::Replace($t,'\\s*<jsplugin(online)?\\s+name=\\"${ADDIN_NAME}\\"[^>]*/>',''); $t=$t.Replace('<jsplugins/>','<jsplugins></jsplugins>').Replace('</jsplugins>',\\"  $e\`r\`n</jsplugins>\\"); [IO.File]::WriteAllText($f,$t,(New-Object Text.UTF8Encoding $false))"`,
    'echo 已安装到 %DEST%\\' + folder + '。请关闭并重新打开 WPS 表格，选项卡“履职统计”即出现。',
    'pause',
    '',
  ].join('\r\n');
}

/** Linux (UOS, Kylin and others): copy into ~/.local/share/Kingsoft/wps/jsaddons and merge publish.xml with sed. */
export function installSh(version: string): string {
  const folder = addinFolder(version);
  return [
    '#!/bin/sh',
    '# 履职统计 WPS 加载项：复制到当前用户的 jsaddons 文件夹，并登记到 publish.xml（保留其他加载项）。',
    'set -e',
    'HERE=$(cd "$(dirname "$0")" && pwd)',
    'DEST="$HOME/.local/share/Kingsoft/wps/jsaddons"',
    'mkdir -p "$DEST"',
    `rm -rf "$DEST/${folder}" && cp -R "$HERE/${folder}" "$DEST/${folder}"`,
    'F="$DEST/publish.xml"',
    '[ -f "$F" ] && cp "$F" "$F.bak" || printf \'<jsplugins>\\n</jsplugins>\\n\' > "$F"',
    `sed -i -e '/<jsplugin\\(online\\)\\{0,1\\} name="${ADDIN_NAME}"/d' -e 's#<jsplugins/>#<jsplugins>\\n</jsplugins>#' "$F"`,
    `sed -i -e 's#</jsplugins>#  ${offlineEntry(version).replace(/#/g, '\\#')}\\n</jsplugins>#' "$F"`,
    `echo "已安装到 $DEST/${folder}。请重启 WPS（统信 UOS、麒麟等预加载 WPS 的系统上先运行 quickstartoffice restart），选项卡“履职统计”即出现。"`,
    '',
  ].join('\n');
}

export interface PackageOptions {
  readonly distDir: string;
  readonly version: string;
  readonly onlineUrl?: string;
}

/** Writes the packaging files next to the add-in folder; returns the files written (relative to distDir). */
export function writePackage(options: PackageOptions): string[] {
  const { distDir, version } = options;
  const folder = join(distDir, addinFolder(version));
  if (!existsSync(join(folder, 'index.html'))) throw new Error(`没有找到 ${folder}/index.html：请先运行 webpack --env wps`);
  const files: Record<string, string> = {
    'publish.xml': pluginsXml(offlineEntry(version)),
    'online/publish.xml': pluginsXml(onlineEntry(options.onlineUrl ?? DEFAULT_ONLINE_URL)),
    'jsplugins.xml': pluginsXml(offlineEntry(version)),
    'oem.ini.txt': oemIni(
      '<jsaddons 文件夹>/jsplugins.xml（Windows 例：C:\\Users\\<用户名>\\AppData\\Roaming\\kingsoft\\wps\\jsaddons\\jsplugins.xml）',
    ),
    'install-windows.bat': installBat(version),
    'install-linux.sh': installSh(version),
  };
  mkdirSync(join(distDir, 'online'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(distDir, name), text, 'utf8');
  chmodSync(join(distDir, 'install-linux.sh'), 0o755);
  return Object.keys(files);
}

function main(argv: readonly string[]): void {
  const root = resolve(__dirname, '..');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const at = argv.indexOf('--url');
  const onlineUrl = at >= 0 ? argv[at + 1] : process.env.WPS_ADDIN_URL;
  const written = writePackage({ distDir: join(root, 'dist-wps'), version, onlineUrl });
  console.log(`dist-wps/${addinFolder(version)}/ 及 ${written.join('、')}`);
}

if (require.main === module) main(process.argv.slice(2));
