/**
 * 广水 (Guangshui county-level city CPPCC), from the published 《政协广水市委员会委员及活动组年度量化
 * 考核办法》 (2017, gszx.zggswz.com/Item/Show.asp?d=3803&m=1). Our own wording of its rules for members:
 * - Duties (at most 80): each accepted proposal, 20 as first proposer, 15 as co-proposer; each
 *   social-conditions report or cultural-history article, 20; serving a key enterprise project, 20;
 *   helping a family in difficulty (结对帮扶), 20.
 * - Attendance (10, lost by deductions): at the plenary, −1 per late arrival or early leave and
 *   −1.5 per group discussion missed without leave; at the standing committee, −2 per late/early
 *   and −3 per absence; at other meetings and activities, −1 per late/early and −1.5 per absence.
 * - Study (10): study notes 5, an essay on what was learnt 5.
 * - Awards: national 10, provincial 8, prefecture 6, county-level city 4.
 * The published text gives no grade cut-offs; this fixture assumes ≥ 90 优秀, ≥ 60 合格, else 不合格.
 *
 * 迟到早退 appears under three meeting groups: under 全会 it is the built-in plenary_late; under
 * 常委会议 it is never the plenary's (CONTRACT.md §7 reading rule); the method names its own
 * 「常委会议迟到早退」 and 「其他会议活动迟到早退」 items, read as group + sub-column together.
 */
import type { CellValue, MergedArea, SheetSnapshot } from '../../../src/core/snapshot';

export const GUANGSHUI_METHOD = {
  title: '政协广水市委员会委员年度量化考核办法（测试改写）',
  year: 2025,
  base: 10,
  categories: [
    { key: 'duties', label: '履职', max: 80 },
    { key: 'attendance', label: '考勤', min: -10 },
    { key: 'study', label: '学习', max: 10 },
    { key: 'awards', label: '加分' },
  ],
  items: [
    { key: 'proposals_lead', label: '第一提案人立案提案', points: 20, category: 'duties' },
    { key: 'proposals_joint', label: '联名提案人立案提案', points: 15, category: 'duties' },
    { key: 'opinions_submitted', points: 20, category: 'duties' },
    { key: 'culture_history', points: 20, category: 'duties' },
    { key: 'enterprise', label: '服务重点企业项目', points: 20, category: 'duties' },
    { key: 'poverty_help', label: '结对帮扶', headers: ['结对帮扶困难群众'], points: 20, category: 'duties' },
    { key: 'plenary_late', points: -1, category: 'attendance' },
    { key: 'group_absent', label: '无故缺席小组讨论', points: -1.5, category: 'attendance' },
    { key: 'standing_late', label: '常委会议迟到早退', points: -2, category: 'attendance' },
    { key: 'standing_absent', points: -3, category: 'attendance' },
    { key: 'other_late', label: '其他会议活动迟到早退', points: -1, category: 'attendance' },
    { key: 'other_absent', label: '其他会议活动无故缺席', points: -1.5, category: 'attendance' },
    { key: 'study_notes', label: '学习笔记', points: 5, max: 5, category: 'study' },
    { key: 'study_essay', label: '心得体会', points: 5, max: 5, category: 'study' },
    { key: 'award_national', label: '表彰奖励国家级', points: 10, category: 'awards' },
    { key: 'award_province', label: '表彰奖励省级', points: 8, category: 'awards' },
    { key: 'award_prefecture', label: '表彰奖励地市级', points: 6, category: 'awards' },
    { key: 'award_city', label: '表彰奖励县市级', points: 4, category: 'awards' },
  ],
  grades: [{ name: '优秀', min: 90 }, { name: '合格', min: 60 }, { name: '不合格' }],
};

const m = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });

// 提案: 第一提案人 联名提案人 | 社情民意信息 文史资料 服务重点企业项目 结对帮扶困难群众 |
// 全会: 迟到早退 无故缺席小组讨论 | 常委会议: 迟到早退 无故缺席 | 其他会议活动: 迟到早退 无故缺席 | 学习: 学习笔记 心得体会 |
// 表彰奖励: 国家级 省级 地市级 县市级
const MEMBERS: readonly [string, string, CellValue[]][] = [
  ['周建平', '委员', [2, 1, 1, 0, 1, 1, 1, 0, null, null, 0, 1, '√', '√', 0, 0, 1, 0]],
  ['吴　丽', '常委', [1, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, '√', null, 0, 1, 0, 0]],
  ['郑　强', '委员', [0, 2, 2, 0, 0, 1, 3, 4, null, null, 2, 2, 1, 1, 0, 0, 0, 0]],
  ['冯　敏', '委员', [0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, 0, 1, 0, 0, 0, 0, 0]],
];

/**
 * Scores worked by hand (base 10 = the attendance points; duties ≤ 80; attendance ≥ −10; study ≤ 10):
 * - 周建平: duties 2×20 + 15 + 20 + 20 + 20 = 115 → 80; attendance −1 − 1.5 = −2.5; study 5 + 5 = 10;
 *   awards 6 → 10 + 80 − 2.5 + 10 + 6 = 103.5 优秀 (「√」 read as 1: value.normalized, info)
 * - 吴丽 (常委): duties 20 + 20 = 40; attendance −1.5 − 2 − 3 = −6.5; study 5; awards 8 → 56.5 不合格
 * - 郑强: duties 2×15 + 2×20 + 20 = 90 → 80; attendance −3 − 6 − 2 − 3 = −14 → −10; study 10 → 90 优秀
 * - 冯敏: study 5 → 15 不合格
 */
export const GUANGSHUI_EXPECTED: readonly (readonly [string, number, string])[] = [
  ['周建平', 103.5, '优秀'],
  ['吴丽', 56.5, '不合格'],
  ['郑强', 90, '优秀'],
  ['冯敏', 15, '不合格'],
];

export function guangshuiSheet(): SheetSnapshot {
  const values: CellValue[][] = [
    ['序号', '姓名', '政协职务', '提案', null, '社情民意信息', '文史资料', '服务重点企业项目', '结对帮扶困难群众', '全会', null, '常委会议', null, '其他会议活动', null, '学习', null, '表彰奖励', null, null, null],
    [null, null, null, '第一提案人', '联名提案人', null, null, null, null, '迟到早退', '无故缺席小组讨论', '迟到早退', '无故缺席', '迟到早退', '无故缺席', '学习笔记', '心得体会', '国家级', '省级', '地市级', '县市级'],
    ...MEMBERS.map(([name, role, c], i): CellValue[] => [i + 1, name, role, ...c]),
  ];
  const merges = [...[1, 2, 3, 6, 7, 8, 9].map((c) => m(1, c, 2, c)), m(1, 4, 1, 5), m(1, 10, 1, 11), m(1, 12, 1, 13), m(1, 14, 1, 15), m(1, 16, 1, 17), m(1, 18, 1, 21)];
  return { name: '委员考核', values, merges, hiddenRows: [], visible: true };
}
