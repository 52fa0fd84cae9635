/**
 * 环境自检 in WPS 表格: every object-model member the WPS host uses, run on a scratch sheet that is
 * deleted at the end; what works, with WPS's name, version and build, the operating system and the
 * Chromium the add-in pages run in. Each check verifies an assumption docs/wps.md lists as not yet
 * verified in a real WPS (the check ids are named there). The test (test/host-wps/self-check.test.ts)
 * proves on the strict fake that these checks use every member the product's runs use.
 */
import { cellAddress, rangeAddress } from '../../core';
import { addressChunks, sheetAddress } from '../shared';
import { CheckList, chromiumVersion, expectSame, SELF_CHECK_SHEET, type SelfCheckReport } from '../self-check/report';
import { asGrid, wpsCellValue } from './cell-values';
import { bgrToHex, hexToBgr } from './colors';
import { hiddenRows, mergedAreas } from './probes';
import { activeWorkbook, usedValues, valuesRect, VALUE2_BLOCK_CELLS } from './read-snapshot';
import { AREAS_ADDRESS_LIMIT, writeValues } from './run-ops';
import {
  isNothing,
  isRange,
  XL_BOTTOM,
  XL_CALCULATION_MANUAL,
  XL_CELL_VALUE,
  XL_EQUAL,
  XL_CENTER,
  XL_CONTINUOUS,
  XL_LANDSCAPE,
  XL_LEFT,
  XL_NONE,
  XL_PAPER_A4,
  XL_SHEET_VERY_HIDDEN,
  XL_SHEET_VISIBLE,
  XL_THIN,
  XL_TOP,
  XL_UNDERLINE_SINGLE,
  type WpsApplication,
  type WpsSheet,
} from './wps-api';

export interface WpsSelfCheckEnv {
  /** navigator.userAgent of the add-in page (the Chromium inside WPS). */
  readonly userAgent: string;
  /** When the check ran, as the report prints it. */
  readonly ranAt: string;
}

/** How VBA Null / Nothing came back, for the report: the host accepts both (isNothing). */
function nothingText(v: unknown): string {
  return v === null ? 'null' : v === undefined ? 'undefined' : JSON.stringify(v);
}

function sheetByName(app: WpsApplication, name: string): WpsSheet | null {
  const sheets = activeWorkbook(app).Worksheets;
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i);
    if (ws.Name === name) return ws;
  }
  return null;
}

