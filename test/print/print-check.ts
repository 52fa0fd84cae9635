/**
 * The print check (npm run test:print): runs `duty-stats run --slips` on a small generated workbook
 * (the member slips are an action of their own; --slips is how the command line asks for them),
 * prints the generated sheets with LibreOffice Calc (headless, a fresh profile) to PDF, and
 * checks the pages with poppler: 单位告知 one page per unit holding only that unit's members,
 * 个人履职告知单 one page per member, no cell shown as ####, no phone or ID number anywhere.
 *
 *   npm run test:print                      # the check
 *   npm run test:print -- --render docs     # also writes two small page images into docs/
 *   npm run test:print -- --keep            # keeps the working folder (PDFs) and prints its path
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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

function run(cmd: string, args: readonly string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  // Fonts offices have (仿宋, 小标宋, 黑体) fall back to the installed Noto CJK faces that look alike.
  const env = { ...process.env, FONTCONFIG_FILE: path.join(__dirname, 'fonts.conf') };
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
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

/** Converts every .xlsx given to PDF in one LibreOffice run with a throw-away profile. */
function toPdf(files: readonly string[], outDir: string, profile: string): void {
  const r = run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], outDir);
  for (const f of files) {
    const pdf = path.join(outDir, `${path.basename(f).replace(/\.(xlsx|docx)$/, '')}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}\n${r.stdout}\n${r.stderr}`);
  }
}

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

    // 6. --split-units: one single-page workbook per unit, holding only its members.
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

    // 7. Word documents: 履职通报.docx numbered from 「— 1 —」; one single-page .docx per unit letter, its own members only.
    const docxPdf = path.join(work, 'docx-pdf');
    fs.mkdirSync(docxPdf);
    const letterDocs = fs.readdirSync(path.join(docxDir, '单位告知')).map((f) => path.join(docxDir, '单位告知', f));
    toPdf([path.join(docxDir, '履职通报.docx'), ...letterDocs], docxPdf, profile);
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
