import { syntheticSnapshot } from '../support/synthetic';
import { fakeFromSnapshot, yearEnd } from './fixtures';
it('smoke', async () => {
  for (const n of [300, 2000]) {
    const fake = fakeFromSnapshot(syntheticSnapshot(n));
    const t = Date.now();
    const out = await yearEnd(fake);
    console.log(n, fake.syncs, fake.maxRequestBytes, fake.maxResponseBytes, Date.now() - t, out.report.summary.members, fake.sheetNames().join(','), JSON.stringify(fake.requests), fake.engine.writeBatchesWithoutSuspend);
  }
});
