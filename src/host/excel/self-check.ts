/**
 * 环境自检 in Excel: every Office.js member the Excel host uses, run on a scratch sheet that is
 * deleted at the end, one Excel.run per check (a failing check leaves the others to run); what works,
 * with Excel's host, version and platform and the requirement sets it supports. Each check verifies
 * an assumption docs/excel.md lists as not yet verified in a real Excel (the ids are named there).
 * The test (test/host-excel/self-check.test.ts) proves on the strict fake that these checks use every
 * member the product's own runs use.
 */
import { sheetAddress } from '../shared';
import type { XlRequestContext, XlRun, XlWorksheet } from './office-api';
import { EXCEL_API_SET, EXCEL_API_VERSION } from './requirements';
import { CheckList, expectSame, SELF_CHECK_SHEET, type SelfCheckReport } from '../self-check/report';
import { rowsOfAddress } from './excel-host';
import { isMergeLimitError } from './read-tasks';
import { isPayloadLimitError } from './request-budget';

/** What the self-check reads of Office.js (the global Office, or a fake in tests). */
export interface ExcelEnvironment {
  /** Office.context.diagnostics */
  readonly diagnostics: { readonly host: string; readonly version: string; readonly platform: string };
  readonly isSetSupported: (name: string, minVersion?: string) => boolean;
  readonly userAgent: string;
  readonly ranAt: string;
}

/** This Office, read from the global Office (Office.context.diagnostics and requirements, Common API 1.1). */
export function officeEnvironment(ranAt: string, office: typeof Office = Office): ExcelEnvironment {
  const d = office.context.diagnostics;
  return {
    diagnostics: { host: String(d.host), version: d.version, platform: String(d.platform) },
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    userAgent: typeof navigator === 'undefined' ? '' : navigator.userAgent,
    ranAt,
  };
}

/** The sets the add-in uses or could use: the highest ExcelApi, and the others by name. */
const OTHER_SETS: readonly [string, string][] = [
  ['SharedRuntime', '1.1'],
  ['DialogApi', '1.2'],
  ['RibbonApi', '1.1'],
  ['AddinCommands', '1.1'],
];

export function requirementLines(env: ExcelEnvironment): string[] {
  let highest = '无';
  for (let minor = 1; minor <= 30; minor++) {
    if (!env.isSetSupported(EXCEL_API_SET, `1.${minor}`)) break;
    highest = `1.${minor}`;
  }
  const needed = env.isSetSupported(EXCEL_API_SET, EXCEL_API_VERSION);
  return [
    `${EXCEL_API_SET}：最高支持 ${highest}（本加载项需要 ${EXCEL_API_VERSION}：${needed ? '满足' : '不满足'}）`,
    `其他要求集：${OTHER_SETS.map(([name, version]) => `${name} ${version} ${env.isSetSupported(name, version) ? '支持' : '不支持'}`).join('，')}`,
  ];
}

