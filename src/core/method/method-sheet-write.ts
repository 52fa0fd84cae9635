/** Writes a method as the editable 评价办法 sheet (layout in method-sheet-layout.ts). */
import type { CellStyle, PageSetup, PlanValue, SheetPlan } from '../plan';
import { SheetBuilder, FONTS } from '../output/sheet-builder';
import { METHOD_SHEET } from '../sheet-names';
import type { Method, MethodTier } from '../types';
import { METHOD_FIELDS, SPLIT_WORD } from './method-fields';
import { methodToJson } from './method-to-json';
import { formatTiers } from './tiers-text';
import {
  COLUMN_WIDTHS,
  columnHeader,
  HINT_COL,
  SECTIONS,
  SHEET_COLUMNS,
  SHEET_EXPLANATION,
  SHEET_GUIDE,
  SHEET_TITLE,
  sectionHeading,
  VALUE_COL,
  VALUE_SPAN,
  VALUES_HEADER,
  type FieldKind,
  type Section,
  type TableColumn,
  type ValueRow,
} from './method-sheet-layout';

const FONT = { name: FONTS.table, size: 11 } as const;
const TITLE: CellStyle = { font: { name: FONTS.heading, size: 16, bold: true }, horizontal: 'center', vertical: 'middle' };
const NOTE: CellStyle = { font: { ...FONT, size: 10, color: '#595959' }, horizontal: 'left', vertical: 'middle', wrap: true };
const HEADING: CellStyle = { font: { name: FONTS.heading, size: 13, bold: true }, horizontal: 'left', vertical: 'middle' };
const HEADER: CellStyle = {
  font: { ...FONT, bold: true },
  fill: '#D9E1F2',
  border: 'thin',
  horizontal: 'center',
  vertical: 'middle',
  wrap: true,
};
const LABEL: CellStyle = {
  font: { ...FONT, bold: true },
  fill: '#F2F2F2',
  border: 'thin',
  horizontal: 'left',
  vertical: 'middle',
  wrap: true,
};
const CELL: CellStyle = { font: FONT, border: 'thin', horizontal: 'left', vertical: 'middle', wrap: true };
const NUMBER_CELL: CellStyle = { ...CELL, horizontal: 'center' };
const HINT: CellStyle = {
  font: { ...FONT, size: 9, color: '#7F7F7F' },
  border: 'thin',
  horizontal: 'left',
  vertical: 'middle',
  wrap: true,
};

const PAGE: PageSetup = {
  paperSize: 'A4',
  orientation: 'landscape',
  margins: { top: 20, bottom: 20, left: 18, right: 18, header: 10, footer: 10 },
  fitToWidth: true,
  horizontalCentered: true,
  footerCenter: '第 &P 页，共 &N 页',
};

const LINE_HEIGHT = 15;

/** The 评价办法 sheet for a method; readMethodSheet of it gives the same method. */
export function methodSheetPlan(method: Method): SheetPlan {
  const b = new SheetBuilder(METHOD_SHEET);
  b.columnWidths(COLUMN_WIDTHS);
  b.tabColor('#4472C4');
  b.page(PAGE);
  b.rowHeight(wide(b, SHEET_TITLE, TITLE), 28);
  wide(b, SHEET_EXPLANATION, { ...NOTE, font: { ...FONT, size: 11, bold: true } });
  wide(b, SHEET_GUIDE, NOTE);
  SECTIONS.forEach((section, i) => {
    b.addRow();
    b.rowHeight(wide(b, sectionHeading(i, section), HEADING), 22);
    if (section.explanation !== undefined) wide(b, section.explanation, NOTE);
    if (section.form === 'values') writeValues(b, section.rows, settingValues(method));
    else writeTable(b, section, tableRows(section, method), section.id === 'grades');
  });
  return b.build();
}

/** Appends a one-cell row merged across the sheet's width, its height fitted to the text. */
function wide(b: SheetBuilder, text: string, style: CellStyle): number {
  const row = b.addRow([text]);
  b.merge(row, 1, row, SHEET_COLUMNS).style(row, 1, row, SHEET_COLUMNS, style);
  fitHeight(b, row, [{ value: text, width: totalWidth(1, SHEET_COLUMNS), size: style.font?.size }]);
  return row;
}

function totalWidth(col: number, span: number): number {
  return COLUMN_WIDTHS.slice(col - 1, col - 1 + span).reduce((a, w) => a + w, 0);
}

/** Lines a text needs in a column of `width` characters at 11 pt (a CJK character is two wide; smaller type fits more). */
function linesFor(value: PlanValue, width: number, size: number): number {
  if (typeof value !== 'string' || value === '') return 1;
  const room = Math.max(1, ((width - 1) * FONT.size) / size);
  return value.split('\n').reduce((n, line) => {
    const w = [...line].reduce((a, ch) => a + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
    return n + Math.max(1, Math.ceil(w / room));
  }, 0);
}

function fitHeight(b: SheetBuilder, row: number, cells: readonly { value: PlanValue; width: number; size?: number }[]): void {
  const lines = Math.max(1, ...cells.map((c) => linesFor(c.value, c.width, c.size ?? FONT.size)));
  if (lines > 1) b.rowHeight(row, lines * LINE_HEIGHT + 4);
}

/** The value at a dotted JSON path, or null. */
function atPath(json: Readonly<Record<string, unknown>>, path: string): unknown {
  let v: unknown = json;
  for (const part of path.split('.')) {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.prototype.hasOwnProperty.call(v, part)) return null;
    v = (v as Record<string, unknown>)[part];
  }
  return v ?? null;
}

