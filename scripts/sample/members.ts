/**
 * Invented members of a district CPPCC with plausible yearly counts, consistent with the built-in
 * example method (held: plenary 2, standing 4). Every name, unit and phone number is made up.
 */
import { Prng } from './prng';

export interface SampleMember {
  name: string;
  gender: '男' | '女';
  sector: string;
  committee: string;
  liaisonGroup: string;
  unit: string;
  title: string;
  role: string;
  phone: string;
  /** Counted items by key (see COLUMNS in table.ts); 0 may be written as a blank cell. */
  counts: Record<string, number>;
  violations: boolean;
}

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '蒋', '蔡', '余',
  '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金', '石',
  '廖', '贾', '夏', '韦', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '段', '雷', '侯', '龙', '史', '陶',
  '欧阳', '司马', '上官',
];
const GIVEN_MALE = ['伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '宁', '建国', '志强', '海峰', '文博', '俊杰', '建华', '国庆', '晓东', '永军', '德明', '立新', '振华', '子豪', '浩然', '嘉诚', '宏伟', '成林'];
const GIVEN_FEMALE = ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '雪', '慧', '颖', '琳', '秀英', '桂兰', '丽华', '晓燕', '雅琴', '淑珍', '红梅', '海燕', '文静', '佳怡', '梦瑶', '欣然', '思雨', '雨涵', '晓红'];

export const SECTORS: readonly (readonly [string, number])[] = [
  ['中共', 40], ['民革', 10], ['民盟', 14], ['民建', 16], ['民进', 14], ['农工党', 12], ['致公党', 8], ['九三学社', 12],
  ['无党派人士', 10], ['经济界', 30], ['教育界', 24], ['科技界', 18], ['医卫界', 22], ['文化艺术界', 14], ['农业界', 14],
  ['社会福利和社会保障界', 10], ['少数民族和宗教界', 8], ['共青团和青联', 8], ['工会', 8], ['妇联', 8],
];
export const COMMITTEES = ['提案委', '经济委', '教科卫体委', '文史委', '社会和法制委', '农业农村委', '人口资源环境委'];
export const LIAISON_GROUPS = ['城关街道联络组', '东湖镇联络组', '西山镇联络组', '南河街道联络组', '北塘镇联络组', '青石镇联络组', '桃源乡联络组', '新城街道联络组'];

/** Employer units with the job titles their members hold. */
export const UNITS: readonly (readonly [string, readonly string[]])[] = [
  ['区人民医院', ['院长', '副院长', '主任医师', '护理部主任']], ['区中医院', ['院长', '主任医师', '副主任医师']],
  ['区妇幼保健院', ['院长', '主任医师']], ['区疾病预防控制中心', ['主任', '副主任']], ['东湖镇卫生院', ['院长', '全科医生']],
  ['区第一中学', ['校长', '副校长', '高级教师']], ['区第二中学', ['校长', '高级教师']], ['区实验小学', ['校长', '教师']],
  ['区职业技术学校', ['校长', '讲师']], ['城关幼儿园', ['园长', '教师']], ['区教育体育局', ['副局长', '科长']],
  ['X区农村商业银行', ['行长', '副行长', '支行行长']], ['区城市建设投资集团有限公司', ['董事长', '总经理', '工程师']],
  ['恒达精密科技有限公司', ['董事长', '总经理']], ['宏远建设工程有限公司', ['董事长', '项目经理']], ['绿源农业专业合作社', ['理事长', '技术员']],
  ['青石茶业有限公司', ['董事长', '制茶师']], ['东湖水产养殖有限公司', ['总经理']], ['华信电子有限公司', ['总经理', '研发部经理']],
  ['蓝天环保科技有限公司', ['总经理', '工程师']], ['金桥物流有限公司', ['董事长']], ['新城置业有限公司', ['副总经理']],
  ['明德律师事务所', ['主任', '律师']], ['正信会计师事务所', ['所长', '注册会计师']], ['区工商业联合会', ['副主席', '秘书长']],
  ['区文化馆', ['馆长', '副研究馆员']], ['区图书馆', ['馆长']], ['区融媒体中心', ['主任', '记者']], ['区博物馆', ['馆长']],
  ['区科学技术协会', ['主席', '副主席']], ['区农业农村局', ['副局长', '农艺师']], ['区农业技术推广中心', ['主任', '高级农艺师']],
  ['区民政局', ['副局长']], ['区残疾人联合会', ['理事长']], ['区慈善总会', ['会长', '秘书长']], ['区红十字会', ['常务副会长']],
  ['区民族宗教事务局', ['副局长']], ['城关清真寺', ['教长']], ['西山寺', ['住持']], ['区总工会', ['副主席']],
  ['区妇女联合会', ['主席', '副主席']], ['共青团X区委员会', ['书记', '副书记']], ['城关街道办事处', ['副主任']],
  ['东湖镇人民政府', ['副镇长']], ['西山镇人民政府', ['副镇长']], ['桃源乡桃花村村民委员会', ['村委会主任']], ['北塘镇新华社区', ['社区党委书记']],
  ['区人民检察院', ['副检察长']], ['区人民法院', ['副院长', '审判员']], ['区自然资源局', ['副局长']], ['区生态环境分局', ['副局长']],
  ['区住房和城乡建设局', ['副局长']], ['区市场监督管理局', ['副局长']], ['区档案馆', ['馆长']], ['区地方志办公室', ['主任']],
  ['民革X区基层委员会', ['主委']], ['民盟X区基层委员会', ['主委']], ['民建X区基层委员会', ['主委']], ['九三学社X区支社', ['主委']],
  ['政协X区委员会', ['主席', '副主席', '秘书长', '专职副主席']],
];

