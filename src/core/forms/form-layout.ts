/**
 * The layout of the product's fill-in form, shared by the template (template.ts) and the reader
 * (read-form.ts), so what one writes the other reads back exactly.
 *
 *   1  title (A:E merged)
 *   2  how to fill it in (A:E merged)
 *   3… identity block: label in A:B (merged), value in C:E (merged)
 *   …  item header row: 序号 | 履职项目 | 填报数 | 单位 | 说明
 *   …  one row per item: n | label | value | unit | explanation
 *   …  promise, signature and date
 */
export const FORM_ITEM_HEADER = ['序号', '履职项目', '填报数', '单位', '说明'] as const;
/** Columns of the item rows (1-based). */
export const FORM_COLUMNS = { number: 1, label: 2, value: 3, unit: 4, explanation: 5 } as const;

/** Identity fields of the form, in order: key and the label written (a header of the member-table vocabulary). */
export const FORM_IDENTITY: readonly (readonly [string, string])[] = [
  ['name', '姓名'],
  ['member_id', '委员编号'],
  ['unit', '工作单位'],
  ['title', '职务'],
  ['sector', '界别'],
  ['committee', '专委会'],
  ['liaison_group', '联络组'],
  ['role', '政协职务'],
];

export const FORM_SIGNATURE = '委员签名：';
export const FORM_DATE = '填报日期：        年    月    日';
