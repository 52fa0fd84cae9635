/**
 * The typical slips of a year-end table (CONTRACT.md §2 and §4), placed on ordinary members at
 * fixed fractions of the table so any size gets the same set. Each entry says what to expect.
 */
import type { SampleMember } from './members';
import { columnLetter } from '../../src/core';
import { col, FIRST_DATA_ROW, memberRow, type SampleCell, type SampleTable } from './table';

export interface Mistake {
  /** Excel row of the mistake (the appended rows included). */
  readonly row: number;
  readonly cell: string | null;
  readonly expect: string;
  readonly what: string;
}

export function addTypicalMistakes(table: SampleTable, members: readonly SampleMember[]): Mistake[] {
  const ordinary = members.map((m, i) => ({ m, i })).filter(({ m }) => m.role === '委员');
  const used = new Set<number>();
  /** The first unused ordinary member at or after a fraction of the list. */
  const at = (f: number, ok: (m: SampleMember) => boolean = () => true): number => {
    for (let k = Math.floor(f * ordinary.length); k < ordinary.length; k++) {
      const { m, i } = ordinary[k];
      if (!used.has(i) && ok(m)) {
        used.add(i);
        return i;
      }
    }
    throw new Error(`no member left for a mistake at ${f}`);
  };
  const rowOf = (i: number): number => FIRST_DATA_ROW + i;
  const out: Mistake[] = [];
  const put = (i: number, key: string, value: SampleCell): void => {
    table.rows[rowOf(i) - 1][col(key) - 1] = value;
  };
  const set = (i: number, key: string, value: SampleCell, expect: string, what: string): void => {
    put(i, key, value);
    out.push({ row: rowOf(i), cell: `${columnLetter(col(key))}${rowOf(i)}`, expect, what });
  };

  set(at(0.05), 'proposals_joint', '若干', 'value.not_number', '联名提案填「若干」');
  set(at(0.1, (m) => m.counts.opinions_adopted === 0), 'opinions_submitted', '3-4', 'value.not_number', '社情民意报送填「3-4」');
  set(at(0.15), 'inspections', { formula: 'SUM(#REF!)', result: { error: '#REF!' } }, 'value.formula_error', '视察调研是公式错误 #REF!');
  set(at(0.2), 'trainings', 2.5, 'value.fraction', '学习培训填 2.5');
  set(at(0.25), 'committee_activities', -1, 'value.negative', '专委会活动填 -1');
  set(at(0.3), 'consultations', '三次', 'value.normalized', '协商议政填「三次」（按 3 计）');
  set(at(0.35), 'studio_activities', '３', 'value.normalized', '委员工作室活动填全角「３」（按 3 计）');
  set(at(0.4), 'culture_history', '√', 'value.normalized', '文史资料打「√」（按 1 计）');

  const twin = at(0.5);
  const other = at(0.55, (m) => m.unit !== members[twin].unit);
  table.rows[rowOf(twin) - 1][col('name') - 1] = members[other].name;
  out.push({ row: rowOf(twin), cell: null, expect: 'member.same_name', what: `两位不同单位的委员同名「${members[other].name}」（第 ${rowOf(twin)}、${rowOf(other)} 行）` });

  const hidden = at(0.6);
  table.hiddenRows.push(rowOf(hidden));
  out.push({ row: rowOf(hidden), cell: null, expect: 'row.hidden', what: '一名委员所在行被隐藏' });

  const text = at(0.65, (m) => m.counts.proposals_lead > 0);
  set(text, 'proposals_lead', String(members[text].counts.proposals_lead), '(none)', '领衔提案是「文本格式的数字」');

  const accepted = at(0.7);
  put(accepted, 'proposals_lead', 1);
  put(accepted, 'proposals_joint', 0);
  set(accepted, 'proposals_accepted', 3, 'logic.accepted_exceeds_submitted', '立案 3 件，多于领衔加联名的 1 件');

  const plenary = at(0.75);
  put(plenary, 'plenary_leave', 0);
  put(plenary, 'plenary_absent', 0);
  set(plenary, 'plenary_attended', 3, 'logic.attendance_exceeds_held', '出席全体会议 3 次，超过召开的 2 次');

  for (const f of [0.8, 0.82, 0.84]) {
    const i = at(f, (m) => [...m.name].length === 2);
    const [a, b] = [...members[i].name];
    table.rows[rowOf(i) - 1][col('name') - 1] = `${a}　${b}`;
    out.push({ row: rowOf(i), cell: null, expect: '(none)', what: `两字姓名中间加全角空格「${a}　${b}」（按「${a}${b}」计）` });
  }

  set(at(0.9), 'standing_attended', 2, 'logic.standing_only', '普通委员填了常委会议出席 2 次');

  const veto = at(0.95);
  set(veto, 'violations', '是', '(veto)', '违纪违法「是」（按评价办法一票否决）');

  // Appended rows: the same member a second time (same name and unit), then counts without a name.
  const dup = at(0.45);
  const dupRow = table.rows.length + 1;
  table.rows.push(memberRow(members[dup], members.length + 1));
  out.push({ row: dupRow, cell: null, expect: 'member.duplicate', what: `委员「${members[dup].name}」重复填报（第 ${rowOf(dup)}、${dupRow} 行）` });

  const noName = memberRow({ ...members[at(0.97)], name: '' }, members.length + 2);
  noName[col('name') - 1] = null;
  table.rows.push(noName);
  out.push({ row: table.rows.length, cell: `${columnLetter(col('name'))}${table.rows.length}`, expect: 'name.missing', what: '有履职数据但没有填姓名' });
  return out;
}
