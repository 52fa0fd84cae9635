/**
 * Issue 10 on member tables that hide a trap, end to end through the command line and the xlsx
 * host: formulas saved without their result (point 3), private numbers in count cells (7), counts
 * merged over several members (8), a second table beside the first (9). Each failed before.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Workbook } from 'exceljs';
import { methodSheetPlan } from '../../src/core/method/method-sheet';
import { exampleMethod } from '../../src/core/method/example-method';
import type { Report } from '../../src/core/report';
import { EMPTY_BOOKKEEPING } from '../../src/host/port';
import { applyPlan } from '../../src/host/xlsx/apply-plan';
import { loadWorkbook } from '../../src/host/xlsx/xlsx-host';
import { cleanWorkbook, run, tempDir, writeWorkbook } from '../support/cli';
import { mergedCountWorkbook, PRIVATE_ID, PRIVATE_PHONE, privateNumbersWorkbook, sideBySideWorkbook, uncachedFormulaWorkbook } from '../support/hostile-workbooks';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const NO_REPORT: Report = { version: 1, year: 2025, yearOrigin: 'method', source: { file: '', sheet: '', headerRows: [], firstDataRow: 0, lastDataRow: 0, columns: {} }, method: { title: '', origin: 'default' }, members: [], findings: [], shortlist: [], summary: { members: 0, graded: 0, vetoed: 0, pending: 0, grades: {}, errors: 0, warnings: 0 } };

async function runOn(wb: Workbook): Promise<{ code: number; err: string; report: Report; out: string }> {
  await writeWorkbook(path.join(dir, '表.xlsx'), wb);
  const r = await run(dir, ['run', '表.xlsx', '--report', 'r.json']);
  const report = r.code < 2 ? (JSON.parse(await fs.readFile(path.join(dir, 'r.json'), 'utf8')) as Report) : NO_REPORT;
  return { ...r, report };
}

/** Every text the result workbook carries: values of every sheet, notes of every cell. */
async function allText(file: string): Promise<string> {
  const wb = await loadWorkbook(new Uint8Array(await fs.readFile(file)));
  const parts: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        parts.push(String(cell.text));
        const note: unknown = cell.note;
        if (note) parts.push(typeof note === 'string' ? note : JSON.stringify(note));
      }),
    );
  }
  return parts.join('\n');
}

describe('point 3: a formula without a cached result is never a silent zero', () => {
  it('a count `=1+1` saved by a script: error value.formula_uncached on its cell, exit 1', async () => {
    const r = await runOn(uncachedFormulaWorkbook('H2', '1+1'));
    expect(r.code).toBe(1);
    const f = r.report.findings.filter((x) => x.code === 'value.formula_uncached');
    expect(f).toEqual([expect.objectContaining({ severity: 'error', cell: 'H2', row: 2, member: '张伟' })]);
    expect(f[0].message).toContain('公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再运行');
    expect(r.report.members.find((m) => m.row === 2)?.status).toBe('pending');
  });

  it('an empty result Excel saved (`<v></v>`) is a blank, not an uncached formula', async () => {
    const wb = cleanWorkbook();
    wb.getWorksheet('统计表')!.getCell('H2').value = { formula: 'IF(1,"","")', result: '' } as never;
    const r = await runOn(wb);
    expect(r.report.findings.filter((x) => x.code === 'value.formula_uncached')).toEqual([]);
  });

  it('基础分 written as such a formula in the 评价办法 sheet: method.invalid naming the cell, exit 2, nothing written', async () => {
    const wb = cleanWorkbook();
    applyPlan(wb, { sheets: [methodSheetPlan(exampleMethod())], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING });
    const ws = wb.getWorksheet('评价办法')!;
    let at = '';
    ws.eachRow((row, r) => row.eachCell((cell, c) => void (cell.value === '基础分' && (at = ws.getCell(r, c + 1).address))));
    expect(at).not.toBe('');
    ws.getCell(at).value = { formula: '50+10' } as never;
    const r = await runOn(wb);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`单元格 ${at}`);
    expect(r.err).toContain('公式没有保存计算结果');
    expect(await fs.readdir(dir)).toEqual(['表.xlsx']);
  });
});

describe('point 7: ID and phone numbers in count cells', () => {
  it('are errors that never quote the number: not in 校验结果, notes, slips, 履职汇总 or the report', async () => {
    const r = await runOn(privateNumbersWorkbook());
    expect(r.code).toBe(1);
    const f = r.report.findings.filter((x) => x.code === 'value.private_number');
    expect(f.map((x) => x.cell)).toEqual(['I2', 'J3']);
    expect(f[0].message).toContain('疑似身份证号或电话号码，请核实');
    const text = await allText(path.join(dir, '表-结果.xlsx'));
    const input = await allText(path.join(dir, '表.xlsx'));
    // the input holds them (the user's data, untouched); the generated sheets and marks never do
    const onlyInput = (needle: string): number => text.split(needle).length - input.split(needle).length;
    expect(onlyInput(PRIVATE_ID)).toBe(0);
    expect(onlyInput(String(PRIVATE_PHONE))).toBe(0);
    const json = await fs.readFile(path.join(dir, 'r.json'), 'utf8');
    expect(json).not.toContain(PRIVATE_ID);
    expect(json).not.toContain(String(PRIVATE_PHONE));
  });
});

describe('point 8: a count merged over several members', () => {
  it('is an error on the merged area for every member it covers (none gets a silent 0)', async () => {
    const r = await runOn(mergedCountWorkbook());
    expect(r.code).toBe(1);
    const f = r.report.findings.filter((x) => x.code === 'value.merged_rows');
    expect(f.map((x) => [x.cell, x.row, x.member])).toEqual([
      ['H2', 2, '张伟'],
      ['H2', 3, '李娜'],
    ]);
    expect(f[0].message).toContain('H2:H3');
    expect(r.report.members.filter((m) => m.status === 'pending').map((m) => m.row)).toEqual([2, 3]);
  });
});

describe('point 9: a second table beside the first', () => {
  it('is a warning naming its range; its columns do not feed the first table', async () => {
    const r = await runOn(sideBySideWorkbook());
    const f = r.report.findings.filter((x) => x.code === 'table.side_by_side');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', cell: 'L1' })]);
    expect(f[0].message).toContain('L1:O3');
    expect(r.report.members.map((m) => m.name)).toEqual(['张伟', '李娜', '王芳']);
  });
});
