/** @jest-environment jsdom */
/* The pane's 导入往年结果 panel (issue 13): files chosen → the import → what each year brought, and what was left out. */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ArchiveImportPanel } from '../../../src/ui/components/ArchiveImportPanel';
import type { ArchiveFile } from '../../../src/host/archive-import';
import { MemoryHost } from '../../support/memory-host';

describe('ArchiveImportPanel', () => {
  it('passes the chosen files to the import and lists the years and the findings', async () => {
    const seen: string[] = [];
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ArchiveImportPanel
          host={new MemoryHost([])}
          importFiles={(_host, files: readonly ArchiveFile[]) => {
            seen.push(...files.map((f) => `${f.name}:${f.bytes.length}`));
            return Promise.resolve({ ok: true, years: [{ year: 2021, members: 5, file: '2021.xlsx', replaced: 0 }], findings: [], notes: ['档案写入「履职档案(2)」。'], sheet: '履职档案(2)', yearsHeld: 1 });
          }}
        />
      </FluentProvider>,
    );
    await user.upload(screen.getByTestId('archive-import-files'), new File([new Uint8Array([1, 2, 3])], '2021.xlsx'));
    expect(await screen.findByTestId('archive-import-result')).toHaveTextContent('2021 年度：5 位委员（来自「2021.xlsx」）');
    expect(screen.getByTestId('archive-import-result')).toHaveTextContent('已写入工作表「履职档案(2)」，档案中现有 1 个年度。');
    expect(seen).toEqual(['2021.xlsx:3']);
  });

  it('shows a refusal in words', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ArchiveImportPanel host={new MemoryHost([])} importFiles={() => Promise.resolve({ ok: false, message: '「成绩.xlsx」的工作表「表」没有写明年度' })} />
      </FluentProvider>,
    );
    await user.upload(screen.getByTestId('archive-import-files'), new File(['x'], '成绩.xlsx'));
    expect(await screen.findByTestId('archive-import-refused')).toHaveTextContent('没有写明年度');
  });
});
