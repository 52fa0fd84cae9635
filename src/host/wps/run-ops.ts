/**
 * The compiled operations (../shared/ops.ts) carried out on the WPS object model, synchronously,
 * deciding nothing: values in as few Value2 assignments as the cell cap allows, each grouped
 * format, border, number format, merge and row height through multi-area Range() addresses of at
 * most 255 characters, one call per property per address chunk.
 */
import { columnLetter, rangeAddress } from '../../core';
import { BOOKKEEPING_SHEET, type PageSetup, type PlanValue } from '../port';
import { addressChunks, excelInput, mmToPoints, sheetAddress, type FormatPart, type HostOp, type Rect } from '../shared';
import { hexToBgr } from './colors';
import {
  XL_BOTTOM,
  XL_CELL_VALUE,
  XL_CENTER,
  XL_CONTINUOUS,
  XL_EQUAL,
  XL_GREATER_EQUAL,
  XL_VALID_ALERT_STOP,
  XL_VALIDATE_WHOLE_NUMBER,
  XL_LANDSCAPE,
  XL_LEFT,
  XL_MEDIUM,
  XL_NONE,
  XL_PAPER_A3,
  XL_PAPER_A4,
  XL_PORTRAIT,
  XL_RIGHT,
  XL_SHEET_VERY_HIDDEN,
  XL_THIN,
  XL_TOP,
  XL_UNDERLINE_SINGLE,
  type WpsApplication,
  type WpsRange,
  type WpsSheet,
  type WpsSheets,
} from './wps-api';

/** Characters of comma-separated areas per Range(address): VBA's Range() takes at most 255. ASSUMPTION: WPS has the same limit and accepts multi-area addresses. */
export const AREAS_ADDRESS_LIMIT = 255;
/**
 * Cells per Value2 assignment. The object model documents no limit, but one assignment is one
 * marshalled SAFEARRAY in the WPS process; the whole sheet in one call grows without bound with
 * the members. ASSUMPTION (not measured in WPS): 100,000 cells (a few MB) per call is safe.
 */
export const VALUE2_CELLS = 100_000;
const HORIZONTAL = { left: XL_LEFT, center: XL_CENTER, right: XL_RIGHT } as const;
const VERTICAL = { top: XL_TOP, middle: XL_CENTER, bottom: XL_BOTTOM } as const;

function a1(r: Rect): string {
  return rangeAddress(r.top, r.left, r.bottom, r.right);
}

/** Sheets by name, fetched once (forgotten when renamed or deleted). */
class Sheets {
  private readonly cache = new Map<string, WpsSheet>();
  constructor(readonly worksheets: WpsSheets) {}
  get(name: string): WpsSheet {
    let ws = this.cache.get(name);
    if (!ws) this.cache.set(name, (ws = this.worksheets.Item(name)));
    return ws;
  }
  forget(name: string): void {
    this.cache.delete(name);
  }
  /** Adds a sheet after the last one and names it. */
  add(name: string): WpsSheet {
    const ws = this.worksheets.Add(undefined, this.worksheets.Item(this.worksheets.Count));
    ws.Name = name;
    this.cache.set(name, ws);
    return ws;
  }
}

export function runOps(app: WpsApplication, worksheets: WpsSheets, ops: readonly HostOp[]): void {
  const sheets = new Sheets(worksheets);
  for (const op of ops) runOp(app, sheets, op);
}

