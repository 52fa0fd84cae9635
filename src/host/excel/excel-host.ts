/** The Office.js host: HostPort over one Excel.run per call (the real Excel.run, or the test fake's). */
import { parseRange } from '../../core';
import type { ApplyResult, HostPort, RowSelection, Snapshot, WritePlan } from '../port';
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

  /** The rows of every area the user selected (getSelectedRanges, ExcelApi 1.9); null when they span several sheets. */
  selectedRows(): Promise<RowSelection | null> {
    return this.run(async (context) => {
      const areas = context.workbook.getSelectedRanges();
      areas.load('address');
      await context.sync();
      return rowsOfAddress(areas.address);
    });
  }
}

/** `'统计 表'!A5:H9,统计表!A12` → the sheet and its rows; null when the areas lie on different sheets or cannot be read. */
export function rowsOfAddress(address: string): RowSelection | null {
  let sheet: string | null = null;
  const rows = new Set<number>();
  for (const part of address.match(/(?:'(?:[^']|'')+'|[^,!]+)![^,]+/g) ?? []) {
    const bang = part.lastIndexOf('!');
    const rawSheet = part.slice(0, bang).trim();
    const name = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    if (sheet !== null && sheet !== name) return null;
    sheet = name;
    const ref = part.slice(bang + 1).replace(/\$/g, '');
    const whole = /^(\d+):(\d+)$/.exec(ref);
    const rect = whole ? { top: Number(whole[1]), bottom: Number(whole[2]) } : parseRange(/^[A-Z]+:[A-Z]+$/i.test(ref) ? '' : ref);
    if (rect === null) {
      if (/^[A-Z]+:[A-Z]+$/i.test(ref)) return { sheet: name, rows: [] };
      return null;
    }
    for (let r = rect.top; r <= rect.bottom; r++) rows.add(r);
  }
  return sheet === null ? null : { sheet, rows: [...rows].sort((a, b) => a - b) };
}
