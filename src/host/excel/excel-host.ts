/** The Office.js host: HostPort over one Excel.run per call (the real Excel.run, or the test fake's). */
import type { HostPort, Snapshot, WritePlan } from '../port';
import { applyPlan } from './apply-plan';
import type { XlRun } from './office-api';
import { readSnapshot } from './read-snapshot';

export class ExcelHost implements HostPort {
  constructor(private readonly run: XlRun) {}

  readSnapshot(): Promise<Snapshot> {
    return readSnapshot(this.run);
  }

  applyPlan(plan: WritePlan): Promise<void> {
    return applyPlan(this.run, plan);
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
