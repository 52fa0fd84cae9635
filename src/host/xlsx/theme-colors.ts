/**
 * Theme colours → `#RRGGBB`. Fills picked from the upper part of Excel's colour palette are stored
 * as a theme index plus a tint; the core only knows `#RRGGBB`, so a cell the product marks must
 * have its theme fill resolved to remember (and later restore) how it looked.
 */
import type { Workbook } from 'exceljs';

/** exceljs' own default theme (used when a workbook carries none). */
const DEFAULT_SCHEME: Readonly<Record<string, string>> = {
  dk1: '000000', lt1: 'FFFFFF', dk2: '1F497D', lt2: 'EEECE1',
  accent1: '4F81BD', accent2: 'C0504D', accent3: '9BBB59', accent4: '8064A2', accent5: '4BACC6', accent6: 'F79646',
  hlink: '0000FF', folHlink: '800080',
};
/** SpreadsheetML theme indexes 0–11 (the first two pairs swapped against the scheme's order). */
const THEME_ORDER = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

export type ThemePalette = readonly string[];

const cache = new WeakMap<Workbook, ThemePalette>();

/** The 12 theme colours of a workbook, from its theme1.xml (as exceljs keeps it), else exceljs' default. */
export function themePalette(workbook: Workbook): ThemePalette {
  const known = cache.get(workbook);
  if (known) return known;
  const themes = (workbook as Workbook & { _themes?: Record<string, unknown> })._themes;
  const xml = typeof themes?.theme1 === 'string' ? themes.theme1 : '';
  const scheme: Record<string, string> = { ...DEFAULT_SCHEME };
  for (const name of THEME_ORDER) {
    const m = new RegExp(`<a:${name}>\\s*<a:(?:srgbClr val|sysClr [^>]*lastClr)="([0-9A-Fa-f]{6})"`).exec(xml);
    if (m) scheme[name] = m[1].toUpperCase();
  }
  const palette = THEME_ORDER.map((n) => scheme[n]);
  cache.set(workbook, palette);
  return palette;
}

/**
 * `#RRGGBB` of theme colour `index` with Excel's tint (−1 darker … +1 lighter, applied to HSL
 * lightness). Tinted colours may differ from what Excel shows by 1 in a channel (Excel rounds in
 * its own integer colour space): invisible, but not bit-exact.
 */
export function themeColor(palette: ThemePalette, index: number, tint = 0): string | null {
  const hex = palette[index];
  if (hex === undefined) return null;
  if (tint === 0) return `#${hex}`;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [h, s, l] = toHsl(r, g, b);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return `#${toRgb(h, s, Math.min(1, Math.max(0, lum)))
    .map((v) => Math.floor(v * 255).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

function toHsl(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function toRgb(h: number, s: number, l: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t0: number): number => {
    const t = t0 < 0 ? t0 + 1 : t0 > 1 ? t0 - 1 : t0;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}
