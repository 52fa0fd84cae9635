import { lineCount, rowHeight, textPoints, textRowHeight } from '../../../src/core/notices/text-fit';

describe('text-fit', () => {
  it('counts a CJK character as one em and a digit as about 0.6 em', () => {
    // 4 × 10 pt; 3 × 0.62 × 10 pt = 18.6 pt
    expect(textPoints('履职统计', 10)).toBe(40);
    expect(textPoints('123', 10)).toBeCloseTo(18.6, 6);
  });

  it('wraps long text into more lines in a narrow cell, and counts line breaks', () => {
    // 20 units × 5.25 pt − 5 pt = 100 pt per line; 28 characters × 16 pt × 1.04 = 465.9 pt → 5 lines
    expect(lineCount('一'.repeat(28), 20, 16)).toBe(5);
    expect(lineCount('短', 20, 16)).toBe(1);
    expect(lineCount('一\n二\n三', 20, 16)).toBe(3);
    expect(lineCount('', 20, 16)).toBe(1);
  });

  it('gives taller rows to more lines and larger fonts', () => {
    // 2 × 16 × 1.45 + 2 = 48.4 → 48.5
    expect(rowHeight(2, 16)).toBe(48.5);
    expect(textRowHeight('一'.repeat(28), 20, 16)).toBeGreaterThan(textRowHeight('一'.repeat(5), 20, 16));
  });
});

describe('breakLines', () => {
  const { breakLines, textPoints } = jest.requireActual<typeof import('../../../src/core/notices/text-fit')>('../../../src/core/notices/text-fit');
  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    const text = '　　根据《政协X区委员会委员履职综合评价办法（示例，请按本区办法修改）》，区政协对全体委员2025年度的履职情况进行了统计和综合评价。';
    for (let chars = 8; chars <= 30; chars++) {
      const lines = breakLines(text, chars * 16, 16);
      expect(lines.join('')).toBe(text);
      for (const [i, line] of lines.entries()) {
        if (i > 0) expect('，。、；：？！）》」』'.includes(line[0])).toBe(false);
        expect('（《「『'.includes(line[line.length - 1])).toBe(false);
        expect(textPoints(line, 16)).toBeLessThanOrEqual(chars * 16);
      }
    }
  });

  it('keeps explicit line breaks', () => {
    expect(breakLines('甲\n乙', 100, 10)).toEqual(['甲', '乙']);
  });

  it('never cuts a number in two (「优秀2」「1人」 was the sample’s circular)', () => {
    const text = '全体委员48人，参加综合评价46人，其中优秀21人、良好7人、合格3人、基本合格14人、不合格1人，2025年度。';
    for (let chars = 6; chars <= 30; chars++) {
      const lines = breakLines(text, chars * 10, 10);
      expect(lines.join('')).toBe(text);
      for (let i = 1; i < lines.length; i++) expect([chars, lines[i - 1].slice(-1) + lines[i][0]]).not.toEqual([chars, expect.stringMatching(/^\d\d$/)]);
    }
    // 200 pt less the 4 % margin: 192.3 pt; a CJK character 10 pt, a digit 6.2 pt. Line 2 「优秀21人、良好7人、合格3人、
    // 基本合格」 is 184.8 pt; 「1」 still fits (191 pt), 「4」 does not (197.2 pt): 「14」 moves down whole.
    expect(breakLines(text, 200, 10)).toEqual(['全体委员48人，参加综合评价46人，其中', '优秀21人、良好7人、合格3人、基本合格', '14人、不合格1人，2025年度。']);
  });

  it('lets a closing mark hang at the end of a line when it fits the full width, instead of moving a character down', () => {
    // 10 pt characters, 100 pt wide: 9 fit under the margin (96.2 pt), a 10th only as a closing mark.
    expect(breakLines('一二三四五六七八九，十一', 100, 10)).toEqual(['一二三四五六七八九，', '十一']);
    // Without room even for the mark, the character before it moves down with it.
    expect(breakLines('一二三四五六七八九十，一', 100, 10)).toEqual(['一二三四五六七八九', '十，一']);
  });
});
