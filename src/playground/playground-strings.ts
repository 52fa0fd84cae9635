/** Strings of the playground page around the pane (zh-CN default; en-US typed against it). */
const table = {
  title: '履职统计 · 浏览器试用',
  privacy: '所有数据只在本机浏览器中处理，不会上传。',
  open: '打开工作簿…',
  sample: '载入示例工作簿',
  download: '下载结果工作簿',
  dropHint: '也可以把 .xlsx 文件拖放到此页面。',
  dropOverlay: '松开鼠标即可打开工作簿',
  current: (name: string): string => `当前工作簿：${name}`,
  loading: '正在打开工作簿…',
  loadFailed: (name: string, detail: string): string => `无法打开「${name}」：${detail}当前打开的工作簿保持不变。`,
  whyNot: {
    ole: '它是旧版 Excel 格式（.xls）或已加密的工作簿，请在 Excel 或 WPS 中另存为 .xlsx（不设密码）。',
    ods: '它是 OpenDocument 表格（.ods），请在 WPS、Excel 或 LibreOffice 中另存为 .xlsx。',
    xlsb: '它是 Excel 二进制工作簿（.xlsb），请在 Excel 或 WPS 中另存为 .xlsx。',
    'zip-without-workbook': '它是一个压缩文件，但里面没有 Excel 工作簿。',
    'not-zip': '它不是 .xlsx 工作簿。',
    broken: '它已损坏，或不是有效的 .xlsx 工作簿。',
  },
  notXlsx: (name: string): string => `「${name}」不是 .xlsx 文件，请选择 Excel 工作簿（.xlsx）。`,
  sampleMissing: '示例工作簿不可用，请打开自己的 .xlsx 文件。',
  viewerTitle: '工作表（只读）',
  viewerEmpty: '工作簿中没有工作表。',
  rowsShown: (first: number, last: number, total: number): string => `第 ${first}–${last} 行，共 ${total} 行`,
  previousRows: '上一页',
  nextRows: '下一页',
  gridLabel: (sheet: string): string => `工作表「${sheet}」`,
  formTemplate: '生成填报表',
  formTemplateFile: '履职情况填报表.xlsx',
  mergeForms: '合并填报表…',
  merging: (done: number, total: number): string => `正在读取填报表：${done} / ${total}`,
  merged: (s: { files: number; read: number; skipped: number; members: number; duplicates: number; errors: number; warnings: number }): string =>
    `已合并 ${s.files} 个文件：汇总 ${s.members} 位委员（读取 ${s.read} 个，跳过 ${s.skipped} 个${s.duplicates > 0 ? `，重复提交 ${s.duplicates} 份` : ''}）；${s.errors} 个错误、${s.warnings} 个警告，逐项见「收集情况」工作表。汇总表已打开，可直接进行年终统计。`,
};

export type PlaygroundStrings = { readonly [K in keyof typeof table]: (typeof table)[K] };

export const playgroundZhCN: PlaygroundStrings = table;

export const playgroundEnUS: PlaygroundStrings = {
  title: 'Duty statistics · browser playground',
  privacy: 'All data is processed only in this browser; nothing is uploaded.',
  open: 'Open workbook…',
  sample: 'Load the sample workbook',
  download: 'Download the result workbook',
  dropHint: 'You can also drop an .xlsx file on this page.',
  dropOverlay: 'Drop to open the workbook',
  current: (name: string): string => `Workbook: ${name}`,
  loading: 'Opening the workbook…',
  loadFailed: (name: string, detail: string): string => `Cannot open "${name}": ${detail} The workbook already open stays as it is.`,
  whyNot: {
    ole: 'it is an old Excel file (.xls) or an encrypted workbook; save it as .xlsx (without a password) in Excel or WPS.',
    ods: 'it is an OpenDocument spreadsheet (.ods); save it as .xlsx in WPS, Excel or LibreOffice.',
    xlsb: 'it is an Excel binary workbook (.xlsb); save it as .xlsx in Excel or WPS.',
    'zip-without-workbook': 'it is a zip file without an Excel workbook inside.',
    'not-zip': 'it is not an .xlsx workbook.',
    broken: 'it is damaged or not a valid .xlsx workbook.',
  },
  notXlsx: (name: string): string => `"${name}" is not an .xlsx file; choose an Excel workbook (.xlsx).`,
  sampleMissing: 'The sample workbook is not available; open your own .xlsx file.',
  viewerTitle: 'Sheets (read-only)',
  viewerEmpty: 'The workbook has no sheets.',
  rowsShown: (first: number, last: number, total: number): string => `Rows ${first}–${last} of ${total}`,
  previousRows: 'Previous',
  nextRows: 'Next',
  gridLabel: (sheet: string): string => `Sheet "${sheet}"`,
  formTemplate: 'Make the fill-in form',
  formTemplateFile: 'fill-in-form.xlsx',
  mergeForms: 'Merge forms…',
  merging: (done: number, total: number): string => `Reading forms: ${done} / ${total}`,
  merged: (s: { files: number; read: number; skipped: number; members: number; duplicates: number; errors: number; warnings: number }): string =>
    `Merged ${s.files} files: ${s.members} members (${s.read} read, ${s.skipped} skipped${s.duplicates > 0 ? `, ${s.duplicates} submitted twice` : ''}); ${s.errors} errors, ${s.warnings} warnings, each listed in the sheet 收集情况. The summary is open, ready for the year-end run.`,
};
