/**
 * Reading real districts' tables (CONTRACT.md §7): the vocabulary additions, several columns
 * summed into one item with each cell validated, 「其中」 columns, and the two-row header rule.
 */
import { locateTable, type LocateOptions } from '../../../src/core/table/locate-table';
import { readMembers } from '../../../src/core/table/read-members';
import type { CellValue, MergedArea } from '../../../src/core/snapshot';
import type { TableLocation } from '../../../src/core/types';
import { sheet, snapshot } from '../../support/builders';
import { CONTRACT_SECTION7_PAIRS, CONTRACT_SECTION7_SINGLE } from '../../support/contract-headers';

const NONE: LocateOptions = { customItems: [], exclude: [] };

function merge(top: number, left: number, bottom: number, right: number): MergedArea {
  return { top, left, bottom, right };
}

function locate(rows: CellValue[][], merges: MergedArea[] = [], options = NONE): TableLocation {
  const r = locateTable(snapshot([sheet('S', rows, { merges })]), options);
  if (!r.ok) throw new Error(r.fatal.message);
  return r.location;
}

const keyAt = (loc: TableLocation, col: number): string | undefined => loc.columns.find((c) => c.col === col)?.key;

describe('vocabulary additions of CONTRACT.md §7', () => {
  test.each(CONTRACT_SECTION7_SINGLE)('one-row header 「%s」 → %s', (header, key) => {
    const loc = locate([['姓名', '工作单位', header], ['张三', '一中', 1]]);
    expect(keyAt(loc, 3)).toBe(key);
  });

  test.each(CONTRACT_SECTION7_PAIRS)('two-row header %s: 「%s」 merged over 「%s」', (key, group, sub) => {
    const loc = locate(
      [
        ['姓名', group, null],
        [null, key.startsWith('opinions') ? '报送' : key.startsWith('proposals') ? '提交提案' : '请假', sub],
        ['张三', 1, 1],
      ],
      [merge(1, 1, 2, 1), merge(1, 2, 1, 3)],
    );
    expect(loc.headerRows).toEqual([1, 2]);
    expect(keyAt(loc, 3)).toBe(key);
  });

  test('迟到早退 under 常委会议 is not the plenary’s 迟到早退; under 全体会议 it is', () => {
    const loc = locate(
      [
        ['姓名', '全体会议', null, '常委会议', null],
        [null, '出席', '迟到早退', '出席', '迟到早退'],
        ['张三', 1, 0, 4, 1],
      ],
      [merge(1, 1, 2, 1), merge(1, 2, 1, 3), merge(1, 4, 1, 5)],
    );
    expect(loc.columns.map((c) => [c.col, c.key])).toEqual([
      [1, 'name'],
      [2, 'plenary_attended'],
      [3, 'plenary_late'],
      [4, 'standing_attended'],
    ]);
  });
});

describe('「其中」 columns belong to the item they follow (CONTRACT.md §7)', () => {
  test('in a one-row header, the nearest column on the left that they qualify', () => {
    const loc = locate([
      ['姓名', '反映社情民意信息', '其中：采用', '其中：领导批示', '提交提案', '其中采用', '视察', '其中：采用'],
      ['张三', 3, 1, 1, 2, 1, 1, 1],
    ]);
    expect(loc.columns.map((c) => [c.col, c.key])).toEqual([
      [1, 'name'],
      [2, 'opinions_submitted'],
      [3, 'opinions_adopted'],
      [4, 'opinions_instructed'],
      [5, 'proposals_lead'],
      [6, 'proposals_accepted'],
      [7, 'inspections'],
      // 其中：采用 after 视察 qualifies nothing a method knows: not read (an unused column, said in the findings)
    ]);
  });

  test('under a generic group (建言献策), by the column on the left', () => {
    const loc = locate(
      [
        ['姓名', '建言献策情况', null, null, null],
        [null, '提交提案', '其中：立案', '社情民意信息', '其中：采用'],
        ['张三', 2, 1, 3, 1],
      ],
      [merge(1, 1, 2, 1), merge(1, 2, 1, 5)],
    );
    expect(loc.headerRows).toEqual([1, 2]);
    expect(loc.columns.map((c) => [c.col, c.key])).toEqual([
      [1, 'name'],
      [2, 'proposals_lead'],
      [3, 'proposals_accepted'],
      [4, 'opinions_submitted'],
      [5, 'opinions_adopted'],
    ]);
  });
});

