/** Workbooks for the end-to-end tests, and what the core itself says about them (the expected values). */
import ExcelJS from 'exceljs';
import { parseCell } from '../../../src/core/a1';
import { XlsxHost } from '../../../src/host/xlsx/xlsx-host';
import { runPipeline, STEP_OUTPUTS, type PipelineSuccess } from '../../../src/core/pipeline';
import { jinanSheet } from '../districts/jinan';
import { workbookOfSheet } from '../sheet-workbook';

/** The core's own outcome for a workbook, as the playground's validate (or full) step computes it. */
export async function coreOutcome(bytes: Uint8Array, fileName: string, step: 'validate' | 'all'): Promise<PipelineSuccess> {
  const host = await XlsxHost.fromBuffer(bytes, fileName);
  const outcome = runPipeline(await host.readSnapshot(), { fileName, outputs: STEP_OUTPUTS[step], today: { year: 2025, month: 12, day: 20 }, runAt: '2025-12-20 09:30:00' });
  if (!outcome.ok) throw new Error(`the core could not run on ${fileName}: ${outcome.fatal.message}`);
  return outcome;
}

/** A workbook with no member table: a notice sheet and a sheet of numbers without 姓名. */
export async function workbookWithoutMemberTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const notice = wb.addWorksheet('通知');
  notice.addRow(['关于报送2025年度委员履职情况的通知']);
  notice.addRow(['请各专委会于12月20日前报送。']);
  const numbers = wb.addWorksheet('统计');
  numbers.addRow(['月份', '会议次数', '参加人次']);
  for (let m = 1; m <= 12; m++) numbers.addRow([`${m}月`, m % 3, m * 7]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The 济南 real-layout table (test/support/districts/jinan.ts) as an .xlsx, without its method: the example method finds many items unbound. */
export async function jinanWorkbook(): Promise<Buffer> {
  return Buffer.from(await workbookOfSheet(jinanSheet()).xlsx.writeBuffer());
}

/** The fill (ARGB) and note text of one cell of a saved workbook. */
export function markOf(wb: ExcelJS.Workbook, sheet: string, address: string): { fill: string | null; note: string } {
  const ws = wb.getWorksheet(sheet);
  if (ws === undefined) throw new Error(`sheet ${sheet} missing from the result`);
  const at = parseCell(address);
  const found = at === null ? undefined : ws.findCell(at.row, at.col);
  if (found === undefined) return { fill: null, note: '' };
  const argb = found.fill?.type === 'pattern' ? (found.fill.fgColor?.argb ?? null) : null;
  const note = found.note;
  const text = note === undefined ? '' : typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
  return { fill: argb, note: text };
}
