/**
 * One model of a generated sheet as a user sees it, read back from each host's workbook (the
 * strict Excel fake, the strict WPS fake, an exceljs workbook written to bytes and loaded again),
 * so a test can require the three hosts to give identical sheets. Units are normalised to what
 * the plan says (column widths in characters, row heights and margins in points, colours
 * `#RRGGBB`); a property left at the host's default is left out.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { cellAddress, columnLetter, parseRange } from '../../src/core/a1';
import { mmToPoints } from '../../src/host/shared';
import { bgrToHex } from '../../src/host/wps/colors';
import type { ExcelFake } from './fakes/excel-fake';
import { DEFAULT_STYLE, type SheetState as ExcelSheet } from './fakes/excel-fake/state';
import type { WpsFake } from './fakes/wps-fake';

export interface CellLook {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontColor?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  numberFormat?: string;
  border?: string;
}

export interface SheetLook {
  readonly values: (string | number | boolean | null)[][];
  readonly cells: Record<string, CellLook>;
  readonly merges: string[];
  readonly columnWidths: Record<string, number>;
  readonly rowHeights: Record<number, number>;
  readonly links: Record<string, string>;
  readonly conditional: string[];
  readonly pageBreaks: number[];
  readonly freeze: string | null;
  readonly tabColor: string | null;
  readonly page: Record<string, string | number | boolean | null>;
}

function trimmed(grid: (string | number | boolean | null)[][]): (string | number | boolean | null)[][] {
  const rows = grid.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === '')) end--;
    return row.slice(0, end).map((v) => (v === '' ? null : v));
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

function clean(look: CellLook): CellLook {
  return Object.fromEntries(Object.entries(look).filter(([, v]) => v !== undefined)) as CellLook;
}

const round = (n: number): number => Math.round(n * 10) / 10;
/** XlPaperSize / ECMA-376 paperSize codes. */
const PAPER: Readonly<Record<number, string>> = { 8: 'A3', 9: 'A4' };

// ---- Excel fake ---------------------------------------------------------------------------------

const EXCEL_H: Record<string, string> = { Left: 'left', Center: 'center', Right: 'right' };
const EXCEL_V: Record<string, string> = { Top: 'top', Center: 'middle' };

function excelBorder(s: ExcelSheet['rows'][number] extends infer R ? (R extends { s: (infer S)[] } ? S : never) : never): string | undefined {
  if (!s) return undefined;
  const sides = [s.borders.top, s.borders.bottom, s.borders.left, s.borders.right];
  if (sides.every((b) => b.style === 'Continuous' && b.weight === 'Thin')) return 'thin';
  if (sides.every((b) => b.style === 'Continuous' && b.weight === 'Medium')) return 'medium';
  return sides.some((b) => b.style !== 'None') ? 'mixed' : undefined;
}

