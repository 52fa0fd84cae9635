/**
 * The one decision of the inputs (CONTRACT.md §7): the method, the table, the columns that feed
 * each item, the items no column feeds (never a silent 0) and the columns nothing reads.
 */
import { decideInputs, inputFindings, sourceColumns, tableInputs } from '../../src/core/inputs';
import { runPipeline, STEP_OUTPUTS } from '../../src/core/pipeline';
import { parseMethodObject } from '../../src/core/method/parse-method';
import { methodSheetPlan } from '../../src/core/method/method-sheet';
import type { Method } from '../../src/core/types';
import type { CellValue } from '../../src/core/snapshot';
import { sheet, snapshot } from '../support/builders';
import { snapshotOf } from '../support/plan-snapshot';

function method(json: Record<string, unknown>): Method {
  const r = parseMethodObject({ title: '办法', year: 2025, grades: [{ name: '合格', min: 60 }, { name: '不合格' }], ...json });
  if (!r.ok) throw new Error(`${r.path}: ${r.detail}`);
  return r.method;
}

const JINAN_LIKE = method({
  base: 70,
  items: [
    { key: 'plenary_absent', points: -30 },
    { key: 'plenary_leave', points: -10 },
    { key: 'welfare_activities', points: 2, max: 10 },
    { key: 'proposals_key', points: 5 },
  ],
  requirements: [{ label: '三个一', when: 'plenary_attended >= 1 and proposals_lead + opinions_submitted >= 1 and inspections >= 1', ceiling: '不合格' }],
  vetoes: [{ label: '特邀另议', when: 'sector == "特邀" and plenary_absent >= 1', grade: '不合格' }],
});

const ROWS: CellValue[][] = [
  ['序号', '姓名', '出席全体会议', '未经准假无故缺席全体会议', '视察活动', '考察活动', '领衔提案', '社会公益活动', '备注', '出生年月', '获奖情况'],
  [1, '张三', 1, 0, 1, 2, 1, 3, null, '1970.01', 1],
];

describe('decideInputs', () => {
  const d = decideInputs(snapshot([sheet('统计表', ROWS)]), { method: JINAN_LIKE });

  it('says which columns feed each item, with header text and letters, items first, then keys the conditions name', () => {
    expect(d.method.ok && d.method.origin).toBe('option');
    expect(d.feeds.map((f) => [f.label, f.columns.map((c) => `${c.header}(${c.letter})`).join(' + '), f.scored])).toEqual([
      ['全体会议无故缺席', '未经准假无故缺席全体会议(D)', true],
      ['全体会议请假', '', true],
      ['社会公益', '社会公益活动(H)', true],
      ['重点提案', '', true],
      ['出席全体会议', '出席全体会议(C)', false],
      ['领衔提案', '领衔提案(G)', false],
      ['报送社情民意', '', false],
      ['视察调研', '视察活动(E) + 考察活动(F)', false],
    ]);
  });

  it('lists what no column feeds: scored items, keys named in conditions, identity fields compared in conditions', () => {
    expect(d.unbound.map((u) => [u.key, u.kind])).toEqual([
      ['plenary_leave', 'item'],
      ['proposals_key', 'item'],
      ['opinions_submitted', 'item'],
      ['sector', 'identity'],
    ]);
    expect(d.unbound[0].tried.slice(0, 3)).toEqual(['全体会议请假', '全会请假', '全委会议请假']);
  });

  it('lists header columns nothing reads, leaving out 序号, 备注 and the like', () => {
    expect(d.unused.map((c) => [c.letter, c.header])).toEqual([['K', '获奖情况']]);
  });

  it('turns them into findings: one method.item_unbound warning each, one column.unused info each, never errors', () => {
    const f = inputFindings(d);
    expect(f.map((x) => [x.severity, x.code, x.cell])).toEqual([
      ['warning', 'method.item_unbound', null],
      ['warning', 'method.item_unbound', null],
      ['warning', 'method.item_unbound', null],
      ['warning', 'method.item_unbound', null],
      ['info', 'column.unused', 'K1'],
    ]);
    expect(f[0].message).toBe(
      '评价办法用到的「全体会议请假（plenary_leave）」在表中找不到对应的列（试过的表头：全体会议请假、全会请假、全委会议请假、因故请假缺席全体会议、请假缺席全体会议、因故请假缺席全委会议），全体委员此项按 0 计。请核对表头，或在评价办法中为该项目填写「表头名称」（表中实际的列名）。',
    );
    expect(f[3].message).toMatch(/^评价办法用到的「界别（sector）」在表中找不到对应的列（试过的表头：界别），条件中与它的比较一律不成立。/);
  });
});

describe('the run uses the same decision', () => {
  const options = { fileName: 'x.xlsx', outputs: STEP_OUTPUTS.validate, today: { year: 2025, month: 12, day: 26 }, runAt: '2025-12-26 09:00:00' };

  it('puts the unbound warnings first, scores those items 0, and keeps members graded', () => {
    const out = runPipeline(snapshot([sheet('统计表', ROWS)]), { ...options, method: JINAN_LIKE });
    if (!out.ok) throw new Error(out.fatal.message);
    expect(out.findings.slice(0, 4).map((f) => f.code)).toEqual(Array(4).fill('method.item_unbound'));
    expect(out.report.summary).toMatchObject({ graded: 1, pending: 0, warnings: 4, errors: 0 });
    // 70 − 0 + min(3 × 2, 10) = 76; plenary_leave and proposals_key have no column: 0
    expect(out.results[0].score).toBe(76);
    expect(out.report.source.columns).toEqual({ plenary_attended: ['C'], plenary_absent: ['D'], inspections: ['E', 'F'], proposals_lead: ['G'], welfare_activities: ['H'] });
  });

  it('gives an item that counts another item’s column that column in source.columns', () => {
    const m = method({ items: [{ key: 'plenary_absent', points: -10, when: 'standing == 0' }, { key: 'absent_standing', count: 'plenary_absent', when: 'standing == 1', points: -4 }] });
    const t = tableInputs(snapshot([sheet('统计表', ROWS)]), m);
    if (!t.table.ok) throw new Error('no table');
    expect(sourceColumns(t.table.location, m).absent_standing).toEqual(['D']);
    expect(t.feeds.map((f) => [f.key, f.source, f.columns.map((c) => c.letter)])).toEqual([
      ['plenary_absent', 'plenary_absent', ['D']],
      ['absent_standing', 'plenary_absent', ['D']],
    ]);
    // standing is named, but the table has no 政协职务 / 是否常委 column: everyone would be a non-standing member
    expect(t.unbound).toEqual([{ key: 'role', label: '政协职务', kind: 'identity', tried: ['政协职务', '是否常委'] }]);
  });

  it('finds the table with the 评价办法 sheet’s extra headers, in the run and in the decision alike', () => {
    // Only the method's extra header 参会次数 makes 统计表 a member table (name + one counted item).
    const m = method({ items: [{ key: 'plenary_attended', headers: ['参会次数'], points: 10 }] });
    const snap = snapshot([sheet('统计表', [['姓名', '参会次数'], ['张三', 1]]), snapshotOf(methodSheetPlan(m))]);
    const d = decideInputs(snap);
    expect(d.method.ok && d.method.origin).toBe('sheet');
    expect(d.table.ok && d.table.location.sheet).toBe('统计表');
    const out = runPipeline(snap, options);
    expect(out.ok && out.location.sheet).toBe('统计表');
  });
});
