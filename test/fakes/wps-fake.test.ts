/* The WPS fake must refuse what WPS refuses; these tests pin that behaviour down. */
import { FakeWpsError, WpsFake } from '../support/fakes/wps-fake';

function sample(): WpsFake {
  return WpsFake.fromSheets('样例.xlsx', [
    { name: '统计表', values: [['姓名', '提案'], ['张三', 2], ['李四', { error: '#DIV/0!' }]], fills: { A1: '#FFFF00' }, notes: { B2: '原有批注' }, hiddenRows: [3], merges: [{ top: 5, left: 1, bottom: 5, right: 3 }] },
    { name: '备注', values: [['x']] },
  ]);
}

describe('WpsFake: collections', () => {
  it('are 1-based, by index or name (any case), and refuse 0, out of range and array indexing', () => {
    const sheets = sample().workbook.Worksheets;
    expect(sheets.Count).toBe(2);
    expect(sheets.Item(1).Name).toBe('统计表');
    expect(sheets.Item('备注').Name).toBe('备注');
    expect(() => sheets.Item(0)).toThrow(FakeWpsError);
    expect(() => sheets.Item(3)).toThrow(FakeWpsError);
    expect(() => sheets.Item('无')).toThrow(FakeWpsError);
    expect(() => Reflect.get(sheets, 0)).toThrow(/not in the WPS object model/);
    expect(() => Reflect.get(sheets.Item(1), 'sheet')).toThrow(/not in the WPS object model/);
    const comments = sheets.Item(1).Comments;
    expect(comments.Count).toBe(1);
    expect(() => comments.Item(0)).toThrow(FakeWpsError);
    expect(comments.Item(1).Text()).toBe('原有批注');
    expect([comments.Item(1).Parent.Row, comments.Item(1).Parent.Column]).toEqual([2, 2]);
  });
});

describe('WpsFake: Value2', () => {
  it('reads a scalar for one cell, a 2-D array otherwise, errors as CVErr numbers', () => {
    const ws = sample().workbook.Worksheets.Item(1);
    expect(ws.Range('A1').Value2).toBe('姓名');
    expect(ws.Range('A2:B3').Value2).toEqual([['张三', 2], ['李四', -2146826281]]);
    expect(ws.Range('B3').Text).toBe('#DIV/0!');
    const used = ws.UsedRange;
    // the merge on row 5 (A5:C5) has no value, but UsedRange spans values, formats, merges and comments, as in Excel
    expect([used.Row, used.Column, used.Rows.Count, used.Columns.Count]).toEqual([1, 1, 5, 3]);
  });

  it('refuses a wrong shape and parses unprotected strings like typed input', () => {
    const fake = sample();
    const ws = fake.workbook.Worksheets.Item(2);
    expect(() => (ws.Range('A1:B2').Value2 = [['a', 'b']])).toThrow(/2×2/);
    expect(() => (ws.Range('A1:B1').Value2 = ['a', 'b'])).toThrow(/1×2/);
    ws.Range('A1:E1').Value2 = [['=SUM(B1)', '001', "'001", '2025年12月26日', 'TRUE']];
    expect(fake.grid('备注')).toEqual([[{ formula: '=SUM(B1)' }, 1, '001', 46017, true]]);
    expect(fake.value2Writes()).toEqual({ 备注: 1 });
  });
});