export function excelLook(fake: ExcelFake, name: string): SheetLook {
  const sheet = fake.sheet(name);
  const cells: Record<string, CellLook> = {};
  sheet.rows.forEach((row, r) =>
    row?.s.forEach((s, c) => {
      if (!s || s === DEFAULT_STYLE) return;
      const d = DEFAULT_STYLE;
      const look = clean({
        fontName: s.font.name !== d.font.name ? s.font.name : undefined,
        fontSize: s.font.size !== d.font.size ? s.font.size : undefined,
        bold: s.font.bold || undefined,
        italic: s.font.italic || undefined,
        underline: s.font.underline === 'Single' || undefined,
        fontColor: s.font.color !== d.font.color ? s.font.color : undefined,
        fill: s.fill ?? undefined,
        horizontal: EXCEL_H[s.horizontal],
        vertical: EXCEL_V[s.vertical],
        wrap: s.wrap || undefined,
        numberFormat: s.numberFormat !== 'General' ? s.numberFormat : undefined,
        border: excelBorder(s),
      });
      if (Object.keys(look).length > 0) cells[cellAddress(r + 1, c + 1)] = look;
    }),
  );
  const links: Record<string, string> = {};
  sheet.rows.forEach((row, r) => row?.x?.forEach((x, c) => x.hyperlink?.documentReference && (links[cellAddress(r + 1, c + 1)] = x.hyperlink.documentReference)));
  const pts = (p: number): number => Math.round(p);
  const pl = sheet.pageLayout;
  return {
    values: trimmed(fake.grid(name)),
    cells,
    merges: sheet.merges.map((m) => rangeOf(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1)).sort(),
    columnWidths: Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [columnLetter(c + 1), round(w)])),
    rowHeights: Object.fromEntries([...sheet.rowHeights].map(([r, h]) => [r + 1, h])),
    links,
    conditional: sheet.conditionalFormats.map((c) => `${rangeOf(c.rect.top + 1, c.rect.left + 1, c.rect.bottom + 1, c.rect.right + 1)} ${c.formula1} ${c.fill}`).sort(),
    pageBreaks: [...sheet.pageBreaks].map((r) => r + 1),
    freeze: sheet.freeze ? `${sheet.freeze.rows},${sheet.freeze.columns}` : null,
    tabColor: sheet.tabColor === '' ? null : sheet.tabColor,
    page: {
      orientation: pl.orientation.toLowerCase(),
      paper: pl.paperSize,
      top: pts(pl.topMargin),
      bottom: pts(pl.bottomMargin),
      left: pts(pl.leftMargin),
      right: pts(pl.rightMargin),
      header: pts(pl.headerMargin),
      footer: pts(pl.footerMargin),
      centred: pl.centerHorizontally,
      fitWide: pl.zoom.horizontalFitToPages ?? null,
      fitTall: pl.zoom.horizontalFitToPages === undefined ? null : (pl.zoom.verticalFitToPages ?? null),
      printArea: pl.printArea,
      titles: pl.printTitleRows,
      titleColumns: pl.printTitleColumns,
      firstPage: pl.firstPageNumber === undefined || pl.firstPageNumber === '' ? null : pl.firstPageNumber,
      footerText: pl.centerFooter === '' ? null : pl.centerFooter,
    },
  };
}

function rangeOf(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  return top === bottom && left === right ? a : `${a}:${cellAddress(bottom, right)}`;
}

// ---- WPS fake -----------------------------------------------------------------------------------

const WPS_H: Record<number, string> = { [-4131]: 'left', [-4108]: 'center', [-4152]: 'right' };
const WPS_V: Record<number, string> = { [-4160]: 'top', [-4108]: 'middle' };

