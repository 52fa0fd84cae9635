/** No generated working sheet ever shows a phone number or an ID number (CONTRACT.md section 2). */
import { finding } from '../../../src/core/findings';
import type { GroupStat } from '../../../src/core/types';
import { findingsSheet } from '../../../src/core/output/findings-sheet';
import { groupsSheet } from '../../../src/core/output/groups-sheet';
import { summarySheet } from '../../../src/core/output/summary-sheet';
import { memberResult } from '../../support/builders';
import { allValues, location, smallMethod } from '../../support/output-fixtures';

const PHONE = '13912345678';
const ID = '32010219800101123X';

it('never writes phone or ID numbers in 校验结果, 履职汇总 or 分组统计', () => {
  const results = [
    memberResult({ row: 3, name: '张三', sector: '经济界', committee: '经济委', unit: '甲公司', phone: PHONE, idNumber: ID, counts: { plenary_attended: 1 }, categories: { meetings: 10 }, score: 70, grade: '合格', rank: 1 }),
    memberResult({ row: 4, name: '李四', sector: '教育界', committee: '文史委', unit: '乙学校', phone: PHONE, idNumber: ID, status: 'pending' }),
  ];
  const stats: GroupStat[] = [{ dimension: 'committee', group: '经济委', members: 1, graded: 1, pending: 0, vetoed: 0, meanScore: 70, grades: { 合格: 1 }, participation: { plenary_attended: 1 } }];
  const findings = [finding('value.not_number', { sheet: '统计表', cell: 'I4', row: 4, member: '李四' }, { item: '领衔提案', text: '若干' })];
  const plans = [findingsSheet('校验结果', findings, 'a.xlsx'), summarySheet('履职汇总', results, smallMethod(), location()), groupsSheet('分组统计', stats, smallMethod(), location())];
  const texts = plans.flatMap((p) => allValues(p).map(([, v]) => String(v)));
  expect(texts).toContain('张三'); // the check reads the real cells
  expect(texts.filter((t) => t.includes(PHONE) || t.includes(ID) || t === '联系电话' || t === '身份证号')).toEqual([]);
});
