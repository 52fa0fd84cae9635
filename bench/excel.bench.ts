/**
 * npm run bench:excel — the whole year-end run (read the snapshot, run the pipeline with all
 * outputs, apply the plan) through the Excel host against the strict fake, at 300, 2,000 and
 * 20,000 members. One line per size: `members=<n> syncs=<k> maxRequestBytes=<b> ms=<t>`, where
 * syncs counts every context.sync() of both Excel.run calls and ms is the wall time of the run.
 */
import { fakeFromSnapshot, yearEnd } from '../test/support/excel-fixtures';
import { syntheticSnapshot } from '../test/support/synthetic';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);

async function main(): Promise<void> {
  for (const n of SIZES.length > 0 ? SIZES : [300, 2000, 20000]) {
    const fake = fakeFromSnapshot(syntheticSnapshot(n));
    const start = performance.now();
    await yearEnd(fake);
    const ms = Math.round(performance.now() - start);
    console.log(`members=${n} syncs=${fake.syncs} maxRequestBytes=${fake.maxRequestBytes} ms=${ms}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
