import { circularSheet } from '../../../src/core/notices/circular';
import { memberSlipsSheet } from '../../../src/core/notices/member-slips';
import { runLogSheet } from '../../../src/core/notices/run-log';
import { shortlistSheet } from '../../../src/core/notices/shortlist-sheet';
import { unitLetterSheets, unitLettersSheet } from '../../../src/core/notices/unit-letters';
import { warningListSheet } from '../../../src/core/notices/warning-list';
import { noticeContext, rowsText } from '../../support/notice-context';

describe('notices of a table without members', () => {
  const ctx = noticeContext({ results: [], shortlist: { entries: [], excluded: [], groups: [] } });

  it('still builds every sheet, saying there is nobody to list', () => {
    expect(rowsText(circularSheet('履职通报', ctx)).join('')).toContain('全体委员0人');
    expect(unitLettersSheet('单位告知', ctx).pageBreaks).toEqual([]);
    expect(unitLetterSheets(ctx)).toEqual([]);
    expect(memberSlipsSheet('个人履职告知单', ctx).values).toEqual([]);
    expect(rowsText(shortlistSheet('优秀委员建议名单', ctx))).toContain('没有委员符合推荐条件。');
    expect(rowsText(warningListSheet('履职预警名单', ctx))).toContain('　　本年度没有需要预警的委员。');
    expect(runLogSheet('运行记录', ctx).values).toHaveLength(2);
  });
});
