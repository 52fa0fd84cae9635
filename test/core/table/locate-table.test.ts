import { sheet, snapshot } from '../../support/builders';
import { message } from '../../../src/core/i18n/format';
import type { CellValue, MergedArea, SheetSnapshot } from '../../../src/core/snapshot';
import type { TableLocation } from '../../../src/core/types';
import { locateTable, type LocateOptions } from '../../../src/core/table/locate-table';
import { CONTRACT_BARE_MEETINGS, CONTRACT_GENERIC_GROUPS, CONTRACT_PAIRS, CONTRACT_SINGLE } from '../../support/contract-headers';

const NONE: LocateOptions = { customItems: [], exclude: [] };

function locate(sheets: readonly SheetSnapshot[], options: LocateOptions = NONE): TableLocation {
  const r = locateTable(snapshot(sheets), options);
  if (!r.ok) throw new Error(r.fatal.message);
  return r.location;
}

const keys = (loc: TableLocation): string[] => loc.columns.map((c) => c.key);
const merge = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });

describe('one-row header', () => {
  test('at row 1: columns, header text as written, data rows', () => {
    const loc = locate([
      sheet('统计表', [
        ['序号', '姓名', '工作单位', '出席全体\n会议（次）', '领衔提案数', '备注'],
        [1, '张三', '区教育局', 1, 2],
        [2, '李四', '区卫健委', 1, 0],
      ]),
    ]);
    expect(loc).toEqual({
      sheet: '统计表',
      headerRows: [1],
      firstDataRow: 2,
      lastDataRow: 3,
      columns: [
        { key: 'name', kind: 'identity', col: 2, header: '姓名' },
        { key: 'unit', kind: 'identity', col: 3, header: '工作单位' },
        { key: 'plenary_attended', kind: 'count', col: 4, header: '出席全体会议（次）' },
        { key: 'proposals_lead', kind: 'count', col: 5, header: '领衔提案数' },
      ],
    });
  });

  test('below title rows (a merged title and an unmerged subtitle)', () => {
    const loc = locate([
      sheet(
        'Sheet1',
        [
          ['2025年度区政协委员履职情况统计表'],
          ['填报单位：区政协办公室', null, null, '2025年12月'],
          [],
          ['姓名', '界别', '出席全体会议', '违纪违法'],
          ['张三', '经济界', 1, '否'],
        ],
        { merges: [merge(1, 1, 1, 4)] },
      ),
    ]);
    expect(loc.headerRows).toEqual([4]);
    expect(loc.firstDataRow).toBe(5);
    expect(loc.columns.map((c) => c.header)).toEqual(['姓名', '界别', '出席全体会议', '违纪违法']);
    expect(loc.columns.find((c) => c.key === 'violations')?.kind).toBe('flag');
  });

  test('a header at row 30 is found; one at row 31 is not', () => {
    const at = (row: number): CellValue[][] => [...Array.from({ length: row - 1 }, (): CellValue[] => ['说明']), ['姓名', '领衔提案'], ['张三', 1]];
    expect(locate([sheet('S', at(30))]).headerRows).toEqual([30]);
    expect(locateTable(snapshot([sheet('S', at(31))]), NONE).ok).toBe(false);
  });

  test('every column whose header matches a counted item counts for it (CONTRACT.md §7; the reader sums them)', () => {
    const loc = locate([sheet('S', [['姓名', '出席全体会议', '领衔提案', '出席全会', '姓名'], ['张三', 1, 2, 3, '张三']])]);
    expect(loc.columns.filter((c) => c.key === 'plenary_attended')).toEqual([
      { key: 'plenary_attended', kind: 'count', col: 2, header: '出席全体会议' },
      { key: 'plenary_attended', kind: 'count', col: 4, header: '出席全会' },
    ]);
    // An identity column keeps its first column.
    expect(loc.columns.filter((c) => c.key === 'name').map((c) => c.col)).toEqual([1]);
  });

  test('custom method items bind to their key as counts', () => {
    const loc = locate([sheet('S', [['姓名', '结对帮扶（户）', '帮扶\n户数']])], { customItems: [{ key: 'poverty_help', headers: ['结对帮扶', '帮扶户数'] }], exclude: [] });
    expect(loc.columns).toEqual([
      { key: 'name', kind: 'identity', col: 1, header: '姓名' },
      { key: 'poverty_help', kind: 'count', col: 2, header: '结对帮扶（户）' },
      { key: 'poverty_help', kind: 'count', col: 3, header: '帮扶户数' },
    ]);
  });
});