export async function runExcelSelfCheck(run: XlRun, env: ExcelEnvironment): Promise<SelfCheckReport> {
  const checks = new CheckList();
  const { host, version, platform } = env.diagnostics;
  const environment = [`Excel：${host} ${version}（${platform}）`, `加载项网页：${env.userAgent}`];
  const sheet = (context: XlRequestContext): XlWorksheet => context.workbook.worksheets.getItem(SELF_CHECK_SHEET);

  await checks.run('workbook', '当前工作簿', () =>
    run(async (context) => {
      const workbook = context.workbook;
      workbook.load('name');
      const worksheets = workbook.worksheets;
      worksheets.load('items/name,items/visibility');
      await context.sync();
      environment.push(`工作簿：${workbook.name}`);
      return `「${workbook.name}」，共 ${worksheets.items.length} 个工作表`;
    }),
  );

  await checks.run('protection', '保护检测（工作簿结构、各工作表）', () =>
    run(async (context) => {
      const workbook = context.workbook;
      const structure = workbook.protection;
      structure.load('protected');
      const worksheets = workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      const protections = worksheets.items.map((ws) => {
        const p = ws.protection;
        p.load('protected');
        return { name: ws.name, p };
      });
      await context.sync();
      const locked = protections.filter((x) => x.p.protected).map((x) => `「${x.name}」`);
      const state = structure.protected ? '工作簿结构受保护（无法新建或删除工作表，结果表写不进去，请先撤销保护）' : '工作簿结构未保护';
      return `${state}；受保护的工作表：${locked.length > 0 ? locked.join('') : '无'}`;
    }),
  );

  await checks.run('threadedComments', '新式批注（批注对话）的读取', () =>
    run(async (context) => {
      const comments = context.workbook.comments;
      comments.load('items/id');
      await context.sync();
      return `工作簿中有 ${comments.items.length} 条批注对话（这些单元格只标底色，问题写在「校验结果」中）`;
    }),
  );

  const added = await checks.run('sheet.add', '新建临时工作表', () =>
    run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const leftover = worksheets.getItemOrNullObject(SELF_CHECK_SHEET);
      await context.sync();
      if (!leftover.isNullObject) leftover.delete();
      worksheets.add(SELF_CHECK_SHEET);
      context.workbook.application.suspendApiCalculationUntilNextSync();
      await context.sync();
      return `「${SELF_CHECK_SHEET}」`;
    }),
  );

  if (added) {
    await checks.run('values', '写入与读取数值（含文本数字、日期样文本、错误值）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.getRange('A1:D2').values = [
          ['姓名', "'001", 3.5, "'2025-12-26"],
          ['张三', '若干', 0, '=1/0'],
        ];
        const back = ws.getRangeByIndexes(0, 0, 2, 4);
        back.load('values');
        const errors = back.getSpecialCellsOrNullObject('Formulas', 'Errors');
        errors.load('address');
        const constants = back.getSpecialCellsOrNullObject('Constants', 'Errors');
        constants.load('address');
        await context.sync();
        expectSame(
          '读回的数值',
          [back.values[0], back.values[1].slice(0, 3)],
          [
            ['姓名', '001', 3.5, '2025-12-26'],
            ['张三', '若干', 0],
          ],
        );
        if (errors.isNullObject || !/D2$/.test(errors.address))
          throw new Error(`错误单元格 D2 未被找到（${errors.isNullObject ? '无' : errors.address}）`);
        ws.getRange('D2').clear();
        await context.sync();
        return `错误值显示为 ${String(back.values[1][3])}`;
      }),
    );

    await checks.run('blocks', '成块读写（200×50）', () =>
      run(async (context) => {
        const ws = sheet(context);
        const grid = Array.from({ length: 200 }, (_, r) => Array.from({ length: 50 }, (_, c) => r * 50 + c));
        const started = Date.now();
        ws.getRangeByIndexes(0, 0, 200, 50).values = grid;
        const back = ws.getRangeByIndexes(0, 0, 200, 50);
        back.load('values');
        await context.sync();
        expectSame('最后一个单元格', back.values[199][49], 9999);
        ws.getRangeByIndexes(0, 0, 200, 50).clear();
        await context.sync();
        return `写入并读回用时 ${Date.now() - started} 毫秒`;
      }),
    );

    await checks.run('usedRange', '已用区域（只算有值的单元格）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.getRange('A1:C3').values = [
          ['a', 'b', 'c'],
          [1, 2, 3],
          [4, 5, 6],
        ];
        ws.getRange('H40').format.set({ fill: { color: '#FFFF00' } });
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        await context.sync();
        expectSame('有值的区域', [used.rowIndex, used.columnIndex, used.rowCount, used.columnCount], [0, 0, 3, 3]);
        ws.getRange('H40').format.fill.clear();
        await context.sync();
        return 'A1:C3';
      }),
    );

    await checks.run('fills', '单元格底色（读、写、清除，逐格读取）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.getRange('A2').format.set({ fill: { color: '#FFC7CE' } });
        const one = ws.getRange('A2').format.fill;
        one.load('color');
        const mixed = ws.getRange('A1:A2').format.fill;
        mixed.load('color');
        const cells = ws.getRangeByIndexes(0, 0, 2, 1).getCellProperties({ format: { fill: { color: true } } });
        await context.sync();
        expectSame('A2 底色', one.color.toUpperCase(), '#FFC7CE');
        expectSame(
          '逐格读取',
          cells.value.map((row) => row[0]?.format?.fill?.color?.toUpperCase()),
          ['#FFFFFF', '#FFC7CE'],
        );
        ws.getRange('A2').format.fill.clear();
        await context.sync();
        return `混合区域返回 ${JSON.stringify(mixed.color)}`;
      }),
    );

    await checks.run('styles', '字体、边框、对齐、换行、数字格式（多区域，约 2,000 个字符的地址）', () =>
      run(async (context) => {
        const ws = sheet(context);
        // A multi-area address of about 2,000 characters, as the host sends.
        const long = Array.from({ length: 180 }, (_, i) => `J${100 + 2 * i}:K${100 + 2 * i}`).join(',');
        ws.getRanges(long).format.set({ fill: { color: '#F2F2F2' } });
        const areas = ws.getRanges('A5:B6,D5:E6');
        areas.format.set({
          font: { name: '仿宋', size: 12, bold: true, italic: false, underline: 'Single', color: '#C00000' },
          horizontalAlignment: 'Center',
          verticalAlignment: 'Top',
          wrapText: true,
        });
        for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const)
          areas.format.borders.getItem(edge).set({ style: 'Continuous', weight: 'Thin' });
        ws.getRangeByIndexes(4, 0, 2, 2).numberFormat = [
          ['0.00', '0.00'],
          ['@', '@'],
        ];
        const back = ws.getRange('A5:B6');
        back.load('numberFormat');
        await context.sync();
        expectSame('数字格式', back.numberFormat, [
          ['0.00', '0.00'],
          ['@', '@'],
        ]);
        return '多区域格式一次设置成功';
      }),
    );

    await checks.run('conditionalFormats', '条件格式（等次按值着色）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.getRange('F1:F3').values = [['优秀'], ['合格'], ['优秀']];
        const format = ws.getRange('F1:F3').conditionalFormats.add('CellValue');
        format.cellValue.format.fill.color = '#C6EFCE';
        format.cellValue.rule = { formula1: '="优秀"', operator: 'EqualTo' };
        await context.sync();
        return '等于「优秀」的单元格着绿色';
      }),
    );

    await checks.run('notes', '批注（Notes：添加、读取、位置、删除）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.notes.add('B2', '数值不是次数，请核实。');
        await context.sync();
        const note = ws.notes.getItemOrNullObject('B2');
        note.load('content');
        const where = note.getLocation();
        where.load('address');
        const all = context.workbook.notes;
        all.load('items/content');
        const none = ws.notes.getItemOrNullObject('C2');
        none.load('content');
        await context.sync();
        expectSame('B2 批注', note.isNullObject ? null : note.content, '数值不是次数，请核实。');
        expectSame('批注位置', where.address.replace(/^.*!/, ''), 'B2');
        expectSame('没有批注的单元格', none.isNullObject, true);
        note.content = '已核实。';
        const updated = ws.notes.getItemOrNullObject('B2');
        updated.load('content');
        await context.sync();
        expectSame('改写后的批注', updated.isNullObject ? null : updated.content, '已核实。');
        note.delete();
        await context.sync();
        return `工作簿共 ${all.items.length} 条批注`;
      }),
    );

    await checks.run('merges', '合并单元格（按行合并、读取合并区域）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.getRange('A10:C11').merge(false);
        ws.getRange('E10:F11').merge(false);
        ws.getRange('A13:C14').merge(true);
        const merged = ws.getRangeByIndexes(8, 0, 6, 6).getMergedAreasOrNullObject();
        merged.load('address');
        await context.sync();
        if (merged.isNullObject) throw new Error('没有读到合并区域');
        const found = merged.address
          .split(',')
          .map((a) => a.replace(/^.*!/, ''))
          .sort();
        expectSame('合并区域', found, ['A10:C11', 'A13:C13', 'A14:C14', 'E10:F11']);
        return found.join('、');
      }),
    );

    await checks.run('mergeLimit', '一次读取 600 个合并区域（Excel 的 512 个上限）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.getRange('H100:I699').merge(true);
        await context.sync();
        let once: string;
        try {
          const all = ws.getRange('H100:I699').getMergedAreasOrNullObject();
          all.load('address');
          await context.sync();
          once = `一次读取成功（${all.isNullObject ? 0 : all.address.split(',').length} 个）`;
        } catch (e) {
          if (!isMergeLimitError(e))
            throw new Error(`一次读取被拒绝，但本加载项认不出这个错误，不会分块重读：${e instanceof Error ? e.message : String(e)}`);
          once = '一次读取被拒绝（超过上限），本加载项能认出并分块重读';
        }
        const halves = ['H100:I399', 'H400:I699'].map((a) => {
          const areas = ws.getRange(a).getMergedAreasOrNullObject();
          areas.load('address');
          return areas;
        });
        await context.sync();
        const count = halves.reduce((n, h) => n + (h.isNullObject ? 0 : h.address.split(',').length), 0);
        expectSame('分块读到的合并区域', count, 600);
        return `${once}；分两块读到 600 个`;
      }),
    );

    await checks.run('payloadLimit', '超过 5 MB 的单次请求（网页版的上限）', async () => {
      const big = 'x'.repeat(1000);
      const grid = Array.from({ length: 300 }, () => Array.from({ length: 20 }, () => big));
      try {
        await run(async (context) => {
          sheet(context).getRange('A200:T499').values = grid;
          await context.sync();
        });
      } catch (e) {
        if (!isPayloadLimitError(e)) throw e;
        const written = await run(async (context) => {
          const corner = sheet(context).getRange('A200');
          corner.load('values');
          await context.sync();
          return corner.values[0][0];
        });
        expectSame('被拒绝的请求写入的内容', written, '');
        return '被拒绝，且没有写入任何内容（本加载项会拆成小块重发）';
      }
      await run(async (context) => {
        sheet(context).getRange('A200:T499').clear();
        await context.sync();
      });
      return '约 6 MB 的请求被接受（桌面版 Excel 没有 5 MB 上限）';
    });

    await checks.run('sizes', '列宽与行高（多区域）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.getRange('B:D').format.set({ columnWidth: 80 });
        ws.getRanges('3:4,6:6').format.set({ rowHeight: 30 });
        await context.sync();
        return '列宽 80 磅、行高 30 磅';
      }),
    );

    await checks.run('hiddenRows', '隐藏行的读取', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.getRange('4:4').rowHidden = true;
        const block = ws.getRangeByIndexes(0, 0, 8, 3);
        block.load('rowHidden');
        const rows = ws.getRangeByIndexes(0, 0, 8, 3).getRowProperties({ rowHidden: true });
        await context.sync();
        const hidden = rows.value.map((p, i) => (p.rowHidden === true ? i + 1 : 0)).filter((r) => r > 0);
        expectSame('隐藏的行', hidden, [4]);
        ws.getRange('4:4').rowHidden = false;
        await context.sync();
        return `部分隐藏时返回 ${JSON.stringify(block.rowHidden)}`;
      }),
    );

    await checks.run('pageSetup', '页面设置（A4、页边距、缩放到一页宽、打印标题行列、起始页码、页脚、分页符）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.pageLayout.set({
          orientation: 'Landscape',
          paperSize: 'A4',
          topMargin: 104.9,
          bottomMargin: 99.2,
          leftMargin: 79.4,
          rightMargin: 73.7,
          headerMargin: 28.3,
          footerMargin: 28.3,
          centerHorizontally: true,
          firstPageNumber: 1,
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        });
        ws.pageLayout.setPrintArea('A1:F40');
        ws.pageLayout.setPrintTitleRows('$1:$2');
        ws.pageLayout.setPrintTitleColumns('$A:$B');
        ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = '— &P —';
        ws.horizontalPageBreaks.add('A20');
        await context.sync();
        return '一页宽、高度不限（verticalFitToPages 0）被接受';
      }),
    );

    await checks.run('freeze', '冻结窗格', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.freezePanes.freezeAt('A1:A2');
        ws.freezePanes.freezeRows(2);
        ws.freezePanes.freezeColumns(1);
        await context.sync();
        return '冻结行、列、行列';
      }),
    );

    await checks.run('tab', '工作表标签颜色', () =>
      run(async (context) => {
        sheet(context).tabColor = '#C00000';
        await context.sync();
        return '#C00000';
      }),
    );

    await checks.run('links', '表内链接（跳到单元格）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.getRange('A30').hyperlink = { documentReference: sheetAddress(SELF_CHECK_SHEET, 'A1'), textToDisplay: '跳到 A1' };
        await context.sync();
        return `链接到 ${sheetAddress(SELF_CHECK_SHEET, 'A1')}`;
      }),
    );

    await checks.run('selection', '选中单元格与读取选区', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.activate();
        ws.getRange('A2:C3').select();
        const selected = context.workbook.getSelectedRanges();
        selected.load('address');
        await context.sync();
        expectSame('选中的行', rowsOfAddress(selected.address), { sheet: SELF_CHECK_SHEET, rows: [2, 3] });
        return selected.address;
      }),
    );

    await checks.run('hiddenSheet', '隐藏工作表（记录表所用的“深度隐藏”）', () =>
      run(async (context) => {
        const ws = sheet(context);
        const keep = context.workbook.worksheets.add(`${SELF_CHECK_SHEET}2`);
        ws.visibility = 'VeryHidden';
        ws.load('visibility');
        await context.sync();
        expectSame('隐藏状态', ws.visibility, 'VeryHidden');
        ws.visibility = 'Visible';
        keep.delete();
        await context.sync();
        return '可深度隐藏并恢复';
      }),
    );

    await checks.run('moveRename', '移动、改名与删除工作表（结果表替换时所用）', () =>
      run(async (context) => {
        const ws = sheet(context);
        ws.load('position');
        const extra = context.workbook.worksheets.add(`${SELF_CHECK_SHEET}2`);
        await context.sync();
        extra.position = ws.position;
        extra.name = `${SELF_CHECK_SHEET}3`;
        await context.sync();
        extra.delete();
        await context.sync();
        return '新建、移位、改名、删除都正常';
      }),
    );
  } else {
    for (const [id, label] of [
      ['values', '写入与读取数值'],
      ['merges', '合并单元格'],
      ['notes', '批注'],
      ['pageSetup', '页面设置'],
    ] as const)
      checks.skip(id, label, '未能新建临时工作表');
  }

  await checks.run('sheet.delete', '删除临时工作表', () =>
    run(async (context) => {
      const leftover = context.workbook.worksheets.getItemOrNullObject(SELF_CHECK_SHEET);
      await context.sync();
      if (leftover.isNullObject) return '没有需要删除的临时工作表';
      leftover.delete();
      await context.sync();
      return '已删除';
    }),
  );

  return { host: 'Excel', environment, requirements: requirementLines(env), checks: checks.items, ranAt: env.ranAt };
}
