/**
 * 闵行 (Minhang district, Shanghai), from the published 《中国人民政治协商会议上海市闵行区委员会委员履职
 * 积分管理细则》 (taodocs.com/p-401836758.html). Our own wording of its rules:
 * - Yearly minimum: attend the plenary; ≥ 3 other meetings or activities; ≥ 1 proposal;
 *   ≥ 1 social-conditions report.
 * - Plenary: 5 points per half-day attended. Each other meeting or activity (standing committee,
 *   thematic consultations, inspections and research, committee and liaison-group activities):
 *   5 points. Training away from the district: 10 when attended in full, 5 when in part.
 * - Proposals accepted in the year count once: 15 as main author (or sole proposer), 3 as a
 *   participant — the higher only, never both. A key proposal +15 for the main author, +3 for a
 *   participant; an excellent proposal +10 / +2. No overall cap.
 * The rules give no grades; this fixture grades by the minimum: 合格 when met, else 不合格.
 *
 * 「the higher only, never both」 is an item-level `when` (participant points only without a main
 * authorship). The table's two-row header has groups whose sub-columns only the method names:
 * 重点提案 / 主笔人 is read together as the method's 「重点提案主笔人」, never as proposals_lead.
 */
import type { CellValue, MergedArea, SheetSnapshot } from '../../../src/core/snapshot';

export const MINHANG_METHOD = {
  title: '闵行区政协委员履职积分管理细则（测试改写）',
  year: 2025,
  base: 0,
  items: [
    { key: 'plenary_halfdays', label: '全会参加半天数', headers: ['全会期间参加半天数'], points: 5 },
    // The export heads attendance with the bare meeting name: the method says what it means.
    { key: 'standing_attended', headers: ['常委会议'], points: 5 },
    { key: 'consultations', label: '专题议政会', points: 5 },
    { key: 'inspections', points: 5 },
    { key: 'committee_activities', points: 5 },
    { key: 'liaison_activities', points: 5 },
    { key: 'training_full', label: '外出培训全程参加', headers: ['外出培训全程'], points: 10 },
    { key: 'training_part', label: '外出培训部分参加', headers: ['外出培训部分'], points: 5 },
    { key: 'proposals_lead', points: 15, max: 15 },
    { key: 'proposals_joint', headers: ['直接参与者'], points: 3, max: 3, when: 'proposals_lead == 0' },
    { key: 'key_lead', label: '重点提案主笔人', points: 15 },
    { key: 'key_joint', label: '重点提案参与者', points: 3 },
    { key: 'excellent_lead', label: '优秀提案主笔人', points: 10 },
    { key: 'excellent_joint', label: '优秀提案参与者', points: 2 },
  ],
  requirements: [
    {
      label: '年度基本要求',
      when: '全会参加半天数 >= 1 且 standing_attended + consultations + inspections + committee_activities + liaison_activities >= 3 且 proposals_lead + proposals_joint >= 1 且 opinions_submitted >= 1',
      ceiling: '不合格',
    },
  ],
  grades: [{ name: '合格', min: 0 }, { name: '不合格' }],
};

const m = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });

// 全会半天 | 常委会议 专题议政会 视察调研 专委会活动 联络组活动 | 外出培训: 全程 部分 | 提案: 主笔人 直接参与者 | 重点提案: 主笔人 参与者 | 优秀提案: 主笔人 参与者 | 社情民意信息
type Counts = [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];

const MEMBERS: readonly [string, string, Counts][] = [
  ['蒋　华', '委员', [4, 0, 1, 1, 2, 1, 1, 0, 1, 2, 1, 0, 0, 1, 2]],
  ['沈　燕', '委员', [2, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1]],
  ['韩　雪', '常委', [4, 1, 2, 1, 0, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0]],
  ['杨　帆', '委员', [0, 0, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 0, 1]],
  ['朱　琳', '委员', [4, 0, 1, 2, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 3]],
];

/**
 * Scores worked by hand (no base, no cap):
 * - 蒋华: 4×5 + (0+1+1+2+1)×5 + 10 + 15 (main author, once) + 0 (participant: main author already) + 15 + 2 = 87;
 *   minimum met (plenary, 5 activities, proposals, 2 reports) → 合格
 * - 沈燕: 10 + 2×5 + 5 + 3 (participant, no main authorship) + 3 = 31; only 2 activities → 不合格
 * - 韩雪 (常委): 20 + (1+2+1)×5 + 15 (2 as main author count once) + 10 = 65; no report → 不合格
 * - 杨帆: 0 + 3×5 + 3 = 18; no plenary → 不合格
 * - 朱琳: 20 + (0+1+2+1+1)×5 + 10 + 15 + 0 = 70; minimum met → 合格
 */
export const MINHANG_EXPECTED: readonly (readonly [string, number, string])[] = [
  ['蒋华', 87, '合格'],
  ['沈燕', 31, '不合格'],
  ['韩雪', 65, '不合格'],
  ['杨帆', 18, '不合格'],
  ['朱琳', 70, '合格'],
];

export function minhangSheet(): SheetSnapshot {
  const values: CellValue[][] = [
    ['闵行区政协委员2025年度履职积分统计'],
    ['姓名', '政协职务', '全会期间参加\n半天数', '常委会议', '专题议政会', '视察调研', '专委会活动', '联络组活动', '外出培训', null, '提案（立案）', null, '重点提案', null, '优秀提案', null, '社情民意信息'],
    [null, null, null, null, null, null, null, null, '全程', '部分', '主笔人', '直接参与者', '主笔人', '参与者', '主笔人', '参与者'],
    ...MEMBERS.map(([name, role, c]): CellValue[] => [name, role, ...c]),
  ];
  const merges = [m(1, 1, 1, 17), ...[1, 2, 3, 4, 5, 6, 7, 8, 17].map((c) => m(2, c, 3, c)), m(2, 9, 2, 10), m(2, 11, 2, 12), m(2, 13, 2, 14), m(2, 15, 2, 16)];
  return { name: '履职积分', values, merges, hiddenRows: [], visible: true };
}