describe('two-row header', () => {
  // Row 2: 序号 | 姓名 | 全体会议 (C:E) | 提案 (F:G) | 参加会议 (H:J) | 社情民意
  // Row 3:      |      | 出席 请假 无故缺席 | 领衔提案 联名 | 全体会议 常委会议 专委会会议 | 采用
  const rows: CellValue[][] = [
    ['政协X区委员履职情况统计表'],
    ['序号', '姓名', '全体会议', null, null, '提案', null, '参加会议', null, null, '社情民意'],
    [null, null, '出席', '请假', '无故缺席', '领衔提案', '联名', '全体会议', '常委会议', '专委会会议', '采用'],
    [1, '张三', 1, 0, 0, 2, 1, 1, 3, 2, 1],
  ];
  const merges = [merge(1, 1, 1, 11), merge(2, 1, 3, 1), merge(2, 2, 3, 2), merge(2, 3, 2, 5), merge(2, 6, 2, 7), merge(2, 8, 2, 10)];

  test('groups merged across sub-columns, single columns merged over both rows', () => {
    const loc = locate([sheet('S', rows, { merges })]);
    expect(loc.headerRows).toEqual([2, 3]);
    expect(loc.firstDataRow).toBe(4);
    expect(loc.columns.map((c) => [c.col, c.key, c.header])).toEqual([
      [2, 'name', '姓名'],
      [3, 'plenary_attended', '全体会议/出席'],
      [4, 'plenary_leave', '全体会议/请假'],
      [5, 'plenary_absent', '全体会议/无故缺席'],
      [6, 'proposals_lead', '提案/领衔提案'],
      [7, 'proposals_joint', '提案/联名'],
      // 全体会议 under 参加会议 is plenary_attended too: both columns count (CONTRACT.md §7)
      [8, 'plenary_attended', '参加会议/全体会议'],
      [9, 'standing_attended', '参加会议/常委会议'],
      [10, 'committee_activities', '参加会议/专委会会议'],
      [11, 'opinions_adopted', '社情民意/采用'],
    ]);
  });

  test('a single column written only in the top row or only in the bottom row', () => {
    const loc = locate([
      sheet('S', [
        ['姓名', '常委会议', null, null, null],
        [null, '出席', '请假', '缺席', '工作单位'],
        ['张三', 1, 0, 0, '区教育局'],
      ], { merges: [merge(1, 2, 1, 4)] }),
    ]);
    expect(loc.headerRows).toEqual([1, 2]);
    expect(keys(loc)).toEqual(['name', 'standing_attended', 'standing_leave', 'standing_absent', 'unit']);
  });

  test('a group written in one unmerged cell covers the empty cells to its right', () => {
    const loc = locate([
      sheet('S', [
        ['姓名', '全会', null, null, '提案', null],
        [null, '出席', '请假', '缺席', '立案', '重点'],
        ['张三', 1, 0, 0, 1, 0],
      ]),
    ]);
    expect(keys(loc)).toEqual(['name', 'plenary_attended', 'plenary_leave', 'plenary_absent', 'proposals_accepted', 'proposals_key']);
  });

  test('a unit row under a one-row header belongs to the header', () => {
    const loc = locate([sheet('S', [['姓名', '出席全体会议', '领衔提案'], [null, '（次）', '（件）'], ['张三', 1, 2]])]);
    expect(loc.headerRows).toEqual([1, 2]);
    expect(loc.firstDataRow).toBe(3);
    expect(keys(loc)).toEqual(['name', 'plenary_attended', 'proposals_lead']);
  });

  test('the first data row is never read as sub-headers', () => {
    const loc = locate([sheet('S', [['姓名', '出席全体会议', '领衔提案'], ['张三', 1, null], ['李四', null, null]])]);
    expect(loc.headerRows).toEqual([1]);
    expect(loc.firstDataRow).toBe(2);
  });

  test('a title merged over a one-row header stays a title', () => {
    const loc = locate([sheet('S', [['统计表'], ['姓名', '出席全体会议', '领衔提案'], ['张三', 1, 2]], { merges: [merge(1, 1, 1, 3)] })]);
    expect(loc.headerRows).toEqual([2]);
    expect(loc.columns.map((c) => c.header)).toEqual(['姓名', '出席全体会议', '领衔提案']);
  });

  test('履职情况 over everything, with trailing 情况 and units in the sub-columns', () => {
    const loc = locate([
      sheet('S', [
        ['委员姓名', '履职情况', null, null],
        [null, '全体会议', '视察调研情况', '社情民意信息（篇）'],
        ['张三', 1, 2, 3],
      ], { merges: [merge(1, 1, 2, 1), merge(1, 2, 1, 4)] }),
    ]);
    expect(keys(loc)).toEqual(['name', 'plenary_attended', 'inspections', 'opinions_submitted']);
  });
});

