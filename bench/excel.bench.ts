/**
 * npm run bench:excel — the default year-end run (read the snapshot, run the pipeline with the
 * year-end outputs, apply the plan) through the Excel host against the strict fake, at 300, 2,000
 * and 20,000 members. One line per size on stdout: `members=<n> syncs=<k> maxRequestBytes=<b>`,
 * where syncs counts every context.sync() of both Excel.run calls and maxRequestBytes is the
 * largest request as the fake counts it (1.5× its model; at or above the real client's bytes,
 * test/host-excel/office-js-client.test.ts). The wall time of each run goes to stderr.
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
    console.log(`members=${n} syncs=${fake.syncs} maxRequestBytes=${fake.maxRequestBytes}`);
    console.error(`members=${n} ms=${ms}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
