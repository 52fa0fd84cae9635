import { syntheticSnapshot } from '../test/support/synthetic';
import { runPipeline } from '../src/core/pipeline';
const snap = syntheticSnapshot(2000);
const t = performance.now();
runPipeline(snap, { fileName: 'x.xlsx', outputs: ['memberSlips', 'unitLetters', 'summary', 'findings'], today: { year: 2025, month: 12, day: 26 }, runAt: 'x' });
console.log(Math.round(performance.now() - t));
