/**
 * npm run bench:wps — the default year-end run (read the snapshot, run the pipeline with the
 * year-end outputs, apply the plan) through the WPS host against the strict fake, at 300 and 2,000
 * members. One line per size on stdout: `members=<n> calls=<k>`, where calls counts every
 * object-model property read, property write and method call of the read and the write. The wall
 * time and the split between read and write go to stderr.
 */
import { runPipeline, STEP_OUTPUTS } from '../src/core';
import { RUN_DATE } from '../test/support/excel-fixtures';
import { syntheticSnapshot } from '../test/support/synthetic';
import { fakeFromSnapshot, hostOf } from '../test/support/wps-fixtures';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);

async function main(): Promise<void> {
  for (const n of SIZES.length > 0 ? SIZES : [300, 2000]) {
    const fake = fakeFromSnapshot(syntheticSnapshot(n));
    const host = hostOf(fake);
    const start = performance.now();
    const snapshot = await host.readSnapshot();
    const read = fake.calls;
    const outcome = runPipeline(snapshot, { fileName: snapshot.fileName, outputs: STEP_OUTPUTS.all, today: RUN_DATE, runAt: '2025-12-26 09:30:00' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    await host.applyPlan(outcome.plan);
    const ms = Math.round(performance.now() - start);
    console.log(`members=${n} calls=${fake.calls}`);
    console.error(`members=${n} readCalls=${read} writeCalls=${fake.calls - read} ms=${ms}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
