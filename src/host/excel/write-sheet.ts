/**
 * One SheetPlan into one (new, empty) worksheet: values in bulk, then the styles grouped by final
 * cell style (style-plan.ts) and applied through RangeAreas, number formats as 2-D blocks, merges,
 * widths, heights grouped by value, hyperlinks, page layout, page breaks, freeze panes, tab colour.
 * Every queued operation is paid for in the request budget first.
 */
import { columnLetter, parseRange } from '../../core';
import type { CellStyle, PageSetup, PlanValue, SheetPlan } from '../port';
import type { XlFormatUpdate, XlPageLayoutUpdate, XlWorksheet } from './office-api';
import { BORDER_OVERHEAD, FORMAT_OVERHEAD, operationBytes, setOverhead, utf8Length, type RequestBudget } from './request-budget';
import { sheetAddress } from './sheet-ref';
import { groupStyles, type FormatPart, type Rect } from './style-plan';
import { charsToPoints, mmToPoints } from './units';
import { CHUNK_BYTES, writeValues } from './write-values';
import { addressChunks } from '../address-chunks';

/** Characters of comma-separated addresses per getRanges call (Excel rejects very long ones, around 8,000). */
export const AREAS_ADDRESS_LIMIT = 2000;
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

export async function writeSheet(ws: XlWorksheet, plan: SheetPlan, budget: RequestBudget): Promise<void> {
  await writeValues(ws, plan.values, budget);
  await writeStyles(ws, plan, budget);
  await writeMerges(ws, plan.merges, budget);
  await writeWidths(ws, plan.columnWidths, budget);
  await writeHeights(ws, plan.rowHeights, budget);
  for (const link of plan.hyperlinks) {
    const hyperlink = { documentReference: sheetAddress(link.sheet, link.target), textToDisplay: displayText(plan.values, link.cell) };
    await budget.spend(operationBytes([link.cell, hyperlink]));
    ws.getRange(link.cell).hyperlink = hyperlink;
  }
  if (plan.pageSetup) await writePageSetup(ws, plan.pageSetup, budget);
  for (const row of plan.pageBreaks) {
    await budget.spend(operationBytes([`A${row}`]));
    ws.horizontalPageBreaks.add(`A${row}`);
  }
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    await budget.spend(operationBytes([plan.freeze], FORMAT_OVERHEAD));
    const { rows, columns } = plan.freeze;
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(`A1:${columnLetter(columns)}${rows}`);
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(columns);
  }
  if (plan.tabColor) {
    await budget.spend(operationBytes(plan.tabColor));
    ws.tabColor = plan.tabColor;
  }
}

function a1(r: Rect): string {
  const from = `${columnLetter(r.left)}${r.top}`;
  const to = `${columnLetter(r.right)}${r.bottom}`;
  return from === to ? from : `${from}:${to}`;
}


function formatUpdate(style: FormatPart | CellStyle): XlFormatUpdate {
  const update: XlFormatUpdate = {};
  const f = style.font;
  if (f) {
    update.font = {
      ...(f.name !== undefined && { name: f.name }),
      ...(f.size !== undefined && { size: f.size }),
      ...(f.bold !== undefined && { bold: f.bold }),
      ...(f.italic !== undefined && { italic: f.italic }),
      ...(f.underline !== undefined && { underline: f.underline ? 'Single' : 'None' }),
      ...(f.color !== undefined && { color: f.color }),
    };
  }
  if (style.fill) update.fill = { color: style.fill };
  if (style.horizontal) update.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) update.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) update.wrapText = style.wrap;
  return update;
}

async function writeStyles(ws: XlWorksheet, plan: SheetPlan, budget: RequestBudget): Promise<void> {
  const groups = groupStyles(plan.styles);
  for (const { format, areas } of groups.formats) {
    const update = formatUpdate(format);
    for (const address of addressChunks(areas.map(a1), AREAS_ADDRESS_LIMIT)) {
      await budget.spend(operationBytes([address, update], setOverhead(update)));
      ws.getRanges(address).format.set(update);
    }
  }
  for (const { border, areas } of groups.borders) {
    const line = { style: 'Continuous', weight: border === 'thin' ? 'Thin' : 'Medium' };
    for (const address of addressChunks(areas.map(a1), AREAS_ADDRESS_LIMIT)) {
      const borders = ws.getRanges(address).format.borders;
      for (const edge of EDGES) {
        await budget.spend(operationBytes([address, edge, line], setOverhead(line, BORDER_OVERHEAD)));
        borders.getItem(edge).set(line);
      }
    }
  }
  for (const block of groups.numberFormats) {
    const width = block.formats[0].length;
    const rowBytes = utf8Length(JSON.stringify(block.formats[0])) + 1;
    const perCall = Math.max(1, Math.floor(CHUNK_BYTES / rowBytes));
    for (let i = 0; i < block.formats.length; i += perCall) {
      const rows = block.formats.slice(i, i + perCall).map((r) => [...r]);
      await budget.spend(operationBytes(rows));
      ws.getRangeByIndexes(block.top - 1 + i, block.left - 1, rows.length, width).numberFormat = rows;
    }
  }
}

