/**
 * The compiled operations (../shared/ops.ts) as Excel write actions: each queues its Office.js
 * calls on a batch's proxies and says what it costs in request bytes (request-budget.ts), so the
 * writer can pack actions into requests below the limit, and split one again when Excel still
 * refuses a request as too large. Nothing here syncs.
 */
import { columnLetter, rangeAddress } from '../../core';
import { BOOKKEEPING_SHEET, type PageSetup, type PlanValue } from '../port';
import { addressChunks, charsToPoints, excelInput, mmToPoints, sheetAddress, type CellState, type FormatPart, type HostOp, type Rect } from '../shared';
import type { XlFormatUpdate, XlNote, XlPageLayoutUpdate, XlWorkbook, XlWorksheet } from './office-api';
import { BORDER_OVERHEAD, FORMAT_OVERHEAD, OPERATION_OVERHEAD, operationBytes, setOverhead, utf8Length } from './request-budget';

/** Characters of comma-separated addresses per getRanges call (Excel rejects very long ones, around 8,000). */
export const AREAS_ADDRESS_LIMIT = 2000;
/** Largest block of cells written by one values or numberFormat assignment. */
export const VALUE_CHUNK_CELLS = 60_000;
/** Bytes of JSON per values or numberFormat block. */
export const CHUNK_BYTES = 512 * 1024;
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** The proxies of one request: a sheet proxy is made once per request, and forgotten when the sheet is renamed or deleted. */
export class BatchScope {
  private readonly sheets = new Map<string, XlWorksheet>();
  constructor(readonly workbook: XlWorkbook) {}
  sheet(name: string): XlWorksheet {
    let ws = this.sheets.get(name);
    if (!ws) {
      ws = this.workbook.worksheets.getItem(name);
      this.sheets.set(name, ws);
    }
    return ws;
  }
  forget(name: string): void {
    this.sheets.delete(name);
  }
}

export interface WriteAction {
  /** Estimated request bytes of what `queue` adds. */
  readonly bytes: number;
  queue(scope: BatchScope): void;
  /** The same writes in smaller pieces, for a request Excel refused as too large; absent when it cannot be split. */
  split?(): readonly WriteAction[];
}

/** What the writer learnt before writing: which marked cells hold a note or a threaded comment. */
export interface MarkFacts {
  /** `sheet\0cell` → the existing note, for marked cells that have one. */
  readonly notes: ReadonlyMap<string, XlNote>;
  /** `sheet\0cell` of marked cells holding a threaded comment (they take no note). */
  readonly threaded: ReadonlySet<string>;
}

export function markKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

function a1(r: Rect): string {
  return rangeAddress(r.top, r.left, r.bottom, r.right);
}

function action(bytes: number, queue: (scope: BatchScope) => void): WriteAction {
  return { bytes, queue };
}

