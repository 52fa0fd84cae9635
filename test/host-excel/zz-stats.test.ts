import { syntheticSnapshot } from '../support/synthetic';
import { runPipeline, STEP_OUTPUTS } from '../../src/core/pipeline';
it('stats', () => {
  for (const n of [300, 2000]) {
  const s = syntheticSnapshot(n);
  const out = runPipeline(s, { fileName: 'x', outputs: STEP_OUTPUTS.all, today: { year: 2025, month: 12, day: 26 }, runAt: 'x' });
  if (!out.ok) throw new Error();
  let total = 0;
  const lines: string[] = [];
  for (const sh of out.plan.sheets) {
    const b = Buffer.byteLength(JSON.stringify(sh.values.filter(r => r.length > 0)));
    total += b;
    lines.push(`${sh.name} values=${b} merges=${sh.merges.length} styles=${sh.styles.length}`);
  }
  console.log(n, 'total values bytes', total, '\n' + lines.join('\n'));
  }
});
