/** @jest-environment jsdom */
/**
 * The ribbon handlers, on the strict Excel fake and a fake Office: each runs the same step as the
 * pane, shows a summary or a Chinese error, and always calls event.completed().
 */
import { office } from '../support/fakes/office-global';
import { ExcelFake } from '../support/fakes/excel-fake';
import { ExcelHost } from '../../src/host/excel/excel-host';
import { handler, type CommandDeps } from '../../src/commands/commands';
import { decodeOutcome, type CommandOutcome } from '../../src/commands/outcome';

function workbook(): ExcelFake {
  return ExcelFake.fromSheets('委员.xlsx', [
    {
      name: '统计表',
      values: [
        ['姓名', '工作单位', '出席全体会议', '领衔提案', '报送社情民意', '视察调研'],
        ['张三', '区教育局', 1, 2, 1, 1],
        ['李四', '区卫健委', 1, '若干', 0, 2],
        ['王五', '区财政局', 0, 1, 3, 0],
      ],
    },
  ]);
}

function deps(fake: ExcelFake, shown: CommandOutcome[], over: Partial<CommandDeps> = {}): CommandDeps {
  return { host: () => new ExcelHost(fake.run), support: () => ({ ok: true }), show: async (o) => void shown.push(o), ...over };
}

const event = (): { completed: jest.Mock } => ({ completed: jest.fn() });

