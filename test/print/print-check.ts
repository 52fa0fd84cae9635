/**
 * The print check (npm run test:print): runs `duty-stats run --slips` on a small generated workbook
 * (the member slips are an action of their own; --slips is how the command line asks for them),
 * prints the generated sheets with LibreOffice Calc (headless, a fresh profile) to PDF, and
 * checks the pages with poppler: 单位告知 one page per unit holding only that unit's members,
 * 个人履职告知单 one page per member, no cell shown as ####, no phone or ID number anywhere;
 * 校验结果, 履职汇总 and 分组统计 on the paper the plan chose, with no type under 8 pt (measured
 * from the glyphs) and the title whole on page 1; the Word documents through LibreOffice Writer.
 * Needs LibreOffice Calc and Writer (Debian libreoffice-calc, libreoffice-writer; SOFFICE=<path>
 * names another soffice) and poppler-utils.
 *
 *   npm run test:print                      # the check
 *   npm run test:print -- --render docs     # also writes two small page images into docs/
 *   npm run test:print -- --keep            # keeps the working folder (PDFs) and prints its path
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeSampleWorkbook, type SampleMember } from '../support/print-workbook';
import { runPipeline } from '../../src/core';
import { XlsxHost } from '../../src/host/xlsx/xlsx-host';

/**
 * The member slips are an action of their own, not part of the year-end run `duty-stats run`
 * writes: they are written the way that action does (the pipeline with the memberSlips output,
 * applied through the xlsx host) into a file of their own, so they are printed and checked too.
 * (Not into the result file: exceljs does not read page breaks back, and reads 10.5 pt as 10.)
 */
async function writeMemberSlips(input: string, file: string): Promise<void> {
  const host = await XlsxHost.fromBuffer(fs.readFileSync(input), '统计表.xlsx');
  const snapshot = await host.readSnapshot();
  const now = new Date();
  const outcome = runPipeline(snapshot, { fileName: '统计表.xlsx', outputs: ['memberSlips'], today: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }, runAt: now.toISOString() });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  await host.applyPlan(outcome.plan);
  fs.writeFileSync(file, await host.toBuffer());
}

const ROOT = path.resolve(__dirname, '../..');
const SHEETS = ['校验结果', '履职汇总', '分组统计', '履职通报', '单位告知', '个人履职告知单', '优秀委员建议名单', '履职预警名单'] as const;

interface ReportMember {
  readonly name: string;
  readonly unit: string | null;
  readonly status: string;
}

const results: { name: string; ok: boolean; detail: string }[] = [];

function check(name: string, ok: boolean, detail = ''): void {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${detail ? `: ${detail}` : ''}`);
}

const SOFFICE = process.env.SOFFICE ?? 'soffice';
/** No LibreOffice run may take longer (a profile locked by another instance, a dialog in a broken install): then it is killed and the check says so. */
const SOFFICE_TIMEOUT_MS = 10 * 60 * 1000;

function run(cmd: string, args: readonly string[], cwd = ROOT, timeout?: number): { status: number | null; stdout: string; stderr: string } {
  // Fonts offices have (仿宋, 小标宋, 黑体) fall back to the installed Noto CJK faces that look alike.
  const env = { ...process.env, FONTCONFIG_FILE: path.join(__dirname, 'fonts.conf') };
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout, killSignal: 'SIGKILL' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new Error(`${cmd} did not finish within ${Math.round((timeout ?? 0) / 60000)} minutes and was stopped`);
  if (r.error) throw new Error(`${cmd} could not run: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the workbook where every sheet but `keep` is hidden (LibreOffice prints visible sheets only). */
async function isolate(source: Buffer, keep: string, file: string): Promise<void> {
  const zip = await JSZip.loadAsync(source);
  const entry = zip.file('xl/workbook.xml');
  if (!entry) throw new Error('xl/workbook.xml missing');
  let xml = await entry.async('string');
  let index = -1;
  let position = 0;
  xml = xml.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    const name = /name="([^"]*)"/.exec(tag)?.[1] ?? '';
    const bare = tag.replace(/\sstate="[^"]*"/, '');
    if (name === keep) index = position;
    position++;
    return name === keep ? bare : bare.replace(/\/>$/, ' state="hidden"/>');
  });
  if (index < 0) throw new Error(`sheet ${keep} not in the result workbook`);
  xml = xml.replace(/activeTab="\d+"/, `activeTab="${index}"`).replace(/firstSheet="\d+"/, `firstSheet="${index}"`);
  zip.file('xl/workbook.xml', xml);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

