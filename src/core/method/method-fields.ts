/**
 * The Chinese names of the method's fields (as the 评价办法 sheet shows them), and the words the
 * sheet uses for the method's choices. Error details name fields by these names, so one detail
 * reads well both beside a JSON path and beside a cell of the sheet.
 */
import type { MethodShortlist, NoticeSettings, ShortlistScope } from '../types';

/** By JSON path with indices written as `[]`. */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  '': '评价办法',
  title: '评价办法名称',
  year: '年度',
  held: '会议召开次数',
  'held.plenary': '全体会议召开次数',
  'held.standing': '常委会议召开次数',
  base: '基础分',
  total: '总分范围',
  'total.min': '总分下限',
  'total.max': '总分上限',
  categories: '计分类别',
  'categories[]': '计分类别',
  'categories[].key': '类别代码',
  'categories[].label': '类别名称',
  'categories[].max': '类别上限',
  'categories[].min': '类别下限',
  items: '计分项目',
  'items[]': '计分项目',
  'items[].key': '项目代码',
  'items[].label': '项目名称',
  'items[].headers': '表头名称',
  'items[].headers[]': '表头名称',
  'items[].points': '每次分值',
  'items[].from': '起算次数',
  'items[].max': '单项上限',
  'items[].min': '单项下限',
  'items[].category': '所属类别',
  requirements: '基本要求',
  'requirements[]': '基本要求',
  'requirements[].label': '基本要求名称',
  'requirements[].when': '条件',
  'requirements[].ceiling': '未达到时最高等次',
  vetoes: '否决情形',
  'vetoes[]': '否决情形',
  'vetoes[].label': '否决情形名称',
  'vetoes[].when': '条件',
  'vetoes[].grade': '等次',
  grades: '等次',
  'grades[]': '等次',
  'grades[].name': '等次名称',
  'grades[].min': '最低分',
  'grades[].color': '颜色',
  shortlist: '优秀委员建议名单',
  'shortlist.label': '名单名称',
  'shortlist.minGrade': '最低等次',
  'shortlist.quota': '比例',
  'shortlist.rounding': '取整方式',
  'shortlist.scope': '评选范围',
  'shortlist.excludeRoles': '不参加评选的政协职务',
  'shortlist.excludeRoles[]': '不参加评选的政协职务',
  'shortlist.when': '附加条件',
  notice: '通报设置',
  'notice.office': '发文机关',
  'notice.docNumber': '文号',
  'notice.date': '落款日期',
  'notice.circularTitle': '通报标题',
  'notice.circularOpening': '通报开头',
  'notice.circularClosing': '通报结尾',
  'notice.circularGroupBy': '通报分组',
  'notice.pending': '待核实委员',
  'notice.unitTitle': '单位告知标题',
  'notice.unitOpening': '单位告知开头',
  'notice.unitClosing': '单位告知结尾',
  'notice.slipTitle': '告知单标题',
  'notice.slipOpening': '告知单开头',
};

/** The Chinese name of the field at a JSON path, e.g. `items[2].points` → 每次分值. */
export function fieldName(path: string): string {
  const pattern = path.replace(/\[\d+\]/g, '[]');
  return FIELD_NAMES[pattern] ?? path;
}

/** A value as a clerk would describe it, for 「现为…」 in error details. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return '空';
  if (typeof v === 'string') return v.trim() === '' ? '空白文字' : `文字「${v.length > 24 ? `${v.slice(0, 24)}…` : v}」`;
  if (typeof v === 'number') return `数字 ${v}`;
  if (typeof v === 'boolean') return `逻辑值 ${v ? 'true' : 'false'}`;
  if (Array.isArray(v)) return '列表';
  return '对象';
}

/** The CPPCC roles a member can hold (src/core/types.ts Identity.role). */
export const ROLES: readonly string[] = ['主席', '副主席', '秘书长', '常委', '驻会常委', '委员'];

export const ROUNDING_WORDS: Readonly<Record<MethodShortlist['rounding'], string>> = {
  floor: '向下取整',
  round: '四舍五入',
  ceil: '向上取整',
};
export const SCOPE_WORDS: Readonly<Record<ShortlistScope, string>> = {
  all: '全体委员',
  committee: '按专委会',
  liaison_group: '按联络组',
  sector: '按界别',
};
export const GROUP_BY_WORDS: Readonly<Record<NoticeSettings['circularGroupBy'], string>> = { grade: '按等次', committee: '按专委会' };
export const PENDING_WORDS: Readonly<Record<NoticeSettings['pending'], string>> = { list: '单独列出', omit: '不列出' };

/** The notice fields that hold text, in the order the sheet lists them. */
export const NOTICE_TEXT_FIELDS = [
  'office',
  'docNumber',
  'date',
  'circularTitle',
  'circularOpening',
  'circularClosing',
  'unitTitle',
  'unitOpening',
  'unitClosing',
  'slipTitle',
  'slipOpening',
] as const satisfies readonly (keyof NoticeSettings)[];
