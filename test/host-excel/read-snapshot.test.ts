/* The Excel host's read side, on the strict fake. */
import { BOOKKEEPING_SHEET, type Snapshot } from '../../src/host/port';
import { ExcelHost } from '../../src/host/excel/excel-host';
import { ExcelFake } from '../support/fakes/excel-fake';
import { ERROR_MARK, storeBookkeeping } from '../support/excel-plans';

function workbook(): ExcelFake {
  const fake = ExcelFake.fromSheets('履职统计2025.xlsx', [
    {
      name: '统计表',
      values: [
        ['2025年度委员履职情况统计表'],
        ['序号', '姓名', '全体会议', null, '提案'],
        [null, null, '出席', '请假', '领衔'],
        [1, '张三', 1, 0, { error: '#REF!' }],
        [2, '李四', 1, null, '若干'],
        [3, '王五', 0, 1, 2],
      ],
      formulaErrors: { D6: '#DIV/0!' },
      merges: [
        { top: 1, left: 1, bottom: 1, right: 5 },
        { top: 2, left: 3, bottom: 2, right: 4 },
      ],
      hiddenRows: [5],
      fills: { A2: '#D9D9D9', B2: '#D9D9D9', E5: '#FFC7CE' },
      notes: { E5: '【履职统计】不是数字', B6: '用户批注' },
    },
    { name: '评价办法', values: [['评价办法'], ['基础分', 60]], fills: { A1: '#FFFF00' } },
    { name: '履职汇总', values: Array.from({ length: 300 }, (_, i) => [`汇总${i}`]), notes: { A1: '生成表上的批注' } },
    { name: '运行记录', values: [['运行时间'], ['2025-12-20 09:30:00']] },
    { name: '隐藏的表', values: [['x']], visibility: 'Hidden' },
  ]);
  storeBookkeeping(fake, { generatedSheets: ['履职汇总', '运行记录'], marks: [{ ...ERROR_MARK, cell: 'E5' }] });
  return fake;
}

describe('ExcelHost.readSnapshot', () => {
  let fake: ExcelFake;
  let snapshot: Snapshot;
  beforeAll(async () => {
    fake = workbook();
    snapshot = await new ExcelHost(fake.run).readSnapshot();
  });

  it('lists every sheet but the bookkeeping one, in order, with visibility', () => {
    expect(snapshot.fileName).toBe('履职统计2025.xlsx');
    expect(snapshot.sheets.map((s) => [s.name, s.visible])).toEqual([
      ['统计表', true],
      ['评价办法', true],
      ['履职汇总', true],
      ['运行记录', true],
      ['隐藏的表', false],
    ]);
  });

  it('reads values from A1, error cells as CellError (typed or computed), merges and hidden rows', () => {
    const table = snapshot.sheets[0];
    expect(table.values).toEqual([
      ['2025年度委员履职情况统计表', null, null, null, null],
      ['序号', '姓名', '全体会议', null, '提案'],
      [null, null, '出席', '请假', '领衔'],
      [1, '张三', 1, 0, { error: '#REF!' }],
      [2, '李四', 1, null, '若干'],
      [3, '王五', 0, { error: '#DIV/0!' }, 2],
    ]);
    expect(table.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 3, bottom: 2, right: 4 },
        { top: 1, left: 1, bottom: 1, right: 5 },
      ]),
    );
    expect(table.merges).toHaveLength(2);
    expect(table.hiddenRows).toEqual([5]);
  });

  it('reads fills (only non-default ones) and notes of the sheets that may hold the member table', () => {
    const table = snapshot.sheets[0];
    expect(table.fills).toEqual({ A2: '#D9D9D9', B2: '#D9D9D9', E5: '#FFC7CE' });
    expect(table.notes).toEqual({ E5: '【履职统计】不是数字', B6: '用户批注' });
    // 评价办法 is read for its values only; generated sheets are not candidates.
    expect(snapshot.sheets[1].values).toEqual([['评价办法', null], ['基础分', 60]]);
    expect(snapshot.sheets[1].fills).toBeUndefined();
    expect(snapshot.sheets[2].notes).toBeUndefined();
  });

  it('lists generated sheets by name only, except the run log the core continues', () => {
    expect(snapshot.sheets[2].values).toEqual([]);
    expect(snapshot.sheets[3].values).toEqual([['运行时间'], ['2025-12-20 09:30:00']]);
  });

  it('reads the bookkeeping from the very hidden sheet', () => {
    expect(snapshot.bookkeeping).toEqual({ generatedSheets: ['履职汇总', '运行记录'], marks: [{ ...ERROR_MARK, cell: 'E5' }] });
  });

  it('uses one run and four syncs: sheets; extents; values and probes; mixed details', () => {
    expect(fake.engine.runs).toBe(1);
    expect(fake.syncs).toBe(4);
  });
});

