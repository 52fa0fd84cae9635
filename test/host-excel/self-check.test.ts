/*
 * 环境自检 on the strict Excel fake: every check passes on a healthy Excel; an Excel where one
 * member fails gets a report that names it (and the scratch sheet is still deleted); and the checks
 * use every Office.js member that the product's own runs use, so the self-check cannot fall behind.
 */
import { ExcelHost } from '../../src/host/excel/excel-host';
import { requirementLines, runExcelSelfCheck, type ExcelEnvironment } from '../../src/host/excel/self-check';
import { SELF_CHECK_SHEET, selfCheckText } from '../../src/host/self-check/report';
import { clearMarks, runStep, slipsForSelection } from '../../src/host/workflow';
import { ExcelFake, type OpRecord } from '../support/fakes/excel-fake';
import { fakeFromSnapshot } from '../support/excel-fixtures';
import { memberWorkbook } from '../support/excel-plans';
import { syntheticSnapshot } from '../support/synthetic';

const NOW = (): Date => new Date(2025, 11, 20, 9, 30);
const minor = (version = '1.1'): number => Number(version.split('.')[1]);

function env(supported = '1.18'): ExcelEnvironment {
  return {
    diagnostics: { host: 'Excel', version: '16.0.18324.20000', platform: 'PC' },
    isSetSupported: (name, version) => (name === 'ExcelApi' ? minor(version) <= minor(supported) : name === 'DialogApi'),
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    ranAt: '2025-12-20 09:30:00',
  };
}

/** The member an operation uses: the last object on its path (arguments dropped), the action and the member name. */
function member(r: OpRecord): string {
  const parts = r.p.replace(/\([^()]*\)/g, '()').split('.');
  let last = parts.pop() ?? r.p;
  // An item of a collection, however it was reached (add, getItem, getItemOrNullObject): `worksheets[]`, `notes[]`.
  if (/^(add|getItem|getItemOrNullObject)\(\)$/.test(last) && parts.length > 0) last = `${parts[parts.length - 1]}[]`;
  return `${last} ${r.a} ${r.n ?? ''}`.trim();
}

function recording(fake: ExcelFake): Set<string> {
  const seen = new Set<string>();
  fake.failWhen((r) => {
    seen.add(member(r));
    return false;
  });
  return seen;
}

describe('Excel self-check', () => {
  it('passes every check on a healthy Excel, leaves no sheet behind and no user data changed', async () => {
    const fake = memberWorkbook();
    const before = fake.sheetNames();
    const report = await runExcelSelfCheck(fake.run, env());
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.length).toBeGreaterThanOrEqual(18);
    expect(fake.sheetNames()).toEqual(before);
    const text = selfCheckText(report);
    expect(text).toContain('履职统计 · 环境自检（Excel）');
    expect(text).toContain('Excel：Excel 16.0.18324.20000（PC）');
    expect(text).toContain('ExcelApi：最高支持 1.18（本加载项需要 1.18：满足）');
    expect(text).toContain('DialogApi 1.2 支持');
    expect(text).toContain('SharedRuntime 1.1 不支持');
  });

  it('names the check whose member fails, goes on, and still deletes the scratch sheet', async () => {
    const fake = memberWorkbook();
    fake.failWhen((r) => r.n === 'merge');
    const report = await runExcelSelfCheck(fake.run, env());
    const failed = report.checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.id)).toEqual(['merges']);
    expect(report.checks.find((c) => c.id === 'pageSetup')?.ok).toBe(true);
    expect(fake.sheetNames()).not.toContain(SELF_CHECK_SHEET);
    expect(selfCheckText(report)).toContain('有 1 项未通过（合并单元格（按行合并、读取合并区域））');
  });

  it('an older Excel: the requirement line says the needed set is missing', () => {
    expect(requirementLines(env('1.12'))[0]).toBe('ExcelApi：最高支持 1.12（本加载项需要 1.18：不满足）');
  });

  it('uses every Office.js member that the product uses (year-end, slips, marks, selection)', async () => {
    const fake = fakeFromSnapshot(syntheticSnapshot(60));
    const product = recording(fake);
    const host = new ExcelHost(fake.run);
    await runStep(host, 'all', { now: NOW });
    await runStep(host, 'slips', { now: NOW });
    await slipsForSelection(host, { now: NOW });
    await clearMarks(host);
    await runStep(host, 'validate', { now: NOW });
    await host.selectCell(fake.sheetNames()[0], 'B3');

    const other = memberWorkbook();
    const checked = recording(other);
    await runExcelSelfCheck(other.run, env());
    expect([...product].filter((m) => !checked.has(m)).sort()).toEqual([]);
  });
});
