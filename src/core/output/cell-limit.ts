/**
 * Excel's limit of 32,767 characters in a cell (and in a note): longer text is refused or
 * silently cut by hosts (issue 10 point 14). Text over the limit is cut to it, ending in 「…」, and
 * a note tells the user where. Lengths are UTF-16 code units, as Excel counts; a surrogate pair is
 * never split.
 */
import { cellAddress } from '../a1';
import type { PlanValue, SheetPlan } from '../plan';
import type { MarkRecord } from '../snapshot';

export const CELL_TEXT_LIMIT = 32_767;
const ELLIPSIS = '…';

export function cutText(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  let end = CELL_TEXT_LIMIT - ELLIPSIS.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + ELLIPSIS;
}

export interface Fitted {
  readonly sheets: readonly SheetPlan[];
  readonly marks: readonly MarkRecord[];
  /** One per sheet (or the marks) where text was cut, in Chinese. */
  readonly notes: readonly string[];
}

export function fitCellLimits(sheets: readonly SheetPlan[], marks: readonly MarkRecord[]): Fitted {
  const notes: string[] = [];
  const fittedSheets = sheets.map((sheet) => {
    const cut: string[] = [];
    let values: (readonly PlanValue[])[] | null = null;
    sheet.values.forEach((row, i) => {
      row.forEach((v, j) => {
        if (typeof v !== 'string' || v.length <= CELL_TEXT_LIMIT) return;
        values ??= sheet.values.map((r) => r);
        const copy = [...(values[i] ?? row)];
        copy[j] = cutText(v);
        values[i] = copy;
        cut.push(cellAddress(i + 1, j + 1));
      });
    });
    if (values === null) return sheet;
    notes.push(`工作表「${sheet.name}」单元格 ${cut.slice(0, 5).join('、')}${cut.length > 5 ? ` 等 ${cut.length} 处` : ''}的内容超过 Excel 单元格上限 32,767 个字符，已截断并以「…」结尾。`);
    return { ...sheet, values };
  });
  const cutMarks: string[] = [];
  const fittedMarks = marks.map((m) => {
    if (m.note.length <= CELL_TEXT_LIMIT) return m;
    cutMarks.push(`${m.sheet}!${m.cell}`);
    return { ...m, note: cutText(m.note) };
  });
  if (cutMarks.length > 0) notes.push(`单元格 ${cutMarks.slice(0, 5).join('、')} 的批注超过 32,767 个字符，已截断并以「…」结尾。`);
  return { sheets: fittedSheets, marks: fittedMarks, notes };
}
