/** The host-agnostic workflow steps (pane, ribbon, playground) over XlsxHost, saved and reopened between steps. */
import { clearMarks, insertExampleMethodSheet, runStep } from '../../src/host/workflow';
import { SHEETS, METHOD_SHEET } from '../../src/core/sheet-names';
import { workbookBytes, XlsxHost } from '../../src/host/xlsx/xlsx-host';
import { syntheticTable, syntheticWorkbook } from '../support/synthetic';

const now = (): Date => new Date(2025, 11, 26, 9, 0, 0);

async function reopen(host: XlsxHost): Promise<XlsxHost> {
  return XlsxHost.fromBuffer(await host.toBuffer(), host.fileName);
}

describe('workflow over XlsxHost', () => {
  it('validate marks cells, 清除标记 restores them, across save and reopen', async () => {
    let host = await XlsxHost.fromBuffer(await workbookBytes(syntheticWorkbook(120)), '统计.xlsx');
    const result = await runStep(host, 'validate', { now });
    expect(result.ok).toBe(true);
    host = await reopen(host);
    const marked = await host.readSnapshot();
    expect(marked.sheets.map((s) => s.name)).toEqual(['委员履职统计表', SHEETS.findings]);
    const fills = marked.sheets[0].fills ?? {};
    const slip = syntheticTable(120).mistakes.find((m) => m.expect === 'value.fraction')!;
    expect(fills[slip.cell!]).toBe('#FFC7CE');
    expect(marked.bookkeeping.marks.length).toBeGreaterThan(0);

    const restored = await clearMarks(host);
    expect(restored).toBe(marked.bookkeeping.marks.length);
    host = await reopen(host);
    const clean = await host.readSnapshot();
    // the synthetic table has no fills or notes of its own: none are left
    expect(clean.sheets[0].fills).toBeUndefined();
    expect(clean.sheets[0].notes).toBeUndefined();
    expect(clean.bookkeeping.marks).toEqual([]);
    expect(clean.bookkeeping.generatedSheets).toEqual([SHEETS.findings]);
  });

  it('inserts the example 评价办法 sheet once; a run then takes the method from it', async () => {
    let host = await XlsxHost.fromBuffer(await workbookBytes(syntheticWorkbook(120)), '统计.xlsx');
    expect(await insertExampleMethodSheet(host)).toBe(true);
    host = await reopen(host);
    expect(await insertExampleMethodSheet(host)).toBe(false);
    const result = await runStep(host, 'all', { now });
    if (!result.ok) throw new Error(result.fatal.message);
    expect(result.outcome.origin).toBe('sheet');
    host = await reopen(host);
    const names = (await host.readSnapshot()).sheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['委员履职统计表', METHOD_SHEET]);
    expect(names).toContain(SHEETS.circular);
    // The per-member slips are an action of their own, not part of the year-end run.
    expect(names).not.toContain(SHEETS.memberSlips);
  });
});