export async function runWpsSelfCheck(app: WpsApplication, env: WpsSelfCheckEnv): Promise<SelfCheckReport> {
  const checks = new CheckList();
  const environment = [
    `WPS：${app.Name} ${app.Version}（内部版本 ${app.Build}）`,
    `操作系统：${app.OperatingSystem}`,
    `加载项网页内核：Chromium ${chromiumVersion(env.userAgent) ?? '未知'}（${env.userAgent}）`,
  ];
  const requirements: string[] = [];
  const saved = { screen: app.ScreenUpdating, calculation: app.Calculation, alerts: app.DisplayAlerts };
  let ws: WpsSheet | null = null;
  let workbookName = '';

  await checks.run('workbook', '当前工作簿', () => {
    const book = activeWorkbook(app);
    workbookName = book.Name;
    return `「${book.Name}」，共 ${book.Worksheets.Count} 个工作表`;
  });
  if (workbookName !== '') environment.push(`工作簿：${workbookName}`);

  await checks.run('protection', '保护检测（工作簿结构、各工作表）', () => {
    const book = activeWorkbook(app);
    const locked: string[] = [];
    for (let i = 1; i <= book.Worksheets.Count; i++) {
      const sheet = book.Worksheets.Item(i);
      if (sheet.ProtectContents) locked.push(sheet.Name);
    }
    const structure = book.ProtectStructure ? '工作簿结构受保护（无法新建或删除工作表，结果表写不进去，请先撤销保护）' : '工作簿结构未保护';
    return `${structure}；受保护的工作表：${locked.length > 0 ? locked.map((n) => `「${n}」`).join('') : '无'}`;
  });

  await checks.run('application', '计算、刷新与提示的开关', () => {
    app.ScreenUpdating = false;
    app.Calculation = XL_CALCULATION_MANUAL;
    app.DisplayAlerts = false;
    expectSame('计算模式', app.Calculation, XL_CALCULATION_MANUAL);
    return '可关闭屏幕刷新、改为手动计算、关闭提示（结束时恢复）';
  });

  const added = await checks.run('sheet.add', '新建临时工作表', () => {
    const sheets = activeWorkbook(app).Worksheets;
    const leftover = sheetByName(app, SELF_CHECK_SHEET);
    if (leftover) leftover.Delete();
    ws = sheets.Add(undefined, sheets.Item(sheets.Count));
    ws.Name = SELF_CHECK_SHEET;
    return `「${SELF_CHECK_SHEET}」`;
  });

  const sheet = (): WpsSheet => {
    if (ws === null) throw new Error('临时工作表不存在');
    return ws;
  };

  if (added) {
    await checks.run('values', '写入与读取数值（含文本数字、日期样文本、错误值）', () => {
      const s = sheet();
      // Strings WPS would reinterpret keep a leading apostrophe, as the product writes them.
      s.Range('A1:D2').Value2 = [
        ['姓名', "'001", 3.5, "'2025-12-26"],
        ['张三', '若干', 0, '=1/0'],
      ];
      const grid = asGrid(s.Range('A1:D2').Value2, 2, 4);
      const error = wpsCellValue(grid[1][3], () => s.Range('D2').Text);
      expectSame(
        '读回的数值',
        [grid[0].map((v) => wpsCellValue(v)), grid[1].slice(0, 3).map((v) => wpsCellValue(v))],
        [
          ['姓名', '001', 3.5, '2025-12-26'],
          ['张三', '若干', 0],
        ],
      );
      expectSame('错误单元格', error, { error: '#DIV/0!' });
      const raw = grid[1][3];
      s.Range('D2').Value2 = '';
      return `错误值读回为 ${typeof raw === 'number' ? `数字 ${raw}（CVErr）` : `对象（按显示文本 ${String(s.Range('D2').Text)} 识别）`}`;
    });

    await checks.run('blocks', `分块读写（每次至多 ${VALUE2_BLOCK_CELLS.toLocaleString('en-US')} 个单元格）`, () => {
      const s = sheet();
      const cols = 100;
      const rows = Math.floor(VALUE2_BLOCK_CELLS / cols);
      const grid = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c));
      const started = Date.now();
      writeValues(s, grid, cols, true);
      const back = asGrid(s.Range(rangeAddress(1, 1, rows, cols)).Value2, rows, cols);
      const ms = Date.now() - started;
      expectSame('最后一个单元格', back[rows - 1][cols - 1], rows * cols - 1);
      s.Range(rangeAddress(1, 1, rows, cols)).Value2 = grid.map((row) => row.map(() => ''));
      return `${rows}×${cols} 写入并读回用时 ${ms} 毫秒`;
    });

    await checks.run('usedRange', '已用区域与查找最后一个单元格（只带格式的单元格不读）', () => {
      const s = sheet();
      s.Range('A1:C3').Value2 = [
        ['a', 'b', 'c'],
        [1, 2, 3],
        [4, 5, 6],
      ];
      s.Range('H40').Borders.LineStyle = XL_CONTINUOUS;
      const rect = valuesRect(s);
      expectSame('数据区域', rect, { top: 1, left: 1, bottom: 3, right: 3 });
      const used = s.UsedRange;
      return `已用区域 ${rangeAddress(used.Row, used.Column, used.Row + used.Rows.Count - 1, used.Column + used.Columns.Count - 1)}，数据到 C3`;
    });

    await checks.run('fills', '单元格底色（读、写、清除，混合时为空）', () => {
      const s = sheet();
      s.Range('A2').Interior.Color = hexToBgr('#FFC7CE');
      expectSame('A2 底色', bgrToHex(Number(s.Range('A2').Interior.Color)), '#FFC7CE');
      const mixed = s.Range('A1:A2').Interior.ColorIndex;
      if (!isNothing(mixed)) throw new Error(`A1:A2 底色不同，ColorIndex 应为空，实际为 ${nothingText(mixed)}`);
      s.Range('A2').Interior.ColorIndex = XL_NONE;
      expectSame('清除后的 ColorIndex', s.Range('A2').Interior.ColorIndex, XL_NONE);
      return `混合区域返回 ${nothingText(mixed)}`;
    });

    await checks.run('styles', '字体、边框、对齐、换行、数字格式（多区域地址）', () => {
      const s = sheet();
      const [address] = addressChunks(['A5:B6', 'D5:E6'], AREAS_ADDRESS_LIMIT);
      const r = s.Range(address);
      r.Font.Name = '仿宋';
      r.Font.Size = 12;
      r.Font.Bold = true;
      r.Font.Italic = false;
      r.Font.Underline = XL_UNDERLINE_SINGLE;
      r.Font.Color = hexToBgr('#C00000');
      r.Borders.LineStyle = XL_CONTINUOUS;
      r.Borders.Weight = XL_THIN;
      r.HorizontalAlignment = XL_CENTER;
      r.VerticalAlignment = XL_TOP;
      r.WrapText = true;
      r.NumberFormat = '0.00';
      const cell = s.Range('E6');
      expectSame(
        'E6 的格式',
        [cell.Font.Name, cell.Font.Size, cell.Font.Bold, cell.HorizontalAlignment, cell.WrapText, cell.NumberFormat],
        ['仿宋', 12, true, XL_CENTER, true, '0.00'],
      );
      s.Range('C5').HorizontalAlignment = XL_LEFT;
      s.Range('C6').VerticalAlignment = XL_BOTTOM;
      return '多区域地址一次设置成功';
    });

    await checks.run('conditionalFormats', '条件格式（等次按值着色）', () => {
      const s = sheet();
      s.Range('F1:F3').Value2 = [['优秀'], ['合格'], ['优秀']];
      s.Range('F1:F3').FormatConditions.Add(XL_CELL_VALUE, XL_EQUAL, '="优秀"').Interior.Color = hexToBgr('#C6EFCE');
      return '等于「优秀」的单元格着绿色';
    });

    await checks.run('notes', '批注（添加、读取、列举、删除）', () => {
      const s = sheet();
      s.Range('B2').AddComment('数值不是次数，请核实。');
      expectSame('B2 批注', s.Range('B2').Comment?.Text(), '数值不是次数，请核实。');
      const comments = s.Comments;
      expectSame('批注数', comments.Count, 1);
      const at = comments.Item(1).Parent;
      expectSame('批注所在单元格', cellAddress(at.Row, at.Column), 'B2');
      const none = s.Range('C2').Comment;
      if (!isNothing(none)) throw new Error('没有批注的单元格应返回空');
      s.Range('B2').Comment?.Delete();
      s.Range('B3').AddComment('x');
      s.Range('B3').ClearComments();
      expectSame('删除后的批注数', s.Comments.Count, 0);
      return `没有批注时返回 ${nothingText(none)}`;
    });

    await checks.run('merges', '合并单元格（多区域、按行合并、读取合并区域）', () => {
      const s = sheet();
      s.Range('A10:C11,E10:F11').Merge(false);
      s.Range('A13:C14').Merge(true);
      expectSame('A10:C11 合并', s.Range('A10:C11').MergeCells, true);
      expectSame('A12:C12 未合并', s.Range('A12:C12').MergeCells, false);
      const mixed = s.Range('A9:C10').MergeCells;
      if (!isNothing(mixed)) throw new Error(`部分合并的区域应返回空，实际为 ${nothingText(mixed)}`);
      const area = s.Range('F11').MergeArea;
      expectSame(
        'F11 的合并区域',
        rangeAddress(area.Row, area.Column, area.Row + area.Rows.Count - 1, area.Column + area.Columns.Count - 1),
        'E10:F11',
      );
      expectSame('按行合并', s.Range('A14').MergeArea.Rows.Count, 1);
      const found = mergedAreas(s, { top: 9, left: 1, bottom: 14, right: 6 }).length;
      expectSame('找到的合并区域数', found, 4);
      return '多区域合并、按行合并和探测都正常';
    });

    await checks.run('sizes', '列宽与行高（多区域）', () => {
      const s = sheet();
      s.Range('B:D').ColumnWidth = 14;
      s.Range('3:4,6:6').RowHeight = 30;
      expectSame('列宽与行高', [s.Range('C1').ColumnWidth, s.Range('6:6').RowHeight], [14, 30]);
      return '列宽 14、行高 30';
    });

    await checks.run('hiddenRows', '隐藏行的读取', () => {
      const s = sheet();
      s.Range('4:4').EntireRow.Hidden = true;
      const rows = hiddenRows(s, 1, 8);
      const mixed = s.Range('3:5').EntireRow.Hidden;
      s.Range('4:4').EntireRow.Hidden = false;
      expectSame('隐藏的行', rows, [4]);
      return `部分隐藏时返回 ${nothingText(mixed)}`;
    });

    await checks.run('pageSetup', '页面设置（A4、页边距、缩放到一页宽、打印标题行列、起始页码、页脚、分页符）', () => {
      const s = sheet();
      const p = s.PageSetup;
      p.PaperSize = XL_PAPER_A4;
      p.Orientation = XL_LANDSCAPE;
      p.TopMargin = 104.9;
      p.BottomMargin = 99.2;
      p.LeftMargin = 79.4;
      p.RightMargin = 73.7;
      p.HeaderMargin = 28.3;
      p.FooterMargin = 28.3;
      p.CenterHorizontally = true;
      p.Zoom = false;
      p.FitToPagesWide = 1;
      p.FitToPagesTall = false;
      p.PrintArea = '$A$1:$F$40';
      p.PrintTitleRows = '$1:$2';
      p.PrintTitleColumns = '$A:$B';
      p.FirstPageNumber = 1;
      p.CenterFooter = '— &P —';
      s.HPageBreaks.Add(s.Range('A20'));
      expectSame('缩放', [p.Zoom, p.FitToPagesWide, p.FitToPagesTall], [false, 1, false]);
      return '一页宽、高度不限';
    });

    await checks.run('freeze', '冻结窗格', () => {
      const s = sheet();
      s.Activate();
      const win = app.ActiveWindow;
      win.FreezePanes = false;
      win.SplitRow = 2;
      win.SplitColumn = 1;
      win.FreezePanes = true;
      expectSame('冻结', win.FreezePanes, true);
      return '冻结前 2 行、1 列';
    });

    await checks.run('tab', '工作表标签颜色', () => {
      sheet().Tab.Color = hexToBgr('#C00000');
      return '#C00000';
    });

    await checks.run('links', '表内链接（跳到单元格）', () => {
      const s = sheet();
      s.Range('A30').Value2 = '跳到 A1';
      s.Hyperlinks.Add(s.Range('A30'), '', sheetAddress(SELF_CHECK_SHEET, 'A1'), '', '跳到 A1');
      return `链接到 ${sheetAddress(SELF_CHECK_SHEET, 'A1')}`;
    });

    await checks.run('selection', '选中单元格与读取选区', () => {
      const s = sheet();
      s.Activate();
      s.Range('A2:C3').Select();
      const selection = app.Selection;
      if (!isRange(selection)) throw new Error('Application.Selection 不是单元格区域');
      const areas = selection.Areas;
      const first = areas.Item(1);
      expectSame('选区', [selection.Worksheet.Name, first.Row, first.Rows.Count], [SELF_CHECK_SHEET, 2, 2]);
      return `选区 ${areas.Count} 个区域`;
    });

    await checks.run('read', '按本加载项的方式读取整张表', () => {
      const { values } = usedValues(sheet());
      expectSame('读到的行数', values.length >= 3, true);
      return `读到 ${values.length} 行`;
    });

    await checks.run('hiddenSheet', '隐藏工作表（记录表所用的“深度隐藏”）', () => {
      const s = sheet();
      s.Visible = XL_SHEET_VERY_HIDDEN;
      expectSame('隐藏状态', s.Visible, XL_SHEET_VERY_HIDDEN);
      s.Visible = XL_SHEET_VISIBLE;
      return '可深度隐藏并恢复';
    });

    await checks.run('moveRename', '移动、改名与删除工作表（结果表替换时所用）', () => {
      const sheets = activeWorkbook(app).Worksheets;
      const extra = sheets.Add(undefined, sheet());
      extra.Name = `${SELF_CHECK_SHEET}2`;
      extra.Move(sheet());
      extra.Name = `${SELF_CHECK_SHEET}3`;
      extra.Delete();
      return '新建、移到前面、改名、删除都正常';
    });
  } else {
    for (const [id, label] of [
      ['values', '写入与读取数值'],
      ['merges', '合并单元格'],
      ['notes', '批注'],
      ['pageSetup', '页面设置'],
    ] as const)
      checks.skip(id, label, '未能新建临时工作表');
  }

  await checks.run('sheet.delete', '删除临时工作表', () => {
    app.DisplayAlerts = false;
    const s = ws ?? sheetByName(app, SELF_CHECK_SHEET);
    if (s) s.Delete();
    if (sheetByName(app, SELF_CHECK_SHEET)) throw new Error('临时工作表仍在');
    return ws ? '已删除' : '没有需要删除的临时工作表';
  });

  try {
    app.Calculation = saved.calculation;
    app.ScreenUpdating = saved.screen;
    app.DisplayAlerts = saved.alerts;
  } catch {
    // Restoring the switches is best effort; the report already says what failed.
  }
  requirements.push(`Null/Nothing 的返回方式：见“单元格底色”“批注”两项`);
  return { host: 'WPS 表格', environment, requirements, checks: checks.items, ranAt: env.ranAt };
}
