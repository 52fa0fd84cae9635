/**
 * Property tests of what the archive import parses from the user (issue 13): the year in a 年度
 * cell, a title, a sheet or file name; and plain tables of earlier results — every non-blank row
 * ends read or skipped with a finding, never silently dropped, and a number read is the number written.
 */
import fc from 'fast-check';
import { readResultsTable, tableYearOf, yearOfCell } from '../../../src/core/archive/results-table';
import { readArchiveSheet } from '../../../src/core/archive/archive-sheet';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, values, merges: [], hiddenRows: [] });
const year = fc.integer({ min: 1900, max: 2099 });
const cjk = fc.string({ unit: fc.constantFrom(...'张王李赵钱孙周吴郑区政协委员会办公室一中医院'.split('')), minLength: 1, maxLength: 6 });

describe('the year a user writes', () => {
  it('a 年度 cell: 2023, 「2023」, 「2023年」, 「2023年度」, 「 2023 年 」', () => {
    fc.assert(
      fc.property(year, fc.constantFrom('', '年', '年度', ' 年 '), fc.boolean(), (y, suffix, asNumber) => {
        expect(yearOfCell(asNumber && suffix === '' ? y : ` ${y}${suffix}`)).toBe(y);
      }),
    );
  });

  it('any other text gives a year in range or nothing, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null)), (v) => {
        const y = yearOfCell(v as CellValue);
        expect(y === null || (Number.isInteger(y) && y >= 1900 && y <= 2099)).toBe(true);
      }),
    );
  });

  it('a title with 「…年度」 wins over the sheet and file names; a bare year only in names', () => {
    fc.assert(
      fc.property(year, year, year, cjk, (inTitle, inSheet, inFile, words) => {
        const header = [['姓名', '得分']];
        expect(tableYearOf(sheet(`表${inSheet}`, [[`${words}${inTitle}年度考核结果`], ...header]), 2, `结果${inFile}.xlsx`)).toBe(inTitle);
        expect(tableYearOf(sheet(`表${inSheet}`, [[words], ...header]), 2, `结果${inFile}.xlsx`)).toBe(inSheet);
        expect(tableYearOf(sheet(words, [[words], ...header]), 2, `结果${inFile}.xlsx`)).toBe(inFile);
        // A number inside a longer one is not a year (「编号120231」).
        expect(tableYearOf(sheet(words, header), 1, `编号1${inFile}1.xlsx`)).toBeNull();
      }),
    );
  });
});

type Cell = { kind: 'blank' } | { kind: 'score'; v: number } | { kind: 'text'; v: string };
const scoreCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant<Cell>({ kind: 'blank' }),
  fc.integer({ min: 0, max: 12000 }).map((c): Cell => ({ kind: 'score', v: c / 100 })),
  fc.constantFrom('若干', '良', 'abc', '—', '85分').map((v): Cell => ({ kind: 'text', v })),
);

describe('a plain table of earlier results', () => {
  it('every non-blank row is read or skipped with a finding; scores read exactly', () => {
    fc.assert(
      fc.property(
        year,
        fc.array(fc.record({ name: fc.oneof(cjk, fc.constant(''), fc.constant('合计')), unit: fc.option(cjk), score: scoreCell, grade: fc.option(fc.constantFrom('优秀', '合格', '不合格')) }), { maxLength: 30 }),
        (y, rows) => {
          const values: CellValue[][] = [[`${y}年度考核结果`], ['姓名', '工作单位', '得分', '等次']];
          for (const r of rows) values.push([r.name, r.unit, r.score.kind === 'blank' ? null : r.score.v, r.grade]);
          const read = readResultsTable(sheet('成绩', values), '成绩.xlsx');
          expect(read.kind).toBe('table');
          if (read.kind !== 'table') return;
          const nonBlank = values.slice(2).map((r, i) => ({ r, row: i + 3 })).filter(({ r }) => r.some((v) => v !== null && v !== ''));
          const skipped = new Set(read.table.findings.filter((f) => f.code === 'archive.row_skipped').map((f) => f.row));
          const taken = new Set(read.table.rows.map((r) => r.row));
          for (const { row } of nonBlank) expect(taken.has(row) !== skipped.has(row)).toBe(true);
          for (const r of read.table.rows) {
            const source = rows[r.row - 3];
            expect(r.year).toBe(y);
            if (source.score.kind === 'score') expect(r.score).toBe(source.score.v);
          }
        },
      ),
    );
  });

  it('an archive written and read back gives the same records (any scores, blanks and counts)', () => {
    // The archive sheet's reader is the parser of a sheet the clerk may edit; written values come back exactly.
    fc.assert(
      fc.property(fc.array(fc.record({ y: year, name: cjk, score: fc.option(fc.integer({ min: 0, max: 10000 })), count: fc.option(fc.nat(50)) }), { maxLength: 20 }), (recs) => {
        const values: CellValue[][] = [['档案'], ['写入时间：2026-01-01 09:00。'], ['年度', '档案编号', '姓名', '得分', '状态', '领衔提案'], ['year', 'person', 'name', 'score', 'status', 'proposals_lead']];
        recs.forEach((r, i) => values.push([r.y, `D${String(i + 1).padStart(4, '0')}`, r.name, r.score === null ? null : r.score / 100, r.score === null ? '待核实' : '已评分', r.count]));
        const read = readArchiveSheet(sheet('履职档案', values));
        expect(read?.findings).toEqual([]);
        expect(read?.stamp).toBe('2026-01-01 09:00');
        expect(read?.records.map((r) => [r.year, r.name, r.score, r.counts.proposals_lead ?? null])).toEqual(recs.map((r) => [r.y, r.name, r.score === null ? null : r.score / 100, r.count]));
      }),
    );
  });
});
