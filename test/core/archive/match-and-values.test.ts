/**
 * Matching across years and the prev/term values in isolation (issue 13), with the expected values
 * worked by hand; and a pending member's place in the archive.
 */
import { matchMembers, type Incoming } from '../../../src/core/archive/match-members';
import type { ArchiveRecord } from '../../../src/core/archive/archive-types';
import { historyAt, termValues } from '../../../src/core/archive/term-values';
import { runPipeline, STEP_OUTPUTS } from '../../../src/core/pipeline';
import { parseMethodObject } from '../../../src/core/method/parse-method';
import { readArchiveSheet } from '../../../src/core/archive/archive-sheet';
import { snapshotOf } from '../../support/plan-snapshot';
import { snapshot, sheet } from '../../support/builders';
import { TERM_METHOD } from '../../support/archive-years';

const rec = (year: number, person: string, name: string, unit: string | null, memberId: string | null = null, extra: Partial<ArchiveRecord> = {}): ArchiveRecord => ({
  year,
  person,
  name,
  memberId,
  unit,
  sector: null,
  committee: null,
  liaisonGroup: null,
  role: null,
  counts: {},
  score: 80,
  grade: '良好',
  status: 'graded',
  ...extra,
});
const inc = (name: string, unit: string | null, memberId: string | null = null, year = 2024): Incoming => ({ year, name, unit, memberId, place: { sheet: '表', cell: null, row: null, member: name } });

describe('matchMembers', () => {
  const archive = [rec(2023, 'D0001', '张三', '区一中'), rec(2023, 'D0002', '张三', '区医院'), rec(2023, 'D0003', '李四', '区财政局', 'W001'), rec(2023, 'D0004', '王五', '区税务局', 'W002')];

  it('by 委员编号 over a changed unit, by name + unit, new members numbered after the highest', () => {
    const r = matchMembers(archive, [inc('李四', '区发改委', 'W001'), inc('张三', '区医院'), inc('孙八', '区文旅局')], new Map());
    expect(r.persons).toEqual(['D0003', 'D0002', 'D0005']);
    expect(r.findings).toEqual([]);
  });

  it('a different 委员编号 is never the same person, even with the same name and unit', () => {
    const r = matchMembers(archive, [inc('王五', '区税务局', 'W999')], new Map());
    expect(r.persons).toEqual(['D0005']);
  });

  it('by name alone: one candidate left is taken with archive.ambiguous; two candidates are none, also said', () => {
    const one = matchMembers(archive, [inc('张三', '区医院'), inc('张三', '区第一中学')], new Map());
    expect(one.persons).toEqual(['D0002', 'D0001']);
    expect(one.findings.map((f) => f.code)).toEqual(['archive.ambiguous']);
    expect(one.doubts[0]).toMatchObject({ name: '张三', unit: '区第一中学', suggestion: 'D0001' });
    const two = matchMembers(archive, [inc('张三', '区教育局')], new Map());
    expect(two.persons).toEqual(['D0005']);
    expect(two.findings[0].message).toContain('档案中有 2 位同名委员');
    expect(two.doubts[0].suggestion).toBeNull();
  });

  it('a settlement wins: an archive number, or a new member; an unknown number is said', () => {
    const key = '2024|张三|区教育局';
    expect(matchMembers(archive, [inc('张三', '区教育局')], new Map([[key, { person: 'D0002', row: 4 }]])).persons).toEqual(['D0002']);
    expect(matchMembers(archive, [inc('张三', '区第一中学')], new Map([['2024|张三|区第一中学', { person: null, row: 4 }]])).persons).toEqual(['D0005']);
    const unknown = matchMembers(archive, [inc('李四', '区发改委', 'W001')], new Map([['2024|李四|区发改委', { person: 'D0099', row: 5 }]]));
    expect(unknown.findings.map((f) => f.code)).toEqual(['archive.settlement_unknown']);
    expect(unknown.persons).toEqual(['D0003']);
  });
});

describe('termValues', () => {
  // Years of one member: 2021 score 58 不合格 (proposals_lead 1), 2022 62 合格 (no proposals_lead column that year), 2023 55 不合格 (2).
  const records = [
    rec(2023, 'D1', '赵六', null, null, { score: 55, grade: '不合格', counts: { proposals_lead: 2 } }),
    rec(2022, 'D1', '赵六', null, null, { score: 62, grade: '合格', counts: {} }),
    rec(2021, 'D1', '赵六', null, null, { score: 58, grade: '不合格', counts: { proposals_lead: 1 } }),
  ];

  it('prev, prev2 and the term from `since`, the current year included', () => {
    const missing: string[] = [];
    const v = termValues(historyAt(records, 2024, 2022), { proposals_lead: 3 }, { score: 59.5, grade: '不合格' }, (k, y) => missing.push(`${k}@${y}`));
    expect([v.value('prev.score'), v.value('prev.grade'), v.value('prev2.score'), v.value('prev2.grade')]).toEqual([55, '不合格', 62, '合格']);
    // Term from 2022: 2022, 2023 and 2024 = 3 years; lowest of 62, 55, 59.5 = 55.
    expect([v.value('term.years'), v.value('term.min_score')]).toEqual([3, 55]);
    // 不合格 in 2023 and 2024 (2021 is before the term): 2.
    expect(v.call('term.count_grade', ['不合格'])).toBe(2);
    // proposals_lead: 3 (2024) + 2 (2023) + nothing recorded in 2022, counted 0 and said = 5.
    expect(v.call('term.sum', ['proposals_lead'])).toBe(5);
    expect(missing).toEqual(['proposals_lead@2022']);
  });

  it('a member with no earlier year: prev is missing, the term is this year alone', () => {
    const v = termValues(historyAt(undefined, 2024, null), { proposals_lead: 1 }, { score: 70, grade: null });
    expect([v.value('prev.score'), v.value('prev.grade'), v.value('term.years'), v.value('term.min_score')]).toEqual([null, null, 1, 70]);
  });
});

describe('a pending member in the archive', () => {
  it('is kept with status 待核实 and no score or grade', () => {
    const m = parseMethodObject(TERM_METHOD);
    if (!m.ok) throw new Error(m.detail);
    const snap = snapshot([sheet('表', [['2024年度统计'], ['姓名', '工作单位', '出席全体会议', '领衔提案'], ['甲', '单位一', 1, 1], ['乙', '单位二', '若干', 1]])]);
    const o = runPipeline(snap, { fileName: 'x.xlsx', method: m.method, outputs: STEP_OUTPUTS.all, today: { year: 2025, month: 1, day: 5 }, runAt: '2025-01-05 09:00:00' });
    if (!o.ok) throw new Error(o.fatal.message);
    const plan = o.plan.sheets.find((s) => s.name === '履职档案');
    const read = plan ? readArchiveSheet(snapshotOf(plan)) : null;
    expect(read?.records.map((r) => [r.name, r.status, r.score, r.grade])).toEqual([
      ['甲', 'graded', 80, '良好'],
      ['乙', 'pending', null, null],
    ]);
  });
});