export function wpsLook(fake: WpsFake, name: string): SheetLook {
  const view = fake.view(name);
  const grid = fake.grid(name).map((row) => row.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : (v as string | number | boolean | null))));
  const cells: Record<string, CellLook> = {};
  const rows = grid.length + 200;
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= 60; c++) {
      const f = fake.cellFormat(name, cellAddress(r, c));
      const look = clean({
        fontName: f.fontName,
        fontSize: f.fontSize !== undefined && f.fontSize !== 11 ? f.fontSize : undefined,
        bold: f.bold || undefined,
        italic: f.italic || undefined,
        underline: f.underline === 2 || undefined,
        fontColor: f.fontColor !== undefined && f.fontColor !== 0 ? bgrToHex(f.fontColor) : undefined,
        fill: f.fill === undefined ? undefined : bgrToHex(f.fill),
        horizontal: f.horizontal === undefined ? undefined : WPS_H[f.horizontal],
        vertical: f.vertical === undefined ? undefined : WPS_V[f.vertical],
        wrap: f.wrap || undefined,
        numberFormat: f.numberFormat,
        border: f.lineStyle === 1 ? (f.weight === -4138 ? 'medium' : 'thin') : undefined,
      });
      if (Object.keys(look).length > 0) cells[cellAddress(r, c)] = look;
    }
  }
  const p = view.pageSetup;
  return {
    values: trimmed(grid),
    cells,
    merges: view.merges.map((m) => rangeOf(m.top, m.left, m.bottom, m.right)).sort(),
    columnWidths: Object.fromEntries([...view.columnWidths].map(([c, w]) => [columnLetter(c), round(charsToPointsOf(w))])),
    rowHeights: Object.fromEntries([...view.rowHeights]),
    links: Object.fromEntries(view.hyperlinks.map((l) => [l.cell, l.subAddress])),
    conditional: view.formatConditions.map((c) => `${rangeOf(c.rect.top, c.rect.left, c.rect.bottom, c.rect.right)} ${c.formula1} ${c.fill}`).sort(),
    pageBreaks: [...view.pageBreaks],
    freeze: view.freeze ? `${view.freeze.rows},${view.freeze.columns}` : null,
    tabColor: view.tabColor,
    page: {
      orientation: p.Orientation === 2 ? 'landscape' : 'portrait',
      paper: PAPER[p.PaperSize] ?? String(p.PaperSize),
      top: Math.round(p.TopMargin),
      bottom: Math.round(p.BottomMargin),
      left: Math.round(p.LeftMargin),
      right: Math.round(p.RightMargin),
      header: Math.round(p.HeaderMargin),
      footer: Math.round(p.FooterMargin),
      centred: p.CenterHorizontally,
      fitWide: p.Zoom === false ? (p.FitToPagesWide === false ? null : p.FitToPagesWide) : null,
      // FitToPagesTall = False is "as many as needed", written 0 in the file.
      fitTall: p.Zoom === false ? (p.FitToPagesTall === false ? 0 : p.FitToPagesTall) : null,
      printArea: p.PrintArea === '' ? null : p.PrintArea,
      titles: p.PrintTitleRows === '' ? null : p.PrintTitleRows,
      titleColumns: p.PrintTitleColumns === '' ? null : p.PrintTitleColumns,
      firstPage: p.FirstPageNumber === -4105 ? null : p.FirstPageNumber,
      footerText: p.CenterFooter === '' ? null : p.CenterFooter,
    },
  };
}

/** The plan's characters in points, as the Excel host converts them (shared/units.ts). */
function charsToPointsOf(chars: number): number {
  return chars <= 0 ? 0 : Math.trunc(chars * 7 + 5) * 0.75;
}

// ---- exceljs ------------------------------------------------------------------------------------

const XLSX_H: Record<string, string> = { left: 'left', center: 'center', right: 'right' };
const XLSX_V: Record<string, string> = { top: 'top', middle: 'middle' };

function argb(c: { argb?: string } | undefined): string | undefined {
  return c?.argb ? `#${c.argb.slice(-6).toUpperCase()}` : undefined;
}

