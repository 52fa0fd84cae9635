/** A snapshot cell value as the grid shows it. */
import type { CellValue } from '../host/port';

export function displayText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return 'error' in value ? value.error : `=${value.formula}`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