describe('ExcelHost.readSnapshot: fixed number of syncs', () => {
  it('reads 1 sheet and 60 sheets with the same number of syncs', async () => {
    const counts: number[] = [];
    for (const n of [1, 60]) {
      const fake = ExcelFake.fromSheets('多表.xlsx', Array.from({ length: n }, (_, i) => ({ name: `表${i + 1}`, values: [['姓名', '提案'], ['张三', i]], fills: { A1: '#D9D9D9' } })));
      const snapshot = await new ExcelHost(fake.run).readSnapshot();
      expect(snapshot.sheets).toHaveLength(n);
      expect(snapshot.sheets[n - 1].values[1]).toEqual(['张三', n - 1]);
      counts.push(fake.syncs);
    }
    expect(counts).toEqual([4, 4]);
  });

  it('an empty workbook sheet reads as no values, in two syncs (nothing to load after the extents)', async () => {
    const fake = ExcelFake.fromSheets('空.xlsx', [{ name: 'Sheet1' }]);
    const snapshot = await new ExcelHost(fake.run).readSnapshot();
    expect(snapshot.sheets).toEqual([{ name: 'Sheet1', values: [], merges: [], hiddenRows: [], fills: {}, notes: {}, visible: true }]);
    expect(snapshot.bookkeeping).toEqual({ generatedSheets: [], marks: [] });
    expect(fake.syncs).toBe(2);
  });

  it('reads a sheet larger than 5 MB in several batches; a batch Excel refuses as too large is split and read again', async () => {
    const rows = 40_000;
    const text = '区政协委员履职情况说明文字'.repeat(4); // 52 characters, 156 bytes: far above the 12-byte estimate
    const fake = ExcelFake.fromSheets('大.xlsx', [{ name: '统计表', values: Array.from({ length: rows }, (_, i) => [i, text, `委员${i}`]) }]);
    const snapshot = await new ExcelHost(fake.run).readSnapshot();
    expect(snapshot.sheets[0].values).toHaveLength(rows);
    expect(snapshot.sheets[0].values[rows - 1]).toEqual([rows - 1, text, `委员${rows - 1}`]);
    const refused = fake.requests.filter((r) => r.responseBytes > 5 * 1024 * 1024);
    expect(refused.length).toBeGreaterThan(0);
    expect(fake.requests.filter((r) => r.requestBytes > 5 * 1024 * 1024)).toEqual([]);
  });
});

describe('bookkeeping across save and reopen', () => {
  it('what applyPlan stores is read back after the workbook is saved and reopened', async () => {
    const fake = ExcelFake.fromSheets('a.xlsx', [{ name: '统计表', values: [['姓名'], ['张三']] }]);
    const bookkeeping = { generatedSheets: ['校验结果', '2025'], marks: [{ sheet: '统计表', cell: 'A2', fill: '#FFC7CE', note: '【履职统计】=说明', previousFill: null, previousNote: "'001" }] };
    await new ExcelHost(fake.run).applyPlan({
      sheets: [{ name: '校验结果', values: [['x']], styles: [], merges: [], columnWidths: [], rowHeights: [], hyperlinks: [], pageBreaks: [] }],
      deleteSheets: [],
      clearMarks: [],
      setMarks: bookkeeping.marks,
      bookkeeping,
    });
    const reopened = fake.reopen();
    expect(reopened.sheet(BOOKKEEPING_SHEET).visibility).toBe('VeryHidden');
    expect((await new ExcelHost(reopened.run).readSnapshot()).bookkeeping).toEqual(bookkeeping);
  });
});

describe('ExcelHost.readSnapshot: a sheet with thousands of merged areas (a copied slip sheet)', () => {
  it('reads merges in blocks, halving a block that holds more than 512, and reads the member table as usual', async () => {
    // 3,000 slips of one merged title row each, all in the first 3,000 rows: a 1,000-row block holds 1,000 areas.
    const merges = Array.from({ length: 3000 }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 4 }));
    const fake = ExcelFake.fromSheets('副本.xlsx', [
      { name: '统计表', values: [['姓名', '领衔提案'], ['张三', 1]] },
      { name: '个人履职告知单 (2)', values: Array.from({ length: 3000 }, (_, i) => [`告知单${i + 1}`]), merges },
    ]);
    const snapshot = await new ExcelHost(fake.run).readSnapshot();
    const copy = snapshot.sheets.find((s) => s.name === '个人履职告知单 (2)');
    expect(copy?.merges).toHaveLength(3000);
    expect(new Set(copy?.merges.map((m) => m.top)).size).toBe(3000);
    expect(snapshot.sheets[0].values).toEqual([['姓名', '领衔提案'], ['张三', 1]]);
  });
});
