import { memberRecord } from '../../support/builders';
import { item, method } from '../../support/method-builder';
import type { MemberRecord } from '../../../src/core/types';
import { checkLogic } from '../../../src/core/evaluate/check-logic';

/** Columns of the test table: every key gets a cell in its own column, from C. */
const COLUMNS = ['plenary_attended', 'plenary_leave', 'plenary_absent', 'standing_attended', 'standing_leave', 'standing_absent', 'proposals_lead', 'proposals_joint', 'proposals_accepted', 'opinions_submitted', 'opinions_adopted', 'inspections', 'poverty_help', 'violations'];
const COL = (key: string): string => String.fromCharCode(67 + COLUMNS.indexOf(key));

function m(row: number, counts: Record<string, number>, over: Partial<MemberRecord> = {}, keys: readonly string[] = COLUMNS): MemberRecord {
  const cells = Object.fromEntries(keys.map((k) => [k, `${COL(k)}${row}`]));
  const full = Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0]));
  return memberRecord({ row, name: `委员${row}`, counts: full, cells, ...over });
}

const held = method({ held: { plenary: 1, standing: 4 } });
const codes = (fs: ReturnType<typeof checkLogic>) => fs.map((f) => [f.code, f.cell, f.severity]);

describe('checkLogic: attendance against meetings held', () => {
  it('plenary sum above held is an error, below a warning, equal is fine', () => {
    const findings = checkLogic([m(5, { plenary_attended: 1, plenary_leave: 1 }), m(6, {}), m(7, { plenary_leave: 1 })], held, '统计表');
    expect(codes(findings)).toEqual([
      ['logic.attendance_exceeds_held', 'C5', 'error'],
      ['logic.attendance_unaccounted', 'C6', 'warning'],
    ]);
    expect(findings[0]).toMatchObject({ sheet: '统计表', row: 5, member: '委员5', params: { meeting: '全体会议', sum: 2, held: 1 } });
    expect(findings[0].message).toBe('全体会议：出席、请假、无故缺席合计 2 次，超过本年度召开的 1 次。');
  });

  it('needs at least one plenary column; the cell is the first present one when 出席 is missing', () => {
    const noPlenary = ['proposals_lead'];
    const onlyAbsent = ['plenary_absent', 'proposals_lead'];
    const findings = checkLogic([m(5, {}, {}, noPlenary), m(6, { plenary_absent: 2 }, {}, onlyAbsent)], held, '统计表');
    expect(codes(findings)).toEqual([['logic.attendance_exceeds_held', 'E6', 'error']]);
  });

  it('is skipped without held', () => {
    expect(checkLogic([m(5, { plenary_attended: 3 })], method(), '统计表').filter((f) => f.code.startsWith('logic.attendance'))).toEqual([]);
  });

  it('held.standing applies to standing members only', () => {
    const findings = checkLogic(
      [
        m(5, { plenary_attended: 1, standing_attended: 3, standing_leave: 1 }, { role: '常委' }), // 4 = held
        m(6, { plenary_attended: 1, standing_attended: 2 }, { role: '副主席' }), // 2 < 4
        m(7, { plenary_attended: 1, standing_attended: 5 }, { role: '驻会常委' }), // 5 > 4
        m(8, { plenary_attended: 1 }, { role: '委员' }), // not standing: no standing count expected
      ],
      held,
      '统计表',
    );
    expect(codes(findings)).toEqual([
      ['logic.attendance_unaccounted', 'F6', 'warning'],
      ['logic.attendance_exceeds_held', 'F7', 'error'],
    ]);
    expect(findings[0].params).toEqual({ meeting: '常委会议', sum: 2, held: 4 });
  });
});

