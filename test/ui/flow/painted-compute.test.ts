import * as pipeline from '../../../src/core/pipeline';
import { paintedCompute } from '../../../src/ui/flow/painted-compute';
import { sheet, snapshot } from '../../support/builders';

describe('paintedCompute', () => {
  it('lets the page paint before it runs the pipeline, then answers as the pipeline does', async () => {
    const spy = jest.spyOn(pipeline, 'runPipeline');
    const pending = paintedCompute(snapshot([sheet('通知', [['关于报送履职情况的通知']])], undefined, '无名单.xlsx'), {
      fileName: '无名单.xlsx',
      outputs: ['findings'],
      today: { year: 2025, month: 12, day: 20 },
      runAt: '2025-12-20 09:30:00',
    });
    await Promise.resolve();
    expect(spy).not.toHaveBeenCalled();
    const outcome = await pending;
    expect(spy).toHaveBeenCalledTimes(1);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.fatal.code).toBe('table.not_found');
    spy.mockRestore();
  });
});
