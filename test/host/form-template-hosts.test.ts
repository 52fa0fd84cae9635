/**
 * The fill-in form's data validation and sheet protection (issue 12) in all three hosts: the plan
 * compiler's operations, the xlsx file (read back by exceljs), the strict Excel fake (Range.
 * dataValidation, FormatProtection.locked, WorksheetProtection.protect) and the WPS fake
 * (Range.Validation.Add, Range.Locked, Worksheet.Protect). Without the new operations no host
 * would set a rule or protect the sheet, and these tests fail.
 */
import { exampleMethod, formItems, formTemplatePlan, FORM_SHEET } from '../../src/core';
import { EMPTY_BOOKKEEPING, type WritePlan } from '../../src/host/port';
import { ExcelHost } from '../../src/host/excel/excel-host';
import { compilePlan } from '../../src/host/shared';
import { applyPlan } from '../../src/host/xlsx/apply-plan';
import { newWorkbook } from '../../src/host/xlsx/exceljs-fixes';
import { loadWorkbook, workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { memberWorkbook as excelWorkbook } from '../support/excel-plans';
import { hostOf, memberWorkbook as wpsWorkbook } from '../support/wps-fixtures';

const method = exampleMethod();
const items = formItems(method).length;
const sheet = formTemplatePlan(method, { name: '张三', unit: '区人民医院' });
const plan: WritePlan = { sheets: [sheet], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING };
// Layout (form-layout.ts): title, note, 8 identity rows (3–10), a blank row, the item header at 12, items from 13.
const first = 13;
const last = 12 + items;

it('the plan: one whole-number rule on the value column, identity and values unlocked', () => {
  expect(sheet.validations).toEqual([{ range: `C${first}:C${last}`, min: 0, title: '请填写次数', message: '这里只能填写 0 或正整数（次数、件数、篇数）。' }]);
  expect(sheet.protection).toEqual({ unlocked: ['C3:E10', `C${first}:C${last}`] });
  const ops = compilePlan(plan, { sheets: ['Sheet1'], stored: EMPTY_BOOKKEEPING, storedRows: 0 });
  const kinds = ops.map((o) => o.kind);
  // protection is the sheet's last operation, before the temporary sheet takes its name
  expect(kinds.indexOf('protectSheet')).toBe(kinds.indexOf('swapSheet') - 1);
  expect(kinds.filter((k) => k === 'wholeNumberRule')).toHaveLength(1);
});

it('xlsx: the rule on every value cell, the sheet protected without a password, the value cells unlocked', async () => {
  const wb = newWorkbook();
  applyPlan(wb, plan);
  const ws = (await loadWorkbook(await workbookBytes(wb))).getWorksheet(FORM_SHEET);
  if (!ws) throw new Error('no form');
  for (const r of [first, last]) {
    expect(ws.getCell(`C${r}`).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true });
    expect(ws.getCell(`C${r}`).protection).toMatchObject({ locked: false });
  }
  expect(ws.getCell(`B${first}`).dataValidation).toBeUndefined();
  expect(ws.getCell(`B${first}`).protection?.locked).not.toBe(false);
  expect(ws.getCell('C3').protection).toMatchObject({ locked: false });
  // exceljs keeps <sheetProtection> as an untyped property of the worksheet.
  const protection: unknown = Reflect.get(ws, 'sheetProtection');
  expect(protection).toMatchObject({ sheet: true });
  expect(protection).not.toHaveProperty('hashValue');
});

it('Excel: Range.dataValidation with a wholeNumber rule, FormatProtection.locked = false, then WorksheetProtection.protect()', async () => {
  const fake = excelWorkbook();
  await new ExcelHost(fake.run).applyPlan(plan);
  const state = fake.sheet(FORM_SHEET);
  // the Excel fake keeps rectangles 0-based
  expect(state.validations?.map((v) => [v.rect, v.formula1, v.operator, v.alert?.style, v.ignoreBlanks])).toEqual([[{ top: first - 1, left: 2, bottom: last - 1, right: 2 }, 0, 'GreaterThanOrEqualTo', 'Stop', true]]);
  expect(state.unlocked).toEqual([
    { top: 2, left: 2, bottom: 9, right: 4 },
    { top: first - 1, left: 2, bottom: last - 1, right: 2 },
  ]);
  expect(state.protected).toBe(true);
  expect(fake.grid(FORM_SHEET)[2].slice(0, 3)).toEqual(['姓名', null, '张三']);
});

it('WPS: Validation.Add(xlValidateWholeNumber, xlValidAlertStop, xlGreaterEqual, "0"), Range.Locked = false, Worksheet.Protect()', async () => {
  const fake = wpsWorkbook();
  await hostOf(fake).applyPlan(plan);
  const view = fake.view(FORM_SHEET);
  expect(view.validations.map((v) => [v.rect, v.type, v.alertStyle, v.operator, v.formula1, v.showError, v.errorTitle])).toEqual([[{ top: first, left: 3, bottom: last, right: 3 }, 1, 1, 7, '0', true, '请填写次数']]);
  expect(view.unlocked).toEqual([
    { top: 3, left: 3, bottom: 10, right: 5 },
    { top: first, left: 3, bottom: last, right: 3 },
  ]);
  expect(view.protectContents).toBe(true);
});
