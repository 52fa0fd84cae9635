/** Test fixtures for the Excel host: a fake workbook from a Snapshot, and a year-end run against it. */
import { STEP_OUTPUTS, runPipeline, type PipelineSuccess } from '../../src/core/pipeline';
import type { Snapshot } from '../../src/core/snapshot';
import { ExcelHost } from '../../src/host/excel/excel-host';
import { ExcelFake, type FakeSheetSpec } from './fakes/excel-fake';

export function fakeFromSnapshot(snapshot: Snapshot): ExcelFake {
  return ExcelFake.fromSheets(
    snapshot.fileName,
    snapshot.sheets.map((s): FakeSheetSpec => ({ name: s.name, values: s.values, merges: s.merges, hiddenRows: s.hiddenRows, fills: s.fills, notes: s.notes, visibility: s.visible === false ? 'Hidden' : 'Visible' })),
  );
}

export const RUN_DATE = { year: 2025, month: 12, day: 26 } as const;

/** The whole year-end run (all outputs) through the host: read, compute, write. */
export async function yearEnd(fake: ExcelFake): Promise<PipelineSuccess> {
  const host = new ExcelHost(fake.run);
  const snapshot = await host.readSnapshot();
  const outcome = runPipeline(snapshot, { fileName: snapshot.fileName, outputs: STEP_OUTPUTS.all, today: RUN_DATE, runAt: '2025-12-26 09:30:00' });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  await host.applyPlan(outcome.plan);
  return outcome;
}