/** Converts every .xlsx or .docx given to PDF in one LibreOffice run with a throw-away profile; returns the files it made no PDF of, and what it said. */
function convert(files: readonly string[], outDir: string, profile: string): { readonly missing: string[]; readonly said: string } {
  const r = run(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], outDir, SOFFICE_TIMEOUT_MS);
  const missing = files.filter((f) => !fs.existsSync(path.join(outDir, `${path.basename(f).replace(/\.(xlsx|docx)$/, '')}.pdf`)));
  return { missing, said: `${r.stdout}\n${r.stderr}`.trim() };
}

/** The sheets must print: without Calc nothing else can be checked. */
function toPdf(files: readonly string[], outDir: string, profile: string): void {
  const { missing, said } = convert(files, outDir, profile);
  if (missing.length > 0) throw new Error(`LibreOffice Calc printed no PDF of ${missing.map((f) => path.basename(f)).join(', ')} (is libreoffice-calc installed?)\n${said}`);
}

/**
 * The Word documents print with LibreOffice Writer. Where only Calc is installed, LibreOffice cannot
 * open a .docx ("source file could not be loaded", exit status 0, no PDF): the check says what to install.
 */
function docxToPdf(files: readonly string[], outDir: string, profile: string): boolean {
  const { missing, said } = convert(files, outDir, profile);
  if (missing.length === 0) return true;
  const writer = /could not be loaded|no export filter|type detection/i.test(said) || missing.length === files.length;
  check(
    'the Word documents print with LibreOffice Writer',
    false,
    `${missing.length} of ${files.length} .docx printed no PDF${writer ? ': LibreOffice cannot open .docx here, its Writer module is missing (Debian package libreoffice-writer; .ci/run installs it)' : ''}. LibreOffice said: ${said.split('\n').slice(-3).join(' / ')}`,
  );
  return false;
}

/** Each page's size in points and its paper name as poppler gives it (pdfinfo). */
function pageSizes(pdf: string): { width: number; height: number; paper: string }[] {
  const out = run('pdfinfo', ['-f', '1', '-l', '9999', pdf]).stdout;
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]), paper: m[3] ?? '' }));
}

interface TypeSize {
  readonly size: number;
  readonly word: string;
  readonly page: number;
}

/**
 * The type size of every run of Chinese characters as printed, in points: a CJK glyph is one em
 * wide (full-width), so a word's width over its characters is its size after all scaling (Calc's
 * fit-to-page included). Latin and digits, whose widths vary, are left out.
 */
function typeSizes(pdf: string): TypeSize[] {
  const html = run('pdftotext', ['-bbox', pdf, '-']).stdout;
  const sizes: TypeSize[] = [];
  html.split(/<page /).slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<\/word>/g)) {
      const word = m[3];
      if (!/^\p{Script=Han}+$/u.test(word)) continue;
      sizes.push({ size: (Number(m[2]) - Number(m[1])) / [...word].length, word, page: i + 1 });
    }
  });
  return sizes;
}

const PAPER: Readonly<Record<number, string>> = { 8: 'A3', 9: 'A4' };

function pageCount(pdf: string): number {
  const m = /Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]).stdout);
  return m ? Number(m[1]) : -1;
}

