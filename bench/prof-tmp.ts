import { syntheticSnapshot } from '../test/support/synthetic';
import { runPipeline, STEP_OUTPUTS, type OutputKind } from '../src/core/pipeline';
for (const n of [2000, 20000]) {
  const snap = syntheticSnapshot(n);
  for (const k of STEP_OUTPUTS.all) {
    const t = performance.now();
    runPipeline(snap, { fileName: 'x.xlsx', outputs: [k as OutputKind], today: { year: 2025, month: 12, day: 26 }, runAt: 'x' });
    console.log(n, k, Math.round(performance.now() - t));
  }
}