export function writeActions(op: HostOp, marks: MarkFacts): WriteAction[] {
  switch (op.kind) {
    case 'deleteSheet':
      return [action(operationBytes([op.sheet]), (s) => {
        s.sheet(op.sheet).delete();
        s.forget(op.sheet);
      })];
    case 'addSheet':
      return [action(operationBytes([op.sheet]), (s) => void s.workbook.worksheets.add(op.sheet))];
    case 'values':
      return valueActions(op.sheet, op.rows, op.width, 0);
    case 'format': {
      const update = formatUpdate(op.format);
      return addressChunks(op.areas.map(a1), AREAS_ADDRESS_LIMIT).map((address) =>
        action(operationBytes([address, update], setOverhead(update)), (s) => s.sheet(op.sheet).getRanges(address).format.set(update)),
      );
    }
    case 'borders': {
      const line = { style: 'Continuous', weight: op.weight === 'thin' ? 'Thin' : 'Medium' };
      return addressChunks(op.areas.map(a1), AREAS_ADDRESS_LIMIT).map((address) =>
        action(EDGES.length * operationBytes([address, 'EdgeTop', line], setOverhead(line, BORDER_OVERHEAD)), (s) => {
          const borders = s.sheet(op.sheet).getRanges(address).format.borders;
          for (const edge of EDGES) borders.getItem(edge).set(line);
        }),
      );
    }
    case 'numberFormat':
      return op.areas.flatMap((r) => numberFormatActions(op.sheet, r, op.format));
    case 'merge':
      return op.areas.map((r) => action(operationBytes([a1(r), op.across]), (s) => s.sheet(op.sheet).getRange(a1(r)).merge(op.across)));
    case 'columnWidth': {
      const columns = `${columnLetter(op.first)}:${columnLetter(op.last)}`;
      const update = { columnWidth: charsToPoints(op.width) };
      return [action(operationBytes([columns, update], setOverhead(update)), (s) => s.sheet(op.sheet).getRange(columns).format.set(update))];
    }
    case 'rowHeight':
      return addressChunks(op.rows.map((r) => `${r.first}:${r.last}`), AREAS_ADDRESS_LIMIT).map((address) =>
        action(operationBytes([address, op.height], setOverhead({ rowHeight: op.height })), (s) => s.sheet(op.sheet).getRanges(address).format.set({ rowHeight: op.height })),
      );
    case 'hyperlink': {
      const hyperlink = { documentReference: sheetAddress(op.targetSheet, op.target), textToDisplay: op.text };
      return [action(operationBytes([op.cell, hyperlink], setOverhead(hyperlink, OPERATION_OVERHEAD)), (s) => void (s.sheet(op.sheet).getRange(op.cell).hyperlink = hyperlink))];
    }
    case 'layout':
      return layoutActions(op.sheet, op);
    case 'conditionalFill': {
      const address = a1(op.area);
      // A formula's text is quoted with doubled quotes inside.
      const rule = { formula1: `="${op.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
      return [action(operationBytes([address, rule, op.fill], BORDER_OVERHEAD + FORMAT_OVERHEAD), (s) => {
        const format = s.sheet(op.sheet).getRange(address).conditionalFormats.add('CellValue');
        format.cellValue.format.fill.color = op.fill;
        format.cellValue.rule = rule;
      })];
    }
    case 'wholeNumberRule': {
      const address = a1(op.area);
      const rule = { wholeNumber: { formula1: op.min, operator: 'GreaterThanOrEqualTo' as const } };
      const errorAlert = { showAlert: true, style: 'Stop' as const, title: op.title, message: op.message };
      return [action(operationBytes([address, rule, errorAlert], FORMAT_OVERHEAD), (s) => {
        const validation = s.sheet(op.sheet).getRange(address).dataValidation;
        validation.rule = rule;
        validation.errorAlert = errorAlert;
        validation.ignoreBlanks = true;
      })];
    }
    case 'protectSheet':
      return [action(operationBytes([op.unlocked.map(a1)], OPERATION_OVERHEAD * (op.unlocked.length + 1)), (s) => {
        const ws = s.sheet(op.sheet);
        for (const area of op.unlocked) ws.getRange(a1(area)).format.protection.locked = false;
        ws.protection.protect();
      })];
    case 'marks':
      return op.marks.map((m) => markAction(m, marks));
    case 'bookkeeping':
      return bookkeepingActions(op);
    case 'swapSheet':
      return [action(operationBytes([op.temp, op.name, op.replaces, op.position], OPERATION_OVERHEAD * 4), (s) => {
        const fresh = s.sheet(op.temp);
        if (op.replaces !== null) {
          fresh.position = op.position;
          s.sheet(op.replaces).delete();
          s.forget(op.replaces);
        }
        fresh.name = op.name;
        s.forget(op.temp);
      })];
    case 'activate':
      return [action(operationBytes([op.sheet], OPERATION_OVERHEAD * 2), (s) => s.sheet(op.sheet).activate())];
  }
}

/** Rows of values in blocks (fully empty rows skipped: the sheet is new), each block splittable in halves. */
function valueActions(sheet: string, rows: readonly (readonly PlanValue[])[], width: number, top: number): WriteAction[] {
  const actions: WriteAction[] = [];
  let r = 0;
  while (r < rows.length) {
    if (rows[r].every((v) => v === null || v === '')) {
      r++;
      continue;
    }
    const block: (string | number | boolean)[][] = [];
    let bytes = 0;
    while (r + block.length < rows.length && (block.length + 1) * width <= Math.max(width, VALUE_CHUNK_CELLS)) {
      const source = rows[r + block.length];
      if (source.every((v) => v === null || v === '')) break;
      const row = Array.from({ length: width }, (_, c) => excelInput(source[c] ?? null));
      const rowBytes = utf8Length(JSON.stringify(row)) + 1;
      if (block.length > 0 && bytes + rowBytes > CHUNK_BYTES) break;
      block.push(row);
      bytes += rowBytes;
    }
    actions.push(gridAction(sheet, top + r, 0, block, 'values'));
    r += block.length;
  }
  return actions;
}

/** One 2-D assignment (values or number formats) at 0-based (row, col); split into halves of rows. */
function gridAction(sheet: string, row: number, col: number, grid: (string | number | boolean)[][], what: 'values' | 'numberFormat'): WriteAction {
  const bytes = OPERATION_OVERHEAD + utf8Length(JSON.stringify(grid));
  return {
    bytes,
    queue: (s) => {
      const range = s.sheet(sheet).getRangeByIndexes(row, col, grid.length, grid[0].length);
      if (what === 'values') range.values = grid;
      else range.numberFormat = grid;
    },
    split: grid.length < 2 ? undefined : () => {
      const half = Math.ceil(grid.length / 2);
      return [gridAction(sheet, row, col, grid.slice(0, half), what), gridAction(sheet, row + half, col, grid.slice(half), what)];
    },
  };
}

/** A number format over a rectangle: Range.numberFormat takes a 2-D array (RangeAreas has none). */
function numberFormatActions(sheet: string, r: Rect, format: string): WriteAction[] {
  const cols = r.right - r.left + 1;
  const rowBytes = utf8Length(JSON.stringify(Array(cols).fill(format))) + 1;
  const perCall = Math.max(1, Math.min(Math.floor(CHUNK_BYTES / rowBytes), Math.floor(VALUE_CHUNK_CELLS / cols)));
  const actions: WriteAction[] = [];
  for (let top = r.top; top <= r.bottom; top += perCall) {
    const rows = Math.min(perCall, r.bottom - top + 1);
    actions.push(gridAction(sheet, top - 1, r.left - 1, Array.from({ length: rows }, () => Array<string>(cols).fill(format)), 'numberFormat'));
  }
  return actions;
}

function formatUpdate(style: FormatPart): XlFormatUpdate {
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

/**
 * Page layout as Excel applies it. Fit to one page wide, as many tall as needed: Excel's own files
 * say fitToWidth="1" fitToHeight="0" (ECMA-376 CT_PageSetup: 0 = automatic), and the API's
 * PageLayoutZoomOptions.verticalFitToPages documents only "number of pages to fit vertically", not
 * what 0 does. UNVERIFIED in a real Excel: docs/excel.md lists it with the self-check step that
 * reads the page layout back.
 */
export function pageLayoutUpdate(p: PageSetup): XlPageLayoutUpdate {
  return {
    paperSize: p.paperSize,
    orientation: p.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    topMargin: mmToPoints(p.margins.top),
    bottomMargin: mmToPoints(p.margins.bottom),
    leftMargin: mmToPoints(p.margins.left),
    rightMargin: mmToPoints(p.margins.right),
    headerMargin: mmToPoints(p.margins.header),
    footerMargin: mmToPoints(p.margins.footer),
    centerHorizontally: p.horizontalCentered ?? false,
    ...(p.fitToWidth && { zoom: { horizontalFitToPages: p.pagesWide ?? 1, verticalFitToPages: 0 } }),
    // PageLayout.firstPageNumber (ExcelApi 1.9): a number, or "" for automatic (numbering on from the sheets before).
    ...(p.firstPageNumber !== undefined && { firstPageNumber: p.firstPageNumber }),
  };
}

function layoutActions(sheet: string, op: Extract<HostOp, { kind: 'layout' }>): WriteAction[] {
  const actions: WriteAction[] = [];
  const p = op.pageSetup;
  if (p) {
    const layout = pageLayoutUpdate(p);
    actions.push(action(operationBytes(layout, setOverhead(layout)), (s) => s.sheet(sheet).pageLayout.set(layout)));
    if (p.printArea) {
      const area = p.printArea;
      actions.push(action(operationBytes([area], FORMAT_OVERHEAD), (s) => s.sheet(sheet).pageLayout.setPrintArea(area)));
    }
    if (p.printTitleRows) {
      const rows = `$${p.printTitleRows[0]}:$${p.printTitleRows[1]}`;
      actions.push(action(operationBytes([rows], FORMAT_OVERHEAD), (s) => s.sheet(sheet).pageLayout.setPrintTitleRows(rows)));
    }
    if (p.printTitleColumns) {
      const columns = `$${columnLetter(p.printTitleColumns[0])}:$${columnLetter(p.printTitleColumns[1])}`;
      actions.push(action(operationBytes([columns], FORMAT_OVERHEAD), (s) => s.sheet(sheet).pageLayout.setPrintTitleColumns(columns)));
    }
    if (p.footerCenter) {
      const footer = p.footerCenter;
      actions.push(action(operationBytes([footer], BORDER_OVERHEAD), (s) => void (s.sheet(sheet).pageLayout.headersFooters.defaultForAllPages.centerFooter = footer)));
    }
  }
  for (const row of op.pageBreaks) actions.push(action(operationBytes([`A${row}`], FORMAT_OVERHEAD), (s) => void s.sheet(sheet).horizontalPageBreaks.add(`A${row}`)));
  const freeze = op.freeze;
  if (freeze) {
    actions.push(action(operationBytes([freeze], FORMAT_OVERHEAD), (s) => {
      const panes = s.sheet(sheet).freezePanes;
      if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(`A1:${columnLetter(freeze.columns)}${freeze.rows}`);
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    }));
  }
  const tab = op.tabColor;
  if (tab) actions.push(action(operationBytes(tab), (s) => void (s.sheet(sheet).tabColor = tab)));
  return actions;
}

/** One cell's final fill and note; a cell holding a threaded comment keeps it and gets the fill only. */
function markAction(m: CellState, facts: MarkFacts): WriteAction {
  const existing = facts.notes.get(markKey(m.sheet, m.cell)) ?? null;
  const noNote = facts.threaded.has(markKey(m.sheet, m.cell)) || (m.note === null && existing === null);
  const bytes = operationBytes([m.sheet, m.cell, m.fill], BORDER_OVERHEAD) + (noNote ? 0 : operationBytes([m.sheet, m.cell, m.note], FORMAT_OVERHEAD));
  return action(bytes, (s) => {
    const ws = s.sheet(m.sheet);
    const range = ws.getRange(m.cell);
    if (m.fill === null) range.format.fill.clear();
    else range.format.set({ fill: { color: m.fill } });
    if (noNote) return;
    if (m.note === null) existing?.delete();
    else if (existing) existing.content = m.note;
    else ws.notes.add(m.cell, m.note);
  });
}

function bookkeepingActions(op: Extract<HostOp, { kind: 'bookkeeping' }>): WriteAction[] {
  const actions: WriteAction[] = [];
  if (op.create) {
    actions.push(action(OPERATION_OVERHEAD * 3, (s) => {
      s.workbook.worksheets.add(BOOKKEEPING_SHEET).visibility = 'VeryHidden';
    }));
  }
  actions.push(...valueActions(BOOKKEEPING_SHEET, op.grid, op.width, 0));
  if (op.previousRows > op.grid.length) {
    actions.push(action(OPERATION_OVERHEAD * 2, (s) => s.sheet(BOOKKEEPING_SHEET).getRangeByIndexes(op.grid.length, 0, op.previousRows - op.grid.length, op.width).clear()));
  }
  return actions;
}
