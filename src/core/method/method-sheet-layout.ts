/**
 * The layout of the 评价办法 sheet, shared by the writer and the reader: eight sections, each a
 * heading (「三、计分项目」) over a small table. Tables of many rows have a header row; sections
 * of single settings are label/value rows. Every field is tied to its JSON path, so problems
 * found by parseMethodObject can be pointed at a cell.
 */
import { GROUP_BY_WORDS, PENDING_WORDS, ROUNDING_WORDS, SCOPE_WORDS } from './method-fields';

export type SectionId = 'basics' | 'categories' | 'items' | 'requirements' | 'vetoes' | 'grades' | 'shortlist' | 'notice';

/** How a cell's value becomes a JSON value. */
/** `list` splits at 、，； (header names may hold spaces); `words` also at spaces. */
export type FieldKind = 'text' | 'number' | 'percent' | 'list' | 'words' | 'date' | { readonly words: Readonly<Record<string, string>> };

export interface ValueRow {
  readonly label: string;
  /** JSON path inside the method, e.g. `held.plenary`. */
  readonly path: string;
  readonly kind: FieldKind;
  readonly hint: string;
}

export interface TableColumn {
  readonly header: string;
  /** Shown after the header name in brackets, e.g. 表头名称（多个用、分隔）. */
  readonly note?: string;
  /** Field of the row object, e.g. `points`. */
  readonly field: string;
  readonly kind: FieldKind;
  /** 1-based column where the header is written, and how many columns it spans. */
  readonly col: number;
  readonly span?: number;
}

interface SectionBase {
  readonly id: SectionId;
  readonly title: string;
  readonly explanation?: string;
}

export type Section =
  | (SectionBase & { readonly form: 'values'; readonly rows: readonly ValueRow[] })
  | (SectionBase & { readonly form: 'table'; readonly list: string; readonly anchor: string; readonly columns: readonly TableColumn[] });

export const SHEET_COLUMNS = 8;
/** Column widths in characters, A to H. */
export const COLUMN_WIDTHS: readonly number[] = [22, 18, 16, 9, 9, 9, 9, 18];
/** In label/value sections: label in A, value in B:G, hint in H. */
export const VALUE_COL = 2;
export const VALUE_SPAN = 6;
export const HINT_COL = 8;
export const VALUES_HEADER: readonly string[] = ['参数', '内容', '说明'];

export const SHEET_TITLE = '评价办法';
export const SHEET_EXPLANATION = '本表为评价办法，可直接修改；修改后重新运行即按新办法评分。';
export const SHEET_GUIDE = '说明：各节标题（如「三、计分项目」）和表头请勿改动，各节顺序不限；表格中可增删行；空白格表示不限或使用默认值。';

const HINT_TEXT = '不填则用内置措辞';