function runOp(app: WpsApplication, sheets: Sheets, op: HostOp): void {
  switch (op.kind) {
    case 'deleteSheet':
      sheets.get(op.sheet).Delete();
      sheets.forget(op.sheet);
      return;
    case 'addSheet':
      sheets.add(op.sheet);
      return;
    case 'values':
      writeValues(sheets.get(op.sheet), op.rows, op.width);
      return;
    case 'format': {
      const ws = sheets.get(op.sheet);
      for (const address of addressChunks(op.areas.map(a1), AREAS_ADDRESS_LIMIT)) applyFormat(ws.Range(address), op.format);
      return;
    }
    case 'borders': {
      const ws = sheets.get(op.sheet);
      for (const address of addressChunks(op.areas.map(a1), AREAS_ADDRESS_LIMIT)) {
        // Range.Borders (no index) is every edge of every cell, inside ones included.
        const borders = ws.Range(address).Borders;
        borders.LineStyle = XL_CONTINUOUS;
        borders.Weight = op.weight === 'thin' ? XL_THIN : XL_MEDIUM;
      }
      return;
    }
    case 'numberFormat': {
      const ws = sheets.get(op.sheet);
      for (const address of addressChunks(op.areas.map(a1), AREAS_ADDRESS_LIMIT)) ws.Range(address).NumberFormat = op.format;
      return;
    }
    case 'merge': {
      // ASSUMPTION (VBA semantics, not verified on real WPS): Merge on a multi-area range merges every area separately.
      const ws = sheets.get(op.sheet);
      for (const address of addressChunks(op.areas.map(a1), AREAS_ADDRESS_LIMIT)) ws.Range(address).Merge(op.across);
      return;
    }
    case 'columnWidth':
      // ColumnWidth is in characters, as the plan.
      sheets.get(op.sheet).Range(`${columnLetter(op.first)}:${columnLetter(op.last)}`).ColumnWidth = op.width;
      return;
    case 'rowHeight': {
      const ws = sheets.get(op.sheet);
      for (const address of addressChunks(op.rows.map((r) => `${r.first}:${r.last}`), AREAS_ADDRESS_LIMIT)) ws.Range(address).RowHeight = op.height;
      return;
    }
    case 'hyperlink': {
      const ws = sheets.get(op.sheet);
      ws.Hyperlinks.Add(ws.Range(op.cell), '', sheetAddress(op.targetSheet, op.target), '', op.text);
      return;
    }
    case 'layout': {
      const ws = sheets.get(op.sheet);
      if (op.pageSetup) writePageSetup(ws, op.pageSetup);
      for (const row of op.pageBreaks) ws.HPageBreaks.Add(ws.Range(`A${row}`));
      if (op.freeze) {
        // ASSUMPTION: freezing works on the active window only, as in VBA, so the sheet is activated first.
        ws.Activate();
        const win = app.ActiveWindow;
        win.FreezePanes = false;
        win.SplitRow = op.freeze.rows;
        win.SplitColumn = op.freeze.columns;
        win.FreezePanes = true;
      }
      if (op.tabColor) ws.Tab.Color = hexToBgr(op.tabColor);
      return;
    }
    case 'conditionalFill': {
      const condition = sheets.get(op.sheet).Range(a1(op.area)).FormatConditions.Add(XL_CELL_VALUE, XL_EQUAL, `="${op.equals.replace(/"/g, '""')}"`);
      condition.Interior.Color = hexToBgr(op.fill);
      return;
    }
    case 'wholeNumberRule': {
      const validation = sheets.get(op.sheet).Range(a1(op.area)).Validation;
      // A cell keeps one rule: an earlier one is deleted first (Add fails on a cell that has one, as in VBA).
      validation.Delete();
      validation.Add(XL_VALIDATE_WHOLE_NUMBER, XL_VALID_ALERT_STOP, XL_GREATER_EQUAL, String(op.min));
      validation.IgnoreBlank = true;
      validation.ShowError = true;
      validation.ErrorTitle = op.title;
      validation.ErrorMessage = op.message;
      return;
    }
    case 'protectSheet': {
      const ws = sheets.get(op.sheet);
      for (const area of op.unlocked) ws.Range(a1(area)).Locked = false;
      ws.Protect();
      return;
    }
    case 'marks':
      for (const m of op.marks) {
        const cell = sheets.get(m.sheet).Range(m.cell);
        if (m.fill === null) cell.Interior.ColorIndex = XL_NONE;
        else cell.Interior.Color = hexToBgr(m.fill);
        // AddComment fails on a cell that has a comment, so an existing one is deleted first.
        const existing = cell.Comment;
        if (existing !== null && existing !== undefined) existing.Delete();
        if (m.note !== null) cell.AddComment(m.note);
      }
      return;
    case 'bookkeeping': {
      // The whole grid at once, blank rows over what an older, longer record left.
      const grid: PlanValue[][] = op.grid.map((row) => Array.from({ length: op.width }, (_, c) => row[c] ?? null));
      while (grid.length < op.previousRows) grid.push(Array.from({ length: op.width }, () => null));
      const ws = op.create ? sheets.add(BOOKKEEPING_SHEET) : sheets.get(BOOKKEEPING_SHEET);
      writeValues(ws, grid, op.width, true);
      if (op.create) ws.Visible = XL_SHEET_VERY_HIDDEN;
      return;
    }
    case 'swapSheet': {
      const fresh = sheets.get(op.temp);
      if (op.replaces !== null) {
        const old = sheets.get(op.replaces);
        fresh.Move(old);
        old.Delete();
        sheets.forget(op.replaces);
      }
      fresh.Name = op.name;
      sheets.forget(op.temp);
      return;
    }
    case 'activate':
      sheets.get(op.sheet).Activate();
      return;
  }
}

/**
 * Values from A1 in blocks of whole rows of at most VALUE2_CELLS cells (one block for any usual
 * sheet). Text WPS would reinterpret gets a leading apostrophe (shared/cell-input.ts).
 * `blanks`: write every row, empty ones too (over older contents); else fully empty rows are skipped.
 */
export function writeValues(ws: WpsSheet, rows: readonly (readonly PlanValue[])[], width: number, blanks = false): void {
  if (width === 0 || rows.length === 0) return;
  const perCall = Math.max(1, Math.floor(VALUE2_CELLS / width));
  for (let top = 0; top < rows.length; top += perCall) {
    const block = rows.slice(top, top + perCall);
    if (!blanks && block.every((row) => row.every((v) => v === null || v === ''))) continue;
    const grid = block.map((row) => Array.from({ length: width }, (_, c) => excelInput(row[c] ?? null)));
    ws.Range(rangeAddress(top + 1, 1, top + block.length, width)).Value2 = block.length === 1 && width === 1 ? grid[0][0] : grid;
  }
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
    // One page wide, as many tall as needed; Zoom must be false for FitToPages* to apply (VBA PageSetup.Zoom).
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
