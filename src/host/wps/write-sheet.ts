/**
 * One SheetPlan into one (new, empty) WPS worksheet, deciding nothing: all values in ONE Value2
 * assignment; styles resolved to each cell's final style and grouped (the Excel host's pure
 * style-plan.ts), then one call per property per distinct style and ~255 characters of
 * multi-area address; merges, widths, heights, hyperlinks, page setup, page breaks, freeze
 * panes, tab colour. Strings Excel/WPS would reinterpret get a leading apostrophe, exactly as in
 * the Excel host (excel/cell-input.ts).
 */
import { columnLetter, parseRange, rangeAddress } from '../../core';
import type { PageSetup, PlanValue, SheetPlan } from '../port';
import { excelInput } from '../excel/cell-input';
import { sheetAddress } from '../excel/sheet-ref';
import { groupStyles, type FormatPart, type NumberFormatBlock, type Rect } from '../excel/style-plan';
import { mmToPoints } from '../excel/units';
import { hexToBgr } from './colors';
import { addressChunks } from '../address-chunks';
import {
  XL_BOTTOM,
  XL_CENTER,
  XL_CONTINUOUS,
  XL_LANDSCAPE,
  XL_LEFT,
  XL_MEDIUM,
  XL_NONE,
  XL_PAPER_A3,
  XL_PAPER_A4,
  XL_PORTRAIT,
  XL_RIGHT,
  XL_THIN,
  XL_TOP,
  XL_UNDERLINE_SINGLE,
  type WpsApplication,
  type WpsRange,
  type WpsSheet,
} from './wps-api';

/** Characters of comma-separated areas per Range(address): VBA's Range() takes at most 255. ASSUMPTION: WPS has the same limit and accepts multi-area addresses. */
export const AREAS_ADDRESS_LIMIT = 255;
const HORIZONTAL = { left: XL_LEFT, center: XL_CENTER, right: XL_RIGHT } as const;
const VERTICAL = { top: XL_TOP, middle: XL_CENTER, bottom: XL_BOTTOM } as const;

export function writeSheet(app: WpsApplication, ws: WpsSheet, plan: SheetPlan): void {
  writeValues(ws, plan.values);
  writeStyles(ws, plan);
  writeMerges(ws, plan.merges);
  writeWidths(ws, plan.columnWidths);
  writeHeights(ws, plan.rowHeights);
  for (const link of plan.hyperlinks) {
    ws.Hyperlinks.Add(ws.Range(link.cell), '', sheetAddress(link.sheet, link.target), '', displayText(plan.values, link.cell));
  }
  if (plan.pageSetup) writePageSetup(ws, plan.pageSetup);
  for (const row of plan.pageBreaks) ws.HPageBreaks.Add(ws.Range(`A${row}`));
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    // ASSUMPTION: freezing works on the active window only, as in VBA, so the sheet is activated first.
    ws.Activate();
    const win = app.ActiveWindow;
    win.FreezePanes = false;
    win.SplitRow = plan.freeze.rows;
    win.SplitColumn = plan.freeze.columns;
    win.FreezePanes = true;
  }
  if (plan.tabColor) ws.Tab.Color = hexToBgr(plan.tabColor);
}

/** The whole grid in one Value2 assignment ('' pads short rows; a new sheet is empty). */
export function writeValues(ws: WpsSheet, values: readonly (readonly PlanValue[])[]): void {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  if (width === 0) return;
  const grid = values.map((row) => Array.from({ length: width }, (_, c) => excelInput(row[c] ?? null)));
  ws.Range(rangeAddress(1, 1, values.length, width)).Value2 = values.length === 1 && width === 1 ? grid[0][0] : grid;
}

function a1(r: Rect): string {
  return rangeAddress(r.top, r.left, r.bottom, r.right);
}


function applyFormat(range: WpsRange, f: FormatPart): void {
  const font = f.font;
  if (font) {
    const target = range.Font;
    if (font.name !== undefined) target.Name = font.name;
    if (font.size !== undefined) target.Size = font.size;
    if (font.bold !== undefined) target.Bold = font.bold;
    if (font.italic !== undefined) target.Italic = font.italic;
    if (font.underline !== undefined) target.Underline = font.underline ? XL_UNDERLINE_SINGLE : XL_NONE;
    if (font.color !== undefined) target.Color = hexToBgr(font.color);
  }
  if (f.fill) range.Interior.Color = hexToBgr(f.fill);
  if (f.horizontal) range.HorizontalAlignment = HORIZONTAL[f.horizontal];
  if (f.vertical) range.VerticalAlignment = VERTICAL[f.vertical];
  if (f.wrap !== undefined) range.WrapText = f.wrap;
}

function writeStyles(ws: WpsSheet, plan: SheetPlan): void {
  const groups = groupStyles(plan.styles);
  for (const { format, areas } of groups.formats) for (const address of addressChunks(areas.map(a1), AREAS_ADDRESS_LIMIT)) applyFormat(ws.Range(address), format);
  for (const { border, areas } of groups.borders) {
    for (const address of addressChunks(areas.map(a1), AREAS_ADDRESS_LIMIT)) {
      // Range.Borders (no index) is every edge of every cell, inside ones included.
      const borders = ws.Range(address).Borders;
      borders.LineStyle = XL_CONTINUOUS;
      borders.Weight = border === 'thin' ? XL_THIN : XL_MEDIUM;
    }
  }
  for (const [format, rects] of numberFormatAreas(groups.numberFormats)) for (const address of addressChunks(rects.map(a1), AREAS_ADDRESS_LIMIT)) ws.Range(address).NumberFormat = format;
}