/** The label/value settings of a method by JSON path (from its JSON form, so a new field needs no code here); null where not set. */
function settingValues(m: Method): Readonly<Record<string, unknown>> {
  const json = methodToJson(m);
  const values: Record<string, unknown> = {};
  for (const f of METHOD_FIELDS) if (f.sheet !== undefined && 'hint' in f.sheet) values[f.path] = atPath(json, f.path);
  // Choices left at their default are shown, so the clerk sees what applies.
  if (m.notice !== null) {
    values['notice.circularGroupBy'] = m.notice.circularGroupBy;
    values['notice.pending'] = m.notice.pending;
  }
  return values;
}

/** A header name as written in the one cell of 表头名称: quoted where it holds a separator. */
function listEntry(text: string): string {
  return /[、,，;；"“”]/.test(text) ? (text.includes('”') ? `「${text}」` : `“${text}”`) : text;
}

/** A value as written into a cell of the given kind. */
function cellValue(kind: FieldKind, v: unknown): PlanValue {
  if (v === null || v === undefined) return null;
  if (typeof kind === 'object') return typeof v === 'string' ? (kind.words[v] ?? v) : null;
  if (kind === 'share' && v === 'split') return SPLIT_WORD;
  if (kind === 'tiers' && Array.isArray(v)) return formatTiers(v.map((t: Partial<MethodTier>) => ({ upTo: t.upTo ?? null, points: t.points ?? 0 })));
  if (Array.isArray(v)) return v.length > 0 ? v.map((e) => (kind === 'list' ? listEntry(String(e)) : String(e))).join('、') : null;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

function percentFormat(v: PlanValue): string | undefined {
  if (typeof v !== 'number') return undefined;
  const pct = v * 100;
  const decimals = [0, 1, 2].find((d) => Math.abs(pct * 10 ** d - Math.round(pct * 10 ** d)) < 1e-6) ?? 4;
  return decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
}

function writeValues(b: SheetBuilder, rows: readonly ValueRow[], values: Readonly<Record<string, unknown>>): void {
  const head = b.addRow();
  b.set(head, 1, VALUES_HEADER[0]).set(head, VALUE_COL, VALUES_HEADER[1]).set(head, HINT_COL, VALUES_HEADER[2]);
  b.merge(head, VALUE_COL, head, VALUE_COL + VALUE_SPAN - 1).style(head, 1, head, HINT_COL, HEADER);
  for (const r of rows) {
    const value = cellValue(r.kind, values[r.path]);
    const row = b.addRow([r.label]);
    b.set(row, VALUE_COL, value).set(row, HINT_COL, r.hint);
    b.merge(row, VALUE_COL, row, VALUE_COL + VALUE_SPAN - 1);
    b.style(row, 1, row, 1, LABEL);
    const numeric = r.kind === 'number' || r.kind === 'percent' || r.kind === 'share';
    const format = r.kind === 'percent' ? percentFormat(value) : r.path === 'year' ? '0' : undefined;
    b.style(row, VALUE_COL, row, VALUE_COL + VALUE_SPAN - 1, {
      ...(numeric ? { ...CELL, horizontal: 'left' } : CELL),
      ...(format ? { numberFormat: format } : {}),
    });
    b.style(row, HINT_COL, row, HINT_COL, HINT);
    fitHeight(b, row, [
      { value: r.label, width: totalWidth(1, 1) },
      { value, width: totalWidth(VALUE_COL, VALUE_SPAN) },
      { value: r.hint, width: totalWidth(HINT_COL, 1), size: HINT.font?.size },
    ]);
  }
}

type TableSection = Extract<Section, { form: 'table' }>;

/** The rows of a table section as field → value, from the method's JSON form. */
function tableRows(section: TableSection, m: Method): readonly Readonly<Record<string, unknown>>[] {
  const json = methodToJson(m);
  const list = atPath(json, section.list);
  const records = Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
  if (section.id !== 'items') return records;
  // Items show their label (also a built-in item's) and their category by its label.
  return records.map((r, i) => ({ ...r, label: m.items[i].label, category: m.categories.find((c) => c.key === m.items[i].category)?.label ?? m.items[i].category }));
}

function lastColumn(columns: readonly TableColumn[]): number {
  return Math.max(...columns.map((c) => c.col + (c.span ?? 1) - 1));
}

function writeTable(
  b: SheetBuilder,
  section: TableSection,
  records: readonly Readonly<Record<string, unknown>>[],
  colourCells: boolean,
): void {
  const head = b.addRow();
  for (const c of section.columns) b.set(head, c.col, columnHeader(c)).merge(head, c.col, head, c.col + (c.span ?? 1) - 1);
  b.style(head, 1, head, lastColumn(section.columns), HEADER);
  fitHeight(
    b,
    head,
    section.columns.map((c) => ({ value: columnHeader(c), width: totalWidth(c.col, c.span ?? 1) })),
  );
  // An empty table keeps one bordered blank row to type into.
  for (const record of records.length > 0 ? records : [{}]) {
    const row = b.addRow();
    const cells: { value: PlanValue; width: number }[] = [];
    for (const c of section.columns) {
      const value = cellValue(c.kind, record[c.field]);
      const span = c.span ?? 1;
      b.set(row, c.col, value).merge(row, c.col, row, c.col + span - 1);
      const colour = colourCells && c.field === 'color' && typeof value === 'string' ? { fill: value } : {};
      b.style(row, c.col, row, c.col + span - 1, { ...(c.kind === 'number' ? NUMBER_CELL : CELL), ...colour });
      cells.push({ value, width: totalWidth(c.col, span) });
    }
    fitHeight(b, row, cells);
  }
}
