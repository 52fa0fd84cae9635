/**
 * The one-member fill-in form (CONTRACT.md §8, `duty-stats template`): identity block, one line
 * per counted item of the method with its unit and explanation, whole numbers ≥ 0 enforced by
 * data validation on the value cells, every other cell locked (sheet protection without a
 * password), a promise, signature and date. With a roster member, the identity is pre-filled.
 */
import { cellAddress, rangeAddress } from '../a1';
import type { PlanValue, SheetPlan, StyleRun } from '../plan';
import type { Method } from '../types';
import { formItems } from './form-items';
import { FORM_COLUMNS, FORM_DATE, FORM_IDENTITY, FORM_ITEM_HEADER, FORM_SIGNATURE } from './form-layout';

export const FORM_SHEET = '履职情况填报表';

/** Identity of one member, by key (name, member_id, unit, title, sector, committee, liaison_group, role). */
export type FormIdentity = Readonly<Partial<Record<string, string>>>;

const FONT = '仿宋';
const BODY = { name: FONT, size: 12 } as const;

export function formTitle(method: Method): string {
  return method.year !== null ? `${method.year}年度政协委员履职情况填报表` : '政协委员履职情况填报表';
}

/** The form as a sheet plan (no bookkeeping: the form is the member's to fill in, not a generated sheet). */
export function formTemplatePlan(method: Method, member: FormIdentity | null): SheetPlan {
  const items = formItems(method);
  const values: PlanValue[][] = [];
  const styles: StyleRun[] = [];
  const merges: string[] = [];
  const heights: { row: number; height: number }[] = [];
  const unlocked: string[] = [];

  values.push([formTitle(method)]);
  merges.push('A1:E1');
  heights.push({ row: 1, height: 36 });
  styles.push({ range: 'A1', style: { font: { name: '方正小标宋简体', size: 18, bold: true }, horizontal: 'center', vertical: 'middle' } });
  values.push(['请据实填写本人本年度的履职情况：只在白色格子里填写，次数填 0 或正整数（没有的填 0 或留空）。填好后签名并交回区政协办公室。']);
  merges.push('A2:E2');
  heights.push({ row: 2, height: 34 });
  styles.push({ range: 'A2', style: { font: { name: FONT, size: 10.5 }, wrap: true, vertical: 'middle' } });

  const identityTop = values.length + 1;
  for (const [key, label] of FORM_IDENTITY) {
    const r = values.length + 1;
    values.push([label, null, member?.[key] ?? null]);
    merges.push(`A${r}:B${r}`, `C${r}:E${r}`);
    heights.push({ row: r, height: 22 });
  }
  const identityBottom = values.length;
  styles.push({ range: `A${identityTop}:B${identityBottom}`, style: { font: { ...BODY, bold: true }, fill: '#F2F2F2', horizontal: 'center', vertical: 'middle' } });
  styles.push({ range: `C${identityTop}:E${identityBottom}`, style: { font: BODY, vertical: 'middle', numberFormat: '@' } });
  styles.push({ range: `A${identityTop}:E${identityBottom}`, style: { border: 'thin' } });
  unlocked.push(`C${identityTop}:E${identityBottom}`);

  values.push([]);
  const headerRow = values.length + 1;
  values.push([...FORM_ITEM_HEADER]);
  styles.push({ range: `A${headerRow}:E${headerRow}`, style: { font: { ...BODY, bold: true }, fill: '#F2F2F2', horizontal: 'center', vertical: 'middle', border: 'thin' } });
  heights.push({ row: headerRow, height: 22 });
  items.forEach((item, i) => {
    values.push([i + 1, item.label, null, item.unit, item.explanation]);
    heights.push({ row: headerRow + 1 + i, height: 22 });
  });
  const firstItem = headerRow + 1;
  const lastItem = headerRow + items.length;
  if (items.length > 0) {
    const all = `A${firstItem}:E${lastItem}`;
    styles.push({ range: all, style: { font: BODY, vertical: 'middle', border: 'thin', wrap: true } });
    styles.push({ range: `A${firstItem}:A${lastItem}`, style: { horizontal: 'center' } });
    styles.push({ range: `D${firstItem}:D${lastItem}`, style: { horizontal: 'center' } });
    styles.push({ range: `E${firstItem}:E${lastItem}`, style: { font: { name: FONT, size: 10 } } });
    const valueRange = rangeAddress(firstItem, FORM_COLUMNS.value, lastItem, FORM_COLUMNS.value);
    styles.push({ range: valueRange, style: { horizontal: 'center', numberFormat: '0', font: { ...BODY, bold: true } } });
    unlocked.push(valueRange);
  }

  values.push([]);
  const promise = values.length + 1;
  values.push(['本人承诺：以上填报情况真实、准确。']);
  merges.push(`A${promise}:E${promise}`);
  const sign = promise + 1;
  values.push([FORM_SIGNATURE, null, null, FORM_DATE]);
  merges.push(`A${sign}:C${sign}`, `D${sign}:E${sign}`);
  styles.push({ range: `A${promise}:E${sign}`, style: { font: BODY, vertical: 'bottom' } });
  heights.push({ row: promise, height: 26 }, { row: sign, height: 40 });

  return {
    name: FORM_SHEET,
    values,
    styles,
    merges,
    columnWidths: [6, 20, 10, 6, 42],
    rowHeights: heights,
    hyperlinks: [],
    pageBreaks: [],
    pageSetup: {
      paperSize: 'A4',
      orientation: 'portrait',
      margins: { top: 20, bottom: 20, left: 20, right: 20, header: 8, footer: 8 },
      fitToWidth: true,
      horizontalCentered: true,
      printArea: `A1:${cellAddress(sign, 5)}`,
    },
    validations:
      items.length === 0
        ? []
        : [{ range: rangeAddress(firstItem, FORM_COLUMNS.value, lastItem, FORM_COLUMNS.value), min: 0, title: '请填写次数', message: '这里只能填写 0 或正整数（次数、件数、篇数）。' }],
    protection: { unlocked },
  };
}
