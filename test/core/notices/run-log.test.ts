import { runLogSheet, RUN_LOG_HEADERS } from '../../../src/core/notices/run-log';
import { methodFingerprint } from '../../../src/core/notices/fingerprint';
import { noticeContext, testMethod } from '../../support/notice-context';
import { sheet } from '../../support/builders';

describe('运行记录', () => {
  it('writes the header and one row for this run', () => {
    const plan = runLogSheet('运行记录', noticeContext());
    expect(plan.values[0]).toEqual([...RUN_LOG_HEADERS]);
    // 6 members: 4 graded, 1 vetoed, 1 pending; the context summary has 1 error, 2 warnings
    expect(plan.values[1]).toEqual(['2025-12-26 09:30:00', '履职统计.xlsx', '统计表', '政协X区委员会委员履职综合评价办法', '内置示例办法', methodFingerprint(testMethod()), 6, 4, 1, 1, 1, 2, '委员填报（统计表数字）；无办公室记录']);
    expect(plan.values).toHaveLength(2);
  });

  it('says which figures scored and where the office records came from (issue 12)', () => {
    const fromFile = runLogSheet('运行记录', noticeContext({ counts: { from: 'larger', records: { origin: 'file', file: '记录.xlsx', activities: 12, proposals: 5 } } }));
    expect(fromFile.values[1][RUN_LOG_HEADERS.indexOf('计分依据')]).toBe('统计表数字与办公室记录中较大者；记录文件「记录.xlsx」：活动记录 12 条、提案登记 5 件');
    const inBook = runLogSheet('运行记录', noticeContext({ counts: { from: 'records', records: { origin: 'sheet', file: null, activities: 3, proposals: 0 } } }));
    expect(inBook.values[1][RUN_LOG_HEADERS.indexOf('计分依据')]).toBe('办公室记录；本工作簿：活动记录 3 条、提案登记 0 件');
  });

  it('appends after the earlier rows and keeps them, matched by header even when columns moved', () => {
    const earlier = sheet('运行记录', [
      ['办法指纹', '运行时间', '输入文件', '委员人数'],
      ['aaaa', '2025-12-01 08:00:00', '旧.xlsx', 300],
      [null, null, null, null],
      ['bbbb', '2025-12-10 10:00:00', '旧2.xlsx', { error: '#REF!' }],
    ]);
    const plan = runLogSheet('运行记录', noticeContext({ previousRunLog: earlier }));
    expect(plan.values).toHaveLength(4);
    const col = (h: string): number => RUN_LOG_HEADERS.indexOf(h as (typeof RUN_LOG_HEADERS)[number]);
    expect(plan.values[1][col('运行时间')]).toBe('2025-12-01 08:00:00');
    expect(plan.values[1][col('办法指纹')]).toBe('aaaa');
    expect(plan.values[1][col('委员人数')]).toBe(300);
    expect(plan.values[1][col('评价办法')]).toBeNull();
    expect(plan.values[2][col('委员人数')]).toBe('#REF!');
    expect(plan.values[3][col('运行时间')]).toBe('2025-12-26 09:30:00');
  });

  it('keeps growing run after run', () => {
    const first = runLogSheet('运行记录', noticeContext());
    const again = runLogSheet('运行记录', noticeContext({ previousRunLog: sheet('运行记录', first.values), runAt: '2025-12-27 10:00:00' }));
    expect(again.values.slice(0, 2)).toEqual(first.values);
    expect(again.values[2][0]).toBe('2025-12-27 10:00:00');
  });

  it('fingerprints a changed method differently', () => {
    const plan = runLogSheet('运行记录', noticeContext({ method: testMethod({ base: 70 }) }));
    expect(plan.values[1][5]).not.toBe(methodFingerprint(testMethod()));
  });
});
