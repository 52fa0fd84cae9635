/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { displayText } from '../../src/playground/display-text';
import { resultFileName } from '../../src/playground/download';
import { SheetGrid } from '../../src/playground/SheetGrid';

describe('playground pieces', () => {
  it('names the download as the command line names its output', () => {
    expect(resultFileName('统计表.xlsx')).toBe('统计表-结果.xlsx');
    expect(resultFileName('sample.XLSX')).toBe('sample-结果.xlsx');
  });

  it('shows cell values as text', () => {
    expect(displayText(null)).toBe('');
    expect(displayText(undefined)).toBe('');
    expect(displayText(3)).toBe('3');
    expect(displayText(true)).toBe('TRUE');
    expect(displayText({ error: '#REF!' })).toBe('#REF!');
    expect(displayText('若干')).toBe('若干');
  });

  it('draws a window of rows with row numbers and column letters, and highlights one cell', () => {
    // Rows 5–6 of a sheet with 3 columns; the highlight is C6.
    render(<SheetGrid window={{ name: '统计表', firstRow: 5, rows: [['1', '张三', '若干'], ['2', '李四', '3']], totalRows: 6, totalColumns: 3 }} highlight="C6" label="工作表「统计表」" />);
    const grid = screen.getByRole('table', { name: '工作表「统计表」' });
    expect(grid).toHaveAttribute('data-sheet', '统计表');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['', 'A', 'B', 'C']);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['5', '6']);
    const highlighted = grid.querySelectorAll('[data-highlighted="true"]');
    expect([...highlighted].map((c) => `${c.getAttribute('data-cell')}=${c.textContent}`)).toEqual(['C6=3']);
  });
});