describe('checkLogic: standing-committee counts of non-standing members', () => {
  it('warns on the first non-zero standing cell', () => {
    const findings = checkLogic([m(5, { standing_leave: 1, standing_absent: 2 }, { role: '委员' }), m(6, { standing_attended: 4 }, { role: '常委' })], method(), '统计表');
    expect(codes(findings)).toEqual([['logic.standing_only', 'G5', 'warning']]);
    expect(findings[0].message).toBe('「委员5」不是常委，却填有常委会议次数（G5），请核实政协职务或次数。');
  });

  it('stays silent when no member is standing (the table has no role column)', () => {
    expect(checkLogic([m(5, { standing_attended: 4 }), m(6, { standing_attended: 3 })], method(), '统计表')).toEqual([]);
  });
});

describe('checkLogic: accepted above submitted', () => {
  it('proposals: accepted > lead + joint', () => {
    const findings = checkLogic([m(5, { proposals_lead: 1, proposals_joint: 1, proposals_accepted: 3 }), m(6, { proposals_lead: 1, proposals_joint: 2, proposals_accepted: 3 })], method(), '统计表');
    expect(codes(findings)).toEqual([['logic.accepted_exceeds_submitted', 'K5', 'error']]);
    expect(findings[0].message).toBe('提案立案（3）多于领衔提案与联名提案之和（2），请核实。');
  });

  it('proposals with only a lead column; skipped without lead and joint columns', () => {
    const findings = checkLogic([m(5, { proposals_lead: 1, proposals_accepted: 2 }, {}, ['proposals_lead', 'proposals_accepted']), m(6, { proposals_accepted: 2 }, {}, ['proposals_accepted'])], method(), '统计表');
    expect(codes(findings)).toEqual([['logic.accepted_exceeds_submitted', 'K5', 'error']]);
    expect(findings[0].params).toEqual({ accepted: '提案立案', acceptedCount: 2, submitted: '领衔提案', submittedCount: 1 });
  });

  it('social reports: adopted > submitted, only when both columns exist', () => {
    const findings = checkLogic([m(5, { opinions_submitted: 1, opinions_adopted: 2 }), m(6, { opinions_adopted: 2 }, {}, ['opinions_adopted'])], method(), '统计表');
    expect(codes(findings)).toEqual([['logic.accepted_exceeds_submitted', 'M5', 'error']]);
    expect(findings[0].message).toBe('社情民意采用（2）多于报送社情民意（1），请核实。');
  });
});

describe('checkLogic: outliers', () => {
  it('flags counts above the plausible maximum, with value and limit', () => {
    const findings = checkLogic([m(5, { proposals_lead: 31, inspections: 60, plenary_attended: 11, poverty_help: 101 })], method({ items: [item('poverty_help', 5, { label: '结对帮扶' })] }), '统计表');
    expect(codes(findings)).toEqual([
      ['value.outlier', 'C5', 'warning'],
      ['value.outlier', 'I5', 'warning'],
      ['value.outlier', 'O5', 'warning'],
    ]);
    expect(findings.map((f) => f.params)).toEqual([
      { item: '出席全体会议', value: 11, limit: 10 },
      { item: '领衔提案', value: 31, limit: 30 },
      { item: '结对帮扶', value: 101, limit: 100 },
    ]);
    expect(findings[1].message).toBe('单元格 I5（领衔提案）的值 31 远高于通常水平（一般不超过 30），请核实。');
  });

  it('leaves plenary counts to the held check when held is given', () => {
    const findings = checkLogic([m(5, { plenary_attended: 11 })], held, '统计表');
    expect(codes(findings)).toEqual([['logic.attendance_exceeds_held', 'C5', 'error']]);
  });

  // Speed is measured in bench/, not asserted here; this checks a large table gives no spurious findings.
  it('handles 20,000 consistent members without findings', () => {
    const many = Array.from({ length: 20000 }, (_, i) => m(i + 5, { plenary_attended: 1, standing_attended: i % 7 === 0 ? 4 : 0, proposals_lead: 2, proposals_accepted: 1 }, { role: i % 7 === 0 ? '常委' : '委员' }));
    const findings = checkLogic(many, held, '统计表');
    expect(findings).toEqual([]);
  });
});
