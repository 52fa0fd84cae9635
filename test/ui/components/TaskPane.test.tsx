/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import type { ReactElement } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskPane } from '../../../src/ui/components/TaskPane';
import type { Compute, WorkbookOverview } from '../../../src/host/workflow';
import { WORKFLOW_SERVICES, type FlowServices } from '../../../src/ui/flow/use-year-end-flow';
import type { PipelineOptions, PipelineOutcome } from '../../../src/core/pipeline';
import type { Snapshot } from '../../../src/host/port';
import { FakeHost, fakeCompute, FINDINGS, NO_TABLE, overview, METHOD } from '../../support/ui-fakes';
import { finding } from '../../../src/core/findings';

// The chart library draws with d3 (ESM only, and jsdom has no layout); the test sees the data it is given.
jest.mock('@fluentui/react-charts', () => ({
  VerticalBarChart: (props: { data: { x: string; y: number }[]; chartTitle: string }): ReactElement => (
    <ol aria-label={props.chartTitle} data-testid="bars">
      {props.data.map((d) => (
        <li key={d.x}>{`${d.x}=${d.y}`}</li>
      ))}
    </ol>
  ),
}));

function services(over: Partial<FlowServices> & { overviews?: WorkbookOverview[] } = {}): FlowServices & { inspect: jest.Mock; insertMethod: jest.Mock } {
  const overviews = over.overviews ?? [overview()];
  let i = 0;
  return {
    inspect: jest.fn(() => Promise.resolve(overviews[Math.min(i++, overviews.length - 1)])),
    run: over.run ?? WORKFLOW_SERVICES.run,
    insertMethod: jest.fn(over.insertMethod ?? (() => Promise.resolve(true))),
    ...(over.documents ? { documents: over.documents } : {}),
  };
}

/** A compute that records the year each run was given. */
function yearRecorder(): { compute: Compute; years: (number | undefined)[] } {
  const years: (number | undefined)[] = [];
  return {
    years,
    compute: (snapshot: Snapshot, options: PipelineOptions) => {
      years.push(options.year);
      return fakeCompute()(snapshot, options);
    },
  };
}

function setup(props: { compute?: Compute; services?: FlowServices; locale?: 'zh-CN' | 'en-US' } = {}) {
  const host = new FakeHost();
  const user = userEvent.setup();
  const svc = props.services ?? services();
  render(<TaskPane host={host} compute={props.compute ?? fakeCompute()} services={svc} locale={props.locale} />);
  return { host, user, svc };
}

async function validated(props: Parameters<typeof setup>[0] = {}) {
  const ctx = setup(props);
  await ctx.user.click(await screen.findByRole('button', { name: props.locale === 'en-US' ? 'Validate data' : '校验数据' }));
  await screen.findByTestId('findings-count');
  return ctx;
}

