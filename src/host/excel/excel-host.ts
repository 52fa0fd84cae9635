/** The Office.js host: HostPort over one Excel.run per call (the real Excel.run, or the test fake's). */
import type { ApplyResult, HostPort, Snapshot, WritePlan } from '../port';
import { applyPlan, type ReadHint } from './apply-plan';
import type { XlRun } from './office-api';
import { readSnapshot } from './read-snapshot';

export class ExcelHost implements HostPort {
  /** Whether the last read saw the bookkeeping sheet: lets the write read it in its first sync (checked there against the sheet names). */
  private readonly hint: ReadHint = { bookkeeping: null };

  constructor(private readonly run: XlRun) {}

  async readSnapshot(): Promise<Snapshot> {
    const read = await readSnapshot(this.run);
    this.hint.bookkeeping = read.hasBookkeeping;
    return read.snapshot;
  }

  applyPlan(plan: WritePlan): Promise<ApplyResult> {
    return applyPlan(this.run, plan, this.hint);
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}
