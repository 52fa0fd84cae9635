/**
 * The 评价办法 sheet carries the second edition (CONTRACT.md §7): tiers, count, item-level when,
 * identity conditions and header names with separators are written, edited and read back to
 * the same method; an unknown column or parameter is refused at its cell with the nearest name.
 */
import { methodSheetPlan, readMethodSheet } from '../../../src/core/method/method-sheet';
import { parseMethodObject } from '../../../src/core/method/parse-method';
import { splitNames } from '../../../src/core/method/method-sheet-read';
import { formatTiers, parseTiersText } from '../../../src/core/method/tiers-text';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import type { Method } from '../../../src/core/types';
import { snapshotOf } from '../../support/plan-snapshot';

function method(json: Record<string, unknown>): Method {
  const r = parseMethodObject({ title: '办法', grades: [{ name: '合格', min: 60 }, { name: '不合格' }], ...json });
  if (!r.ok) throw new Error(`${r.path}: ${r.detail}`);
  return r.method;
}

const HEFEI_LIKE = method({
  base: 85,
  items: [
    { key: 'proposals_accepted', tiers: [{ upTo: 1, points: 0 }, { points: 5 }], max: 20 },
    { key: 'plenary_absent', points: -10, when: 'standing == 0' },
    { key: 'absent_standing', label: '常委缺席', count: 'plenary_absent', when: 'standing == 1', points: -4 },
    { key: 'visits', label: '走访', headers: ['视察、调研', '走访；慰问'], points: 1, when: 'sector != "特邀"' },
  ],
  requirements: [{ label: '驻会常委', when: 'role != "驻会常委" or plenary_attended >= 1', ceiling: '不合格' }],
});

function rowsOf(s: SheetSnapshot): CellValue[][] {
  return s.values.map((r) => [...r]);
}

function rowIndex(rows: readonly (readonly CellValue[])[], first: string): number {
  const i = rows.findIndex((r) => r[0] === first);
  if (i < 0) throw new Error(`no row ${first}`);
  return i;
}

function edited(m: Method, edit: (rows: CellValue[][]) => void): SheetSnapshot {
  const s = snapshotOf(methodSheetPlan(m));
  const rows = rowsOf(s);
  edit(rows);
  return { ...s, values: rows, merges: [] };
}

describe('writing and reading the second edition', () => {
  const s = snapshotOf(methodSheetPlan(HEFEI_LIKE));
  const rows = rowsOf(s);

  it('writes tiers in words, count as a key, when as a condition, and quotes header names holding a separator', () => {
    expect(rows[rowIndex(rows, 'proposals_accepted')].slice(8, 11)).toEqual(['第1次0分；以后每次5分', null, null]);
    expect(rows[rowIndex(rows, 'plenary_absent')].slice(8, 11)).toEqual([null, null, '常委 == 0']);
    expect(rows[rowIndex(rows, 'absent_standing')].slice(0, 11)).toEqual(['absent_standing', '常委缺席', null, -4, null, null, null, null, null, 'plenary_absent', '常委 == 1']);
    expect(rows[rowIndex(rows, 'visits')][2]).toBe('“视察、调研”、“走访；慰问”');
    expect(rows[rowIndex(rows, 'visits')][10]).toBe('界别 != “特邀”');
    expect(rows[rowIndex(rows, '驻会常委')][1]).toBe('政协职务 != “驻会常委” 或 出席全体会议 >= 1');
  });

  it('reads it back to the same method', () => {
    expect(readMethodSheet(s)).toEqual({ ok: true, method: HEFEI_LIKE });
  });

  it('reads tiers as a clerk types them', () => {
    for (const typed of ['前1次0分；以后每次5分', '1次以内0分;其后每次5分', '第１次０分，超出部分每次５分', '1:0；5']) {
      const r = readMethodSheet(edited(HEFEI_LIKE, (rs) => (rs[rowIndex(rs, 'proposals_accepted')][8] = typed)));
      expect(r.ok && r.method.items[0].tiers).toEqual([{ upTo: 1, points: 0 }, { upTo: null, points: 5 }]);
    }
  });

  it('reads a first-edition sheet without the new columns', () => {
    const firstEdition = method({ items: [{ key: 'inspections', points: 2, from: 2, max: 6 }] });
    const r = readMethodSheet(edited(firstEdition, (rs) => rs.forEach((row) => row.splice(8))));
    expect(r).toEqual({ ok: true, method: firstEdition });
  });
});

