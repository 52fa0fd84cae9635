/** duty-stats run, in-process against temporary files: exit codes, outputs, the input left untouched, re-runs. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { SHEETS } from '../../src/core/sheet-names';
import { BOOKKEEPING_SHEET } from '../../src/host/port';
import { syntheticWorkbook, syntheticTable } from '../support/synthetic';
import { cleanWorkbook, listFiles, run, snapshotOf, tempDir, writeWorkbook } from '../support/cli';

const GENERATED = [SHEETS.findings, SHEETS.summary, SHEETS.groups, SHEETS.circular, SHEETS.unitLetters, SHEETS.shortlist, SHEETS.warnings, SHEETS.runLog, SHEETS.archive];

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('duty-stats run: exit codes', () => {
  it('exit 0 on a clean table: writes <name>-结果.xlsx beside the input and never touches the input', async () => {
    const input = path.join(dir, '统计.xlsx');
    await writeWorkbook(input, cleanWorkbook());
    const before = await fs.readFile(input);
    const r = await run(dir, ['run', '统计.xlsx']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(await listFiles(dir)).toEqual(['统计-结果.xlsx', '统计.xlsx']);
    expect(Buffer.compare(await fs.readFile(input), before)).toBe(0);
    const result = await snapshotOf(path.join(dir, '统计-结果.xlsx'));
    expect(result.sheets.map((s) => s.name)).toEqual(['统计表', ...GENERATED]);
    expect(result.bookkeeping.generatedSheets).toEqual(GENERATED);
    expect(r.out).toContain('委员 3 人');
    expect(r.out).toContain('结果工作簿：统计-结果.xlsx');
  });

  it('exit 1 when error findings exist: every output still written, the input unchanged', async () => {
    const input = path.join(dir, 'x区.xlsx');
    await writeWorkbook(input, syntheticWorkbook(120));
    const before = await fs.readFile(input);
    const r = await run(dir, ['run', 'x区.xlsx', '--out', 'out/结果.xlsx', '--report', 'out/报告.json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(await listFiles(dir)).toEqual(['out/结果.xlsx', 'out/报告.json', 'x区.xlsx'].map((f) => f.replace('/', path.sep)).sort());
    expect(Buffer.compare(await fs.readFile(input), before)).toBe(0);
    const report = JSON.parse(await fs.readFile(path.join(dir, 'out/报告.json'), 'utf8'));
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(r.out).toMatch(/错误 \d+ 处/);
    expect(r.out).toContain('待核实');
  });

  it('exit 2 for a missing file, naming it, writing nothing', async () => {
    const r = await run(dir, ['run', '没有这个文件.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有这个文件.xlsx');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(await listFiles(dir)).toEqual([]);
  });

  it('exit 2 for a file that is not an xlsx workbook, or an old .xls', async () => {
    await fs.writeFile(path.join(dir, '名单.xlsx'), '姓名,提案\n张三,1\n');
    const r = await run(dir, ['run', '名单.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('名单.xlsx');
    await fs.writeFile(path.join(dir, '旧表.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const old = await run(dir, ['run', '旧表.xls']);
    expect(old.code).toBe(2);
    expect(old.err).toMatch(/旧表\.xls.*另存为 \.xlsx/);
    // a zip that is not a workbook
    await fs.writeFile(path.join(dir, '坏.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const broken = await run(dir, ['run', '坏.xlsx']);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('坏.xlsx');
    expect(await listFiles(dir)).toEqual(['名单.xlsx', '坏.xlsx', '旧表.xls']);
  });

  it('exit 2 when no member table is found, naming the file, writing nothing', async () => {
    const wb = new Workbook();
    wb.addWorksheet('会议安排').addRow(['日期', '地点', '议题']);
    await writeWorkbook(path.join(dir, '安排.xlsx'), wb);
    const r = await run(dir, ['run', '安排.xlsx', '--report', 'r.json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('安排.xlsx');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(await listFiles(dir)).toEqual(['安排.xlsx']);
  });

  it('exit 2 for --sheet naming a sheet that does not exist', async () => {
    await writeWorkbook(path.join(dir, 'a.xlsx'), cleanWorkbook());
    const r = await run(dir, ['run', 'a.xlsx', '--sheet', '第二页']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('第二页');
    expect(await listFiles(dir)).toEqual(['a.xlsx']);
  });

  it('refuses --out (or --report) equal to the input path with exit 2', async () => {
    await writeWorkbook(path.join(dir, 'a.xlsx'), cleanWorkbook());
    const before = await fs.readFile(path.join(dir, 'a.xlsx'));
    for (const opt of ['--out', '--report']) {
      const r = await run(dir, ['run', 'a.xlsx', opt, `./sub/../a.xlsx`]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(opt);
    }
    const same = await run(dir, ['run', 'a.xlsx', '--out', 'r.xlsx', '--report', 'r.xlsx']);
    expect(same.code).toBe(2);
    expect(same.err).toContain('--report');
    expect(Buffer.compare(await fs.readFile(path.join(dir, 'a.xlsx')), before)).toBe(0);
    expect(await listFiles(dir)).toEqual(['a.xlsx']);
  });

  it('--split-units never writes over the input, even for a unit named like it', async () => {
    const wb = cleanWorkbook();
    wb.getWorksheet('统计表')!.getCell('C2').value = '统计';
    await writeWorkbook(path.join(dir, '统计.xlsx'), wb);
    const before = await fs.readFile(path.join(dir, '统计.xlsx'));
    const r = await run(dir, ['run', '统计.xlsx', '--split-units', '.']);
    expect(r.code).toBe(0);
    expect(Buffer.compare(await fs.readFile(path.join(dir, '统计.xlsx')), before)).toBe(0);
    expect(await listFiles(dir)).toEqual(['区人民医院.xlsx', '区第一中学.xlsx', '统计(2).xlsx', '统计-结果.xlsx', '统计.xlsx'].sort());
  });

  it('exit 2 for bad arguments, with a hint', async () => {
    expect((await run(dir, [])).code).toBe(2);
    const unknown = await run(dir, ['run', 'a.xlsx', '--fast']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--fast');
    expect((await run(dir, ['run'])).code).toBe(2);
    expect((await run(dir, ['run', 'a.xlsx', '--out'])).code).toBe(2);
    const help = await run(dir, ['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('duty-stats run');
  });
});

describe('duty-stats run: re-runs and the user’s own sheets', () => {
  it('re-running on the result gives the same generated sheets (no copies) and re-sets the marks exactly', async () => {
    await writeWorkbook(path.join(dir, 'x.xlsx'), syntheticWorkbook(120));
    expect((await run(dir, ['run', 'x.xlsx'])).code).toBe(1);
    const first = await snapshotOf(path.join(dir, 'x-结果.xlsx'));
    const again = await run(dir, ['run', 'x-结果.xlsx', '--out', 'again.xlsx']);
    expect(again.code).toBe(1);
    expect(again.out).not.toContain('是您自己的工作表');
    const second = await snapshotOf(path.join(dir, 'again.xlsx'));
    expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(second.sheets.map((s) => s.name)).not.toContain(`${SHEETS.summary}(2)`);
    // The fingerprints of 校验结果 and 运行记录 change (they name the file, the log grows); the rest is the same.
    expect(second.bookkeeping.generatedSheets).toEqual(first.bookkeeping.generatedSheets);
    expect(second.bookkeeping.marks).toEqual(first.bookkeeping.marks);
    const table = (s: typeof first) => s.sheets.find((x) => x.name === '委员履职统计表')!;
    expect(table(second).fills).toEqual(table(first).fills);
    expect(table(second).notes).toEqual(table(first).notes);
    expect(table(second).values).toEqual(table(first).values);
    // marks are on the cells of the findings: the #REF! cell and the 若干 cell among them
    const mistakes = syntheticTable(120).mistakes;
    const notNumber = mistakes.find((m) => m.expect === 'value.not_number')!.cell!;
    expect(table(first).fills?.[notNumber]).toBe('#FFC7CE');
    expect(table(first).notes?.[notNumber]).toContain('若干');
  });

  it('marks are removed when the slip is fixed, restoring the cell as it was', async () => {
    const wb = cleanWorkbook();
    const ws = wb.getWorksheet('统计表')!;
    ws.getCell('I3').value = '若干';
    ws.getCell('I3').note = '请李娜本人确认';
    await writeWorkbook(path.join(dir, 'a.xlsx'), wb);
    expect((await run(dir, ['run', 'a.xlsx'])).code).toBe(1);
    const marked = await snapshotOf(path.join(dir, 'a-结果.xlsx'));
    expect(marked.sheets[0].fills).toEqual({ I3: '#FFC7CE' });
    expect(marked.sheets[0].notes?.I3).toMatch(/^请李娜本人确认\n\n【履职统计】.*若干/s);
    // the office fixes the value in the result workbook and runs again
    const fixed = await (async () => {
      const { loadWorkbook } = await import('../../src/host/xlsx/xlsx-host');
      const w = await loadWorkbook(new Uint8Array(await fs.readFile(path.join(dir, 'a-结果.xlsx'))));
      w.getWorksheet('统计表')!.getCell('I3').value = 2;
      return w;
    })();
    await writeWorkbook(path.join(dir, 'b.xlsx'), fixed);
    expect((await run(dir, ['run', 'b.xlsx'])).code).toBe(0);
    const clean = await snapshotOf(path.join(dir, 'b-结果.xlsx'));
    expect(clean.sheets[0].fills).toBeUndefined();
    expect(clean.sheets[0].notes).toEqual({ I3: '请李娜本人确认' });
    expect(clean.bookkeeping.marks).toEqual([]);
  });

  it("keeps the user's own sheet named 履职汇总 and writes the output to 履职汇总(2)", async () => {
    await writeWorkbook(
      path.join(dir, 'a.xlsx'),
      cleanWorkbook((wb) => wb.addWorksheet(SHEETS.summary).addRow(['这是办公室自己做的汇总'])),
    );
    const r = await run(dir, ['run', 'a.xlsx']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${SHEETS.summary}(2)`);
    const result = await snapshotOf(path.join(dir, 'a-结果.xlsx'));
    expect(result.sheets.find((s) => s.name === SHEETS.summary)?.values).toEqual([['这是办公室自己做的汇总']]);
    expect(result.sheets.map((s) => s.name)).toContain(`${SHEETS.summary}(2)`);
    expect(result.bookkeeping.generatedSheets).toContain(`${SHEETS.summary}(2)`);
    expect(result.bookkeeping.generatedSheets).not.toContain(SHEETS.summary);
    // and a re-run keeps writing to 履职汇总(2), not 履职汇总(3)
    expect((await run(dir, ['run', 'a-结果.xlsx', '--out', 'c.xlsx'])).code).toBe(0);
    const names = (await snapshotOf(path.join(dir, 'c.xlsx'))).sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith(SHEETS.summary))).toEqual([SHEETS.summary, `${SHEETS.summary}(2)`]);
  });

  it('keeps the bookkeeping sheet very hidden in the result', async () => {
    await writeWorkbook(path.join(dir, 'a.xlsx'), cleanWorkbook());
    await run(dir, ['run', 'a.xlsx']);
    const { loadWorkbook } = await import('../../src/host/xlsx/xlsx-host');
    const wb = await loadWorkbook(new Uint8Array(await fs.readFile(path.join(dir, 'a-结果.xlsx'))));
    expect(wb.getWorksheet(BOOKKEEPING_SHEET)?.state).toBe('veryHidden');
  });
});
