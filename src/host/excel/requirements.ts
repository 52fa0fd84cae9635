/**
 * The ExcelApi requirement set the add-in needs (also declared in manifest.xml), checked at start
 * by the task pane and the ribbon commands. What needs which set:
 *   1.18 Notes (marks on cells; see marks.ts for why notes and not threaded comments)
 *   1.13 Range.getMergedAreasOrNullObject
 *   1.9  getCellProperties, getRowProperties, getSpecialCellsOrNullObject, PageLayout, page breaks
 *   1.8  Application.suspendApiCalculationUntilNextSync
 *   1.7  Workbook.name, getRangeByIndexes, hyperlinks, freeze panes, tab colour
 * ExcelApi 1.18 (Microsoft's requirement-set table) is in Excel on the web; on Windows in Microsoft
 * 365 and in the retail (one-time purchase, updated like Microsoft 365) Office 2016–2024 from
 * version 2501 (build 18429.20040); on Mac from 16.93. Not in volume-licensed Office LTSC
 * 2021/2024 nor in builds older than 2501, whose users get the message below.
 */

export const EXCEL_API_SET = 'ExcelApi';
export const EXCEL_API_VERSION = '1.18';

export const UNSUPPORTED_MESSAGE =
  `当前 Excel 版本过旧，不支持本加载项所需的功能（需要 ExcelApi ${EXCEL_API_VERSION}）。` +
  '请使用 Excel 网页版，或在「文件 › 账户 › 更新选项」中把 Excel 更新到 2501 及以上版本（Microsoft 365 和零售版 Office 2021/2024 均可更新）；' +
  '批量授权的 Office LTSC 2021/2024 无法使用本加载项，可改用 WPS 表格版加载项或命令行工具 duty-stats。';

export type SupportCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** What the check needs of Office.js (the global `Office`, or a fake in tests). */
export interface RequirementsApi {
  readonly context: { readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export function checkExcelSupport(office: RequirementsApi = Office): SupportCheck {
  return office.context.requirements.isSetSupported(EXCEL_API_SET, EXCEL_API_VERSION) ? { ok: true } : { ok: false, message: UNSUPPORTED_MESSAGE };
}