describe('problems at their cells', () => {
  const at = (col: string, first: string) => (rows: readonly (readonly CellValue[])[]): string => `${col}${rowIndex(rows, first) + 1}`;

  it('names the cell of a wrong tiers text, count or when', () => {
    const bad = (edit: (rs: CellValue[][]) => void): { cell: string; detail: string } => {
      const r = readMethodSheet(edited(HEFEI_LIKE, edit));
      if (r.ok) throw new Error('expected a problem');
      return { cell: r.cell, detail: r.detail };
    };
    let rs: CellValue[][] = [];
    expect(bad((r) => ((rs = r), (r[rowIndex(r, 'proposals_accepted')][8] = '第1次15分；第3次5分')))).toEqual({
      cell: at('I', 'proposals_accepted')(rs),
      detail: '「分段计分」「第1次15分；第3次5分」有误：第 2 段「第3次5分」应从第 2 次算起（各段须连续）',
    });
    expect(bad((r) => ((rs = r), (r[rowIndex(r, 'proposals_accepted')][8] = '很多分')))).toMatchObject({ cell: at('I', 'proposals_accepted')(rs) });
    expect(bad((r) => ((rs = r), (r[rowIndex(r, 'proposals_accepted')][3] = 5)))).toMatchObject({ cell: at('D', 'proposals_accepted')(rs), detail: expect.stringMatching(/^已填写「分段计分」/) });
    expect(bad((r) => ((rs = r), (r[rowIndex(r, 'absent_standing')][9] = '全体会议无故却席')))).toEqual({
      cell: at('J', 'absent_standing')(rs),
      detail: '「计数项目」「全体会议无故却席」不是项目代码或项目名称，是否为 全体会议无故缺席？',
    });
    expect(bad((r) => ((rs = r), (r[rowIndex(r, 'visits')][10] = '界别 != 特邀')))).toEqual({
      cell: at('K', 'visits')(rs),
      detail: '「适用条件」「界别 != 特邀」有误：文字「特邀」须加引号，如 “特邀”',
    });
  });

  it('refuses an unknown column of a table at its header cell, with the nearest known column (strict fields)', () => {
    let rs: CellValue[][] = [];
    const r = readMethodSheet(
      edited(HEFEI_LIKE, (rows) => {
        rs = rows;
        rows[rowIndex(rows, '项目代码')][10] = '使用条件';
      }),
    );
    expect(r).toEqual({ ok: false, cell: at('K', '项目代码')(rs), detail: '未知列「使用条件」，是否为 适用条件？' });
    const far = readMethodSheet(edited(HEFEI_LIKE, (rows) => (rows[rowIndex(rows, '项目代码')][11] = '备注')));
    expect(far).toMatchObject({ ok: false, detail: expect.stringMatching(/^未知列「备注」：「计分项目」表中可用的列为 项目代码、项目名称、表头名称、/) });
  });
});

describe('the text forms', () => {
  it('formats and parses tiers both ways', () => {
    const tiers = [
      { upTo: 2, points: 0 },
      { upTo: 5, points: 2.5 },
      { upTo: null, points: -1 },
    ];
    expect(formatTiers(tiers)).toBe('第1至2次每次0分；第3至5次每次2.5分；以后每次-1分');
    expect(parseTiersText(formatTiers(tiers))).toEqual({ ok: true, tiers: [{ upTo: 2, points: 0 }, { upTo: 5, points: 2.5 }, { points: -1 }] });
    expect(formatTiers([{ upTo: null, points: 3 }])).toBe('每次3分');
    expect(parseTiersText('第1至3次每次2分；以后每次1分；第5次2分')).toEqual({ ok: false, detail: '第 2 段「以后每次1分」不限次数，应为最后一段' });
  });

  it('splits header names at separators, except inside quotes', () => {
    expect(splitNames('视察、调研；考察')).toEqual(['视察', '调研', '考察']);
    expect(splitNames('“视察、调研”、考察，"走访；慰问"、「座谈,交流」')).toEqual(['视察、调研', '考察', '走访；慰问', '座谈,交流']);
  });
});
