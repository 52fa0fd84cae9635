/**
 * A five-year term (2021–2025) for the term archive's tests (issue 13), built by script: six
 * members, with a renamed unit (张三 of 区一中 → 区第一中学 from 2023), two members of one name
 * (张三 of 区人民医院), a member known by 委员编号 whose unit changes (李四, W001), a member without
 * a record in 2023 (王五), a member graded 不合格 in 2024 and 2025 (赵六) and a member new in 2024
 * (钱七).
 *
 * Method: score = 60 + 10 (attended the plenary) − 30 × unexcused plenary absences
 *   + 10 × lead proposals (at most 20) + 5 × inspections (at most 10), within 0..100;
 *   优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格.
 * Counts per year below are (attended, absent, lead, inspections) and the score worked by hand.
 */
import type { CellValue } from '../../src/core/snapshot';

export const YEARS = [2021, 2022, 2023, 2024, 2025] as const;
export type Year = (typeof YEARS)[number];

export interface YearMember {
  readonly name: string;
  readonly id: string | null;
  readonly unit: string;
  readonly sector: string;
  /** attended, absent, lead proposals, inspections */
  readonly counts: readonly [number, number, number, number];
}

type Plan = Partial<Record<Year, { unit?: string; counts: readonly [number, number, number, number] }>>;

interface Person {
  readonly name: string;
  readonly id: string | null;
  readonly unit: string;
  readonly sector: string;
  readonly years: Plan;
}

const PEOPLE: readonly Person[] = [
  // 张三 A: every year (1,0,2,2) → 60 + 10 + 20 + 10 = 100 优秀; unit renamed from 2023.
  {
    name: '张三',
    id: null,
    unit: '区一中',
    sector: '教育界',
    years: { 2021: { counts: [1, 0, 2, 2] }, 2022: { counts: [1, 0, 2, 2] }, 2023: { unit: '区第一中学', counts: [1, 0, 2, 2] }, 2024: { unit: '区第一中学', counts: [1, 0, 2, 2] }, 2025: { unit: '区第一中学', counts: [1, 0, 2, 2] } },
  },
  // 张三 B: every year (1,0,1,0) → 60 + 10 + 10 = 80 良好.
  { name: '张三', id: null, unit: '区人民医院', sector: '医卫界', years: Object.fromEntries([2021, 2022, 2023, 2024, 2025].map((y) => [y, { counts: [1, 0, 1, 0] }])) as Plan },
  // 李四 (W001): every year (1,0,0,1) → 60 + 10 + 5 = 75 合格; unit 区财政局, then 区发改委 from 2024.
  {
    name: '李四',
    id: 'W001',
    unit: '区财政局',
    sector: '经济界',
    years: { 2021: { counts: [1, 0, 0, 1] }, 2022: { counts: [1, 0, 0, 1] }, 2023: { counts: [1, 0, 0, 1] }, 2024: { unit: '区发改委', counts: [1, 0, 0, 1] }, 2025: { unit: '区发改委', counts: [1, 0, 0, 1] } },
  },
  // 王五: 2021 (1,0,1,1) = 85 良好; 2022 (1,0,0,1) = 75 合格; no record in 2023; 2024, 2025 (1,0,1,1) = 85 良好.
  { name: '王五', id: null, unit: '区税务局', sector: '经济界', years: { 2021: { counts: [1, 0, 1, 1] }, 2022: { counts: [1, 0, 0, 1] }, 2024: { counts: [1, 0, 1, 1] }, 2025: { counts: [1, 0, 1, 1] } } },
  // 赵六: 2021 (1,0,1,0) = 80 良好; 2022 (1,0,0,0) = 70 合格; 2023 (0,0,0,0) = 60 合格;
  //       2024 (0,1,0,0) = 60 − 30 = 30 不合格; 2025 (0,1,0,1) = 60 − 30 + 5 = 35 不合格.
  {
    name: '赵六',
    id: null,
    unit: '区商务局',
    sector: '工商联',
    years: { 2021: { counts: [1, 0, 1, 0] }, 2022: { counts: [1, 0, 0, 0] }, 2023: { counts: [0, 0, 0, 0] }, 2024: { counts: [0, 1, 0, 0] }, 2025: { counts: [0, 1, 0, 1] } },
  },
  // 钱七: new in 2024; 2024, 2025 (1,0,2,0) = 60 + 10 + 20 = 90 优秀.
  { name: '钱七', id: null, unit: '区教育局', sector: '教育界', years: { 2024: { counts: [1, 0, 2, 0] }, 2025: { counts: [1, 0, 2, 0] } } },
];

export function membersOf(year: Year): YearMember[] {
  return PEOPLE.flatMap((p) => {
    const y = p.years[year];
    return y ? [{ name: p.name, id: p.id, unit: y.unit ?? p.unit, sector: p.sector, counts: y.counts }] : [];
  });
}

export const TABLE_HEADER = ['姓名', '委员编号', '工作单位', '界别', '出席全体会议', '全体会议无故缺席', '领衔提案', '视察调研'] as const;

/** The member table of a year: a title row naming the year, the header, one row per member. */
export function tableValues(year: Year): CellValue[][] {
  return [[`${year}年度委员履职情况统计表`], [...TABLE_HEADER], ...membersOf(year).map((m) => [m.name, m.id, m.unit, m.sector, ...m.counts])];
}

export const TABLE_SHEET = '委员履职统计';

export const TERM_METHOD = {
  title: '政协测试区委员会委员履职综合评价办法',
  base: 60,
  total: { min: 0, max: 100 },
  items: [
    { key: 'plenary_attended', points: 10, max: 10 },
    { key: 'plenary_absent', points: -30 },
    { key: 'proposals_lead', points: 10, max: 20 },
    { key: 'inspections', points: 5, max: 10 },
  ],
  vetoes: [{ label: '缺席全会且上年不合格', when: 'plenary_absent >= 1 and prev.score < 60', grade: '不合格' }],
  grades: [{ name: '优秀', min: 90 }, { name: '良好', min: 80 }, { name: '合格', min: 60 }, { name: '不合格' }],
  shortlist: { label: '优秀委员建议名单', minGrade: '优秀', quota: 0.5, when: 'term.count_grade("不合格") == 0' },
  term: {
    flags: [
      { label: '连续两年不合格', when: 'prev.grade == "不合格" and grade == "不合格"' },
      { label: '届内两次以上不合格', when: 'term.count_grade("不合格") >= 2' },
    ],
  },
} as const;

/** A plain table of an earlier year's results as offices keep them: 姓名, 工作单位, 得分, 等次. */
export function plainResults(year: Year, withYearColumn: boolean): CellValue[][] {
  const score = (c: readonly [number, number, number, number]): number => Math.max(0, Math.min(100, 60 + (c[0] >= 1 ? 10 : 0) - 30 * c[1] + Math.min(20, 10 * c[2]) + Math.min(10, 5 * c[3])));
  const grade = (s: number): string => (s >= 90 ? '优秀' : s >= 80 ? '良好' : s >= 60 ? '合格' : '不合格');
  const header = withYearColumn ? ['年度', '姓名', '工作单位', '得分', '等次'] : ['姓名', '工作单位', '得分', '等次'];
  return [
    [`${year}年度委员履职考核结果`],
    header,
    ...membersOf(year).map((m) => {
      const s = score(m.counts);
      const row = [m.name, m.unit, s, grade(s)];
      return withYearColumn ? [year, ...row] : row;
    }),
  ];
}