/** Single-row merges of the same columns on consecutive rows become one `merge(true)` (each row merged on its own). */
async function writeMerges(ws: XlWorksheet, merges: readonly string[], budget: RequestBudget): Promise<void> {
  const rects = merges.map((m) => {
    const r = parseRange(m);
    if (!r) throw new Error(`bad merge address in plan: ${m}`);
    return r;
  });
  const rows = rects.filter((r) => r.top === r.bottom && r.right > r.left).sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const blocks = rects.filter((r) => r.top !== r.bottom);
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j].left === rows[i].left && rows[j].right === rows[i].right && rows[j].top === rows[j - 1].top + 1) j++;
    const address = a1({ ...rows[i], bottom: rows[j - 1].top });
    await budget.spend(operationBytes([address, j - i > 1]));
    ws.getRange(address).merge(j - i > 1);
    i = j;
  }
  for (const r of blocks) {
    await budget.spend(operationBytes([a1(r), false]));
    ws.getRange(a1(r)).merge(false);
  }
}

/** Equal neighbouring widths go in one call (`B:D`). */
async function writeWidths(ws: XlWorksheet, widths: readonly (number | null)[], budget: RequestBudget): Promise<void> {
  for (let i = 0; i < widths.length; ) {
    const w = widths[i];
    let j = i + 1;
    while (j < widths.length && widths[j] === w) j++;
    if (w !== null) {
      const columns = `${columnLetter(i + 1)}:${columnLetter(j)}`;
      await budget.spend(operationBytes([columns, w], FORMAT_OVERHEAD));
      ws.getRange(columns).format.set({ columnWidth: charsToPoints(w) });
    }
    i = j;
  }
}

/** Rows of one height, as whole-row areas ("3:9,12:12") in one call per height. */
async function writeHeights(ws: XlWorksheet, heights: readonly { row: number; height: number }[], budget: RequestBudget): Promise<void> {
  const byHeight = new Map<number, string[]>();
  for (let i = 0; i < heights.length; ) {
    let j = i + 1;
    while (j < heights.length && heights[j].height === heights[i].height && heights[j].row === heights[j - 1].row + 1) j++;
    const list = byHeight.get(heights[i].height) ?? [];
    list.push(`${heights[i].row}:${heights[j - 1].row}`);
    byHeight.set(heights[i].height, list);
    i = j;
  }
  for (const [height, rows] of byHeight) {
    for (const address of addressChunks(rows, AREAS_ADDRESS_LIMIT)) {
      await budget.spend(operationBytes([address, height], FORMAT_OVERHEAD));
      ws.getRanges(address).format.set({ rowHeight: height });
    }
  }
}

async function writePageSetup(ws: XlWorksheet, p: PageSetup, budget: RequestBudget): Promise<void> {
  const layout: XlPageLayoutUpdate = {
    paperSize: p.paperSize,
    orientation: p.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    topMargin: mmToPoints(p.margins.top),
    bottomMargin: mmToPoints(p.margins.bottom),
    leftMargin: mmToPoints(p.margins.left),
    rightMargin: mmToPoints(p.margins.right),
    headerMargin: mmToPoints(p.margins.header),
    footerMargin: mmToPoints(p.margins.footer),
    centerHorizontally: p.horizontalCentered ?? false,
    // One page wide, as many pages tall as needed (0 = automatic, as fitToHeight="0" in the file).
    ...(p.fitToWidth && { zoom: { horizontalFitToPages: p.pagesWide ?? 1, verticalFitToPages: 0 } }),
    // PageLayout.firstPageNumber (ExcelApi 1.9): a number, or "" for automatic (numbering on from the sheets before).
    ...(p.firstPageNumber !== undefined && { firstPageNumber: p.firstPageNumber }),
  };
  await budget.spend(operationBytes(layout, setOverhead(layout)));
  ws.pageLayout.set(layout);
  if (p.printArea) {
    await budget.spend(operationBytes([p.printArea], FORMAT_OVERHEAD));
    ws.pageLayout.setPrintArea(p.printArea);
  }
  if (p.printTitleRows) {
    const rows = `$${p.printTitleRows[0]}:$${p.printTitleRows[1]}`;
    await budget.spend(operationBytes([rows], FORMAT_OVERHEAD));
    ws.pageLayout.setPrintTitleRows(rows);
  }
  if (p.printTitleColumns) {
    const columns = `$${columnLetter(p.printTitleColumns[0])}:$${columnLetter(p.printTitleColumns[1])}`;
    await budget.spend(operationBytes([columns], FORMAT_OVERHEAD));
    ws.pageLayout.setPrintTitleColumns(columns);
  }
  if (p.footerCenter) {
    await budget.spend(operationBytes([p.footerCenter], BORDER_OVERHEAD));
    ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = p.footerCenter;
  }
}

function displayText(values: readonly (readonly PlanValue[])[], cell: string): string {
  const at = parseRange(cell);
  const v = at ? values[at.top - 1]?.[at.left - 1] : null;
  return v === null || v === undefined ? '' : String(v);
}