export function xlsxLook(wb: Workbook, name: string): SheetLook {
  const ws = wb.getWorksheet(name) as Worksheet;
  const grid: (string | number | boolean | null)[][] = [];
  const cells: Record<string, CellLook> = {};
  const links: Record<string, string> = {};
  const heights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) heights[r] = row.height;
    const line: (string | number | boolean | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // exceljs gives every cell of a merged area the top-left cell's value; the others are empty.
      const v = cell.isMerged && cell.master !== cell ? null : cell.value;
      if (v && typeof v === 'object' && 'hyperlink' in v) {
        line[c - 1] = v.text as string;
        links[cell.address] = String(v.hyperlink).replace(/^#/, '');
      } else line[c - 1] = v === undefined || v === null ? null : (v as string | number | boolean);
      const s = cell.style ?? {};
      const b = s.border;
      const sides = b ? [b.top, b.bottom, b.left, b.right].map((x) => x?.style) : [];
      const look = clean({
        fontName: s.font?.name,
        fontSize: s.font?.size !== undefined && s.font.size !== 11 ? s.font.size : undefined,
        bold: s.font?.bold || undefined,
        italic: s.font?.italic || undefined,
        underline: s.font?.underline ? true : undefined,
        fontColor: argb(s.font?.color) === '#000000' ? undefined : argb(s.font?.color),
        fill: s.fill && s.fill.type === 'pattern' ? argb(s.fill.fgColor) : undefined,
        horizontal: s.alignment?.horizontal ? XLSX_H[s.alignment.horizontal] : undefined,
        vertical: s.alignment?.vertical ? XLSX_V[s.alignment.vertical] : undefined,
        wrap: s.alignment?.wrapText || undefined,
        numberFormat: s.numFmt && s.numFmt !== 'General' ? s.numFmt : undefined,
        border: sides.length === 4 && sides.every((x) => x === 'thin') ? 'thin' : sides.length === 4 && sides.every((x) => x === 'medium') ? 'medium' : undefined,
      });
      if (Object.keys(look).length > 0) cells[cell.address] = look;
    });
    for (let i = 0; i < line.length; i++) if (line[i] === undefined) line[i] = null;
    grid[r - 1] = line;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  const widths: Record<string, number> = {};
  (ws.columns ?? []).forEach((col, i) => {
    if (col.width !== undefined) widths[columnLetter(i + 1)] = round(charsToPointsOf(col.width));
  });
  const breaks: number[] = [];
  // A break above row r is stored on row r − 1 (run-ops.ts).
  const rowBreaks = (ws as Worksheet & { rowBreaks?: { id: number }[] }).rowBreaks ?? [];
  for (const b of rowBreaks) breaks.push(b.id + 1);
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const ps = ws.pageSetup;
  const m = ps.margins ?? { top: 0, bottom: 0, left: 0, right: 0, header: 0, footer: 0 };
  // whole points: the file keeps inches to four decimals
  const inch = (x: number): number => Math.round(x * 72);
  const cfs = (ws as Worksheet & { conditionalFormattings?: { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] }).conditionalFormattings ?? [];
  const merged = Object.values((ws as Worksheet & { _merges: Record<string, { range: string } | undefined> })._merges)
    .filter((x): x is { range: string } => x !== undefined)
    .map((x) => x.range.replace(/\$/g, ''));
  return {
    values: trimmed(grid),
    cells,
    merges: merged.map((a) => normalRange(a)).sort(),
    columnWidths: widths,
    rowHeights: heights,
    links,
    conditional: cfs.flatMap((c) => c.rules.map((r) => `${normalRange(c.ref)} =${r.formulae?.[0]} ${argb(r.style?.fill?.bgColor)}`)).sort(),
    pageBreaks: breaks.sort((a, b) => a - b),
    freeze: view?.state === 'frozen' ? `${view.ySplit ?? 0},${view.xSplit ?? 0}` : null,
    tabColor: argb(ws.properties.tabColor as { argb?: string } | undefined) ?? null,
    page: {
      orientation: ps.orientation ?? 'portrait',
      paper: ps.paperSize === undefined ? 'Letter' : (PAPER[ps.paperSize] ?? String(ps.paperSize)),
      top: inch(m.top),
      bottom: inch(m.bottom),
      left: inch(m.left),
      right: inch(m.right),
      header: inch(m.header),
      footer: inch(m.footer),
      centred: ps.horizontalCentered ?? false,
      fitWide: ps.fitToPage ? (ps.fitToWidth ?? null) : null,
      fitTall: ps.fitToPage ? (ps.fitToHeight ?? null) : null,
      printArea: ps.printArea ?? null,
      titles: ps.printTitlesRow ? ps.printTitlesRow.split(':').map((x) => `$${x.replace(/\$/g, '')}`).join(':') : null,
      titleColumns: ps.printTitlesColumn ? ps.printTitlesColumn.split(':').map((x) => `$${x.replace(/\$/g, '')}`).join(':') : null,
      firstPage: ps.firstPageNumber ?? null,
      footerText: ws.headerFooter?.oddFooter ? ws.headerFooter.oddFooter.replace(/^&C/, '') : null,
    },
  };
}

function normalRange(a: string): string {
  const r = parseRange(a);
  return r ? rangeOf(r.top, r.left, r.bottom, r.right) : a;
}

/** Margins the plan gives in millimetres, as whole points like the models above. */
export function planMarginPoints(mm: number): number {
  return Math.round(mmToPoints(mm));
}
