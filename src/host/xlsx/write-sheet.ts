/**
 * One SheetPlan → an empty exceljs Worksheet: values (text stays text), hyperlinks, merges,
 * styles, column widths, row heights, page setup, page breaks, freeze panes, tab colour.
 */
import type { PaperSize, Style, Worksheet } from 'exceljs';
import { cellAddress, columnLetter, parseRange } from '../../core';
import type { CellStyle, PageSetup, SheetPlan, StyleRun } from '../port';
import { toArgb } from './colors';
import { mergeAreas } from './merges';
import { mergeCellStyle, toXlsxStyle } from './styles';

const MM_PER_INCH = 25.4;
/** ECMA-376 paperSize codes: 9 = A4, 8 = A3 (exceljs's PaperSize enum lists A4 but not A3; the writer takes any code). */
const PAPER: Readonly<Record<PageSetup['paperSize'], PaperSize>> = { A4: 9 as PaperSize, A3: 8 as PaperSize };

export function writeSheet(ws: Worksheet, plan: SheetPlan): void {
  plan.values.forEach((values, i) => {
    if (values.length === 0) return;
    const row = ws.getRow(i + 1);
    values.forEach((v, j) => {
      if (v !== null && v !== undefined) row.getCell(j + 1).value = v;
    });
  });
  for (const link of plan.hyperlinks) {
    const at = parsedRange(link.cell);
    const value = plan.values[at.top - 1]?.[at.left - 1];
    const text = value === null || value === undefined ? link.target : String(value);
    const target = link.target.split(':')[0];
    ws.getCell(at.top, at.left).value = { text, hyperlink: `#'${link.sheet.replace(/'/g, "''")}'!${target}` };
  }
  // Without style: a merge must not copy the top-left style over cells the plan styles separately.
  mergeAreas(ws, plan.merges);
  applyStyles(ws, plan.styles);

  plan.columnWidths.forEach((w, i) => {
    if (w !== null) ws.getColumn(i + 1).width = w;
  });
  for (const { row, height } of plan.rowHeights) ws.getRow(row).height = height;
  if (plan.pageSetup) applyPageSetup(ws, plan.pageSetup);
  // A break above row r is stored on row r − 1 (Excel breaks after the row it names), across
  // all 16,384 columns as Excel writes it (max 16383).
  for (const r of plan.pageBreaks) if (r > 1) ws.getRow(r - 1).addPageBreak(1, 16384);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows + 1, columns + 1) }];
  }
  if (plan.tabColor) ws.properties.tabColor = { argb: toArgb(plan.tabColor) };
}

export function parsedRange(a1: string): { top: number; left: number; bottom: number; right: number } {
  const r = parseRange(a1);
  if (!r) throw new Error(`not an A1 range: ${a1}`);
  return r;
}

interface StyleNode {
  readonly style: CellStyle;
  readonly next: Map<number, StyleNode>;
  xlsx?: Partial<Style>;
}

/**
 * Folds the runs per cell (later runs win). Cells reached by the same sequence of runs share one
 * node, so a 20,000-row sheet builds only a handful of distinct style objects.
 */
function applyStyles(ws: Worksheet, runs: readonly StyleRun[]): void {
  const root: StyleNode = { style: {}, next: new Map() };
  const grid: (StyleNode | undefined)[][] = [];
  runs.forEach((run, i) => {
    const { top, left, bottom, right } = parsedRange(run.range);
    for (let r = top; r <= bottom; r++) {
      const row = (grid[r] ??= []);
      for (let c = left; c <= right; c++) {
        const prev = row[c] ?? root;
        let node = prev.next.get(i);
        if (!node) {
          node = { style: mergeCellStyle(prev.style, run.style), next: new Map() };
          prev.next.set(i, node);
        }
        row[c] = node;
      }
    }
  });
  grid.forEach((row, r) => {
    if (!row) return;
    const xlsxRow = ws.getRow(r);
    row.forEach((node, c) => {
      if (!node) return;
      node.xlsx ??= toXlsxStyle(node.style);
      xlsxRow.getCell(c).style = node.xlsx;
    });
  });
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
