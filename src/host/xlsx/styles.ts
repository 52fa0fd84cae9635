/** The plan's CellStyle → exceljs Style. */
import type { Alignment, Border, Borders, Font, Style } from 'exceljs';
import type { CellStyle, FontStyle } from '../port';
import { solidFill, toArgb } from './colors';

export function toXlsxStyle(style: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  if (style.font) out.font = toFont(style.font);
  if (style.fill) out.fill = solidFill(style.fill);
  if (style.border && style.border !== 'none') {
    const edge: Partial<Border> = { style: style.border };
    const borders: Partial<Borders> = { top: edge, left: edge, bottom: edge, right: edge };
    out.border = borders;
  }
  const alignment: Partial<Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

function toFont(font: FontStyle): Partial<Font> {
  const out: Partial<Font> = {};
  if (font.name) out.name = font.name;
  if (font.size !== undefined) out.size = font.size;
  if (font.bold !== undefined) out.bold = font.bold;
  if (font.italic !== undefined) out.italic = font.italic;
  if (font.underline !== undefined) out.underline = font.underline;
  if (font.color) out.color = { argb: toArgb(font.color) };
  return out;
}
