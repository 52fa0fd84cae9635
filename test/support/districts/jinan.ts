/**
 * 济南 (Jinan city CPPCC), from the published 《关于政协委员履职量化考核的实施办法》 (2015), as
 * reported by Xinhua (district.ce.cn/newarea/roll/201504/11/t20150411_5081728.shtml). Our own
 * wording of its rules:
 * - 120-point scale: 70 base points for basic duties plus up to 50 reward points.
 * - To be 称职 a member must meet 「三个一」: attend the plenary, submit ≥ 1 proposal or ≥ 1
 *   social-conditions report, take part in ≥ 1 inspection or research activity.
 * - Absent from the plenary without approved leave: −30; absent with approved leave: −10.
 * - Accepted proposals beyond the first, as first proposer: +5 each; a key proposal +5; an
 *   excellent proposal +10.
 * - Public-welfare activities as a member: +2 each, at most 10.
 * - ≥ 85 优秀, 60–84 称职, < 60 不称职.
 *
 * The table is the real layout the issue describes: two title rows, a merged two-row header
 * (全体会议 / 提案 / 社情民意信息 / 视察调研考察 over their sub-columns, 「其中：」 columns),
 * every number stored as text, blanks for 0, names with full-width spaces, note rows at the end.
 * The method names no header: every column is the vocabulary of CONTRACT.md §2 and §7.
 */
import type { CellValue, MergedArea, SheetSnapshot } from '../../../src/core/snapshot';

export const JINAN_METHOD = {
  title: '政协济南市委员会委员履职量化考核实施办法（测试改写）',
  year: 2025,
  base: 70,
  total: { min: 0, max: 120 },
  categories: [
    { key: 'basic', label: '基本履职', min: -70 },
    { key: 'reward', label: '工作奖励', max: 50 },
  ],
  items: [
    { key: 'plenary_absent', points: -30, category: 'basic' },
    { key: 'plenary_leave', points: -10, category: 'basic' },
    { key: 'proposals_accepted', points: 5, from: 2, category: 'reward' },
    { key: 'proposals_key', points: 5, category: 'reward' },
    { key: 'proposals_excellent', points: 10, category: 'reward' },
    { key: 'welfare_activities', points: 2, max: 10, category: 'reward' },
  ],
  requirements: [{ label: '三个一', when: 'plenary_attended >= 1 and proposals_lead + opinions_submitted >= 1 and inspections >= 1', ceiling: '不称职' }],
  grades: [{ name: '优秀', min: 85 }, { name: '称职', min: 60 }, { name: '不称职' }],
};

const m = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });
/** A count as an exported sheet stores it: text, blank for 0. */
const t = (n: number): CellValue => (n === 0 ? null : String(n));

//               全体会议: 出席 请假 缺席 | 提案: 第一 其中立案 其中重点 其中优秀 | 社情: 报送 其中采用 | 视察 调研 考察 | 公益
type Counts = [number, number, number, number, number, number, number, number, number, number, number, number, number];

const MEMBERS: readonly [string, string, string, Counts][] = [
  ['王建国', '经济界', '委员', [1, 0, 0, 2, 2, 0, 0, 1, 0, 1, 0, 1, 3]],
  ['李秀英', '教育界', '常委', [1, 0, 0, 3, 3, 1, 1, 2, 1, 2, 1, 1, 6]],
  ['张　伟', '医卫界', '委员', [0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0]],
  ['刘　芳', '文化艺术界', '委员', [0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1]],
  ['陈志强', '民建', '委员', [1, 0, 0, 5, 4, 2, 0, 0, 0, 0, 2, 1, 2]],
  ['杨丽华', '农业界', '委员', [1, 0, 0, 0, 0, 0, 0, 2, 1, 1, 0, 0, 0]],
  ['赵　磊', '经济界', '委员', [1, 0, 0, 8, 8, 3, 2, 4, 2, 2, 2, 2, 10]],
  ['孙晓梅', '妇联', '委员', [1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
];

/**
 * Scores worked by hand (three-ones = 三个一; reward capped at 50; accepted from the 2nd +5):
 * - 王建国: reward (2−1)×5 + 3×2 = 11 → 70 + 11 = 81 → 称职
 * - 李秀英: reward (3−1)×5 + 5 + 10 + min(6×2, 10) = 35 → 105 → 优秀
 * - 张伟: leave −10; accepted 1 → 0 → 60 称职, but no plenary attended → 三个一 unmet → 不称职
 * - 刘芳: absent −30; welfare 2 → 42 → 不称职 (三个一 unmet too)
 * - 陈志强: (4−1)×5 + 2×5 + 2×2 = 29 → 99 → 优秀
 * - 杨丽华: nothing scored → 70 → 称职 (三个一: plenary 1, reports 2, inspections 1)
 * - 赵磊: (8−1)×5 + 3×5 + 2×10 + min(20, 10) = 80 → category max 50 → 120 → 优秀 (total max 120)
 * - 孙晓梅: 70 → 称职, but no inspection → 三个一 unmet → 不称职
 */
export const JINAN_EXPECTED: readonly (readonly [string, number, string])[] = [
  ['王建国', 81, '称职'],
  ['李秀英', 105, '优秀'],
  ['张伟', 60, '不称职'],
  ['刘芳', 42, '不称职'],
  ['陈志强', 99, '优秀'],
  ['杨丽华', 70, '称职'],
  ['赵磊', 120, '优秀'],
  ['孙晓梅', 70, '不称职'],
];

const WIDTH = 17;

/** Rows 1–2 titles, 3–4 the two-row header, 5–12 members, then notes; columns A–Q. */
export function jinanSheet(): SheetSnapshot {
  const row = (cells: CellValue[]): CellValue[] => [...cells, ...Array<CellValue>(WIDTH - cells.length).fill(null)];
  const values: CellValue[][] = [
    row(['政协济南市委员会委员2025年度履职情况登记汇总表']),
    row(['填报单位：市政协办公厅（委员工作室）　　　　　　　　填报日期：2025年12月20日']),
    row(['序号', '委员姓名', '界别', '政协职务', '全委会议', null, null, '提案', null, null, null, '社情民意信息', null, '视察调研考察', null, null, '社会公益活动\n（次）']),
    row([null, null, null, null, '出席', '因故请假', '未经准假无故缺席', '第一提案人', '其中：立案', '其中：重点', '其中：优秀', '报送', '其中：采用', '视察', '调研', '考察', null]),
    ...MEMBERS.map(([name, sector, role, c], i) => row([String(i + 1), name, sector, role, ...c.map(t)])),
    row(['注：1. 本表由各界别活动组汇总填报；2. 数据截至2025年12月20日；3. 「其中」各列为前一列中的件数。']),
    row(['填表人：', null, null, null, '审核人：']),
  ];
  const merges = [
    m(1, 1, 1, WIDTH),
    m(2, 1, 2, WIDTH),
    ...[1, 2, 3, 4, 17].map((c) => m(3, c, 4, c)),
    m(3, 5, 3, 7),
    m(3, 8, 3, 11),
    m(3, 12, 3, 13),
    m(3, 14, 3, 16),
    m(13, 1, 13, WIDTH),
  ];
  return { name: '委员履职汇总', values, merges, hiddenRows: [], visible: true };
}
