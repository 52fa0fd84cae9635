import fc from 'fast-check';
import { sheet, snapshot } from '../../support/builders';
import type { CellValue, MergedArea } from '../../../src/core/snapshot';
import type { TableLocation } from '../../../src/core/types';
import { locateTable } from '../../../src/core/table/locate-table';
import { readMembers } from '../../../src/core/table/read-members';

// A:序号 (not read) B:姓名 C:工作单位 D:出席全体会议 E:领衔提案 F:违纪违法 G:备注 (not read)
const HEADER: CellValue[] = ['序号', '姓名', '工作单位', '出席全体会议', '领衔提案', '违纪违法', '备注'];
const BOUND = new Set([2, 3, 4, 5, 6]);
const LOCATION = (lastDataRow: number): TableLocation => ({
  sheet: 'S',
  headerRows: [1],
  firstDataRow: 2,
  lastDataRow,
  columns: [
    { key: 'name', kind: 'identity', col: 2, header: '姓名' },
    { key: 'unit', kind: 'identity', col: 3, header: '工作单位' },
    { key: 'plenary_attended', kind: 'count', col: 4, header: '出席全体会议' },
    { key: 'proposals_lead', kind: 'count', col: 5, header: '领衔提案' },
    { key: 'violations', kind: 'flag', col: 6, header: '违纪违法' },
  ],
});

const text = fc.oneof(
  fc.constantFrom('', ' ', '\u3000', '-', '—', '无', '3', ' 4 ', '３', '3次', '两次', '十二', '√', '×', '若干', '3-4', '3.5', '-2', '#REF!', '是', '否', 'abc'),
  fc.constantFrom('合计', '小 计', '总计（300人）', '平均', '注：本表由委员填写', '填表说明：次数以签到为准，未参加的填0或留空即可', '一、中共界别', '姓名', '填表人：王五'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 30 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#VALUE!').map((e) => ({ error: e })) },
);
const name: fc.Arbitrary<CellValue> = fc.oneof(fc.constant(null), fc.constantFrom('张三', '张　三', '李四', '王五', '合计', '注：以上为全体委员'), text);
const row: fc.Arbitrary<CellValue[]> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<CellValue[]>([]) },
  { weight: 6, arbitrary: fc.tuple(cell, name, cell, cell, cell, cell, cell).map((cells) => [...cells]) },
);
const table = fc.record({
  rows: fc.array(row, { maxLength: 25 }),
  hidden: fc.array(fc.integer({ min: 2, max: 26 }), { maxLength: 5 }),
  merged: fc.array(fc.integer({ min: 2, max: 26 }), { maxLength: 3 }),
});

function nonBlank(cells: readonly CellValue[]): boolean {
  return cells.some((v, i) => {
    if (v === null || (typeof v === 'string' && v.replace(/[\s\u200B-\u200D\u2060]/g, '') === '')) return false;
    if (BOUND.has(i + 1)) return true;
    return !(typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && /^\d+$/.test(v.trim())));
  });
}

const SKIPS = new Set(['name.missing', 'row.subtotal_skipped', 'row.note_skipped']);

describe('property: random tables', () => {
  test('readMembers never throws; every non-blank data row is exactly one member or one skip finding', () => {
    fc.assert(
      fc.property(table, ({ rows, hidden, merged }) => {
        const merges: MergedArea[] = merged.map((r) => ({ top: r, left: 1, bottom: r, right: 7 }));
        const s = sheet('S', [HEADER, ...rows], { hiddenRows: hidden, merges });
        const result = readMembers(s, LOCATION(rows.length + 1));
        rows.forEach((cells, i) => {
          const r = i + 2;
          const members = result.members.filter((m) => m.row === r).length;
          const skips = result.findings.filter((f) => f.row === r && SKIPS.has(f.code)).length;
          if (!nonBlank(cells)) {
            expect([members, result.findings.filter((f) => f.row === r).length]).toEqual([0, 0]);
            return;
          }
          expect(members + skips).toBe(1);
          if (members === 0) expect(result.findings.filter((f) => f.row === r)).toHaveLength(1);
          const hiddenWarnings = result.findings.filter((f) => f.row === r && f.code === 'row.hidden').length;
          expect(hiddenWarnings).toBe(members === 1 && hidden.includes(r) ? 1 : 0);
        });
        for (const m of result.members) {
          for (const v of Object.values(m.counts)) expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
          expect(m.name).not.toMatch(/\s/);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('locateTable never throws on random sheets with random merges', () => {
    const merge = fc.record({ top: fc.integer({ min: 1, max: 8 }), left: fc.integer({ min: 1, max: 7 }), h: fc.nat(2), w: fc.nat(3) }).map(
      ({ top, left, h, w }): MergedArea => ({ top, left, bottom: top + h, right: left + w }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.array(merge, { maxLength: 4 }), fc.boolean(), (rows, merges, withHeader) => {
        const s = sheet('S', withHeader ? [rows[0] ?? [], HEADER, ...rows] : rows, { merges });
        const r = locateTable(snapshot([s]), { customItems: [], exclude: [] });
        if (r.ok) {
          expect(r.location.columns.some((c) => c.key === 'name')).toBe(true);
          expect(() => readMembers(s, r.location)).not.toThrow();
        } else {
          expect(r.fatal.code).toBe('table.not_found');
        }
      }),
      { numRuns: 150 },
    );
  });
});