describe('ribbon handlers', () => {
  it('校验数据 writes the findings sheet and marks, shows the counts, completes', async () => {
    const fake = workbook();
    const shown: CommandOutcome[] = [];
    const e = event();
    await handler('validate', deps(fake, shown))(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(fake.hasSheet('校验结果')).toBe(true);
    expect(fake.fill('统计表', 'D3')).toBe('#FFC7CE');
    expect(shown[0].title).toBe('校验数据：完成');
    // The small table lacks most of the example method's items: said first, as prominently as errors (CONTRACT.md §7).
    expect(shown[0].lines[0]).toMatch(/^注意：评价办法中有 \d+ 项在表中找不到对应的列，全体委员此项按 0 计：全体会议无故缺席、/);
    expect(shown[0].lines[1]).toBe('委员 3 人：已评价 2 人，待核实 1 人，否决 0 人。');
    expect(shown[0].lines[2]).toMatch(/^发现错误 1 条/);
    // The table, its sheet, its file and the method name no year: the run date decides, and the dialog says so.
    expect(shown[0].lines[3]).toMatch(/^年度：\d{4}年度（表中和评价办法中都没有写年度，按运行日期\d{4}年\d{1,2}月\d{1,2}日推定(，上半年按上一年度)?）。$/);
    expect(shown[0].ok).toBe(false);
  });

  it('清除标记 restores the cells it marked and says how many', async () => {
    const fake = workbook();
    const shown: CommandOutcome[] = [];
    await handler('validate', deps(fake, shown))(event());
    await handler('clear', deps(fake, shown))(event());
    expect(fake.fill('统计表', 'D3')).toBeNull();
    expect(shown[1].lines[0]).toMatch(/^已清除 \d+ 个单元格的标记/);
  });

  it('a workbook without a member table: a clear Chinese message, nothing written, completed', async () => {
    const fake = ExcelFake.fromSheets('空.xlsx', [{ name: 'Sheet1', values: [['随便写的']] }]);
    const shown: CommandOutcome[] = [];
    const e = event();
    await handler('all', deps(fake, shown))(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(shown[0]).toMatchObject({ ok: false, title: '一键年度汇总：未能运行' });
    expect(shown[0].lines[1]).toBe('工作簿未被修改。');
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });

  it('a failure inside Excel is shown as an error and the command still completes', async () => {
    const fake = workbook();
    fake.failWhen((record) => record.a === 'set' && record.n === 'values');
    const shown: CommandOutcome[] = [];
    const e = event();
    await handler('shortlist', deps(fake, shown))(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(shown[0].title).toBe('优秀委员名单：出错');
    expect(fake.sheetNames().filter((n) => n !== '统计表')).toEqual([]);
  });

  it('completes even when the dialog cannot be shown, and in older Excel says why', async () => {
    const e = event();
    await handler('notices', deps(workbook(), [], { show: () => Promise.reject(new Error('no dialog')) }))(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    const shown: CommandOutcome[] = [];
    const old = event();
    const fake = workbook();
    await handler('all', deps(fake, shown, { support: () => ({ ok: false, message: '当前 Excel 版本过旧' }) }))(old);
    expect(old.completed).toHaveBeenCalledTimes(1);
    expect(shown[0]).toEqual({ ok: false, title: '一键年度汇总：无法运行', lines: ['当前 Excel 版本过旧'] });
    expect(fake.syncs).toBe(0);
  });
});

describe('registration and the dialog', () => {
  const later = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

  it('associates every function name; hands the outcome to result.html by messageChild and completes while the dialog stays open', async () => {
    const fake = workbook();
    Object.assign(globalThis, {
      Excel: {
        run: <T>(batch: Parameters<ExcelFake['run']>[0]): Promise<T> => {
          if (office.runtimeEnded) throw new Error('runtime ended');
          return fake.run(batch) as Promise<T>;
        },
      },
    });
    await import('../../src/commands/commands');
    expect([...office.associated.keys()]).toEqual(['validateData', 'runYearEnd', 'makeNotices', 'makeShortlist', 'makeSlips', 'makeSlipsSelected', 'clearMarks', 'selfCheck']);
    const click = office.click('validateData');
    await click.done;
    expect(click.completedAfter).not.toBeNull();
    const dialog = office.dialogs[office.dialogs.length - 1];
    // nothing in the address; the outcome went by messageChild; the user has not closed the dialog
    expect(dialog.url).toBe('http://localhost/result.html');
    expect(dialog.messages.map((m) => (JSON.parse(m) as CommandOutcome).title)).toEqual(['校验数据：完成']);
    expect(dialog.closed).toBe(false);
  });

  it('the five-minute clock: a command whose dialog stays open has completed long before; a second click works', async () => {
    // The user reads the dialog for ten minutes and never closes it.
    office.onDialog = (d) => setTimeout(() => d.ready(), 0);
    const first = office.click('runYearEnd');
    await first.done;
    office.elapse(10 * 60 * 1000);
    expect(office.runtimeEnded).toBe(false);
    expect(first.completedAfter).toBe(0);
    const second = office.click('makeShortlist');
    await second.done;
    expect(second.completedAfter).not.toBeNull();
    expect(office.dialogs.slice(-2).map((d) => (JSON.parse(d.messages[0]) as CommandOutcome).title)).toEqual(['一键年度汇总：完成', '优秀委员名单：完成']);
  });

  it('a dialog page that never says ready does not hold the command past the hand-off delay', async () => {
    jest.useFakeTimers();
    try {
      office.onDialog = () => undefined;
      const click = office.click('clearMarks');
      await jest.advanceTimersByTimeAsync(25_000);
      await click.done;
      expect(click.completedAfter).not.toBeNull();
    } finally {
      jest.useRealTimers();
      office.onDialog = (d) => setTimeout(() => d.ready(), 0);
    }
  });

  it('a dialog that fails to open does not keep the command from completing; older Office gets the outcome in the address', async () => {
    office.dialogFails = true;
    const failed = office.click('clearMarks');
    await failed.done;
    expect(failed.completedAfter).not.toBeNull();
    office.dialogFails = false;
    office.dialogApi = '1.1';
    const old = office.click('validateData');
    await old.done;
    await later();
    const dialog = office.dialogs[office.dialogs.length - 1];
    expect(decodeOutcome(new URL(dialog.url).search)?.title).toBe('校验数据：完成');
    office.dialogApi = '1.2';
  });
});
