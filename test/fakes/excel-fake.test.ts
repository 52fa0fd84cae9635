/* The fake must throw where Office throws; these tests pin that behaviour down. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read, office-addins/no-empty-load, office-addins/no-context-sync-in-loop -- reading too early, loading everything and one refused edit per sync are what these tests check the fake does */
import type { XlRequestContext } from '../../src/host/excel/office-api';
import { ExcelFake, FakeOfficeError } from '../support/fakes/excel-fake';

function sample(): ExcelFake {
  return ExcelFake.fromSheets('样例.xlsx', [
    { name: '统计表', values: [['姓名', '提案'], ['张三', 2], ['李四', { error: '#REF!' }]], fills: { A1: '#FFFF00' }, notes: { B2: '原有批注' }, hiddenRows: [3] },
    { name: '备注', values: [['x']] },
  ]);
}

async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e;
    throw e;
  }
  throw new Error('expected the promise to reject');
}

describe('ExcelFake: load before read', () => {
  it('throws PropertyNotLoaded before load, and after load until sync', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('统计表').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['姓名', '提案'],
        ['张三', 2],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('refuses load() without property names and unknown properties', async () => {
    await sample().run(async (context) => {
      const range = context.workbook.worksheets.getItem('统计表').getRange('A1');
      expect(() => range.load()).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
      expect(() => range.load('format')).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
      await context.sync();
    });
  });

  it('knows isNullObject only after a sync', async () => {
    await sample().run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('没有这个表');
      const present = context.workbook.worksheets.getItemOrNullObject('统计表');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      // A null object cannot be written to.
      missing.tabColor = '#FF0000';
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('fails the sync with ItemNotFound for a missing sheet', async () => {
    const e = await rejection(
      sample().run(async (context) => {
        context.workbook.worksheets.getItem('没有这个表').getRange('A1').load('values');
        await context.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
  });

  it('a proxy used after its run ended throws InvalidObjectPath; loaded values stay readable', async () => {
    const fake = sample();
    const range = await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem('统计表').getRange('A2');
      r.load('values');
      await context.sync();
      return r;
    });
    expect(range.values).toEqual([['张三']]);
    expect(() => (range.values = [['王五']])).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
    expect(() => range.load('address')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });
});

describe('ExcelFake: requests', () => {
  it('counts syncs and request bytes, and sends pending operations when the run ends', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('备注').getRange('A1:B1').values = [['甲', 1]];
      await context.sync();
      context.workbook.worksheets.getItem('备注').getRange('A2').values = [['乙']];
    });
    expect(fake.syncs).toBe(2);
    expect(fake.requests[0].requestBytes).toBeGreaterThan(JSON.stringify([['甲', 1]]).length);
    expect(fake.value('备注', 'A2')).toBe('乙');
  });

  it('fails a request over 5 MB and applies none of it', async () => {
    const fake = sample();
    const big = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
    const e = await rejection(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('备注');
        ws.getRange('C1').values = [['先写的']];
        ws.getRange('A1:A6000').values = big;
        await context.sync();
      }),
    );
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.value('备注', 'C1')).toBeNull();
  });

  it('fails a response over 5 MB', async () => {
    const fake = ExcelFake.fromSheets('大.xlsx', [{ name: '大', values: Array.from({ length: 6000 }, () => ['y'.repeat(1000)]) }]);
    const e = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('大').getRange('A1:A6000').load('values');
        await context.sync();
      }),
    );
    expect(e.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('a failing operation stops the batch: earlier writes stay, later ones and all loads are lost', async () => {
    const fake = sample();
    fake.failAtOperation(2);
    const holder: { range?: { values: unknown } } = {};
    const e = await rejection(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('备注');
        ws.getRange('A1').values = [['一']];
        ws.getRange('A2').values = [['二']];
        ws.getRange('A3').values = [['三']];
        const r = ws.getRange('A1');
        r.load('values');
        holder.range = r;
        await context.sync();
      }),
    );
    expect(e.code).toBe('GeneralException');
    expect([fake.value('备注', 'A1'), fake.value('备注', 'A2'), fake.value('备注', 'A3')]).toEqual(['一', null, null]);
    expect(() => holder.range?.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

describe('ExcelFake: ranges', () => {
  it('getRangeByIndexes is 0-based', async () => {
    await sample().run(async (context) => {
      const r = context.workbook.worksheets.getItem('统计表').getRangeByIndexes(1, 1, 1, 1);
      r.load('address,values');
      await context.sync();
      expect(r.address).toBe('统计表!B2');
      expect(r.values).toEqual([[2]]);
    });
  });

  it('rejects a values array of the wrong shape', async () => {
    const e = await rejection(
      sample().run(async (context) => {
        context.workbook.worksheets.getItem('备注').getRange('A1:C1').values = [['只有一个']];
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  it('rejects reads and writes over the cell limits', async () => {
    const fake = sample();
    fake.engine.limits.readCells = 10;
    fake.engine.limits.writeCells = 4;
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('统计表').getRange('A1:D3').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('备注').getRange('A1:E1').values = [[1, 2, 3, 4, 5]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('stores written text as Excel parses typed input', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('备注').getRange('A1:F1').values = [['001', "'001", '=A1', '-abc', '2025年12月26日', '普通文字']];
      await context.sync();
    });
    expect(fake.value('备注', 'A1')).toBe(1);
    expect(fake.value('备注', 'B1')).toBe('001');
    expect(fake.value('备注', 'E1')).toBe(46017); // 2025-12-26 as a date serial: 45658 (2025-01-01) + 359
    expect(fake.value('备注', 'F1')).toBe('普通文字');
    expect(fake.formulaCells()).toEqual(['备注!C1', '备注!D1']);
  });

  it('reports error cells, merges, hidden rows and fills as Excel does', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('统计表');
      ws.getRange('A5:B5').merge(false);
      const errors = ws.getRange('A1:B3').getSpecialCellsOrNullObject('Constants', 'Errors');
      errors.load('address');
      const noFormulas = ws.getRange('A1:B3').getSpecialCellsOrNullObject('Formulas', 'Errors');
      const merged = ws.getRange('A1:B9').getMergedAreasOrNullObject();
      merged.load('address');
      const rows = ws.getRange('A2:B3');
      rows.load('rowHidden');
      const mixed = ws.getRange('A1:A2').format.fill;
      mixed.load('color');
      const white = ws.getRange('B1:B2').format.fill;
      white.load('color');
      const cells = ws.getRange('A1:A2').getCellProperties({ format: { fill: { color: true } } });
      await context.sync();
      expect(errors.address).toBe('统计表!B3');
      expect(noFormulas.isNullObject).toBe(true);
      expect(merged.address).toBe('统计表!A5:B5');
      expect(rows.rowHidden).toBeNull();
      expect(mixed.color).toBeNull();
      expect(white.color).toBe('#FFFFFF');
      expect(cells.value.map((r) => r[0].format?.fill?.color)).toEqual(['#FFFF00', '#FFFFFF']);
      ws.getRange('A5:A6').merge(false);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });
});

describe('ExcelFake: sheets and notes', () => {
  it('will not delete or hide the last visible sheet, nor add a duplicate name', async () => {
    const fake = ExcelFake.fromSheets('一.xlsx', [{ name: '唯一', values: [[1]] }]);
    const attempt = (act: (ws: { delete(): void; visibility: string }) => void): Promise<void> =>
      fake.run(async (context) => {
        act(context.workbook.worksheets.getItem('唯一'));
        await context.sync();
      });
    await expect(attempt((ws) => ws.delete())).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(attempt((ws) => (ws.visibility = 'VeryHidden'))).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.add('唯一');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('a note cannot be added twice; existing notes are found by cell', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const notes = context.workbook.worksheets.getItem('统计表').notes;
      const existing = notes.getItemOrNullObject('B2');
      const none = notes.getItemOrNullObject('A1');
      await context.sync();
      expect(existing.isNullObject).toBe(false);
      expect(none.isNullObject).toBe(true);
      notes.add('B2', '再加一条');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(fake.note('统计表', 'B2')).toBe('原有批注');
  });

  it('the workbook note collection gives contents, then cells through getLocation', async () => {
    await sample().run(async (context) => {
      const notes = context.workbook.notes;
      notes.load('items/content');
      await context.sync();
      const where = notes.items.map((n) => n.getLocation());
      where.forEach((r) => r.load('address'));
      await context.sync();
      expect(notes.items.map((n) => n.content)).toEqual(['原有批注']);
      expect(where.map((r) => r.address)).toEqual(['统计表!B2']);
    });
  });

  it('keeps the workbook across save and reopen', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.add('_记录');
      ws.visibility = 'VeryHidden';
      ws.getRange('A1').values = [['保存的']];
      await context.sync();
    });
    const again = fake.reopen();
    expect(again.sheetNames()).toEqual(['统计表', '备注', '_记录']);
    expect(again.sheet('_记录').visibility).toBe('VeryHidden');
    expect(again.value('_记录', 'A1')).toBe('保存的');
    expect(again.note('统计表', 'B2')).toBe('原有批注');
    expect(again.fill('统计表', 'A1')).toBe('#FFFF00');
    expect(again.syncs).toBe(0);
  });
});

describe('ExcelFake: stricter rules (issue 9)', () => {
  it('counts a request at 1.5× its own model of the request text, and refuses one over 5 MB by that count', async () => {
    const fake = sample();
    const text = 'x'.repeat(1000);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('备注').getRange('A1').values = [[text]];
      await context.sync();
    });
    const record = JSON.stringify({ p: 'workbook.worksheets.getItem("备注").getRange("A1")', a: 'set', n: 'values', v: [[text]] });
    // model: 256 bytes per request, the record's JSON + 120 bytes of ids and paths per operation; counted × 1.5
    expect(fake.requests[0].requestBytes).toBe(Math.ceil(1.5 * (256 + Buffer.byteLength(record) + 120)));
    // 3.6 MB of text is under 5 MB, but not at 1.5×
    const e = await rejection(
      sample().run(async (context) => {
        context.workbook.worksheets.getItem('备注').getRange('A1:A3600').values = Array.from({ length: 3600 }, () => [text]);
        await context.sync();
      }),
    );
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
  });

  it('getMergedAreasOrNullObject fails above 512 merged areas in the range, naming itself', async () => {
    const merges = Array.from({ length: 600 }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 }));
    const fake = ExcelFake.fromSheets('告知单.xlsx', [{ name: '个人履职告知单 (2)', values: [['x']], merges }]);
    const e = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('个人履职告知单 (2)').getRange('A1:B600').getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    );
    expect([e.code, e.debugInfo.errorLocation]).toEqual(['GeneralException', 'Range.getMergedAreasOrNullObject']);
    await fake.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('个人履职告知单 (2)').getRange('A1:B512').getMergedAreasOrNullObject();
      areas.load('address');
      await context.sync();
      expect(areas.address.split(',')).toHaveLength(512);
    });
  });

  it('a protected sheet refuses edits of its cells, formats, merges and notes; a protected workbook refuses sheet changes', async () => {
    const fake = ExcelFake.fromSheets('保护.xlsx', [{ name: '统计表', values: [['张三']], protected: true }, { name: '其他', values: [['x']] }]);
    const edits: ((c: XlRequestContext) => void)[] = [
      (c) => void (c.workbook.worksheets.getItem('统计表').getRange('A1').values = [['李四']]),
      (c) => c.workbook.worksheets.getItem('统计表').getRange('A1').format.set({ fill: { color: '#FFC7CE' } }),
      (c) => c.workbook.worksheets.getItem('统计表').getRange('A1:B1').merge(false),
      (c) => void c.workbook.worksheets.getItem('统计表').notes.add('A1', '批注'),
    ];
    for (const edit of edits) {
      const e = await rejection(
        fake.run(async (context) => {
          edit(context);
          await context.sync();
        }),
      );
      expect(e.code).toBe('AccessDenied');
    }
    expect(fake.value('统计表', 'A1')).toBe('张三');
    await fake.run(async (context) => {
      const protection = context.workbook.worksheets.getItem('统计表').protection;
      protection.load('protected');
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    fake.protectStructure();
    const e = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.add('新表');
        await context.sync();
      }),
    );
    expect(e.code).toBe('AccessDenied');
    // cells of an unprotected sheet stay editable in a workbook whose structure is protected
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('其他').getRange('A1').values = [['y']];
      const protection = context.workbook.protection;
      protection.load('protected');
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    expect(fake.value('其他', 'A1')).toBe('y');
  });

  it('a cell holding a threaded comment takes no note; the workbook lists its threads and their cells', async () => {
    const fake = ExcelFake.fromSheets('讨论.xlsx', [{ name: '统计表', values: [['张三', '若干']], threadedComments: { B1: '请核实' } }]);
    const e = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('统计表').notes.add('B1', '【履职统计】不是数字');
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidOperation');
    await fake.run(async (context) => {
      const comments = context.workbook.comments;
      comments.load('items/id');
      await context.sync();
      const location = comments.items[0].getLocation();
      location.load('address');
      await context.sync();
      expect(location.address).toBe('统计表!B1');
    });
  });

  it('a ClientResult read before the sync throws ValueNotLoaded, as the real client does', async () => {
    await sample().run(async (context) => {
      const result = context.workbook.worksheets.getItem('统计表').getRange('A1').getCellProperties({ format: { fill: { color: true } } });
      expect(() => result.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(result.value[0][0].format?.fill?.color).toBe('#FFFF00');
    });
  });

  it('adds CellValue conditional formats, keeping their rule and fill', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const format = context.workbook.worksheets.getItem('备注').getRange('B2:B9').conditionalFormats.add('CellValue');
      format.cellValue.format.fill.color = '#C6EFCE';
      format.cellValue.rule = { formula1: '="优秀"', operator: 'EqualTo' };
      await context.sync();
    });
    expect(fake.sheet('备注').conditionalFormats).toEqual([{ rect: { top: 1, left: 1, bottom: 8, right: 1 }, formula1: '="优秀"', operator: 'EqualTo', fill: '#C6EFCE' }]);
  });
});