describe('TaskPane year-end flow', () => {
  it('pre-selects the sheet the core guessed and lists every candidate sheet', async () => {
    setup();
    const select = await screen.findByRole('combobox', { name: '委员名单所在的工作表' });
    expect(select).toHaveValue('委员统计表');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['说明', '委员统计表', '备注']);
    expect(screen.getByText('自动识别')).toBeInTheDocument();
    expect(screen.getByText(/将使用内置示例办法/)).toHaveTextContent(METHOD.title);
  });

  it('lists, before any run, which columns feed each item of the method for the selected sheet', async () => {
    setup();
    const feeds = await screen.findByTestId('feeds');
    expect(within(feeds).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['出席全体会议 ← 出席全体会议(D)', '视察调研 ← 视察活动(F) + 考察活动(G)']);
    expect(screen.getByText('各计分项目取自「委员统计表」的哪些列')).toBeInTheDocument();
    expect(screen.queryByTestId('unbound')).toBeNull();
  });

  it('shows items no column feeds as prominently as an error, before any run', async () => {
    const base = overview();
    const inputs = [
      {
        ...base.inputs[0],
        feeds: [...base.inputs[0].feeds, { key: 'plenary_absent', label: '全体会议无故缺席', source: 'plenary_absent', columns: [], scored: true }],
        unbound: [{ key: 'plenary_absent', label: '全体会议无故缺席', kind: 'item' as const, tried: ['全体会议无故缺席', '全会无故缺席', '无故缺席全体会议', '全委会议无故缺席'] }],
        unused: [{ col: 9, letter: 'I', header: '缺勤次数', row: 3 }],
      },
    ];
    setup({ services: services({ overviews: [{ ...base, inputs }] }) });
    const bar = await screen.findByTestId('unbound');
    expect(bar).toHaveTextContent('有 1 项在表中找不到对应的列，全体委员按 0 计');
    expect(bar).toHaveTextContent('「全体会议无故缺席」：表中没有「全体会议无故缺席」「全会无故缺席」「无故缺席全体会议」等列');
    expect(within(screen.getByTestId('feeds')).getAllByRole('listitem')[2]).toHaveTextContent('全体会议无故缺席 ← （无）');
    expect(screen.getByTestId('unused')).toHaveTextContent('未读取的列：缺勤次数(I)');
  });

  it('says in the method step whether office records were found and which figures score (issue 12)', async () => {
    setup();
    expect(await screen.findByTestId('records')).toHaveTextContent('未找到办公室记录（「活动记录」「提案登记」工作表），不核对。');
  });

  it('counts the office records and shows an item fed by them (issue 12)', async () => {
    const base = overview();
    const feeds = [...base.inputs[0].feeds, { key: 'proposal_credit', label: '提案积分', source: 'proposal_credit', columns: [], scored: true, fromRecords: true }];
    setup({
      services: services({
        overviews: [{ ...base, method: { ok: true, origin: 'sheet', title: '本区办法', countsFrom: 'larger' }, records: { origin: 'sheet', file: null, activities: 12, proposals: 5 }, inputs: [{ ...base.inputs[0], feeds }] }],
      }),
    });
    expect(await screen.findByTestId('records')).toHaveTextContent('办公室记录：活动记录 12 条、提案登记 5 件，运行时与统计表核对（见「核对结果」）。 计分依据：两者中较大者。');
    expect(within(screen.getByTestId('feeds')).getAllByRole('listitem')[2]).toHaveTextContent('提案积分 ← 办公室记录');
  });

  it('names the missing 提案登记 for proposal credit without records (issue 12)', async () => {
    const base = overview();
    const unbound = [{ key: 'proposal_credit', label: '提案积分', kind: 'records' as const, tried: ['工作表「提案登记」'] }];
    setup({ services: services({ overviews: [{ ...base, inputs: [{ ...base.inputs[0], unbound }] }] }) });
    expect(await screen.findByTestId('unbound')).toHaveTextContent('「提案积分」：按「提案登记」工作表计算，工作簿中没有该表');
  });

  it('validates and shows the findings with their counts', async () => {
    const { host } = await validated();
    // FINDINGS: two errors (F5, H7), one warning (row 6), one info (G7).
    expect(screen.getByTestId('findings-count')).toHaveTextContent('错误 2 处，警告 1 处，提示 1 处');
    expect(screen.getAllByTestId('finding')).toHaveLength(4);
    expect(screen.getByText('有错误的委员暂不评分（待核实），请在表中更正后重新运行。')).toBeInTheDocument();
    // runStep read once and wrote the validate plan (校验结果) once.
    expect(host.reads).toBe(1);
    expect(host.applied.map((p) => p.sheets.map((s) => s.name))).toEqual([['校验结果']]);
  });

  it('shows method.item_unbound after a run above the list, as prominently as errors', async () => {
    const unbound = finding('method.item_unbound', { sheet: '委员统计表', cell: null, row: null, member: null }, { item: '全体会议请假（plenary_leave）', label: '全体会议请假', key: 'plenary_leave', tried: '全体会议请假、全会请假', effect: '全体委员此项按 0 计', advice: '请核对表头。' });
    await validated({ compute: fakeCompute([unbound, ...FINDINGS]) });
    const bar = screen.getByTestId('findings-unbound');
    expect(bar).toHaveTextContent('有 1 项在表中找不到对应的列，全体委员按 0 计');
    expect(bar).toHaveTextContent('评价办法用到的「全体会议请假（plenary_leave）」在表中找不到对应的列');
  });

  it('filters the findings by severity with the chips', async () => {
    const { user } = await validated();
    await user.click(screen.getByRole('button', { name: '错误 2' }));
    expect(screen.getAllByTestId('finding').map((f) => f.getAttribute('data-severity'))).toEqual(['warning', 'info']);
    await user.click(screen.getByRole('button', { name: '提示 1' }));
    expect(screen.getAllByTestId('finding').map((f) => f.getAttribute('data-severity'))).toEqual(['warning']);
    await user.click(screen.getByRole('button', { name: '警告 1' }));
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
    expect(screen.getByText('所选类别下没有问题。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '错误 2' }));
    expect(screen.getAllByTestId('finding').map((f) => f.getAttribute('data-cell'))).toEqual(['F5', 'H7']);
  });

  it('selects the finding’s cell through the host; a row finding selects the member’s name cell', async () => {
    const { user, host } = await validated();
    await user.click(screen.getByText('单元格 F5（领衔提案）的内容「若干」不是次数，请填写整数。'));
    await user.click(screen.getByText('第 6 行（李四）是隐藏行，仍按委员统计，请确认。'));
    // Row 6 has no cell: the member 李四's name cell is B6 (RESULTS).
    expect(host.selected).toEqual([
      { sheet: '委员统计表', cell: 'F5' },
      { sheet: '委员统计表', cell: 'B6' },
    ]);
  });

  it('evaluates and shows the summary with the grade distribution, the shortlist and the generated sheets', async () => {
    const { user, host } = await validated();
    await user.click(screen.getByRole('button', { name: '一键年度汇总' }));
    const summary = await screen.findByTestId('summary');
    // RESULTS: 5 members, 3 graded (李四 95 优秀, 赵六 72 合格, 钱七 40 不合格), 2 pending; FINDINGS: 2 errors, 1 warning.
    expect(within(summary).getByTestId('summary-members')).toHaveTextContent('5');
    expect(within(summary).getByTestId('summary-graded')).toHaveTextContent('3');
    expect(within(summary).getByTestId('summary-pending')).toHaveTextContent('2');
    expect(within(summary).getByTestId('summary-vetoed')).toHaveTextContent('0');
    expect(within(summary).getByTestId('summary-errors')).toHaveTextContent('2');
    expect(within(summary).getByTestId('summary-warnings')).toHaveTextContent('1');
    expect(within(screen.getByTestId('bars')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['优秀=1', '合格=1', '不合格=1']);
    expect(within(summary).getByText('优秀 1 人')).toBeInTheDocument();
    expect(within(summary).getByTestId('summary-shortlist')).toHaveTextContent('优秀政协委员建议名单：1 人');
    expect(within(within(summary).getByTestId('summary-sheets')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['校验结果', '履职汇总', '分组统计', '履职通报', '单位告知', '优秀委员建议名单']);
    expect(host.applied).toHaveLength(2);
  });

  it('passes the chosen sheet to the run', async () => {
    const seen: (string | undefined)[] = [];
    const compute: Compute = (snapshot: Snapshot, options: PipelineOptions) => {
      seen.push(options.sheet);
      return fakeCompute()(snapshot, options);
    };
    const { user } = setup({ compute });
    await user.selectOptions(await screen.findByRole('combobox'), '备注');
    expect(screen.queryByText('自动识别')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '校验数据' }));
    await screen.findByTestId('findings-count');
    expect(seen).toEqual(['备注']);
  });

  it('shows the progress bar with the phase while a step runs', async () => {
    let release: (o: PipelineOutcome) => void = () => undefined;
    const compute: Compute = () => new Promise<PipelineOutcome>((resolve) => (release = resolve));
    const { user } = setup({ compute });
    await user.click(await screen.findByRole('button', { name: '校验数据' }));
    const bar = await screen.findByRole('progressbar');
    // runStep reports 0.35 (校验与评价) before it computes.
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '0.35'));
    expect(screen.getByText('校验与评价')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '一键年度汇总' })).toBeDisabled();
    release(await fakeCompute()({ fileName: 'x', sheets: [], bookkeeping: { generatedSheets: [], marks: [] } }, { fileName: 'x', outputs: ['findings'], today: { year: 2025, month: 1, day: 1 }, runAt: '' }));
    await screen.findByTestId('findings-count');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows the core’s fatal message, naming the file, and writes nothing', async () => {
    const compute: Compute = () => Promise.resolve({ ok: false, fatal: { ...NO_TABLE, code: 'method.invalid', message: '「统计表.xlsx」评价办法有误（工作表「评价办法」单元格 C7）：分值应为数字。', sheet: '评价办法', cell: 'C7' } });
    const { user, host } = setup({ compute });
    await user.click(await screen.findByRole('button', { name: '一键年度汇总' }));
    const fatal = await screen.findByTestId('fatal');
    expect(fatal).toHaveTextContent('无法运行');
    expect(fatal).toHaveTextContent('「统计表.xlsx」评价办法有误（工作表「评价办法」单元格 C7）：分值应为数字。');
    expect(host.applied).toHaveLength(0);
    expect(screen.queryByTestId('summary')).not.toBeInTheDocument();
  });

  it('shows the clear error when the workbook has no member table, and nothing can run', async () => {
    setup({ services: services({ overviews: [overview({ guess: null, notFound: NO_TABLE })] }) });
    expect(await screen.findByTestId('fatal')).toHaveTextContent('在「空表.xlsx」中没有找到委员名单表');
    expect(screen.getByRole('combobox')).toHaveValue('');
    expect(screen.getByRole('button', { name: '校验数据' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '一键年度汇总' })).toBeDisabled();
  });

  it('shows an unexpected host failure and lets the user dismiss it', async () => {
    const run: FlowServices['run'] = () => Promise.reject(new Error('工作簿已被关闭'));
    const { user } = setup({ services: services({ run }) });
    await user.click(await screen.findByRole('button', { name: '校验数据' }));
    expect(await screen.findByTestId('failure')).toHaveTextContent('运行中出现意外错误：工作簿已被关闭');
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('failure')).not.toBeInTheDocument();
  });

  it('inserts the example method sheet and then says the sheet will be used', async () => {
    const svc = services({ overviews: [overview(), overview({ method: { ok: true, origin: 'sheet', title: METHOD.title } })] });
    const { user } = setup({ services: svc });
    await user.click(await screen.findByRole('button', { name: '插入示例「评价办法」工作表' }));
    expect(await screen.findByText(/已插入「评价办法」工作表/)).toBeInTheDocument();
    expect(screen.getByText(/将使用工作簿中的「评价办法」工作表/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '插入示例「评价办法」工作表' })).not.toBeInTheDocument();
    expect(svc.insertMethod).toHaveBeenCalledTimes(1);
    expect(svc.inspect).toHaveBeenCalledTimes(2);
  });

  it('shows a broken 评价办法 sheet as a fatal message and disables the runs', async () => {
    const fatal = { ...NO_TABLE, code: 'method.invalid' as const, message: '「统计表.xlsx」评价办法有误（工作表「评价办法」单元格 B4）：基础分应为数字。', sheet: '评价办法', cell: 'B4' };
    setup({ services: services({ overviews: [overview({ method: { ok: false, fatal } })] }) });
    expect(await screen.findByTestId('fatal')).toHaveTextContent('单元格 B4');
    expect(screen.getByRole('button', { name: '校验数据' })).toBeDisabled();
  });

  it('renders in en-US, with the core’s English finding messages', async () => {
    const { user } = await validated({ locale: 'en-US' });
    expect(screen.getByRole('heading', { name: 'Duty statistics' })).toBeInTheDocument();
    expect(screen.getByTestId('findings-count')).toHaveTextContent('2 errors, 1 warnings, 1 info');
    // value.not_number in the core's en-US catalogue, filled with the finding's params (item 领衔提案, text 若干).
    expect(screen.getByText('Cell F5 (领衔提案) holds "若干", which is not a count. Enter a whole number.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run the year-end evaluation' }));
    expect(await screen.findByTestId('summary-shortlist')).toHaveTextContent('优秀政协委员建议名单: 1');
    expect(screen.getByText('Generated sheets')).toBeInTheDocument();
  });

  it('shows the year of the run before the run, with where it came from', async () => {
    setup();
    const year = await screen.findByTestId('year');
    expect(within(year).getByRole('spinbutton', { name: /统计年度/ })).toHaveValue('2025');
    expect(screen.getByTestId('year-origin')).toHaveTextContent('取自委员名单表的标题「政协测试区委员会2025年度委员履职情况统计表」');
    expect(screen.queryByTestId('year-mismatch')).not.toBeInTheDocument();
  });

  it('runs with the core’s year until the clerk changes it; the changed year goes into the run as PipelineOptions.year', async () => {
    const { compute, years } = yearRecorder();
    const { user } = setup({ compute });
    const input = await screen.findByRole('spinbutton', { name: /统计年度/ });
    await user.click(screen.getByRole('button', { name: '校验数据' }));
    await screen.findByTestId('findings-count');
    await user.clear(input);
    await user.type(input, '2024{Enter}');
    expect(input).toHaveValue('2024');
    expect(screen.getByTestId('year-origin')).toHaveTextContent('由您指定（自动识别为 2025 年度，取自委员名单表的标题');
    // The findings shown were made with the old year: they are gone until the next run.
    expect(screen.queryByTestId('findings-count')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '一键年度汇总' }));
    await screen.findByTestId('summary');
    await user.click(screen.getByRole('button', { name: '恢复自动识别的年度' }));
    expect(input).toHaveValue('2025');
    await user.click(screen.getByRole('button', { name: '校验数据' }));
    await screen.findByTestId('findings-count');
    expect(years).toEqual([undefined, 2024, undefined]);
  });

  it('refuses a year that is not a four-digit year, and keeps the run’s year', async () => {
    const { compute, years } = yearRecorder();
    const { user } = setup({ compute });
    const input = await screen.findByRole('spinbutton', { name: /统计年度/ });
    await user.clear(input);
    await user.type(input, '25{Enter}');
    expect(await screen.findByText('请填写四位年份，如 2025。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '校验数据' }));
    await screen.findByTestId('findings-count');
    expect(years).toEqual([undefined]);
  });

  it('shows a mismatch between the method’s year and the table’s before the run', async () => {
    const mismatch = { severity: 'warning' as const, code: 'year.mismatch' as const, sheet: '委员统计表', cell: null, row: 1, member: null, params: { methodYear: 2024, tableYear: 2025, where: '委员名单表的标题「2025年度」' }, message: '评价办法的年度为 2024 年，委员名单表的标题「2025年度」写的是 2025 年，请核对。' };
    setup({ services: services({ overviews: [overview({ years: [{ sheet: '委员统计表', year: 2024, origin: 'method', source: null, findings: [mismatch] }] })] }) });
    expect(await screen.findByTestId('year-mismatch')).toHaveTextContent('评价办法的年度为 2024 年');
    expect(screen.getByTestId('year-origin')).toHaveTextContent('取自评价办法的「年度」');
  });

  it('says when the selected sheet holds no member table, so there is no year yet', async () => {
    const { user } = setup();
    await user.selectOptions(await screen.findByRole('combobox'), '备注');
    expect(screen.getByTestId('year-none')).toHaveTextContent('所选工作表中没有委员名单表');
  });

  it('states the year in the summary', async () => {
    const { user } = await validated();
    await user.click(screen.getByRole('button', { name: '一键年度汇总' }));
    expect(await screen.findByTestId('summary-year')).toHaveTextContent('年度：2025（取自委员名单表的标题「政协测试区委员会2025年度委员履职情况统计表」）');
  });

  it('in Excel (no way to save a file from the pane) says so plainly and gives the command line for the Word documents', async () => {
    const { user } = setup();
    const input = await screen.findByRole('spinbutton', { name: /统计年度/ });
    await user.clear(input);
    await user.type(input, '2024{Enter}');
    await user.click(screen.getByRole('button', { name: '一键年度汇总' }));
    const message = await screen.findByTestId('documents-unsupported');
    expect(message).toHaveTextContent('加载项的任务窗格不能把文件保存到您的电脑上');
    expect(message).toHaveTextContent('npx duty-stats run 统计表.xlsx --year 2024 --docx Word文档');
    expect(within(screen.getByTestId('documents')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('where the host can save (the playground), downloads the Word documents of the chosen sheet and year', async () => {
    const documents = jest.fn<ReturnType<NonNullable<FlowServices['documents']>>, Parameters<NonNullable<FlowServices['documents']>>>(() => Promise.resolve({ ok: true, fileName: '2025年度履职通报与单位告知.zip', letters: 3 }));
    const { user } = setup({ services: services({ documents }) });
    await user.click(await screen.findByRole('button', { name: '一键年度汇总' }));
    await user.click(await screen.findByRole('button', { name: '下载 Word 文档' }));
    expect(await screen.findByTestId('documents-saved')).toHaveTextContent('已下载「2025年度履职通报与单位告知.zip」：内含履职通报.docx 和 3 个单位的告知函。');
    expect(documents).toHaveBeenCalledTimes(1);
    expect(documents.mock.calls[0][1]).toEqual({ sheet: '委员统计表' });
    expect(screen.queryByTestId('documents-unsupported')).not.toBeInTheDocument();
  });

  it('shows why the Word documents could not be made', async () => {
    const documents: FlowServices['documents'] = () => Promise.resolve({ ok: false, fatal: NO_TABLE });
    const { user } = setup({ services: services({ documents }) });
    await user.click(await screen.findByRole('button', { name: '一键年度汇总' }));
    await user.click(await screen.findByRole('button', { name: '下载 Word 文档' }));
    expect(await screen.findByTestId('fatal')).toHaveTextContent('没有找到委员名单表');
  });

  it('writes the member slips with the clerk’s year too', async () => {
    const { compute, years } = yearRecorder();
    const { user } = setup({ compute });
    const input = await screen.findByRole('spinbutton', { name: /统计年度/ });
    await user.clear(input);
    await user.type(input, '2023{Enter}');
    await user.click(screen.getByRole('button', { name: '生成个人告知单' }));
    await waitFor(() => expect(years).toEqual([2023]));
  });
});
