/**
 * The compiled operations (../shared/ops.ts) carried out on an exceljs Workbook in memory, deciding
 * nothing. Grouped formats become per-cell styles again (xlsx keeps a style per cell); cells that
 * end with the same style share one style object, so a 20,000-row sheet builds a handful.
 */
/* exceljs objects, not Office.js proxies: nothing here is loaded or synced. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
import type { Cell, Fill, PaperSize, Style, Workbook, Worksheet, WorksheetView } from 'exceljs';
import { cellAddress, columnLetter, rangeAddress } from '../../core';
import { BOOKKEEPING_SHEET, type MarkClear, type PageSetup } from '../port';
import type { FormatPart, HostOp, Rect } from '../shared';
import { solidFill, toArgb } from './colors';
import { mergeAreas } from './merges';
import { toXlsxStyle } from './styles';

const MM_PER_INCH = 25.4;
/** ECMA-376 paperSize codes: 9 = A4, 8 = A3 (exceljs's PaperSize enum lists A4 but not A3; the writer takes any code). */
const PAPER: Readonly<Record<PageSetup['paperSize'], PaperSize>> = { A4: 9 as PaperSize, A3: 8 as PaperSize };

/** Tabs are ordered by the (untyped) `orderNo` of each worksheet. */
function withOrder(ws: Worksheet): Worksheet & { orderNo: number } {
  return ws as Worksheet & { orderNo: number };
}

function sheet(workbook: Workbook, name: string): Worksheet {
  const ws = workbook.getWorksheet(name) ?? workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  if (!ws) throw new Error(`no sheet ${name} in the workbook`);
  return ws;
}

/**
 * The one style object of every cell without a style. exceljs gives each new cell a style object of
 * its own (`{}`); held per cell, and keyed per cell in restyle's memo, they made every styled cell of
 * a generated sheet carry its own style object (20,000 members: about a million objects). Frozen: it
 * is shared, so nothing may change it in place (this file only ever assigns whole styles).
 */
const EMPTY_STYLE: Partial<Style> = Object.freeze({});

/** The cell's style, or the shared empty style when it has none (a fresh `{}` of exceljs). */
function styleOf(cell: Cell): Partial<Style> {
  const style = cell.style as Partial<Style> | undefined;
  return style === undefined || (style !== EMPTY_STYLE && isEmpty(style)) ? EMPTY_STYLE : style;
}

function isEmpty(style: Partial<Style>): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

/** Applies `change` to the style of every cell of the areas; equal styles before give one style object after. */
function restyle(ws: Worksheet, areas: readonly Rect[], change: (s: Partial<Style>) => Partial<Style>): void {
  const memo = new Map<Partial<Style>, Partial<Style>>();
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) {
      const row = ws.getRow(r);
      for (let c = a.left; c <= a.right; c++) {
        const cell = row.getCell(c);
        const before = styleOf(cell);
        let after = memo.get(before);
        if (!after) memo.set(before, (after = change(before)));
        cell.style = after;
      }
    }
  }
}

export function runOps(workbook: Workbook, ops: readonly HostOp[]): void {
  for (const op of ops) runOp(workbook, op);
}