export const SECTIONS: readonly Section[] = [
  {
    id: 'basics',
    title: '基本参数',
    form: 'values',
    rows: [
      { label: '评价办法名称', path: 'title', kind: 'text', hint: '通报中引用的办法全称' },
      { label: '年度', path: 'year', kind: 'number', hint: '不填则按运行日期所在年度' },
      { label: '全体会议召开次数', path: 'held.plenary', kind: 'number', hint: '不填则不核对出勤次数' },
      { label: '常委会议召开次数', path: 'held.standing', kind: 'number', hint: '仅核对常委；不填则不核对' },
      { label: '基础分', path: 'base', kind: 'number', hint: '每位委员的起始分' },
      { label: '总分下限', path: 'total.min', kind: 'number', hint: '不填表示不限' },
      { label: '总分上限', path: 'total.max', kind: 'number', hint: '不填表示不限' },
    ],
  },
  {
    id: 'categories',
    title: '计分类别',
    form: 'table',
    list: 'categories',
    anchor: '类别代码',
    explanation: '说明：同一类别的项目合计后按类别上限、下限封顶（如“会议活动最多计 20 分”）；上限、下限不填表示不限。',
    columns: [
      { header: '类别代码', field: 'key', kind: 'text', col: 1 },
      { header: '类别名称', field: 'label', kind: 'text', col: 2 },
      { header: '上限', field: 'max', kind: 'number', col: 3 },
      { header: '下限', field: 'min', kind: 'number', col: 4 },
    ],
  },
  {
    id: 'items',
    title: '计分项目',
    form: 'table',
    list: 'items',
    anchor: '项目代码',
    explanation:
      '说明：项目代码为内置代码（如 plenary_attended），或自定义代码（字母、数字、下划线或汉字，如 poverty_help，须同时填写项目名称或表头名称）。' +
      '项目得分 =（次数 − 起算次数 + 1）× 每次分值，扣分填负数；单项上限、下限不填表示不限；所属类别填类别名称或代码，不填则直接计入总分。',
    columns: [
      { header: '项目代码', field: 'key', kind: 'text', col: 1 },
      { header: '项目名称', field: 'label', kind: 'text', col: 2 },
      { header: '表头名称', note: '多个用、分隔', field: 'headers', kind: 'list', col: 3 },
      { header: '每次分值', field: 'points', kind: 'number', col: 4 },
      { header: '起算次数', field: 'from', kind: 'number', col: 5 },
      { header: '单项上限', field: 'max', kind: 'number', col: 6 },
      { header: '单项下限', field: 'min', kind: 'number', col: 7 },
      { header: '所属类别', field: 'category', kind: 'text', col: 8 },
    ],
  },
  {
    id: 'requirements',
    title: '基本要求',
    form: 'table',
    list: 'requirements',
    anchor: '条件',
    explanation:
      '说明：条件用项目名称或代码、数字、+ - * /、> >= < <= == !=、且 或 非 和括号书写，如「出席全体会议 >= 1 且 视察调研 >= 1」；「常委」表示是否常委（是为 1）。未达到要求的委员，等次不高于所填等次。',
    columns: [
      { header: '名称', field: 'label', kind: 'text', col: 1 },
      { header: '条件', field: 'when', kind: 'text', col: 2, span: 6 },
      { header: '未达到时最高等次', field: 'ceiling', kind: 'text', col: 8 },
    ],
  },
  {
    id: 'vetoes',
    title: '否决情形',
    form: 'table',
    list: 'vetoes',
    anchor: '条件',
    explanation: '说明：符合条件的委员直接定为所填等次（如不合格），条件写法同上。',
    columns: [
      { header: '名称', field: 'label', kind: 'text', col: 1 },
      { header: '条件', field: 'when', kind: 'text', col: 2, span: 6 },
      { header: '等次', field: 'grade', kind: 'text', col: 8 },
    ],
  },
  {
    id: 'grades',
    title: '等次',
    form: 'table',
    list: 'grades',
    anchor: '等次名称',
    explanation: '说明：从高到低排列，得分不低于最低分即为该等次；最后一个等次不填最低分；颜色为通报中该等次的底色，如 #C6EFCE。',
    columns: [
      { header: '等次名称', field: 'name', kind: 'text', col: 1 },
      { header: '最低分', field: 'min', kind: 'number', col: 2 },
      { header: '颜色', field: 'color', kind: 'text', col: 3 },
    ],
  },
  {
    id: 'shortlist',
    title: '优秀委员建议名单',
    form: 'values',
    explanation: '说明：不评选优秀委员时，清空本节“内容”一列即可。',
    rows: [
      { label: '名单名称', path: 'shortlist.label', kind: 'text', hint: '名单标题' },
      { label: '最低等次', path: 'shortlist.minGrade', kind: 'text', hint: '该等次及以上方可入选' },
      { label: '比例', path: 'shortlist.quota', kind: 'percent', hint: '如 10%，按人数计算名额' },
      { label: '取整方式', path: 'shortlist.rounding', kind: { words: ROUNDING_WORDS }, hint: '向下取整、四舍五入或向上取整' },
      { label: '评选范围', path: 'shortlist.scope', kind: { words: SCOPE_WORDS }, hint: '全体委员、按专委会、按联络组或按界别' },
      { label: '不参加评选的政协职务', path: 'shortlist.excludeRoles', kind: 'words', hint: '多个用、分隔' },
      { label: '附加条件', path: 'shortlist.when', kind: 'text', hint: '写法同基本要求；不填表示无' },
    ],
  },
  {
    id: 'notice',
    title: '通报设置',
    form: 'values',
    explanation: '说明：不填的文字使用内置措辞，落款日期不填则用运行当日；文字中可用 {年度} {办法} {单位} {姓名} {等次} 等占位符。',
    rows: [
      { label: '发文机关', path: 'notice.office', kind: 'text', hint: '如 政协X区委员会办公室' },
      { label: '文号', path: 'notice.docNumber', kind: 'text', hint: '不填则不印文号' },
      { label: '落款日期', path: 'notice.date', kind: 'date', hint: '如 2025年12月26日' },
      { label: '通报标题', path: 'notice.circularTitle', kind: 'text', hint: HINT_TEXT },
      { label: '通报开头', path: 'notice.circularOpening', kind: 'text', hint: HINT_TEXT },
      { label: '通报结尾', path: 'notice.circularClosing', kind: 'text', hint: HINT_TEXT },
      { label: '通报分组', path: 'notice.circularGroupBy', kind: { words: GROUP_BY_WORDS }, hint: '按等次或按专委会' },
      { label: '待核实委员', path: 'notice.pending', kind: { words: PENDING_WORDS }, hint: '在通报中单独列出或不列出' },
      { label: '单位告知标题', path: 'notice.unitTitle', kind: 'text', hint: HINT_TEXT },
      { label: '单位告知开头', path: 'notice.unitOpening', kind: 'text', hint: HINT_TEXT },
      { label: '单位告知结尾', path: 'notice.unitClosing', kind: 'text', hint: HINT_TEXT },
      { label: '告知单标题', path: 'notice.slipTitle', kind: 'text', hint: HINT_TEXT },
      { label: '告知单开头', path: 'notice.slipOpening', kind: 'text', hint: HINT_TEXT },
    ],
  },
];

/** Sections the sheet must have; the others may be left out. */
export const REQUIRED_SECTIONS: readonly SectionId[] = ['basics', 'items', 'grades'];

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function sectionHeading(index: number, section: Section): string {
  return `${NUMERALS[index]}、${section.title}`;
}

/** Header text as written in the sheet, e.g. 表头名称（多个用、分隔）. */
export function columnHeader(c: TableColumn): string {
  return c.note === undefined ? c.header : `${c.header}（${c.note}）`;
}

/** Text compared when matching headings, headers and labels: no white space, no bracketed note, no trailing colon. */
export function labelForm(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/[:：]$/, '');
}
