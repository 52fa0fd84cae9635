/**
 * The layout of the 评价办法 sheet, shared by the writer and the reader: eight sections, each a
 * heading (「三、计分项目」) over a small table. Tables of many rows have a header row; sections
 * of single settings are label/value rows. The rows and columns come from the field table
 * (method-fields.ts), so every field is tied to its JSON path and problems found by
 * parseMethodObject can be pointed at a cell.
 */
import { METHOD_FIELDS, type FieldKind, type SectionId } from './method-fields';

export type { FieldKind, SectionId } from './method-fields';

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

/** Columns A to K: the items table is the widest. */
export const SHEET_COLUMNS = 11;
/** Column widths in characters, A to K. */
export const COLUMN_WIDTHS: readonly number[] = [22, 18, 16, 9, 9, 9, 9, 18, 22, 16, 28];
/** In label/value sections: label in A, value in B:G, hint in H. */
export const VALUE_COL = 2;
export const VALUE_SPAN = 6;
export const HINT_COL = 8;
export const VALUES_HEADER: readonly string[] = ['参数', '内容', '说明'];

export const SHEET_TITLE = '评价办法';
export const SHEET_EXPLANATION = '本表为评价办法，可直接修改；修改后重新运行即按新办法评分。';
export const SHEET_GUIDE = '说明：各节标题（如「三、计分项目」）和表头请勿改动，各节顺序不限；表格中可增删行；空白格表示不限或使用默认值。';

/** A section's rows (label/value form) from the field table, in its order. */
function valueRows(section: SectionId): ValueRow[] {
  const out: ValueRow[] = [];
  for (const f of METHOD_FIELDS) {
    if (f.sheet?.section !== section || !('hint' in f.sheet) || f.kind === undefined) continue;
    out.push({ label: f.name, path: f.path, kind: f.kind, hint: f.sheet.hint });
  }
  return out;
}

/** A table section's columns from the field table (fields of `list[]`), in its order. */
function tableColumns(section: SectionId, list: string): TableColumn[] {
  const out: TableColumn[] = [];
  for (const f of METHOD_FIELDS) {
    const place = f.sheet;
    if (place?.section !== section || !('col' in place) || f.kind === undefined) continue;
    const field = f.path.slice(`${list}[].`.length);
    out.push({ header: place.header ?? f.name, note: place.note, field, kind: f.kind, col: place.col, span: place.span });
  }
  return out;
}

export const SECTIONS: readonly Section[] = [
  { id: 'basics', title: '基本参数', form: 'values', rows: valueRows('basics') },
  {
    id: 'categories',
    title: '计分类别',
    form: 'table',
    list: 'categories',
    anchor: '类别代码',
    explanation: '说明：同一类别的项目合计后按类别上限、下限封顶（如“会议活动最多计 20 分”）；上限、下限不填表示不限。',
    columns: tableColumns('categories', 'categories'),
  },
  {
    id: 'items',
    title: '计分项目',
    form: 'table',
    list: 'items',
    anchor: '项目代码',
    explanation:
      '说明：项目代码为内置代码（如 plenary_attended），或自定义代码（字母、数字、下划线或汉字，如 poverty_help，须同时填写项目名称或表头名称）。' +
      '项目得分 =（次数 − 起算次数 + 1）× 每次分值，扣分填负数；单项上限、下限不填表示不限；所属类别填类别名称或代码，不填则直接计入总分。' +
      '分段计分代替每次分值，如「第1次15分；以后每次5分」；计数项目填另一项目的代码，表示按该项目的次数计分；适用条件写法同基本要求，如「常委 == 1」，不满足的委员该项计 0 分。' +
      '表头名称中含「、」「，」「；」的，用引号括起，如 “视察、调研”。',
    columns: tableColumns('items', 'items'),
  },
  {
    id: 'requirements',
    title: '基本要求',
    form: 'table',
    list: 'requirements',
    anchor: '条件',
    explanation:
      '说明：条件用项目名称或代码、数字、+ - * /、> >= < <= == !=、且 或 非 和括号书写，如「出席全体会议 >= 1 且 视察调研 >= 1」；「常委」表示是否常委（是为 1）；' +
      '政协职务、界别、专委会、联络组、工作单位与带引号的文字比较，如「政协职务 == “驻会常委”」。未达到要求的委员，等次不高于所填等次。',
    columns: tableColumns('requirements', 'requirements'),
  },
  {
    id: 'vetoes',
    title: '否决情形',
    form: 'table',
    list: 'vetoes',
    anchor: '条件',
    explanation: '说明：符合条件的委员直接定为所填等次（如不合格），条件写法同上。',
    columns: tableColumns('vetoes', 'vetoes'),
  },
  {
    id: 'grades',
    title: '等次',
    form: 'table',
    list: 'grades',
    anchor: '等次名称',
    explanation: '说明：从高到低排列，得分不低于最低分即为该等次；最后一个等次不填最低分；颜色为通报中该等次的底色，如 #C6EFCE。',
    columns: tableColumns('grades', 'grades'),
  },
  {
    id: 'shortlist',
    title: '优秀委员建议名单',
    form: 'values',
    explanation: '说明：不评选优秀委员时，清空本节“内容”一列即可。',
    rows: valueRows('shortlist'),
  },
  {
    id: 'notice',
    title: '通报设置',
    form: 'values',
    explanation: '说明：不填的文字使用内置措辞，落款日期不填则用运行当日；文字中可用 {年度} {办法} {单位} {姓名} {等次} 等占位符。',
    rows: valueRows('notice'),
  },
  {
    id: 'term',
    title: '届内档案',
    form: 'values',
    explanation: '说明：「履职档案」保存各年度结果；本届起始年度之前的年度仍保存，但不计入 term.* 的累计。',
    rows: valueRows('term'),
  },
  {
    id: 'termFlags',
    title: '届内标记',
    form: 'table',
    list: 'term.flags',
    anchor: '标记名称',
    explanation:
      '说明：每个标记在「届内履职汇总」和「换届建议参考名单」中占一列，符合条件的委员标“是”。条件中可用 prev.grade（上一年度等次）、prev.score、prev2.grade、prev2.score、' +
      'grade（本年度最终等次）、score、term.years、term.min_score、term.count_grade(“不合格”)、term.sum(领衔提案)，如「prev.grade == “不合格” 且 grade == “不合格”」。',
    columns: tableColumns('termFlags', 'term.flags'),
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