function runOp(workbook: Workbook, op: HostOp): void {
  switch (op.kind) {
    case 'deleteSheet':
      workbook.removeWorksheet(sheet(workbook, op.sheet).id);
      return;
    case 'addSheet':
      workbook.addWorksheet(op.sheet);
      return;
    case 'values': {
      const ws = sheet(workbook, op.sheet);
      op.rows.forEach((values, i) => {
        if (values.every((v) => v === null || v === '')) return;
        const row = ws.getRow(i + 1);
        values.forEach((v, j) => {
          if (v === null || v === '') return;
          const cell = row.getCell(j + 1);
          cell.value = v;
          // A fresh cell's own empty style object gives way to the shared one (a data sheet has no style on most cells).
          const style = styleOf(cell);
          if (style === EMPTY_STYLE && cell.style !== EMPTY_STYLE) cell.style = EMPTY_STYLE;
        });
      });
      return;
    }
    case 'format': {
      const part = toXlsxStyle(op.format as FormatPart);
      restyle(sheet(workbook, op.sheet), op.areas, (s) => ({ ...s, ...part, ...(part.alignment ? { alignment: { ...s.alignment, ...part.alignment } } : {}) }));
      return;
    }
    case 'borders': {
      const edge = { style: op.weight };
      restyle(sheet(workbook, op.sheet), op.areas, (s) => ({ ...s, border: { top: edge, left: edge, bottom: edge, right: edge } }));
      return;
    }
    case 'numberFormat':
      restyle(sheet(workbook, op.sheet), op.areas, (s) => ({ ...s, numFmt: op.format }));
      return;
    case 'merge': {
      const areas = op.across ? op.areas.flatMap((a) => Array.from({ length: a.bottom - a.top + 1 }, (_, i) => ({ ...a, top: a.top + i, bottom: a.top + i }))) : op.areas;
      // Without style: a merge must not copy the top-left style over cells the plan styles separately.
      mergeAreas(sheet(workbook, op.sheet), areas);
      return;
    }
    case 'columnWidth': {
      const ws = sheet(workbook, op.sheet);
      for (let c = op.first; c <= op.last; c++) ws.getColumn(c).width = op.width;
      return;
    }
    case 'rowHeight': {
      const ws = sheet(workbook, op.sheet);
      for (const span of op.rows) for (let r = span.first; r <= span.last; r++) ws.getRow(r).height = op.height;
      return;
    }
    case 'hyperlink': {
      const target = op.target.split(':')[0];
      sheet(workbook, op.sheet).getCell(op.cell).value = { text: op.text === '' ? op.target : op.text, hyperlink: `#'${op.targetSheet.replace(/'/g, "''")}'!${target}` };
      return;
    }
    case 'layout': {
      const ws = sheet(workbook, op.sheet);
      if (op.pageSetup) applyPageSetup(ws, op.pageSetup);
      // A break above row r is stored on row r − 1 (Excel breaks after the row it names), across
      // all 16,384 columns as Excel writes it.
      for (const r of op.pageBreaks) ws.getRow(r - 1).addPageBreak(1, 16384);
      if (op.freeze) {
        const { rows, columns } = op.freeze;
        ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows + 1, columns + 1) }];
      }
      if (op.tabColor) ws.properties.tabColor = { argb: toArgb(op.tabColor) };
      return;
    }
    case 'conditionalFill': {
      const ws = sheet(workbook, op.sheet);
      // A solid fill of a conditional format (a dxf) carries its colour as bgColor.
      const fill: Fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: toArgb(op.fill) } };
      const priority = conditionalCount(ws) + 1;
      ws.addConditionalFormatting({
        ref: rangeAddress(op.area.top, op.area.left, op.area.bottom, op.area.right),
        rules: [{ type: 'cellIs', operator: 'equal', priority, formulae: [`"${op.equals.replace(/"/g, '""')}"`], style: { fill } }],
      });
      return;
    }
    case 'wholeNumberRule': {
      const ws = sheet(workbook, op.sheet);
      // exceljs keeps one rule per cell and writes equal neighbours as one <dataValidation sqref>.
      for (let r = op.area.top; r <= op.area.bottom; r++) {
        for (let c = op.area.left; c <= op.area.right; c++) {
          ws.getCell(r, c).dataValidation = {
            type: 'whole',
            operator: 'greaterThanOrEqual',
            allowBlank: true,
            formulae: [op.min],
            showErrorMessage: true,
            errorStyle: 'stop',
            errorTitle: op.title,
            error: op.message,
          };
        }
      }
      return;
    }
    case 'protectSheet': {
      const ws = sheet(workbook, op.sheet);
      for (const a of op.unlocked) restyle(ws, [a], (s) => ({ ...s, protection: { locked: false } }));
      // No password: the member cannot change the labels by mistake, the office can unprotect in one click.
      void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
      return;
    }
    case 'marks':
      for (const m of op.marks) setMark(workbook, m);
      return;
    case 'bookkeeping': {
      const ws = op.create ? workbook.addWorksheet(BOOKKEEPING_SHEET, { state: 'veryHidden' }) : sheet(workbook, BOOKKEEPING_SHEET);
      const rows = Math.max(op.grid.length, op.previousRows);
      for (let r = 0; r < rows; r++) {
        const values = op.grid[r] ?? [];
        const row = ws.getRow(r + 1);
        for (let c = 0; c < op.width; c++) {
          const v = values[c] ?? null;
          if (v !== null) row.getCell(c + 1).value = v;
          else if (row.findCell(c + 1)) row.getCell(c + 1).value = null;
        }
      }
      return;
    }
    case 'swapSheet': {
      const fresh = sheet(workbook, op.temp);
      if (op.replaces !== null) {
        const old = sheet(workbook, op.replaces);
        withOrder(fresh).orderNo = withOrder(old).orderNo;
        workbook.removeWorksheet(old.id);
      }
      fresh.name = op.name;
      return;
    }
    case 'activate':
      activate(workbook, op.sheet);
      return;
  }
}