describe('several columns, one item (CONTRACT.md §7)', () => {
  // The contract's example: 视察活动 + 调研活动 + 考察活动 → inspections, each cell validated on its own.
  const rows: CellValue[][] = [
    ['姓名', '视察活动', '调研活动', '考察活动', '领衔提案'],
    ['张三', 1, '2', '３次', 1],
    ['李四', 1, '若干', 2, 0],
  ];

  test('sums the columns, validates each cell, and keeps the first cell for the item', () => {
    const loc = locate(rows);
    expect(loc.columns.filter((c) => c.key === 'inspections').map((c) => c.col)).toEqual([2, 3, 4]);
    const read = readMembers(sheet('S', rows), loc);
    // 张三: 1 + 2 + 3 (「３次」 read as 3, value.normalized at D2) = 6
    expect(read.members[0].counts.inspections).toBe(6);
    expect(read.members[0].cells.inspections).toBe('B2');
    // 李四: 「若干」 at C3 is value.not_number; the other cells still count (1 + 2), and the member is pending
    expect(read.members[1].counts.inspections).toBe(3);
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([
      ['value.normalized', 'D2'],
      ['value.not_number', 'C3'],
    ]);
  });

  test('the method’s own names win: a custom item 「视察活动」 takes that column only', () => {
    const loc = locate(rows, [], { customItems: [{ key: 'field_visits', headers: ['视察活动'] }], exclude: [] });
    expect(loc.columns.map((c) => [c.col, c.key])).toEqual([
      [1, 'name'],
      [2, 'field_visits'],
      [3, 'inspections'],
      [4, 'inspections'],
      [5, 'proposals_lead'],
    ]);
  });
});

describe('the two-row header rule (CONTRACT.md §7)', () => {
  test('a merged group row over matching sub-headers is the header’s top row; the sub-columns sum into one item', () => {
    // Row 2: 序号 | 姓名 | 视察调研 (C:E merged) | 出席全体会议 | 领衔提案; row 3: | | 视察 调研 考察 | |
    const rows: CellValue[][] = [
      ['2025年度委员履职情况统计表'],
      ['序号', '姓名', '视察调研', null, null, '出席全体会议', '领衔提案'],
      [null, null, '视察', '调研', '考察', null, null],
      [1, '张三', 1, 2, 0, 1, 1],
    ];
    const merges = [merge(1, 1, 1, 7), merge(2, 1, 3, 1), merge(2, 2, 3, 2), merge(2, 3, 2, 5), merge(2, 6, 3, 6), merge(2, 7, 3, 7)];
    const loc = locate(rows, merges);
    expect(loc.headerRows).toEqual([2, 3]);
    expect(loc.columns.filter((c) => c.key === 'inspections').map((c) => c.header)).toEqual(['视察调研/视察', '视察调研/调研', '视察调研/考察']);
    const read = readMembers(sheet('S', rows, { merges }), loc);
    expect(read.findings).toEqual([]);
    expect(read.members.map((m) => [m.name, m.counts.inspections])).toEqual([['张三', 3]]);
  });

  test('a group row over sub-headers nothing matches is still a header: no false name.missing', () => {
    // 视察调研 split by level (市级 / 区级): the one-row reading binds 视察调研 and would take row 3 as a member.
    const rows: CellValue[][] = [
      ['姓名', '出席全体会议', '视察调研', null],
      [null, null, '市级', '区级'],
      ['张三', 1, 1, 2],
    ];
    const merges = [merge(1, 1, 2, 1), merge(1, 2, 2, 2), merge(1, 3, 1, 4)];
    const loc = locate(rows, merges);
    expect(loc.headerRows).toEqual([1, 2]);
    const read = readMembers(sheet('S', rows, { merges }), loc);
    expect(read.findings.filter((f) => f.code === 'name.missing')).toEqual([]);
    expect(read.members.map((m) => m.name)).toEqual(['张三']);
  });

  test('a title merged over part of the columns, alone in its row, stays a title', () => {
    const rows: CellValue[][] = [
      [null, null, '2025年度履职统计', null, null],
      ['序号', '姓名', '出席全体会议', '领衔提案', '视察'],
      [1, '张三', 1, 1, 1],
    ];
    const loc = locate(rows, [merge(1, 3, 1, 5)]);
    expect(loc.headerRows).toEqual([2]);
  });
});
