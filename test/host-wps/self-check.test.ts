/*
 * 环境自检 on the strict WPS fake: every check passes on a healthy WPS; a WPS where one member fails
 * gets a report that names it (and the scratch sheet is still deleted); and the checks use every
 * object-model member that the product's own runs use, so the self-check cannot fall behind the host.
 */
import { runWpsSelfCheck } from '../../src/host/wps/self-check';
import { SELF_CHECK_SHEET, selfCheckText } from '../../src/host/self-check/report';
import { clearMarks, runStep, slipsForSelection } from '../../src/host/workflow';
import { WpsFake, type WpsFakeOptions } from '../support/fakes/wps-fake';
import { MEMBER_SHEET_FIXTURE } from '../support/excel-plans';
import { syntheticSnapshot } from '../support/synthetic';
import { fakeFromSnapshot, hostOf } from '../support/wps-fixtures';

const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/69.0.3497.128 Safari/537.36';
const ENV = { userAgent: UA, ranAt: '2025-12-20 09:30:00' };
const NOW = (): Date => new Date(2025, 11, 20, 9, 30);

function workbook(options: WpsFakeOptions = {}): WpsFake {
  return WpsFake.fromSheets('委员履职.xlsx', [MEMBER_SHEET_FIXTURE, { name: '说明', values: [['用户自己的表']] }], options);
}

describe('WPS self-check', () => {
  it.each(['null', 'undefined'] as const)(
    'passes every check on a healthy WPS (Null as %s), leaves no sheet behind, restores the switches',
    async (nothing) => {
      const fake = workbook({ nothing });
      const report = await runWpsSelfCheck(fake.app, ENV);
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);
      expect(report.checks.length).toBeGreaterThanOrEqual(20);
      expect(fake.sheetNames()).toEqual([MEMBER_SHEET_FIXTURE.name, '说明']);
      expect(fake.applicationState()).toEqual({ screenUpdating: true, calculation: -4105, displayAlerts: true });
      expect(fake.grid(MEMBER_SHEET_FIXTURE.name)).toEqual(MEMBER_SHEET_FIXTURE.values);
      const text = selfCheckText(report);
      expect(text).toContain('履职统计 · 环境自检（WPS 表格）');
      expect(text).toContain('WPS：WPS 表格 12.1.0.16120（内部版本 16120）');
      expect(text).toContain('加载项网页内核：Chromium 69.0.3497.128');
      expect(text).toContain(`混合区域返回 ${nothing}`);
      expect(text).toMatch(/结论：全部 \d+ 项检查通过/);
    },
  );

  it('names the check whose member fails, goes on with the others, and still deletes the scratch sheet', async () => {
    const fake = workbook();
    fake.failAt('Range.Merge');
    const report = await runWpsSelfCheck(fake.app, ENV);
    const failed = report.checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.id)).toEqual(['merges']);
    expect(failed[0].detail).toContain('injected failure at Range.Merge');
    expect(report.checks.find((c) => c.id === 'pageSetup')?.ok).toBe(true);
    expect(fake.sheetNames()).not.toContain(SELF_CHECK_SHEET);
    expect(selfCheckText(report)).toContain('有 1 项未通过（合并单元格（多区域、按行合并、读取合并区域））');
  });

  it('reports protection: a protected workbook structure stops the scratch sheet, and says why', async () => {
    const fake = WpsFake.fromSheets('x.xlsx', [{ ...MEMBER_SHEET_FIXTURE, protected: true }], { protectStructure: true });
    const report = await runWpsSelfCheck(fake.app, ENV);
    const protection = report.checks.find((c) => c.id === 'protection');
    expect(protection).toMatchObject({
      ok: true,
      detail: '工作簿结构受保护（无法新建或删除工作表，结果表写不进去，请先撤销保护）；受保护的工作表：「统计表」',
    });
    expect(report.checks.find((c) => c.id === 'sheet.add')?.ok).toBe(false);
    expect(report.checks.find((c) => c.id === 'values')?.detail).toBe('未检查：未能新建临时工作表');
  });

  it('uses every object-model member that the product uses (year-end, slips, marks, selection)', async () => {
    const fake = fakeFromSnapshot(syntheticSnapshot(60));
    const host = hostOf(fake);
    await runStep(host, 'all', { now: NOW });
    await runStep(host, 'slips', { now: NOW, slips: { kind: 'unit', unit: '区教育局' } }).catch(() => undefined);
    fake.select(fake.sheetNames()[0], 'A5:C7');
    await slipsForSelection(host, { now: NOW });
    await clearMarks(host);
    await runStep(host, 'validate', { now: NOW });
    await host.selectCell(fake.sheetNames()[0], 'B3');
    const product = new Set(fake.callLabels().keys());

    const check = workbook();
    await runWpsSelfCheck(check.app, ENV);
    const checked = new Set(check.callLabels().keys());
    expect([...product].filter((label) => !checked.has(label)).sort()).toEqual([]);
  });
});
