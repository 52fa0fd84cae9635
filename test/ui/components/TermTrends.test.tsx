/** @jest-environment jsdom */
/* The pane's small trend chart of a member's term (issue 13), from a real two-year run. */
import '@testing-library/jest-dom';
import type { ReactElement } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TermTrends } from '../../../src/ui/components/TermTrends';
import { runView } from '../../../src/ui/flow/run-view';
import { runPipeline, STEP_OUTPUTS, type PipelineSuccess } from '../../../src/core/pipeline';
import { parseMethodObject } from '../../../src/core/method/parse-method';
import { MemoryHost, memSheet } from '../../support/memory-host';
import { TABLE_SHEET, TERM_METHOD, tableValues, type Year } from '../../support/archive-years';

// The chart library draws with d3 (ESM only, and jsdom has no layout); the test sees the points it is given.
jest.mock('@fluentui/react-charts', () => ({
  LineChart: (props: { data: { lineChartData: { data: { x: number; y: number }[] }[] } }): ReactElement => (
    <ol data-testid="line">
      {props.data.lineChartData[0].data.map((d) => (
        <li key={d.x}>{`${d.x}=${d.y}`}</li>
      ))}
    </ol>
  ),
}));

async function run(host: MemoryHost, year: Year): Promise<PipelineSuccess> {
  const parsed = parseMethodObject(TERM_METHOD);
  if (!parsed.ok) throw new Error(parsed.detail);
  host.sheet(TABLE_SHEET).values = tableValues(year);
  const o = runPipeline(await host.readSnapshot(), { fileName: 'x.xlsx', method: parsed.method, outputs: STEP_OUTPUTS.all, today: { year: year + 1, month: 1, day: 5 }, runAt: `${year + 1}-01-05 09:00:00` });
  if (!o.ok) throw new Error(o.fatal.message);
  await host.applyPlan(o.plan);
  return o;
}

describe('TermTrends', () => {
  it('draws the chosen member’s scores over the years, with the years written out', async () => {
    const host = new MemoryHost([memSheet(TABLE_SHEET)]);
    await run(host, 2023);
    await run(host, 2024);
    const view = runView(await run(host, 2025));
    // By 2025 every member has two or more years (王五: 2024, 2025; 钱七: 2024, 2025).
    expect(view.trends.map((t) => t.name)).toEqual(['张三', '张三', '李四', '王五', '赵六', '钱七']);
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <TermTrends trends={view.trends} />
      </FluentProvider>,
    );
    // 赵六: 2023 60 合格, 2024 30 不合格, 2025 35 不合格; flagged 连续两年不合格 and 届内两次以上不合格.
    await user.selectOptions(screen.getByTestId('term-trend-member'), '4');
    expect(within(screen.getByTestId('line')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2023=60', '2024=30', '2025=35']);
    expect(within(screen.getByTestId('term-trend-years')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2023年 60.00分 合格', '2024年 30.00分 不合格', '2025年 35.00分 不合格']);
    expect(screen.getByTestId('term-trend-flags')).toHaveTextContent('届内标记：连续两年不合格、届内两次以上不合格');
  });

  it('shows nothing without an earlier year', () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <TermTrends trends={[]} />
      </FluentProvider>,
    );
    expect(container.querySelector('[data-testid="term-trends"]')).toBeNull();
  });
});
