/** Where the method comes from on the command line: --method JSON or .xlsx, the workbook's 评价办法 sheet, the example. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { EXAMPLE_METHOD_JSON } from '../../src/core/method/example-method';
import { methodSheetPlan } from '../../src/core/method/method-sheet';
import { parseMethodObject } from '../../src/core/method/parse-method';
import { METHOD_SHEET } from '../../src/core/sheet-names';
import { EMPTY_BOOKKEEPING } from '../../src/host/port';
import { applyPlan } from '../../src/host/xlsx/apply-plan';
import { cleanWorkbook, listFiles, run, snapshotOf, tempDir, writeWorkbook } from '../support/cli';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
  await writeWorkbook(path.join(dir, '统计.xlsx'), cleanWorkbook());
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function methodJson(change: (m: Record<string, unknown> & { items: Record<string, unknown>[] }) => void = () => undefined): string {
  const m = JSON.parse(JSON.stringify(EXAMPLE_METHOD_JSON));
  change(m);
  return JSON.stringify(m, null, 2);
}

async function report(file = 'r.json'): Promise<{ method: { title: string; origin: string } }> {
  return JSON.parse(await fs.readFile(path.join(dir, file), 'utf8'));
}

describe('--method', () => {
  it('takes a JSON method (origin option), also with a UTF-8 byte-order mark', async () => {
    await fs.writeFile(path.join(dir, 'method.json'), `\uFEFF${methodJson((m) => (m.title = '东湖区委员履职评价办法'))}`);
    const r = await run(dir, ['run', '统计.xlsx', '--method', 'method.json', '--report', 'r.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await report()).method).toEqual({ title: '东湖区委员履职评价办法', origin: 'option' });
    expect(r.out).toContain('东湖区委员履职评价办法');
  });

  it('exit 2 for a broken JSON method, naming the file and the JSON path, nothing written', async () => {
    await fs.writeFile(path.join(dir, 'method.json'), methodJson((m) => (m.items[2].points = '五分')));
    const r = await run(dir, ['run', '统计.xlsx', '--method', 'method.json', '--report', 'r.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^评价办法文件「method\.json」中 items\[2\]\.points：/);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(await listFiles(dir)).toEqual(['method.json', '统计.xlsx']);
  });

  it('exit 2 for JSON that does not parse, and for a method file that does not exist or has another extension', async () => {
    await fs.writeFile(path.join(dir, 'method.json'), '{ "title": "x", ');
    const bad = await run(dir, ['run', '统计.xlsx', '--method', 'method.json']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('method.json');
    const missing = await run(dir, ['run', '统计.xlsx', '--method', '没有.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('没有.json');
    await fs.writeFile(path.join(dir, 'method.txt'), 'x');
    const other = await run(dir, ['run', '统计.xlsx', '--method', 'method.txt']);
    expect(other.code).toBe(2);
    expect(other.err).toContain('method.txt');
    expect(await listFiles(dir)).toEqual(['method.json', 'method.txt', '统计.xlsx']);
  });

  it('method export, then run --method 评价办法.xlsx', async () => {
    const exported = await run(dir, ['method', 'export']);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('评价办法.xlsx');
    const methodFile = await snapshotOf(path.join(dir, '评价办法.xlsx'));
    expect(methodFile.sheets.map((s) => s.name)).toEqual([METHOD_SHEET]);
    // the exported sheet is the user's to edit: not recorded as generated
    expect(methodFile.bookkeeping).toEqual(EMPTY_BOOKKEEPING);
    const r = await run(dir, ['run', '统计.xlsx', '--method', '评价办法.xlsx', '--report', 'r.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await report()).method).toEqual({ title: EXAMPLE_METHOD_JSON.title, origin: 'option' });
  });

  it('method export --out writes where asked (creating the folder)', async () => {
    const r = await run(dir, ['method', 'export', '--out', '办法/本区办法.xlsx']);
    expect(r.code).toBe(0);
    expect(await listFiles(dir)).toEqual([path.join('办法', '本区办法.xlsx'), '统计.xlsx'].sort());
  });

  it('exit 2 for a method .xlsx without a 评价办法 sheet, naming the file', async () => {
    await writeWorkbook(path.join(dir, 'other.xlsx'), cleanWorkbook());
    const r = await run(dir, ['run', '统计.xlsx', '--method', 'other.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('other.xlsx');
    expect(r.err).toContain(METHOD_SHEET);
  });

  it('exit 2 for a method .xlsx with a wrong cell, naming the file, the sheet and the cell', async () => {
    const wb = cleanWorkbook();
    const method = parseMethodObject(EXAMPLE_METHOD_JSON);
    if (!method.ok) throw new Error(method.detail);
    applyPlan(wb, { sheets: [methodSheetPlan(method.method)], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING });
    const ws = wb.getWorksheet(METHOD_SHEET)!;
    // break the first number written under the header row: any numeric cell will do
    let broken = '';
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!broken && typeof cell.value === 'number') {
          broken = cell.address;
          cell.value = '很多';
        }
      }),
    );
    await writeWorkbook(path.join(dir, 'm.xlsx'), wb);
    const r = await run(dir, ['run', '统计.xlsx', '--method', 'm.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('m.xlsx');
    expect(r.err).toContain(`工作表「${METHOD_SHEET}」`);
    expect(r.err).toMatch(/单元格 [A-Z]+\d+/);
  });
});

describe('the workbook’s own 评价办法 sheet', () => {
  it('is used when there is no --method (origin sheet), and is not taken for the member table', async () => {
    const wb = cleanWorkbook();
    const method = parseMethodObject({ ...EXAMPLE_METHOD_JSON, title: '西山镇试行办法' });
    if (!method.ok) throw new Error(method.detail);
    applyPlan(wb, { sheets: [methodSheetPlan(method.method)], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING });
    await writeWorkbook(path.join(dir, '带办法.xlsx'), wb);
    const r = await run(dir, ['run', '带办法.xlsx', '--report', 'r.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await report()).method).toEqual({ title: '西山镇试行办法', origin: 'sheet' });
    expect(r.out).toContain('「评价办法」工作表');
    // --method still wins over the sheet
    await fs.writeFile(path.join(dir, 'method.json'), methodJson());
    await run(dir, ['run', '带办法.xlsx', '--method', 'method.json', '--report', 'r.json', '--out', 'o.xlsx']);
    expect((await report()).method.origin).toBe('option');
  });

  it('without any method the built-in example is used (origin default)', async () => {
    await run(dir, ['run', '统计.xlsx', '--report', 'r.json']);
    expect((await report()).method).toEqual({ title: EXAMPLE_METHOD_JSON.title, origin: 'default' });
  });
});
