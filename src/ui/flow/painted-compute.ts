/**
 * A Compute for panes that run the core in their own thread (the Excel task pane): it lets the
 * browser paint the progress bar's new phase before the synchronous pipeline takes the thread.
 */
import { runPipeline } from '../../core';
import type { Compute } from '../../host/workflow';

function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

export const paintedCompute: Compute = async (snapshot, options) => {
  await nextPaint();
  return runPipeline(snapshot, options);
};
