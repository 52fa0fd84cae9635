/**
 * 桐城 (Tongcheng county-level city CPPCC), from the published 《政协桐城市委员会委员履职考核暂行办法》
 * (2019, ahtczxw.gov.cn/news/Notice/28.html). Our own wording of its rules:
 * - 100 points, pass mark 60.
 * - Meetings (at most 50): attending the plenary on time 50; absent with approved leave 30;
 *   absent without leave 0. A standing member loses 2 per leave and 5 per unexcused absence from
 *   the standing committee's meetings.
 * - Proposals (at most 25): 10 per proposal submitted, 15 more when it is accepted.
 * - Activities (at most 10): research, inspection, democratic supervision, discussions, training
 *   and the like, 2 each; a written speech at the plenary, the standing committee or a
 *   consultation meeting, 5.
 * - Social-conditions reports (at most 15): 10 each, 5 more when adopted.
 * (Joint proposals are shared between proposers; this table counts each member's own proposals.)
 *
 * The method counts several activity columns together with a custom item of its own
 * (专题调研 + 视察 + 民主监督 + 座谈交流 + 学习培训): the method's own names win over the
 * built-in vocabulary (视察 would otherwise be inspections). 按时参加 under 全体会议 is
 * attendance, 「其中：立案」「其中：采用」 qualify the column on their left.
 */
import type { CellValue, MergedArea, SheetSnapshot } from '../../../src/core/snapshot';

export const TONGCHENG_METHOD = {
  title: '政协桐城市委员会委员履职考核暂行办法（测试改写）',
  year: 2025,
  held: { plenary: 1 },
  base: 0,
  total: { min: 0, max: 100 },
  categories: [
    { key: 'meetings', label: '参加政协会议', max: 50, min: 0 },
    { key: 'proposals', label: '提交提案', max: 25 },
    { key: 'activities', label: '参加政协活动', max: 10 },
    { key: 'opinions', label: '反映社情民意', max: 15 },
  ],
  items: [
    { key: 'plenary_attended', points: 50, max: 50, category: 'meetings' },
    { key: 'plenary_leave', points: 30, max: 30, category: 'meetings' },
    { key: 'standing_leave', points: -2, when: 'standing == 1', category: 'meetings' },
    { key: 'standing_absent', points: -5, when: 'standing == 1', category: 'meetings' },
    { key: 'proposals_lead', points: 10, category: 'proposals' },
    { key: 'proposals_accepted', points: 15, category: 'proposals' },
    { key: 'activities', label: '参加政协活动', headers: ['专题调研', '视察', '民主监督', '座谈交流', '学习培训'], points: 2, category: 'activities' },
    { key: 'speeches_written', points: 5, category: 'activities' },
    { key: 'opinions_submitted', points: 10, category: 'opinions' },
    { key: 'opinions_adopted', points: 5, category: 'opinions' },
  ],
  grades: [{ name: '合格', min: 60 }, { name: '不合格' }],
};

const m = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });

//   全体会议: 按时参加 请假 无故缺席 | 常委会议: 请假 无故缺席 | 提交提案 其中立案 | 专题调研 视察 民主监督 座谈交流 学习培训 | 书面发言 | 社情 其中采用
type Counts = (number | null)[];

const MEMBERS: readonly [string, string, Counts][] = [
  ['方志远', '否', [1, 0, 0, null, null, 2, 1, 1, 1, 0, 1, 1, 0, 1, 1]],
  ['吴春燕', '是', [1, 0, 0, 1, 1, 1, 0, 2, 0, 1, 0, 0, 1, 0, 0]],
  ['钱　进', '否', [0, 1, 0, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0]],
  ['周　敏', '否', [0, 0, 1, null, null, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]],
  ['郑海波', '是', [1, 0, 0, 0, 0, 3, 2, 0, 3, 0, 0, 3, 0, 1, 0]],
  ['黄丽娟', '否', [1, 0, 0, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
];

/**
 * Scores worked by hand (categories: meetings ≤ 50 and ≥ 0, proposals ≤ 25, activities ≤ 10, reports ≤ 15):
 * - 方志远: 50 | 2×10 + 1×15 = 35 → 25 | (1+1+0+1+1)×2 = 8 | 10 + 5 = 15 → 98 合格
 * - 吴春燕 (常委): 50 − 2 − 5 = 43 | 10 | (2+0+1+0+0)×2 + 1×5 = 11 → 10 | 0 → 63 合格
 * - 钱进: leave 30 | 0 | 0 | 2×10 = 20 → 15 → 45 不合格
 * - 周敏: absent 0 | 10 + 15 = 25 | 1×2 = 2 | 0 → 27 不合格
 * - 郑海波 (常委): 50 | 30 + 30 = 60 → 25 | (3+3)×2 = 12 → 10 | 10 → 95 合格
 * - 黄丽娟: 50 → 50 不合格
 */
export const TONGCHENG_EXPECTED: readonly (readonly [string, number, string])[] = [
  ['方志远', 98, '合格'],
  ['吴春燕', 63, '合格'],
  ['钱进', 45, '不合格'],
  ['周敏', 27, '不合格'],
  ['郑海波', 95, '合格'],
  ['黄丽娟', 50, '不合格'],
];

/** Row 1 title; rows 2–3 header (groups 全体会议 and 常委会议 over sub-columns, the rest merged down); members from row 4. */
export function tongchengSheet(): SheetSnapshot {
  const values: CellValue[][] = [
    ['政协桐城市委员会委员2025年度履职情况统计表'],
    ['序号', '姓名', '是否常委', '全体会议', null, null, '常委会议', null, '提交提案', '其中：立案', '专题调研', '视察', '民主监督', '座谈交流', '学习培训', '书面发言', '反映社情民意信息', '其中：采用'],
    [null, null, null, '按时参加', '请假', '无故缺席', '请假', '无故缺席'],
    ...MEMBERS.map(([name, standing, c], i): CellValue[] => [i + 1, name, standing, ...c]),
  ];
  const merges = [m(1, 1, 1, 18), ...[1, 2, 3, ...Array.from({ length: 10 }, (_, k) => 9 + k)].map((c) => m(2, c, 3, c)), m(2, 4, 2, 6), m(2, 7, 2, 8)];
  return { name: '履职统计', values, merges, hiddenRows: [], visible: true };
}