describe('ExcelFake: data validation and protecting a sheet (issue 12)', () => {
  it('keeps a wholeNumber rule with its error alert, unlocks cells, then protects; a protected sheet refuses new rules and a second protect', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('备注');
      const dv = ws.getRange('C2:C9').dataValidation;
      dv.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: '标题', message: '只能填整数' };
      dv.ignoreBlanks = true;
      ws.getRange('C2:C9').format.protection.locked = false;
      ws.protection.protect();
      await context.sync();
    });
    const sheet = fake.sheet('备注');
    expect(sheet.validations).toEqual([{ rect: { top: 1, left: 2, bottom: 8, right: 2 }, formula1: 0, operator: 'GreaterThanOrEqualTo', alert: { showAlert: true, style: 'Stop', title: '标题', message: '只能填整数' }, ignoreBlanks: true }]);
    expect(sheet.unlocked).toEqual([{ top: 1, left: 2, bottom: 8, right: 2 }]);
    expect(sheet.protected).toBe(true);
    for (const edit of [
      (c: XlRequestContext): void => void (c.workbook.worksheets.getItem('备注').getRange('D2').dataValidation.ignoreBlanks = true),
      (c: XlRequestContext): void => c.workbook.worksheets.getItem('备注').protection.protect(),
    ]) {
      const e = await rejection(
        fake.run(async (context) => {
          edit(context);
          await context.sync();
        }),
      );
      expect(e.code).toBe('AccessDenied');
    }
  });

  it('refuses the conditional formats\' operator names, unknown rule kinds and alert styles when set', async () => {
    await sample().run(async (context) => {
      const dv = context.workbook.worksheets.getItem('备注').getRange('C2').dataValidation;
      expect(() => (dv.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqual' } })).toThrow(/operator/);
      // A rule kind the fake does not model (decimal), through Reflect as the typed interface has no such member.
      expect(() => Reflect.set(dv, 'rule', { decimal: { formula1: 0, operator: 'GreaterThan' } })).toThrow(/unknown property 'decimal'/);
      expect(() => (dv.errorAlert = { showAlert: true, style: 'Halt', title: '', message: '' })).toThrow(/style/);
      await context.sync();
    });
  });
});
