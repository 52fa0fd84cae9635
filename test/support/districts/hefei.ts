/**
 * 合肥 (Hefei city CPPCC), from the published 《市政协关于加强对市政协委员履职服务与管理的暂行办法》
 * (2015, as reported at rmzxw.com.cn/c/2015-06-25/522820.shtml) and a county-level city's method
 * written after it (yijiayoulu.com/gongwenfanwen/2022/0714/40782.html). Our own wording:
 * - Every member starts from 85 points (attending and doing the ordinary work).
 * - Accepted proposals: from the 2nd one, +5 each, at most 20 in all. An excellent proposal +8.
 * - Social-conditions reports adopted: from the 2nd one, +3 each; adopted by the Hefei CPPCC
 *   or above, +6 each; reports at most 20 in all.
 * - A member (not on the standing committee) absent from the plenary without leave: −10 each.
 *   A standing member absent from the plenary or a standing-committee meeting without leave:
 *   −4 each. Leave taken through the procedure: no points either way.
 * The published texts give no grade cut-offs; this fixture assumes ≥ 95 优秀, ≥ 80 称职, else 不称职.
 *
 * The plenary-absence column is scored twice by role: the contract's `count` + item `when`
 * example. The 「from the 2nd」 rules are written as `tiers`. The table is a member-system
 * export with a one-row header, 委员编号 and a phone column.
 */
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';

export const HEFEI_METHOD = {
  title: '合肥市政协委员履职量化考核暂行办法（测试改写）',
  year: 2025,
  base: 85,
  categories: [{ key: 'opinions', label: '社情民意', max: 20 }],
  items: [
    { key: 'proposals_accepted', tiers: [{ upTo: 1, points: 0 }, { points: 5 }], max: 20 },
    { key: 'proposals_excellent', points: 8 },
    { key: 'opinions_adopted', tiers: [{ upTo: 1, points: 0 }, { points: 3 }], category: 'opinions' },
    { key: 'opinions_city', label: '市级以上采用', headers: ['被市政协及以上采用'], points: 6, category: 'opinions' },
    { key: 'plenary_absent', points: -10, when: 'standing == 0' },
    { key: 'absent_standing', label: '常委无故缺席全会', count: 'plenary_absent', when: 'standing == 1', points: -4 },
    { key: 'standing_absent', points: -4 },
  ],
  grades: [{ name: '优秀', min: 95 }, { name: '称职', min: 80 }, { name: '不称职' }],
};

//               全会无故缺席 常委会议无故缺席 立案提案 优秀提案 社情民意被采用 市级以上采用
type Counts = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];

const MEMBERS: readonly [string, string, string, string, Counts][] = [
  ['HF001', '何文斌', '委员', '合肥工业大学', [0, null, 3, 1, 2, 1]],
  ['HF002', '罗　静', '委员', '市第一人民医院', [1, '-', 1, 0, 0, 0]],
  ['HF003', '宋国强', '常委', '安徽某集团有限公司', [1, 2, 6, 0, 1, 0]],
  ['HF004', '唐　丽', '驻会常委', '市政协办公厅', [0, 0, 2, 0, 0, 0]],
  ['HF005', '许建华', '委员', '市律师协会', [0, null, 0, 0, 8, 2]],
  ['HF006', '韩　梅', '副主席', '民盟合肥市委', [0, 1, 1, 0, 0, 0]],
];

/**
 * Scores worked by hand (base 85):
 * - 何文斌: proposals 0 + 2×5 = 10; excellent 8; reports (0 + 3) + 6 = 9 → 112 优秀
 * - 罗静 (委员): plenary absence −10 (the standing item does not apply) → 75 不称职
 * - 宋国强 (常委): proposals 0 + 5×5 = 25 → max 20; the member item does not apply, the standing
 *   item counts the same column: −4; standing meetings 2 × −4 = −8; reports 0 → 85 + 20 − 4 − 8 = 93 称职
 * - 唐丽 (驻会常委): proposals 0 + 5 = 5 → 90 称职
 * - 许建华: reports (0 + 7×3 = 21) + 2×6 = 12 → 33 → category max 20 → 105 优秀
 * - 韩梅 (副主席, standing): standing meeting −4; proposals 1 → 0 → 81 称职
 */
export const HEFEI_EXPECTED: readonly (readonly [string, number, string])[] = [
  ['何文斌', 112, '优秀'],
  ['罗静', 75, '不称职'],
  ['宋国强', 93, '称职'],
  ['唐丽', 90, '称职'],
  ['许建华', 105, '优秀'],
  ['韩梅', 81, '称职'],
];

export function hefeiSheet(): SheetSnapshot {
  const values: CellValue[][] = [
    ['委员编号', '委员姓名', '性别', '界别', '政协职务', '工作单位', '全会无故缺席', '常委会议无故缺席', '立案提案', '优秀提案', '社情民意被采用', '被市政协及以上采用', '联系电话'],
    ...MEMBERS.map(([id, name, role, unit, c], i): CellValue[] => [id, name, i % 2 === 0 ? '男' : '女', '经济界', role, unit, ...c, `1390551000${i}`]),
  ];
  return { name: '委员履职数据导出', values, merges: [], hiddenRows: [], visible: true };
}
