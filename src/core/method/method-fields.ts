/**
 * The method's fields: every JSON path a method may hold, its Chinese name (as the 评价办法 sheet
 * shows it) and its place in the sheet, in one declarative table; and the words the sheet uses
 * for the method's choices. Error details name fields by these names, so one detail reads well
 * both beside a JSON path and beside a cell of the sheet.
 */
import type { CountsFrom, MethodShortlist, NoticeSettings, ShortlistScope, TermOrder } from '../types';

/** The sections of the 评价办法 sheet (method-sheet-layout.ts gives their titles and forms). */
export type SectionId = 'basics' | 'categories' | 'items' | 'requirements' | 'vetoes' | 'grades' | 'shortlist' | 'notice' | 'term' | 'termFlags';

/**
 * How a cell of the 评价办法 sheet becomes a JSON value. `list` splits at 、，； (header names may
 * hold spaces; a name holding a separator is written in quotes “…”); `words` also splits at
 * spaces; `tiers` is the text form of an item's bands (「第1次15分；以后每次5分」); `share` is a
 * number or 均摊 (proposalCredit.joint: "split").
 */
export type FieldKind = 'text' | 'number' | 'percent' | 'list' | 'words' | 'date' | 'tiers' | 'share' | { readonly words: Readonly<Record<string, string>> };

/** Where the 评价办法 sheet shows a field: a label/value row (label = the field's name) or a column of a table. */
export type SheetPlace =
  | { readonly section: SectionId; readonly hint: string }
  | {
      readonly section: SectionId;
      /** 1-based column of the table, and how many columns it spans. */
      readonly col: number;
      readonly span?: number;
      /** The column header when it differs from the field's name. */
      readonly header?: string;
      /** Shown after the header in brackets, e.g. 表头名称（多个用、分隔）. */
      readonly note?: string;
    };

