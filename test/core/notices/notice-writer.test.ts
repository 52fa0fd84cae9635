import { NoticeWriter, STANDARD_SIZES, blockHeight, stackPages, type NoticeColumn } from '../../../src/core/notices/notice-writer';
import { defaultOffice, dateText, countPlaceholders } from '../../../src/core/notices/wording';
import { testMethod, testResults } from '../../support/notice-context';

interface Row {
  readonly name: string;
  readonly a: number;
  readonly b: number;
  readonly fill: string | null;
}

const columns: NoticeColumn<Row>[] = [
  { header: '姓名', value: (r) => r.name },
  { header: '出席', group: '会议', value: (r) => r.a },
  { header: '请假', group: '会议', value: (r) => r.b, fill: (r) => r.fill },
  { header: '说明', span: 2, value: () => '备注' },
];

describe('NoticeWriter', () => {
  it('writes a two-row header: the group merged over its columns, the others merged down', () => {
    const w = new NoticeWriter('t', [8, 5, 5, 10, 10], STANDARD_SIZES);
    const area = w.table(columns, [{ name: '张三', a: 1, b: 0, fill: '#FF0000' }]);
    const plan = w.build();
    expect(area).toEqual({ headerTop: 1, headerBottom: 2, lastRow: 3 });
    expect(plan.values[0]).toEqual(['姓名', '会议', null, '说明']);
    expect(plan.values[1]).toEqual([null, '出席', '请假']);
    expect(plan.merges).toEqual(expect.arrayContaining(['A1:A2', 'B1:C1', 'D1:E2', 'D3:E3']));
    expect(plan.values[2]).toEqual(['张三', 1, 0, '备注']);
  });

  it('fills a stretch of equal fills with one run, skipping section rows', () => {
    const w = new NoticeWriter('t', [8, 5, 5, 10, 10], STANDARD_SIZES);
    const red = '#FF0000';
    w.table(columns, [{ name: 'a', a: 1, b: 0, fill: red }, { name: 'b', a: 1, b: 0, fill: red }, { section: '二、' }, { name: 'c', a: 1, b: 0, fill: red }, { name: 'd', a: 1, b: 0, fill: null }]);
    const plan = w.build();
    const fills = plan.styles.filter((s) => s.style.fill === red).map((s) => s.range);
    // data rows 3..7: a, b (3–4), section (5), c (6), d (7)
    expect(fills).toEqual(['C3:C4', 'C6']);
    expect(plan.merges).toContain('A5:E5');
  });

  it('sets a taller row for a paragraph that wraps', () => {
    const w = new NoticeWriter('t', [20], STANDARD_SIZES);
    w.paragraph('短');
    w.paragraph('很长的段落'.repeat(10));
    const plan = w.build();
    expect(plan.rowHeights[1].height).toBeGreaterThan(plan.rowHeights[0].height * 3);
    expect(blockHeight(plan)).toBe(plan.rowHeights[0].height + plan.rowHeights[1].height);
  });

  it('styles a form with one body run and one run per column of labels, not one per cell', () => {
    const w = new NoticeWriter('t', [8, 10, 8, 10], STANDARD_SIZES);
    w.form([
      [{ value: '姓名', label: true }, { value: '张三' }, { value: '界别', label: true }, { value: '教育界' }],
      [{ value: '专委会', label: true }, { value: '提案委' }, { value: '得分', label: true }, { value: 92.5, format: '0.00', fill: '#C6EFCE' }],
      [{ value: '工作单位', label: true }, { value: '区教育局', span: 3 }],
    ]);
    const plan = w.build();
    expect(plan.styles.map((r) => r.range)).toEqual(['A1:D3', 'A1:A3', 'C1:C2', 'D2']);
    expect(plan.merges).toContain('B3:D3');
    expect(plan.styles[3].style).toMatchObject({ numberFormat: '0.00', fill: '#C6EFCE', border: 'thin' });
  });

  it('stacks pages with a break before each but the first, shifting their merges, styles and heights', () => {
    const page = (text: string) => {
      const w = new NoticeWriter('p', [10, 10], STANDARD_SIZES);
      w.title(text);
      w.paragraph('正文');
      return w.build();
    };
    const plan = stackPages('s', [10, 10], [page('一'), page('二'), page('三')]);
    expect(plan.pageBreaks).toEqual([3, 5]);
    expect(plan.values.map((r) => r[0])).toEqual(['一', '　　正文', '二', '　　正文', '三', '　　正文']);
    expect(plan.merges).toEqual(['A1:B1', 'A2:B2', 'A3:B3', 'A4:B4', 'A5:B5', 'A6:B6']);
    expect(plan.rowHeights.map((h) => h.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plan.styles.filter((s) => s.style.font?.size === 22).map((s) => s.range)).toEqual(['A1:B1', 'A3:B3', 'A5:B5']);
    expect(plan.pageSetup?.printArea).toBe('A1:B6');
  });
});

describe('wording', () => {
  it('derives the issuing office from the method title', () => {
    expect(defaultOffice('政协X区委员会委员履职综合评价办法')).toBe('政协X区委员会办公室');
    expect(defaultOffice('委员履职办法')).toBe('区政协办公室');
  });

  it('writes the date with Arabic numerals, no leading zeros', () => {
    expect(dateText({ year: 2025, month: 1, day: 5 })).toBe('2025年1月5日');
  });

  it('counts members per grade, pending ones apart', () => {
    const v = countPlaceholders(testMethod(), testResults());
    expect(v).toMatchObject({ 人数: 6, 评价人数: 5, 待核实人数: 1, 优秀人数: 1, 良好人数: 2, 合格人数: 0, 各等次人数: '优秀1人、良好2人、基本合格1人、不合格1人' });
  });
});