describe('WpsFake: formats, merges, rows', () => {
  it('gives the common value of a range, null when mixed, colours as BGR', () => {
    const fake = sample();
    const ws = fake.workbook.Worksheets.Item(1);
    expect(ws.Range('A1').Interior.Color).toBe(0x00ffff);
    expect(ws.Range('A1:A3').Interior.ColorIndex).toBeNull();
    expect(ws.Range('B1:B3').Interior.ColorIndex).toBe(-4142);
    ws.Range('B1:B2').Interior.Color = 0x0000ff;
    expect(fake.fill('统计表', 'B2')).toBe('#FF0000');
    expect(() => (ws.Range('B1').Interior.Color = -1)).toThrow(FakeWpsError);
    expect(ws.Range('1:3').EntireRow.Hidden).toBeNull();
    expect(ws.Range('3:3').EntireRow.Hidden).toBe(true);
    expect(ws.Range('A5:C5').MergeCells).toBe(true);
    expect(ws.Range('A4:C5').MergeCells).toBeNull();
    expect(ws.Range('B5').MergeArea.Columns.Count).toBe(3);
    expect(() => ws.Range('B5:D5').Merge()).toThrow(/overlaps/);
    const rows = ws.Range('A1').Rows;
    expect(() => Reflect.set(rows, 'Count', 3)).toThrow(/read-only/);
    expect(() => Reflect.set(ws.Range('A1'), 'Row', 3)).toThrow(/read-only/);
  });
});

describe('WpsFake: comments and sheets', () => {
  it('AddComment fails on a cell that has one; Delete then AddComment works', () => {
    const fake = sample();
    const cell = fake.workbook.Worksheets.Item(1).Range('B2');
    expect(() => cell.AddComment('再加')).toThrow(/already has a comment/);
    cell.Comment?.Delete();
    cell.AddComment('新批注');
    expect(fake.note('统计表', 'B2')).toBe('新批注');
  });

  it('deleting needs DisplayAlerts off, and never removes the last visible sheet', () => {
    const fake = WpsFake.fromSheets('a.xlsx', [{ name: '一' }, { name: '藏', visible: 2 }]);
    const sheets = fake.workbook.Worksheets;
    expect(() => sheets.Item('藏').Delete()).toThrow(/DisplayAlerts/);
    fake.app.DisplayAlerts = false;
    expect(() => sheets.Item('一').Delete()).toThrow(/last visible/);
    sheets.Item('藏').Delete();
    expect(fake.sheetNames()).toEqual(['一']);
  });

  it('counts every call and fails on request', () => {
    const fake = sample();
    const ws = fake.workbook.Worksheets.Item(1);
    fake.resetCounters();
    ws.Range('A1').Value2 = 'x';
    expect(fake.calls).toBe(2); // Worksheet.Range + Range.Value2=
    fake.failAt('Range.Value2=');
    expect(() => (ws.Range('A1').Value2 = 'y')).toThrow(/injected/);
  });
});

describe('WpsFake: Validation, Locked and Protect (issue 12)', () => {
  it('adds a whole-number rule once (Delete first), unlocks cells, protects; a protected sheet refuses edits of locked cells and rules', () => {
    const fake = sample();
    const ws = fake.workbook.Worksheets.Item('备注');
    const v = ws.Range('C2:C9').Validation;
    v.Add(1, 1, 7, '0');
    v.ErrorTitle = '标题';
    v.ErrorMessage = '只能填整数';
    expect(() => ws.Range('C2:C9').Validation.Add(1, 1, 7, '0')).toThrow(/Delete first/);
    expect(() => ws.Range('D2').Validation.Add(3, 1, 7, '0')).toThrow(/xlValidateWholeNumber/);
    ws.Range('C2:C9').Locked = false;
    ws.Protect();
    const view = fake.view('备注');
    expect(view.validations).toEqual([{ rect: { top: 2, left: 3, bottom: 9, right: 3 }, type: 1, alertStyle: 1, operator: 7, formula1: '0', ignoreBlank: true, showError: true, errorTitle: '标题', errorMessage: '只能填整数' }]);
    expect(view.unlocked).toEqual([{ top: 2, left: 3, bottom: 9, right: 3 }]);
    expect(ws.ProtectContents).toBe(true);
    expect(() => ws.Range('A1').Validation.Delete()).toThrow(/工作表受保护/);
    expect(() => (ws.Range('A1').Locked = false)).toThrow(/工作表受保护/);
    expect(() => (ws.Protect as (...args: unknown[]) => void).call(ws, '密码')).toThrow(/without a password/);
  });
});