describe('every must-recognize header of CONTRACT §2, located in a sheet', () => {
  const singles = Object.entries(CONTRACT_SINGLE).flatMap(([k, hs]) => hs.map((h) => [h, k] as const)).filter(([, k]) => k !== 'name');
  test.each(singles)('one-row header 「%s（次）」 after a title row → %s', (header, k) => {
    const loc = locate([sheet('S', [['统计表'], ['姓名', '领衔提案', `${header}（次）`], ['张三', 1, 1]], { merges: [merge(1, 1, 1, 3)] })]);
    expect(loc.headerRows).toEqual([2]);
    // A second 领衔提案-like column counts for proposals_lead too (CONTRACT.md §7).
    expect(loc.columns.find((c) => c.col === 3)?.key).toBe(k);
  });
  test.each(CONTRACT_PAIRS)('two-row header %s: 「%s」 merged over 「%s」', (k, group, sub) => {
    const loc = locate([sheet('S', [['姓名', group, null], [null, sub, '备注'], ['张三', 1, null]], { merges: [merge(1, 1, 2, 1), merge(1, 2, 1, 3)] })]);
    expect(loc.headerRows).toEqual([1, 2]);
    expect(loc.columns.map((c) => [c.col, c.key, c.header])).toEqual([[1, 'name', '姓名'], [2, k, `${group}/${sub}`]]);
  });
  test.each(CONTRACT_GENERIC_GROUPS.flatMap((g) => CONTRACT_BARE_MEETINGS.map(([h, k]) => [g, h, k] as const)))('generic group 「%s」 over bare 「%s」 → %s', (g, h, k) => {
    const loc = locate([sheet('S', [['姓名', g, null], [null, h, '领衔提案'], ['张三', 1, 0]], { merges: [merge(1, 1, 2, 1), merge(1, 2, 1, 3)] })]);
    expect(loc.columns.map((c) => c.key)).toEqual(['name', k, 'proposals_lead']);
  });
});

describe('choosing the sheet', () => {
  const small = sheet('小表', [['姓名', '出席全体会议'], ['张三', 1]]);
  const big = sheet('大表', [['姓名', '工作单位', '出席全体会议', '领衔提案', '联名提案'], ['张三', '区教育局', 1, 1, 0]]);

  test('the sheet with most recognised columns', () => {
    expect(locate([small, big]).sheet).toBe('大表');
  });
  test('the first sheet on a tie', () => {
    expect(locate([small, { ...small, name: '小表2' }]).sheet).toBe('小表');
  });
  test('hidden and excluded sheets are never chosen', () => {
    expect(locate([small, { ...big, visible: false }]).sheet).toBe('小表');
    expect(locate([small, big], { customItems: [], exclude: ['大表'] }).sheet).toBe('小表');
  });
  test('--sheet takes that sheet even when another matches better, and even when hidden', () => {
    expect(locate([small, big], { ...NONE, sheet: '小表' }).sheet).toBe('小表');
    expect(locate([{ ...small, visible: false }, big], { ...NONE, sheet: '小表' }).sheet).toBe('小表');
  });
});

describe('no member table: Fatal table.not_found', () => {
  const file = '测试.xlsx';
  test('--sheet names a sheet that does not exist', () => {
    const r = locateTable(snapshot([sheet('A', [['姓名', '领衔提案']])]), { ...NONE, sheet: '统计表' });
    expect(r).toEqual({ ok: false, fatal: { code: 'table.not_found', message: message('table.sheet_not_found', { file, sheet: '统计表', sheets: '「A」' }), file, sheet: '统计表', cell: null, path: null } });
  });
  test('--sheet names a sheet without a header', () => {
    const r = locateTable(snapshot([sheet('A', [['姓名', '备注'], ['张三', '']])]), { ...NONE, sheet: 'A' });
    expect(r).toEqual({ ok: false, fatal: { code: 'table.not_found', message: message('table.sheet_no_header', { file, sheet: 'A' }), file, sheet: 'A', cell: null, path: null } });
    expect(!r.ok && r.fatal.message).toContain('「A」');
  });
  test('--sheet names a generated or method sheet', () => {
    const r = locateTable(snapshot([sheet('履职汇总', [['姓名', '领衔提案']])]), { customItems: [], exclude: ['履职汇总'], sheet: '履职汇总' });
    expect(!r.ok && r.fatal.code).toBe('table.not_found');
    expect(!r.ok && r.fatal.message).toBe(message('table.sheet_excluded', { file, sheet: '履职汇总' }));
  });
  test('no sheet has a header', () => {
    const r = locateTable(snapshot([sheet('A', [['姓名', '工作单位']]), sheet('B', [['出席全体会议', '领衔提案']]), sheet('C', [])]), NONE);
    expect(r).toEqual({ ok: false, fatal: { code: 'table.not_found', message: message('table.not_found', { file }), file, sheet: null, cell: null, path: null } });
  });
  test('no sheet at all', () => {
    const r = locateTable(snapshot([]), NONE);
    expect(!r.ok && r.fatal.message).toContain(file);
  });
});

describe('data rows', () => {
  test('lastDataRow is the last row holding anything, notes included', () => {
    const loc = locate([sheet('S', [['姓名', '领衔提案'], ['张三', 1], [], ['李四', 2], [null, null], ['注：本表由委员本人填写'], [null, '  ']])]);
    expect([loc.firstDataRow, loc.lastDataRow]).toEqual([2, 6]);
  });
  test('a header without data rows: lastDataRow = firstDataRow − 1', () => {
    const loc = locate([sheet('S', [['姓名', '领衔提案']])]);
    expect([loc.firstDataRow, loc.lastDataRow]).toEqual([2, 1]);
  });
});
