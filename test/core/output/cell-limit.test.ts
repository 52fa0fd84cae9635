/** Issue 10 point 14: text over Excel's 32,767 characters per cell is cut, ends in 「…」, and a note says where. */
import { runPipeline, STEP_OUTPUTS } from '../../../src/core/pipeline';
import { CELL_TEXT_LIMIT, cutText } from '../../../src/core/output/cell-limit';
import { sheet, snapshot } from '../../support/builders';

const HEADER = ['姓名', '工作单位', '出席全体会议', '全体会议请假', '全体会议无故缺席', '领衔提案'];

describe('point 14: cells over 32,767 characters', () => {
  it('cutText keeps short text and cuts long text to the limit, never splitting a character', () => {
    expect(cutText('区人民医院')).toBe('区人民医院');
    const long = '𠀀'.repeat(20_000); // 40,000 UTF-16 units, surrogate pairs
    const cut = cutText(long);
    expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.slice(0, -1)).toBe('𠀀'.repeat((cut.length - 1) / 2));
  });

  it('a unit name of 40,000 characters: no generated cell over the limit, a note naming the sheet and cell', () => {
    const unit = `区人民医院${'很长的说明'.repeat(8000)}`;
    const out = runPipeline(snapshot([sheet('统计表', [HEADER, ['张伟', unit, 2, 0, 0, 1], ['李娜', '区第一中学', 2, 0, 0, 1]])]), {
      fileName: '长.xlsx',
      outputs: STEP_OUTPUTS.all,
      today: { year: 2025, month: 12, day: 26 },
      runAt: '2025-12-26 10:30:00',
    });
    if (!out.ok) throw new Error(out.fatal.message);
    const texts = out.plan.sheets.flatMap((s) => s.values.flat()).filter((v): v is string => typeof v === 'string');
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(texts.some((t) => t.startsWith('区人民医院很长的说明') && t.endsWith('…'))).toBe(true);
    expect(out.notes.join('\n')).toMatch(/工作表「履职汇总」单元格 [A-Z]+\d+.*32,767/);
  });
});