function conditionalCount(ws: Worksheet): number {
  const list = (ws as Worksheet & { conditionalFormattings?: { rules: unknown[] }[] }).conditionalFormattings ?? [];
  return list.reduce((n, c) => n + c.rules.length, 0);
}

function setMark(workbook: Workbook, m: Pick<MarkClear, 'sheet' | 'cell' | 'fill' | 'note'>): void {
  const cell = sheet(workbook, m.sheet).getCell(m.cell);
  setFill(cell, m.fill);
  setNote(cell, m.note);
}

/** A fresh style object: exceljs shares style objects between cells read from a file. */
function setFill(cell: Cell, fill: string | null): void {
  const { fill: _old, ...rest } = cell.style ?? {};
  void _old;
  cell.style = fill === null ? rest : { ...rest, fill: solidFill(fill) };
}

function setNote(cell: Cell, note: string | null): void {
  if (note !== null) {
    cell.note = note;
    return;
  }
  removeNote(cell);
}

/**
 * exceljs has no API to remove a note. It keeps the note in `_comment` (Row.splice clears it the
 * same way) and, for a cell read from a file, also in the value's model, which it writes back.
 */
function removeNote(cell: Cell): void {
  const internals = cell as Cell & { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}

function applyPageSetup(ws: Worksheet, setup: PageSetup): void {
  const m = setup.margins;
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 10000) / 10000;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER[setup.paperSize],
    orientation: setup.orientation,
    margins: { top: inches(m.top), bottom: inches(m.bottom), left: inches(m.left), right: inches(m.right), header: inches(m.header), footer: inches(m.footer) },
    fitToPage: setup.fitToWidth,
    ...(setup.fitToWidth ? { fitToWidth: setup.pagesWide ?? 1, fitToHeight: 0 } : {}),
    horizontalCentered: setup.horizontalCentered ?? false,
    ...(setup.printArea ? { printArea: setup.printArea } : {}),
    ...(setup.printTitleRows ? { printTitlesRow: `${setup.printTitleRows[0]}:${setup.printTitleRows[1]}` } : {}),
    ...(setup.printTitleColumns ? { printTitlesColumn: `${columnLetter(setup.printTitleColumns[0])}:${columnLetter(setup.printTitleColumns[1])}` } : {}),
    // exceljs writes useFirstPageNumber="1" with it: the sheet's pages are numbered from this, not on from the sheets before.
    ...(setup.firstPageNumber !== undefined ? { firstPageNumber: setup.firstPageNumber } : {}),
  };
  if (setup.footerCenter) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${setup.footerCenter}` };
}

function activate(workbook: Workbook, name: string): void {
  const sheets = workbook.worksheets;
  const index = sheets.findIndex((ws) => ws.name === name);
  if (index < 0) return;
  for (const ws of sheets) {
    const selected = ws.name === name;
    if (!ws.views || ws.views.length === 0) {
      if (selected) ws.views = [{ state: 'normal', tabSelected: true } as Partial<WorksheetView>];
      continue;
    }
    ws.views = ws.views.map((v, i) => (i === 0 ? { ...v, tabSelected: selected } : v));
  }
  const view = workbook.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, visibility: 'visible' };
  workbook.views = [{ ...view, activeTab: index, firstSheet: Math.min(view.firstSheet ?? 0, index) }];
}