export interface FieldDef {
  /** JSON path with indices written as `[]`, e.g. `items[].when`. */
  readonly path: string;
  /** The Chinese name (as the sheet and error details show it). */
  readonly name: string;
  /** How the sheet's cell is read; only for fields the sheet shows. */
  readonly kind?: FieldKind;
  readonly sheet?: SheetPlace;
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
export const COUNTS_FROM_WORDS: Readonly<Record<CountsFrom, string>> = { table: '委员填报', records: '办公室记录', larger: '取较大者' };
/** The word the 评价办法 sheet shows for proposalCredit.joint "split". */
export const SPLIT_WORD = '均摊';
export const TERM_ORDER_WORDS: Readonly<Record<TermOrder, string>> = { average: '按届内平均分', sum: '按届内总分', latest: '按本年度得分', table: '按名单顺序' };
export const PENDING_WORDS: Readonly<Record<NoticeSettings['pending'], string>> = { list: '单独列出', omit: '不列出' };

const HINT_TEXT = '不填则用内置措辞';

/**
 * Every field a method may have: the one declarative table. The JSON reader refuses any other
 * field (「未知字段 items[3].whne，是否为 when？」), error details name fields by these names, and
 * the 评价办法 sheet is laid out from the `sheet` places (in this order within a section).
 *
 * Adding a field (e.g. `countsFrom`, `proposalCredit`, `term.flags[]`, a notice setting such as
 * 主送) is one entry here — its path, Chinese name and, if clerks edit it, its kind and sheet
 * place — plus reading its value where it gains its meaning (parse-method.ts) and writing it back
 * (method-to-json.ts). The strict check, the sheet's writer and reader, and the messages follow.
 */
export const METHOD_FIELDS: readonly FieldDef[] = [
  { path: '', name: '评价办法' },
  { path: 'title', name: '评价办法名称', kind: 'text', sheet: { section: 'basics', hint: '通报中引用的办法全称' } },
  { path: 'year', name: '年度', kind: 'number', sheet: { section: 'basics', hint: '不填则按运行日期所在年度' } },
  { path: 'held', name: '会议召开次数' },
  { path: 'held.plenary', name: '全体会议召开次数', kind: 'number', sheet: { section: 'basics', hint: '不填则不核对出勤次数' } },
  { path: 'held.standing', name: '常委会议召开次数', kind: 'number', sheet: { section: 'basics', hint: '仅核对常委；不填则不核对' } },
  { path: 'base', name: '基础分', kind: 'number', sheet: { section: 'basics', hint: '每位委员的起始分' } },
  { path: 'total', name: '总分范围' },
  { path: 'total.min', name: '总分下限', kind: 'number', sheet: { section: 'basics', hint: '不填表示不限' } },
  { path: 'total.max', name: '总分上限', kind: 'number', sheet: { section: 'basics', hint: '不填表示不限' } },
  // issue 12: the office's own records (活动记录, 提案登记) and proposal credit (CONTRACT.md §8)
  { path: 'countsFrom', name: '计分依据', kind: { words: COUNTS_FROM_WORDS }, sheet: { section: 'basics', hint: '有活动记录、提案登记时：委员填报、办公室记录或取较大者；不填为委员填报' } },
  { path: 'proposalCredit', name: '提案分享' },
  { path: 'proposalCredit.lead', name: '第一提案人份额', kind: 'number', sheet: { section: 'basics', hint: '按提案登记计提案积分时第一提案人所得，0 至 1，如 0.5；不填为 1' } },
  { path: 'proposalCredit.joint', name: '联名提案人份额', kind: 'share', sheet: { section: 'basics', hint: '均摊（其余份额由联名提案人平分）或每人固定份额，如 0.1；不填为均摊' } },
  { path: 'categories', name: '计分类别' },
  { path: 'categories[]', name: '计分类别' },
  { path: 'categories[].key', name: '类别代码', kind: 'text', sheet: { section: 'categories', col: 1 } },
  { path: 'categories[].label', name: '类别名称', kind: 'text', sheet: { section: 'categories', col: 2 } },
  { path: 'categories[].max', name: '类别上限', kind: 'number', sheet: { section: 'categories', col: 3, header: '上限' } },
  { path: 'categories[].min', name: '类别下限', kind: 'number', sheet: { section: 'categories', col: 4, header: '下限' } },
  { path: 'items', name: '计分项目' },
  { path: 'items[]', name: '计分项目' },
  { path: 'items[].key', name: '项目代码', kind: 'text', sheet: { section: 'items', col: 1 } },
  { path: 'items[].label', name: '项目名称', kind: 'text', sheet: { section: 'items', col: 2 } },
  { path: 'items[].headers', name: '表头名称', kind: 'list', sheet: { section: 'items', col: 3, note: '多个用、分隔' } },
  { path: 'items[].headers[]', name: '表头名称' },
  { path: 'items[].points', name: '每次分值', kind: 'number', sheet: { section: 'items', col: 4 } },
  { path: 'items[].from', name: '起算次数', kind: 'number', sheet: { section: 'items', col: 5 } },
  { path: 'items[].max', name: '单项上限', kind: 'number', sheet: { section: 'items', col: 6 } },
  { path: 'items[].min', name: '单项下限', kind: 'number', sheet: { section: 'items', col: 7 } },
  { path: 'items[].category', name: '所属类别', kind: 'text', sheet: { section: 'items', col: 8 } },
  { path: 'items[].tiers', name: '分段计分', kind: 'tiers', sheet: { section: 'items', col: 9 } },
  { path: 'items[].tiers[]', name: '分段' },
  { path: 'items[].tiers[].upTo', name: '分段截止次数' },
  { path: 'items[].tiers[].points', name: '分段每次分值' },
  { path: 'items[].count', name: '计数项目', kind: 'text', sheet: { section: 'items', col: 10 } },
  { path: 'items[].when', name: '适用条件', kind: 'text', sheet: { section: 'items', col: 11 } },
  { path: 'requirements', name: '基本要求' },
  { path: 'requirements[]', name: '基本要求' },
  { path: 'requirements[].label', name: '基本要求名称', kind: 'text', sheet: { section: 'requirements', col: 1, header: '名称' } },
  { path: 'requirements[].when', name: '条件', kind: 'text', sheet: { section: 'requirements', col: 2, span: 6 } },
  { path: 'requirements[].ceiling', name: '未达到时最高等次', kind: 'text', sheet: { section: 'requirements', col: 8 } },
  { path: 'vetoes', name: '否决情形' },
  { path: 'vetoes[]', name: '否决情形' },
  { path: 'vetoes[].label', name: '否决情形名称', kind: 'text', sheet: { section: 'vetoes', col: 1, header: '名称' } },
  { path: 'vetoes[].when', name: '条件', kind: 'text', sheet: { section: 'vetoes', col: 2, span: 6 } },
  { path: 'vetoes[].grade', name: '等次', kind: 'text', sheet: { section: 'vetoes', col: 8 } },
  { path: 'grades', name: '等次' },
  { path: 'grades[]', name: '等次' },
  { path: 'grades[].name', name: '等次名称', kind: 'text', sheet: { section: 'grades', col: 1 } },
  { path: 'grades[].min', name: '最低分', kind: 'number', sheet: { section: 'grades', col: 2 } },
  { path: 'grades[].color', name: '颜色', kind: 'text', sheet: { section: 'grades', col: 3 } },
  { path: 'shortlist', name: '优秀委员建议名单' },
  { path: 'shortlist.label', name: '名单名称', kind: 'text', sheet: { section: 'shortlist', hint: '名单标题' } },
  { path: 'shortlist.minGrade', name: '最低等次', kind: 'text', sheet: { section: 'shortlist', hint: '该等次及以上方可入选' } },
  { path: 'shortlist.quota', name: '比例', kind: 'percent', sheet: { section: 'shortlist', hint: '如 10%，按人数计算名额' } },
  { path: 'shortlist.rounding', name: '取整方式', kind: { words: ROUNDING_WORDS }, sheet: { section: 'shortlist', hint: '向下取整、四舍五入或向上取整' } },
  { path: 'shortlist.scope', name: '评选范围', kind: { words: SCOPE_WORDS }, sheet: { section: 'shortlist', hint: '全体委员、按专委会、按联络组或按界别' } },
  { path: 'shortlist.excludeRoles', name: '不参加评选的政协职务', kind: 'words', sheet: { section: 'shortlist', hint: '多个用、分隔' } },
  { path: 'shortlist.excludeRoles[]', name: '不参加评选的政协职务' },
  { path: 'shortlist.when', name: '附加条件', kind: 'text', sheet: { section: 'shortlist', hint: '写法同基本要求；不填表示无' } },
  { path: 'notice', name: '通报设置' },
  { path: 'notice.office', name: '发文机关', kind: 'text', sheet: { section: 'notice', hint: '如 政协X区委员会办公室' } },
  { path: 'notice.docNumber', name: '文号', kind: 'text', sheet: { section: 'notice', hint: '不填则不印文号' } },
  { path: 'notice.date', name: '落款日期', kind: 'date', sheet: { section: 'notice', hint: '如 2025年12月26日' } },
  { path: 'notice.circularTitle', name: '通报标题', kind: 'text', sheet: { section: 'notice', hint: HINT_TEXT } },
  { path: 'notice.recipients', name: '主送', kind: 'text', sheet: { section: 'notice', hint: '通报标题下顶格的主送对象，如 各位委员：（单位告知的称呼为单位名称）' } },
  { path: 'notice.circularOpening', name: '通报开头', kind: 'text', sheet: { section: 'notice', hint: HINT_TEXT } },
  { path: 'notice.circularClosing', name: '通报结尾', kind: 'text', sheet: { section: 'notice', hint: HINT_TEXT } },
  { path: 'notice.circularGroupBy', name: '通报分组', kind: { words: GROUP_BY_WORDS }, sheet: { section: 'notice', hint: '按等次或按专委会' } },
  { path: 'notice.pending', name: '待核实委员', kind: { words: PENDING_WORDS }, sheet: { section: 'notice', hint: '在通报中单独列出或不列出' } },
  { path: 'notice.unitTitle', name: '单位告知标题', kind: 'text', sheet: { section: 'notice', hint: HINT_TEXT } },
  { path: 'notice.unitOpening', name: '单位告知开头', kind: 'text', sheet: { section: 'notice', hint: HINT_TEXT } },
  { path: 'notice.unitClosing', name: '单位告知结尾', kind: 'text', sheet: { section: 'notice', hint: HINT_TEXT } },
  { path: 'notice.slipTitle', name: '告知单标题', kind: 'text', sheet: { section: 'notice', hint: HINT_TEXT } },
  { path: 'notice.slipOpening', name: '告知单开头', kind: 'text', sheet: { section: 'notice', hint: HINT_TEXT } },
  // issue 13: the term archive (CONTRACT.md §9)
  { path: 'term', name: '届内档案' },
  { path: 'term.since', name: '本届起始年度', kind: 'number', sheet: { section: 'term', hint: '本届第一年，如 2022；不填则档案中各年度都计入本届' } },
  { path: 'term.order', name: '换届名单排序', kind: { words: TERM_ORDER_WORDS }, sheet: { section: 'term', hint: '按届内平均分、按届内总分、按本年度得分或按名单顺序' } },
  { path: 'term.flags', name: '届内标记' },
  { path: 'term.flags[]', name: '届内标记' },
  { path: 'term.flags[].label', name: '标记名称', kind: 'text', sheet: { section: 'termFlags', col: 1 } },
  { path: 'term.flags[].when', name: '标记条件', kind: 'text', sheet: { section: 'termFlags', col: 2, span: 6 } },
];

/** Chinese names by JSON path pattern (indices written as `[]`). */
export const FIELD_NAMES: ReadonlyMap<string, string> = new Map(METHOD_FIELDS.map((f) => [f.path, f.name]));

/** A JSON path with its indices written as `[]` (`items[2].points` → `items[].points`). */
export function pathPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The Chinese name of the field at a JSON path, e.g. `items[2].points` → 每次分值. */
export function fieldName(path: string): string {
  return FIELD_NAMES.get(pathPattern(path)) ?? path;
}

/** The field names an object at this path may hold (`items[3]` → key, label, headers, …), in table order. */
export function knownFields(path: string): readonly string[] {
  const prefix = pathPattern(path) === '' ? '' : `${pathPattern(path)}.`;
  const out: string[] = [];
  for (const f of METHOD_FIELDS) {
    if (!f.path.startsWith(prefix) || f.path === prefix) continue;
    const rest = f.path.slice(prefix.length);
    if (rest !== '' && !/[.[]/.test(rest)) out.push(rest);
  }
  return out;
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

/** The notice fields that hold text, in the order the sheet lists them. */
export const NOTICE_TEXT_FIELDS = [
  'office',
  'docNumber',
  'date',
  'circularTitle',
  'recipients',
  'circularOpening',
  'circularClosing',
  'unitTitle',
  'unitOpening',
  'unitClosing',
  'slipTitle',
  'slipOpening',
] as const satisfies readonly (keyof NoticeSettings)[];