/** Number format blocks → per format, the column runs that carry it (General, the default, is skipped). */
export function numberFormatAreas(blocks: readonly NumberFormatBlock[]): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  for (const block of blocks) {
    const width = block.formats[0]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      for (let r = 0; r < block.formats.length; ) {
        const format = block.formats[r][c];
        let end = r + 1;
        while (end < block.formats.length && block.formats[end][c] === format) end++;
        if (format !== 'General') {
          const list = out.get(format) ?? [];
          const col = block.left + c;
          list.push({ top: block.top + r, left: col, bottom: block.top + end - 1, right: col });
          out.set(format, list);
        }
        r = end;
      }
    }
  }
  return out;
}

/**
 * Single-row merges (consecutive rows of the same columns joined into one area) go through
 * Merge(true), which merges each row of each area; other merges through Merge(false), which merges
 * each area on its own. ASSUMPTION (VBA semantics, not verified on real WPS): Merge on a
 * multi-area range merges every area separately.
 */
function writeMerges(ws: WpsSheet, merges: readonly string[]): void {
  const rects = merges.map((m) => {
    const r = parseRange(m);
    if (!r) throw new Error(`bad merge address in plan: ${m}`);
    return r;
  });
  const rows = rects.filter((r) => r.top === r.bottom && r.right > r.left).sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const across: Rect[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j].left === rows[i].left && rows[j].right === rows[i].right && rows[j].top === rows[j - 1].top + 1) j++;
    across.push({ ...rows[i], bottom: rows[j - 1].top });
    i = j;
  }
  for (const address of addressChunks(across.map(a1), AREAS_ADDRESS_LIMIT)) ws.Range(address).Merge(true);
  for (const address of addressChunks(rects.filter((x) => x.top !== x.bottom).map(a1), AREAS_ADDRESS_LIMIT)) ws.Range(address).Merge(false);
}

/** Equal neighbouring widths in one call (`B:D`); ColumnWidth is in characters, as the plan. */
function writeWidths(ws: WpsSheet, widths: readonly (number | null)[]): void {
  for (let i = 0; i < widths.length; ) {
    const w = widths[i];
    let j = i + 1;
    while (j < widths.length && widths[j] === w) j++;
    if (w !== null) ws.Range(`${columnLetter(i + 1)}:${columnLetter(j)}`).ColumnWidth = w;
    i = j;
  }
}

/** Rows of one height as whole-row areas ("3:9,12:12"), one call per height and address chunk. */
function writeHeights(ws: WpsSheet, heights: readonly { row: number; height: number }[]): void {
  const byHeight = new Map<number, string[]>();
  for (let i = 0; i < heights.length; ) {
    let j = i + 1;
    while (j < heights.length && heights[j].height === heights[i].height && heights[j].row === heights[j - 1].row + 1) j++;
    const list = byHeight.get(heights[i].height) ?? [];
    list.push(`${heights[i].row}:${heights[j - 1].row}`);
    byHeight.set(heights[i].height, list);
    i = j;
  }
  for (const [height, rows] of byHeight) for (const address of addressChunks(rows, AREAS_ADDRESS_LIMIT)) ws.Range(address).RowHeight = height;
}

function writePageSetup(ws: WpsSheet, p: PageSetup): void {
  const setup = ws.PageSetup;
  setup.PaperSize = p.paperSize === 'A3' ? XL_PAPER_A3 : XL_PAPER_A4;
  setup.Orientation = p.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  // Margins in points (mm × 72 / 25.4), not Application.CentimetersToPoints: one less call per margin.
  setup.TopMargin = mmToPoints(p.margins.top);
  setup.BottomMargin = mmToPoints(p.margins.bottom);
  setup.LeftMargin = mmToPoints(p.margins.left);
  setup.RightMargin = mmToPoints(p.margins.right);
  setup.HeaderMargin = mmToPoints(p.margins.header);
  setup.FooterMargin = mmToPoints(p.margins.footer);
  setup.CenterHorizontally = p.horizontalCentered ?? false;
  if (p.fitToWidth) {
    // One page wide, as many tall as needed; Zoom must be false for FitToPages* to apply.
    setup.Zoom = false;
    setup.FitToPagesWide = p.pagesWide ?? 1;
    setup.FitToPagesTall = false;
  }
  if (p.printArea) setup.PrintArea = p.printArea;
  if (p.printTitleRows) setup.PrintTitleRows = `$${p.printTitleRows[0]}:$${p.printTitleRows[1]}`;
  if (p.printTitleColumns) setup.PrintTitleColumns = `$${columnLetter(p.printTitleColumns[0])}:$${columnLetter(p.printTitleColumns[1])}`;
  if (p.firstPageNumber !== undefined) setup.FirstPageNumber = p.firstPageNumber;
  if (p.footerCenter) setup.CenterFooter = p.footerCenter;
}

function displayText(values: readonly (readonly PlanValue[])[], cell: string): string {
  const at = parseRange(cell);
  const v = at ? values[at.top - 1]?.[at.left - 1] : null;
  return v === null || v === undefined ? '' : String(v);
}
