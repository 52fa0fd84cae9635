/** Colour conversions between the plan's `#RRGGBB` and exceljs' ARGB / indexed colours. */
import type { Color, Fill } from 'exceljs';
import { themeColor, type ThemePalette } from './theme-colors';

export function toArgb(hex: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return `FF${m[1].toUpperCase()}`;
}

/** The legacy indexed palette (0–63) of the xlsx format, for fills given by index. */
const INDEXED: readonly string[] = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

/** `#RRGGBB` of a colour given as ARGB, legacy palette index, or theme colour (with the workbook's theme palette). */
export function fromColor(color: (Partial<Color> & { indexed?: number; tint?: number }) | undefined, theme?: ThemePalette): string | null {
  if (!color) return null;
  if (typeof color.theme === 'number' && theme) return themeColor(theme, color.theme, typeof color.tint === 'number' ? color.tint : 0);
  if (typeof color.argb === 'string' && /^[0-9a-fA-F]{8}$/.test(color.argb)) return `#${color.argb.slice(2).toUpperCase()}`;
  if (typeof color.argb === 'string' && /^[0-9a-fA-F]{6}$/.test(color.argb)) return `#${color.argb.toUpperCase()}`;
  if (typeof color.indexed === 'number' && color.indexed >= 0 && color.indexed < INDEXED.length) return `#${INDEXED[color.indexed]}`;
  return null;
}

/** The `#RRGGBB` of a solid fill; null for no fill, patterns other than solid, and gradients (theme colours need `theme`). */
export function solidFillColor(fill: Fill | undefined, theme?: ThemePalette): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  return fromColor(fill.fgColor, theme);
}

export function solidFill(hex: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(hex) } };
}