/** Roles of a district CPPCC of ~300: 1 主席, 4 副主席, 1 秘书长, ~30 常委, 2 驻会常委, the rest 委员. */
function roleOf(i: number, n: number): string {
  const standing = Math.max(3, Math.round((30 * n) / 300));
  if (i === 0) return '主席';
  if (i <= 4) return '副主席';
  if (i === 5) return '秘书长';
  if (i <= 7) return '驻会常委';
  if (i < 8 + standing) return '常委';
  return '委员';
}

export const STANDING_ROLES = ['主席', '副主席', '秘书长', '常委', '驻会常委'];

/** Draws 0..k with the given weights. */
function draw(rng: Prng, weights: readonly number[]): number {
  return rng.weighted(weights);
}

const GENERATION = ['子', '晓', '文', '嘉', '思', '雨', '永', '德', '明', '春'];
/** Characters for the fallback names of very large synthetic tables. */
const POOL = '安柏晨丹东凡峰歌海和恒弘华佳建锦静俊凯兰乐力良林萌铭楠宁沛琪启清然瑞森书舒涛彤维希欣勋雅阳逸毅颖宇元云哲智';

function uniqueName(rng: Prng, gender: '男' | '女', used: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const surname = rng.chance(0.02) ? rng.pick(SURNAMES.slice(-3)) : rng.pick(SURNAMES.slice(0, -3));
    const given = gender === '男' ? rng.pick(GIVEN_MALE) : rng.pick(GIVEN_FEMALE);
    let name = surname + given;
    if (used.has(name) && given.length === 1) name = surname + rng.pick(GENERATION) + given;
    // Large synthetic tables run out of common names: two characters from a wider pool.
    if (used.has(name) && attempt > 10) name = surname + rng.pick([...POOL]) + rng.pick([...POOL]);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

export function generateMembers(n: number, seed: number): SampleMember[] {
  const rng = new Prng(seed);
  // The counts come from a stream of their own, so tuning them never renames anybody.
  const countRng = new Prng(seed ^ COUNT_STREAM);
  const used = new Set<string>();
  const members: SampleMember[] = [];
  const sectorWeights = SECTORS.map(([, w]) => w);
  // Units are shared by several members each (~5 for 300 members); the CPPCC office hosts the chair level.
  const unitCount = Math.max(8, Math.min(UNITS.length - 1, Math.round(n / 5)));
  for (let i = 0; i < n; i++) {
    const role = roleOf(i, n);
    const gender: '男' | '女' = rng.chance(0.62) ? '男' : '女';
    const name = uniqueName(rng, gender, used);
    const chairLevel = role === '主席' || role === '副主席' || role === '秘书长' || role === '驻会常委';
    const [unit, titles] = chairLevel ? UNITS[UNITS.length - 1] : UNITS[rng.int(0, unitCount - 1)];
    const title = chairLevel ? (role === '驻会常委' ? '专职副主席' : role) : rng.pick(titles);
    members.push({
      name,
      gender,
      sector: SECTORS[rng.weighted(sectorWeights)][0],
      committee: rng.pick(COMMITTEES),
      liaisonGroup: rng.pick(LIAISON_GROUPS),
      unit,
      title,
      role,
      phone: `1380000${String(i + 1).padStart(4, '0').slice(-4)}`,
      counts: yearlyCounts(countRng, STANDING_ROLES.includes(role)),
      violations: false,
    });
  }
  return members;
}

/** Mixed into the seed for the counts; picked so the bundled sample's shortlist cut-off has only a small tie. */
const COUNT_STREAM = 0x5bd1e9c8;

/** How active a member is: little beyond the meetings, an ordinary share, active, very active. */
const ACTIVITY = [28, 56, 14.5, 1.5] as const;

/**
 * One member's year, consistent with 2 plenary sessions and 4 standing-committee meetings.
 * Most members do an ordinary share; the rare items (key or excellent proposals, reports with
 * a leader's instruction, oral speeches, honours) form a long tail held by the few very active
 * ones. With the example method this gives roughly 15–20% 优秀, only a handful at the cap of
 * 100, and some 基本合格 (mostly members missing one of the 三个一).
 */
function yearlyCounts(rng: Prng, standing: boolean): Record<string, number> {
  const level = rng.weighted(ACTIVITY);
  const by = (weights: readonly (readonly number[])[]): number => draw(rng, weights[level]);
  const p = (chances: readonly number[]): boolean => rng.chance(chances[level]);
  const c: Record<string, number> = {};
  // Plenary: attended + leave + absent = 2.
  const plenaryAbsent = p([0.05, 0.01, 0.01, 0]) ? 1 : 0;
  const plenaryLeave = p([0.2, 0.06, 0.04, 0.02]) ? 1 : 0;
  c.plenary_attended = 2 - plenaryAbsent - plenaryLeave;
  c.plenary_leave = plenaryLeave;
  c.plenary_absent = plenaryAbsent;
  if (standing) {
    const leave = draw(rng, [70, 22, 8]);
    const absent = rng.chance(0.04) ? 1 : 0;
    c.standing_attended = 4 - leave - absent;
    c.standing_leave = leave;
    c.standing_absent = absent;
  }
  c.inspections = by([[5, 60, 35], [2, 48, 35, 15], [0, 30, 45, 20, 5], [0, 10, 30, 35, 25]]);
  c.consultations = by([[60, 40], [30, 45, 25], [20, 40, 30, 10], [5, 25, 40, 30]]);
  c.supervision = by([[80, 20], [50, 40, 10], [30, 45, 25], [20, 45, 35]]);
  c.trainings = by([[30, 50, 20], [10, 45, 35, 10], [5, 30, 40, 25], [5, 25, 40, 30]]);
  c.committee_activities = by([[40, 40, 20], [15, 40, 32, 13], [5, 25, 35, 25, 10], [0, 10, 25, 30, 20, 15]]);
  c.liaison_activities = by([[45, 40, 15], [20, 42, 28, 10], [10, 35, 35, 20], [5, 20, 35, 25, 15]]);
  c.proposals_lead = by([[25, 75], [6, 80, 14], [0, 68, 27, 5], [0, 40, 45, 15]]);
  c.proposals_joint = by([[50, 40, 10], [40, 40, 15, 5], [25, 40, 25, 10], [15, 30, 30, 15, 10]]);
  c.proposals_accepted = Math.max(0, c.proposals_lead - draw(rng, [70, 30]));
  c.proposals_key = c.proposals_accepted > 0 && p([0, 0.01, 0.06, 0.2]) ? 1 : 0;
  c.proposals_excellent = c.proposals_accepted > 0 && p([0, 0.005, 0.04, 0.15]) ? 1 : 0;
  c.opinions_submitted = by([[40, 60], [25, 40, 23, 12], [15, 30, 30, 15, 7, 3], [5, 20, 30, 25, 15, 5]]);
  c.opinions_adopted = Math.min(c.opinions_submitted, by([[92, 8], [85, 14, 1], [70, 26, 4], [40, 40, 15, 5]]));
  c.opinions_instructed = c.opinions_adopted > 0 && p([0, 0.02, 0.1, 0.3]) ? 1 : 0;
  c.speeches_oral = p([0, 0.005, 0.06, 0.4]) ? 1 : 0;
  c.speeches_written = level === 0 ? 0 : by([[100], [92, 8], [70, 25, 5], [55, 35, 10]]);
  c.studio_activities = by([[80, 20], [50, 30, 15, 5], [40, 35, 20, 5], [20, 25, 25, 20, 10]]);
  c.welfare_activities = by([[60, 30, 10], [40, 35, 15, 7, 3], [30, 30, 25, 10, 5], [10, 15, 25, 20, 15, 15]]);
  c.culture_history = by([[97, 3], [90, 9, 1], [80, 17, 3], [70, 22, 8]]);
  c.honors = by([[98, 2], [96, 4], [91, 9], [70, 25, 5]]);
  return c;
}
