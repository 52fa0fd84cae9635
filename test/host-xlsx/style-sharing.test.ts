/*
 * Memory (issue 10 point 11; the CLI's peak at 2,000 members fell from ~370 to ~276 MB): cells the plan
 * writes share one style object per distinct style, and cells without a style share one empty style,
 * instead of a style object per cell. Counted, not timed: the number of distinct style objects on each
 * generated sheet must equal the number of distinct styles by content.
 */
import type { Style, Workbook } from 'exceljs';
import { runPipeline, STEP_OUTPUTS } from '../../src/core';
import { applyPlan } from '../../src/host/xlsx/apply-plan';
import { loadWorkbook, workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { readSnapshot } from '../../src/host/xlsx/read-snapshot';
import { syntheticWorkbook } from '../support/synthetic';

function styleObjects(workbook: Workbook, sheet: string): { objects: number; contents: number; cells: number } {
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const objects = new Set<Partial<Style>>();
  const contents = new Set<string>();
  let cells = 0;
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells++;
      objects.add(cell.style);
      contents.add(JSON.stringify(cell.style));
    }),
  );
  return { objects: objects.size, contents: contents.size, cells };
}

describe('xlsx host: style objects shared between cells', () => {
  const workbook = syntheticWorkbook(60, true);
  const outcome = runPipeline(readSnapshot(workbook, 'm.xlsx'), { fileName: 'm.xlsx', outputs: STEP_OUTPUTS.all, today: { year: 2026, month: 12, day: 1 }, runAt: '2026-12-01 10:00' });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  applyPlan(workbook, outcome.plan);

  it.each(['履职档案', '履职汇总', '单位告知', '履职通报'])('%s: one style object per distinct style', (sheet) => {
    const { objects, contents, cells } = styleObjects(workbook, sheet);
    // 履职档案 at 60 members: 64 rows × 38 columns, most cells unstyled; before, each cell held a style object of its own.
    expect(cells).toBeGreaterThan(200);
    expect(objects).toBe(contents);
  });

  it('the shared styles write and read back as before (numbers in General, the score column in 0.00)', async () => {
    const back = await loadWorkbook(await workbookBytes(workbook));
    const ws = back.getWorksheet('履职档案');
    // row 5 is the first record; column 10 (得分) is formatted 0.00, column 1 (年度) has no number format.
    expect(ws?.getCell(5, 10).numFmt).toBe('0.00');
    expect(ws?.getCell(5, 1).numFmt).toBeUndefined();
    expect(ws?.getCell(5, 1).value).toBe(outcome.year.year);
  });
});
