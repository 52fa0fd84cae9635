/** Workbooks for the end-to-end tests, and what the core itself says about them (the expected values). */
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/host/xlsx/xlsx-host';
import { runPipeline, STEP_OUTPUTS, type PipelineSuccess } from '../../src/core/pipeline';

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