/** The text of every page (pdftotext ends each page with a form feed). */
function pageTexts(pdf: string): string[] {
  const pages = run('pdftotext', ['-layout', pdf, '-']).stdout.split('\f');
  if (pages.length > 0 && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** Text without white space, so names split across glyph runs are still found. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const renderDir = args.includes('--render') ? path.resolve(ROOT, args[args.indexOf('--render') + 1] ?? 'docs') : null;
  const keep = args.includes('--keep');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-print-'));
  const profile = path.join(work, 'lo-profile');
  try {
    const input = path.join(work, '统计表.xlsx');
    const out = path.join(work, 'result.xlsx');
    const report = path.join(work, 'report.json');
    const unitsDir = path.join(work, 'units');
    const members: SampleMember[] = await writeSampleWorkbook(input);

    const docxDir = path.join(work, 'docx');
    const cli = run(process.execPath, [path.join(ROOT, 'bin/duty-stats.cjs'), 'run', input, '--out', out, '--report', report, '--split-units', unitsDir, '--docx', docxDir, '--slips']);
    if (cli.status !== 0 && cli.status !== 1) throw new Error(`duty-stats run exited ${cli.status}\n${cli.stdout}\n${cli.stderr}`);
    const slipsOut = path.join(work, 'slips.xlsx');
    await writeMemberSlips(input, slipsOut);
    const reported: ReportMember[] = JSON.parse(fs.readFileSync(report, 'utf8')).members;
    const unitOf = (m: ReportMember): string => (m.unit ?? '').replace(/\s+/g, '') || '未填写单位';
    // Letters go to employer units only: members without a unit get none (the run says so).
    const units = [...new Set(reported.map(unitOf))].filter((u) => u !== '未填写单位');
    const names = reported.map((m) => m.name);
    console.log(`# ${reported.length} members in ${units.length} units, ${reported.filter((m) => m.status === 'pending').length} pending`);

    // One PDF per generated sheet, plus the unit workbooks of --split-units.
    const bytes = fs.readFileSync(out);
    const pdfDir = path.join(work, 'pdf');
    fs.mkdirSync(pdfDir);
    const sheetFiles: string[] = [];
    const slipBytes = fs.readFileSync(slipsOut);
    for (const [i, sheet] of SHEETS.entries()) {
      const file = path.join(work, `sheet${i}.xlsx`);
      await isolate(sheet === '个人履职告知单' ? slipBytes : bytes, sheet, file);
      sheetFiles.push(file);
    }
    const unitFiles = fs.existsSync(unitsDir) ? fs.readdirSync(unitsDir).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(unitsDir, f)) : [];
    toPdf([...sheetFiles, ...unitFiles], pdfDir, profile);
    const pdfOf = (sheet: (typeof SHEETS)[number]): string => path.join(pdfDir, `sheet${SHEETS.indexOf(sheet)}.pdf`);

    // 1. 单位告知: exactly one page per unit.
    const letters = pdfOf('单位告知');
    const letterPages = pageCount(letters);
    check('单位告知 has one page per unit', letterPages === units.length, `${letterPages} pages for ${units.length} units`);

    // 2. Each unit's page names its own members and no one else's.
    const leaks: string[] = [];
    const letterTexts = pageTexts(letters).map(squeeze);
    units.forEach((unit, i) => {
      const text = letterTexts[i] ?? '';
      const own = reported.filter((m) => unitOf(m) === unit).map((m) => m.name);
      if (!text.includes(squeeze(unit))) leaks.push(`page ${i + 1} is not addressed to ${unit}`);
      for (const name of own) if (!text.includes(name)) leaks.push(`page ${i + 1} (${unit}) lacks its member ${name}`);
      for (const name of names.filter((n) => !own.includes(n))) if (text.includes(name)) leaks.push(`page ${i + 1} (${unit}) shows ${name} of another unit`);
    });
    check("each unit's page holds only that unit's members", leaks.length === 0, leaks.slice(0, 5).join('; '));

    // 3. 个人履职告知单: one page per member, page i about member i.
    const slips = pdfOf('个人履职告知单');
    const slipPages = pageCount(slips);
    const slipTexts = pageTexts(slips).map(squeeze);
    const wrongSlips = slipPages === names.length ? names.filter((n, i) => !(slipTexts[i] ?? '').includes(`${n}委员`)) : [];
    check('个人履职告知单 has one page per member', slipPages === names.length && wrongSlips.length === 0, `${slipPages} pages for ${names.length} members${wrongSlips.length ? `; wrong pages for ${wrongSlips.slice(0, 3).join('、')}` : ''}`);

    // 4. No cell prints as #### in any generated sheet.
    const texts = new Map(SHEETS.map((s) => [s, pageTexts(pdfOf(s)).join('\n')]));
    const hashes = SHEETS.filter((s) => texts.get(s)?.includes('###'));
    check('no cell shows ####', hashes.length === 0, hashes.join('、'));

    // 5. No phone or ID number in any generated sheet.
    const secrets = members.flatMap((m) => [m.phone, m.idNumber]);
    const exposed = SHEETS.filter((s) => secrets.some((x) => squeeze(texts.get(s) ?? '').includes(x)));
    check('no phone or ID number is printed', exposed.length === 0, exposed.join('、'));

    // 6. The working sheets print readable: on the paper the plan chose, landscape, no type under 8 pt, the title whole on page 1.
    const plans = new ExcelJS.Workbook();
    await plans.xlsx.readFile(out);
    for (const sheet of ['校验结果', '履职汇总', '分组统计'] as const) {
      const setup = plans.getWorksheet(sheet)?.pageSetup;
      const planned = PAPER[Number(setup?.paperSize)] ?? `paper ${String(setup?.paperSize)}`;
      const sizes = pageSizes(pdfOf(sheet));
      const wrong = sizes.filter((p) => p.paper !== planned || p.width <= p.height);
      check(`${sheet} prints on ${planned} landscape as planned`, sizes.length > 0 && wrong.length === 0, `${sizes.length} pages${wrong.length ? `, page(s) on ${[...new Set(wrong.map((p) => `${p.paper} ${p.width}×${p.height}`))].join(', ')}` : ''}${setup?.fitToWidth && setup.fitToWidth > 1 ? `, planned at most ${setup.fitToWidth} pages wide` : ''}`);
      const type = typeSizes(pdfOf(sheet));
      const smallest = type.reduce<TypeSize | null>((a, t) => (a === null || t.size < a.size ? t : a), null);
      check(`${sheet} prints no text under 8 pt`, smallest !== null && smallest.size >= 7.95, smallest ? `smallest ${smallest.size.toFixed(2)} pt (「${smallest.word}」, page ${smallest.page}) of ${type.length} words` : 'no Chinese text found');
      const title = squeeze(String(plans.getWorksheet(sheet)?.getCell('A1').value ?? ''));
      check(`${sheet} prints its title whole on page 1`, title !== '' && squeeze(pageTexts(pdfOf(sheet))[0] ?? '').includes(title), title);
    }

    // 7. --split-units: one single-page workbook per unit, holding only its members.
    const splitProblems: string[] = [];
    if (unitFiles.length !== units.length) splitProblems.push(`${unitFiles.length} files for ${units.length} units`);
    for (const f of unitFiles) {
      const pdf = path.join(pdfDir, `${path.basename(f, '.xlsx')}.pdf`);
      const text = squeeze(pageTexts(pdf).join('\n'));
      const unit = units.find((u) => text.includes(`${u}：`));
      const own = reported.filter((m) => unitOf(m) === unit).map((m) => m.name);
      if (pageCount(pdf) !== 1) splitProblems.push(`${path.basename(f)} prints ${pageCount(pdf)} pages`);
      if (unit === undefined) splitProblems.push(`${path.basename(f)} is addressed to no unit`);
      for (const name of names) if (text.includes(name) !== own.includes(name)) splitProblems.push(`${path.basename(f)}: ${name}`);
    }
    check('--split-units writes one single-page letter per unit', splitProblems.length === 0, splitProblems.slice(0, 5).join('; '));

    // 8. Word documents: 履职通报.docx numbered from 「— 1 —」; one single-page .docx per unit letter, its own members only.
    const docxPdf = path.join(work, 'docx-pdf');
    fs.mkdirSync(docxPdf);
    const letterDocs = fs.readdirSync(path.join(docxDir, '单位告知')).map((f) => path.join(docxDir, '单位告知', f));
    if (!docxToPdf([path.join(docxDir, '履职通报.docx'), ...letterDocs], docxPdf, profile)) return;
    const circularDoc = pageTexts(path.join(docxPdf, '履职通报.pdf'));
    check('履职通报.docx pages are numbered from 「— 1 —」', squeeze(circularDoc[0] ?? '').includes('—1—') && squeeze(circularDoc[1] ?? '—2—').includes('—2—'), squeeze(circularDoc[0] ?? '').slice(-20));
    check('履职通报.docx names every published member once, with 主送', squeeze(circularDoc.join('')).includes('各位委员：') && names.every((n) => squeeze(circularDoc.join('')).includes(n)));
    const docProblems: string[] = [];
    if (letterDocs.length !== units.length) docProblems.push(`${letterDocs.length} letters for ${units.length} units`);
    for (const f of letterDocs) {
      const pdf = path.join(docxPdf, `${path.basename(f, '.docx')}.pdf`);
      const text = squeeze(pageTexts(pdf).join('\n'));
      const unit = units.find((u) => text.includes(`${u}：`));
      const own = reported.filter((m) => unitOf(m) === unit).map((m) => m.name);
      if (pageCount(pdf) !== 1) docProblems.push(`${path.basename(f)} prints ${pageCount(pdf)} pages`);
      if (unit === undefined) docProblems.push(`${path.basename(f)} is addressed to no unit`);
      for (const name of names) if (text.includes(name) !== own.includes(name)) docProblems.push(`${path.basename(f)}: ${name}`);
    }
    check('each unit letter .docx prints on one page with only its members', docProblems.length === 0, docProblems.slice(0, 5).join('; '));

    if (renderDir) {
      fs.mkdirSync(renderDir, { recursive: true });
      run('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', pdfOf('履职通报'), path.join(renderDir, 'circular-page1')]);
      // Page 2: a unit of ordinary size (page 1 is the big unit printed in smaller type).
      const page = String(Math.min(2, letterPages));
      run('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', page, '-l', page, letters, path.join(renderDir, 'unit-letter')]);
      run('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', slips, path.join(renderDir, 'member-slip')]);
      run('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', path.join(docxPdf, '履职通报.pdf'), path.join(renderDir, 'circular-docx-page1')]);
      console.log(`# rendered circular-page1, unit-letter, member-slip and circular-docx-page1 .png in ${renderDir}`);
    }
  } finally {
    if (keep) console.log(`# kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

main()
  .catch((e: unknown) => {
    check('print check ran', false, e instanceof Error ? e.message : String(e));
  })
  .finally(() => {
    const failed = results.filter((r) => !r.ok).length;
    console.log(`print check: ${results.length - failed} passed, ${failed} failed`);
    process.exitCode = failed > 0 || results.length === 0 ? 1 : 0;
  });
