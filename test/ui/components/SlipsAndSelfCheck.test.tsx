/** @jest-environment jsdom */
/* The pane's 个人履职告知单 action and 环境自检, over the WPS host on the strict fake. */
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SlipsPanel } from '../../../src/ui/components/SlipsPanel';
import { SelfCheckPanel } from '../../../src/ui/components/SelfCheckPanel';
import { runWpsSelfCheck } from '../../../src/host/wps/self-check';
import { MEMBER_SHEET, MEMBER_SHEET_FIXTURE } from '../../support/excel-plans';
import { hostOf, memberWorkbook } from '../../support/wps-fixtures';
import { WpsFake } from '../../support/fakes/wps-fake';

describe('SlipsPanel', () => {
  it('writes the slips of one unit, then of the selected rows, and names what it wrote', async () => {
    const fake = memberWorkbook();
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <SlipsPanel host={hostOf(fake)} sheet={MEMBER_SHEET} units={['区教育局', '区卫健委', '区财政局']} />
      </FluentProvider>,
    );
    await user.click(screen.getByRole('radio', { name: '某个工作单位的委员' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '工作单位' }), '区卫健委');
    await user.click(screen.getByRole('button', { name: '生成个人告知单' }));
    await waitFor(() =>
      expect(screen.getByTestId('slips-done')).toHaveTextContent(
        '个人履职告知单：单位「区卫健委」的 1 位委员。 已写入工作表「个人履职告知单」。',
      ),
    );
    expect(fake.sheetNames()).toContain('个人履职告知单');

    fake.select(MEMBER_SHEET, 'A2:C2,A4:C4');
    await user.click(screen.getByRole('radio', { name: /选中的委员/ }));
    await user.click(screen.getByRole('button', { name: '生成个人告知单' }));
    await waitFor(() => expect(screen.getByTestId('slips-done')).toHaveTextContent('选中的 2 位委员'));
  });

  it('a unit with no member is the core’s clear message, nothing written', async () => {
    const fake = memberWorkbook();
    const user = userEvent.setup();
    render(<SlipsPanel host={hostOf(fake)} sheet={MEMBER_SHEET} units={['区统计局']} />);
    await user.click(screen.getByRole('radio', { name: '某个工作单位的委员' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '工作单位' }), '区统计局');
    await user.click(screen.getByRole('button', { name: '生成个人告知单' }));
    await waitFor(() => expect(screen.getByTestId('fatal')).toHaveTextContent('没有单位为「区统计局」的委员'));
    expect(fake.sheetNames()).toEqual([MEMBER_SHEET]);
  });
});

describe('SelfCheckPanel', () => {
  it('runs the self-check and shows the report to copy; without a clipboard it says how to copy by hand', async () => {
    const fake = WpsFake.fromSheets('x.xlsx', [MEMBER_SHEET_FIXTURE]);
    const user = userEvent.setup();
    render(<SelfCheckPanel run={() => runWpsSelfCheck(fake.app, { userAgent: 'Chrome/69.0.3497.128', ranAt: '2025-12-20 09:30:00' })} />);
    await user.click(screen.getByRole('button', { name: '运行环境自检' }));
    const text = await screen.findByTestId('self-check-text');
    expect((text as HTMLTextAreaElement).value).toMatch(/^履职统计 · 环境自检（WPS 表格）\n检查时间：2025-12-20 09:30:00/);
    expect((text as HTMLTextAreaElement).value).toContain('结论：全部');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: '复制结果' }));
    expect(screen.getByText(/无法自动复制/)).toBeInTheDocument();
  });

  it('shows a report the ribbon left, before any run', () => {
    render(
      <SelfCheckPanel
        run={() => Promise.reject(new Error('not called'))}
        initialText={'履职统计 · 环境自检（WPS 表格）\n结论：全部 21 项检查通过'}
      />,
    );
    expect(screen.getByTestId('self-check-text')).toHaveValue('履职统计 · 环境自检（WPS 表格）\n结论：全部 21 项检查通过');
  });
});
