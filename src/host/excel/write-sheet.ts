/**
 * One SheetPlan into one (new, empty) worksheet: values in bulk, then styles in plan order, merges,
 * widths, heights, hyperlinks, page layout, page breaks, freeze panes and tab colour. Every queued
 * operation is paid for in the request budget first.
 */
import { columnLetter, parseRange } from '../../core/a1';
import type { CellStyle, PageSetup, PlanValue, SheetPlan, StyleRun } from '../port';
import type { XlFormatUpdate, XlPageLayoutUpdate, XlRangeBorderCollection, XlWorksheet } from './office-api';
import { operationBytes, type RequestBudget } from './request-budget';
import { sheetAddress } from './sheet-ref';
import { charsToPoints, mmToPoints } from './units';
import { writeNumberFormat, writeValues } from './write-values';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

export async function writeSheet(ws: XlWorksheet, plan: SheetPlan, budget: RequestBudget): Promise<void> {
  await writeValues(ws, plan.values, budget);
  for (const run of plan.styles) await writeStyle(ws, run, budget);
  for (const merge of plan.merges) {
    area(merge);
    await budget.spend(operationBytes([merge]) * 2);
    ws.getRange(merge).merge(false);
  }
  await writeWidths(ws, plan.columnWidths, budget);
  await writeHeights(ws, plan.rowHeights, budget);
  for (const link of plan.hyperlinks) {
    const hyperlink = { documentReference: sheetAddress(link.sheet, link.target), textToDisplay: displayText(plan.values, link.cell) };
    await budget.spend(operationBytes([link.cell, hyperlink]) * 2);
    ws.getRange(link.cell).hyperlink = hyperlink;
  }
  if (plan.pageSetup) await writePageSetup(ws, plan.pageSetup, budget);
  for (const row of plan.pageBreaks) {
    await budget.spend(operationBytes([`A${row}`]) * 2);
    ws.horizontalPageBreaks.add(`A${row}`);
  }
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    await budget.spend(operationBytes([plan.freeze]) * 2);
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

function area(a1: string): { top: number; left: number; bottom: number; right: number } {
  const r = parseRange(a1);
  if (!r) throw new Error(`bad range address in plan: ${a1}`);
  return r;
}

function formatUpdate(style: CellStyle): XlFormatUpdate | null {
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
  return Object.keys(update).length > 0 ? update : null;
}

async function writeStyle(ws: XlWorksheet, run: StyleRun, budget: RequestBudget): Promise<void> {
  const bounds = area(run.range);
  const update = formatUpdate(run.style);
  if (update) {
    await budget.spend(operationBytes([run.range, update]) * 2);
    ws.getRange(run.range).format.set(update);
  }
  if (run.style.border) await writeBorders(ws.getRange(run.range).format.borders, bounds, run.style.border, budget);
  if (run.style.numberFormat) await writeNumberFormat(ws, bounds, run.style.numberFormat, budget);
}

async function writeBorders(borders: XlRangeBorderCollection, bounds: { top: number; left: number; bottom: number; right: number }, border: 'thin' | 'medium' | 'none', budget: RequestBudget): Promise<void> {
  const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
  const inside = [...(bounds.right > bounds.left ? (['InsideVertical'] as const) : []), ...(bounds.bottom > bounds.top ? (['InsideHorizontal'] as const) : [])];
  const line = border === 'none' ? { style: 'None' } : { style: 'Continuous', weight: border === 'thin' ? 'Thin' : 'Medium' };
  for (const edge of [...edges, ...inside]) {
    await budget.spend(operationBytes([edge, line]) * 2);
    borders.getItem(edge).set(line);
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
      await budget.spend(operationBytes([columns, w]) * 2);
      ws.getRange(columns).format.set({ columnWidth: charsToPoints(w) });
    }
    i = j;
  }
}

/** Consecutive rows of one height go in one call (`3:9`). */
async function writeHeights(ws: XlWorksheet, heights: readonly { row: number; height: number }[], budget: RequestBudget): Promise<void> {
  for (let i = 0; i < heights.length; ) {
    let j = i + 1;
    while (j < heights.length && heights[j].height === heights[i].height && heights[j].row === heights[j - 1].row + 1) j++;
    const rows = `${heights[i].row}:${heights[j - 1].row}`;
    await budget.spend(operationBytes([rows, heights[i].height]) * 2);
    ws.getRange(rows).format.set({ rowHeight: heights[i].height });
    i = j;
  }
}

async function writePageSetup(ws: XlWorksheet, p: PageSetup, budget: RequestBudget): Promise<void> {
  const layout: XlPageLayoutUpdate = {
    paperSize: 'A4',
    orientation: p.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    topMargin: mmToPoints(p.margins.top),
    bottomMargin: mmToPoints(p.margins.bottom),
    leftMargin: mmToPoints(p.margins.left),
    rightMargin: mmToPoints(p.margins.right),
    headerMargin: mmToPoints(p.margins.header),
    footerMargin: mmToPoints(p.margins.footer),
    centerHorizontally: p.horizontalCentered ?? false,
    // One page wide, as many pages tall as needed (0 = automatic, as fitToHeight="0" in the file).
    ...(p.fitToWidth && { zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } }),
  };
  await budget.spend(operationBytes(layout) * 2);
  ws.pageLayout.set(layout);
  if (p.printArea) {
    await budget.spend(operationBytes([p.printArea]) * 2);
    ws.pageLayout.setPrintArea(p.printArea);
  }
  if (p.printTitleRows) {
    const rows = `$${p.printTitleRows[0]}:$${p.printTitleRows[1]}`;
    await budget.spend(operationBytes([rows]) * 2);
    ws.pageLayout.setPrintTitleRows(rows);
  }
  if (p.footerCenter) {
    await budget.spend(operationBytes([p.footerCenter]) * 3);
    ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = p.footerCenter;
  }
}

function displayText(values: readonly (readonly PlanValue[])[], cell: string): string {
  const at = parseRange(cell);
  const v = at ? values[at.top - 1]?.[at.left - 1] : null;
  return v === null || v === undefined ? '' : String(v);
}
