/**
 * Reads the 评价办法 sheet back into a Method. Sections are found by their headings, so blank
 * rows, added rows, reordered sections and left-out optional sections are all fine. The cells
 * become the method's JSON form, validated by parseMethodObject; every problem is reported
 * at the cell it comes from.
 */
import { cellAddress } from '../a1';
import { COUNT_COLUMNS, isBuiltinCountKey } from '../columns';
import { isUncachedFormula, type CellValue, type SheetSnapshot } from '../snapshot';
import { FORMULA_UNCACHED } from '../table/formula-uncached';
import type { Method } from '../types';
import { excelSerialToChineseDate } from './excel-date';
import { fieldName, SPLIT_WORD } from './method-fields';
import { nearestName } from './nearest';
import { parseMethodObject, type ParseOptions } from './parse-method';
import { plainNumber } from './render-condition';
import { nameForm } from './resolve-names';
import { parseTiersText } from './tiers-text';
import {
  labelForm,
  REQUIRED_SECTIONS,
  SECTIONS,
  sectionHeading,
  VALUE_COL,
  VALUES_HEADER,
  type FieldKind,
  type Section,
  type TableColumn,
} from './method-sheet-layout';

export type MethodSheetResult =
  { readonly ok: true; readonly method: Method } | { readonly ok: false; readonly cell: string; readonly detail: string };

class SheetProblem {
  constructor(
    readonly cell: string,
    readonly detail: string,
  ) {}
}

interface Grid {
  readonly rows: number;
  readonly cols: number;
  get(row: number, col: number): CellValue;
  fill(row: number, col: number): string | null;
}

function grid(sheet: SheetSnapshot): Grid {
  // A host may repeat a merged area's value in its other cells; only the top-left cell holds it.
  const covered = (row: number, col: number): boolean =>
    sheet.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  return {
    rows: sheet.values.length,
    cols: Math.max(0, ...sheet.values.map((r) => r.length)),
    get: (row, col) => (covered(row, col) ? null : (sheet.values[row - 1]?.[col - 1] ?? null)),
    fill: (row, col) => sheet.fills?.[cellAddress(row, col)] ?? null,
  };
}

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

function textOf(v: CellValue): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? plainNumber(v) : '';
}

/** A note row the clerk (or the sheet) wrote: 「说明：…」 or 「注：…」. */
function isNoteRow(g: Grid, row: number): boolean {
  for (let c = 1; c <= g.cols; c++) {
    const v = g.get(row, c);
    if (!isBlank(v)) return /^(说明|注)[:：]/.test(textOf(v));
  }
  return false;
}

function isBlankRow(g: Grid, row: number, cols: readonly number[]): boolean {
  return cols.every((c) => isBlank(g.get(row, c)));
}

interface Heading {
  readonly section: Section;
  readonly row: number;
}

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(](?:[一二三四五六七八九十]+|\d+)[)）])/;

/**
 * The section a heading row names: a row holding only a numbered title in column A, e.g.
 * 「三、计分项目」 or 「3. 计分项目（可增删行）」. The number is required (so a grade named
 * 「等次」 is not a heading) but its value is not (sections may be reordered).
 */
function sectionOfHeading(g: Grid, row: number): Section | null {
  const first = g.get(row, 1);
  if (typeof first !== 'string') return null;
  for (let c = 2; c <= g.cols; c++) if (!isBlank(g.get(row, c))) return null;
  const squeezed = first.replace(/\s+/g, '');
  if (!NUMBERING.test(squeezed)) return null;
  const text = squeezed.replace(NUMBERING, '');
  return SECTIONS.find((s) => text === s.title || (text.startsWith(s.title) && /^[（(:：]/.test(text.slice(s.title.length)))) ?? null;
}

function findHeadings(g: Grid): Heading[] {
  const found: Heading[] = [];
  for (let r = 1; r <= g.rows; r++) {
    const section = sectionOfHeading(g, r);
    if (section === null) continue;
    const twice = found.find((h) => h.section.id === section.id);
    if (twice) throw new SheetProblem(cellAddress(r, 1), `「${section.title}」一节出现了两次（另一处在第 ${twice.row} 行），请删去一处`);
    found.push({ section, row: r });
  }
  for (const id of REQUIRED_SECTIONS) {
    if (!found.some((h) => h.section.id === id)) {
      const i = SECTIONS.findIndex((s) => s.id === id);
      throw new SheetProblem(
        'A1',
        `找不到「${sectionHeading(i, SECTIONS[i])}」一节：须有一行只写节标题「${sectionHeading(i, SECTIONS[i])}」，其下为该节的表格`,
      );
    }
  }
  return found;
}

/** Where each JSON path of the method came from, so parse problems can name a cell. */
class Origins {
  private readonly cells = new Map<string, string>();
  set(path: string, cell: string): void {
    this.cells.set(path, cell);
  }
  cellFor(path: string): string {
    for (let p = path; ; p = parent(p)) {
      const cell = this.cells.get(p);
      if (cell !== undefined) return cell;
      if (p === '') return 'A1';
    }
  }
}

function parent(path: string): string {
  const m = /^(.*)(\.[^.[]+|\[\d+\])$/.exec(path);
  return m ? m[1] : '';
}

/** Sets a value at a dotted path, creating the objects on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let obj = target;
  for (const p of parts.slice(0, -1)) {
    const next = obj[p];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) obj = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      obj[p] = created;
      obj = created;
    }
  }
  obj[parts[parts.length - 1]] = value;
}

/** Roles and the like never hold spaces, so spaces separate them too. */
const WORD_SEPARATORS = /[、,，;；\s]+/;

const FULL_WIDTH_DIGIT = /[０-９．－＋]/g;

/** Numeric text as a number (「５」「60分」「-10」); other text is returned as it is, for the parser to report. */
function numberFrom(text: string): number | string {
  const t = text
    .replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[−–]/g, '-')
    .replace(/\s+/g, '')
    .replace(/(分|次|年|个|件|人)$/, '');
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

const QUOTE_CLOSE: Readonly<Record<string, string>> = { '“': '”', '"': '"', '「': '」', '”': '”' };
const SEPARATOR = /[、,，;；]/;

/** Header names in one cell: split at 、，；, except inside quotes (“视察、调研”). */
export function splitNames(text: string): string[] {
  const out: string[] = [];
  let current = '';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const close = QUOTE_CLOSE[chars[i]];
    const end = close === undefined ? -1 : chars.indexOf(close, i + 1);
    if (close !== undefined && end > i && current.trim() === '') {
      current = chars.slice(i + 1, end).join('');
      out.push(current.trim());
      current = '';
      i = end;
      // Skip to the next separator.
      while (i + 1 < chars.length && !SEPARATOR.test(chars[i + 1])) i++;
      continue;
    }
    if (SEPARATOR.test(chars[i])) {
      out.push(current.trim());
      current = '';
    } else current += chars[i];
  }
  out.push(current.trim());
  return out.filter((s) => s !== '');
}

/** A cell's value as a JSON value of the field's kind; undefined when blank. */
function convert(kind: FieldKind, v: CellValue, cell: string, label: string): unknown {
  // A formula saved without its result would read as blank (e.g. 基础分 0): issue 10 point 3.
  if (isUncachedFormula(v)) throw new SheetProblem(cell, `「${label}」单元格是公式，但${FORMULA_UNCACHED}`);
  if (typeof v === 'object' && v !== null) throw new SheetProblem(cell, `「${label}」单元格是错误值 ${v.error}，请改为${kindWord(kind)}`);
  if (v === null || isBlank(v)) return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof kind === 'object') return choiceFrom(kind.words, textOf(v), cell, label);
  switch (kind) {
    case 'text':
      return textOf(v);
    case 'number':
      return typeof v === 'number' ? v : numberFrom(v);
    case 'percent': {
      if (typeof v === 'number') return v;
      const pct = /^(\d+(?:\.\d+)?)\s*[%％]$/.exec(v.trim());
      return pct ? Math.round((Number(pct[1]) / 100) * 1e10) / 1e10 : numberFrom(v);
    }
    case 'list':
      return splitNames(textOf(v));
    case 'words':
      return textOf(v)
        .split(WORD_SEPARATORS)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    case 'tiers': {
      const tiers = parseTiersText(textOf(v));
      if (!tiers.ok) throw new SheetProblem(cell, `「${label}」「${textOf(v)}」有误：${tiers.detail}`);
      return tiers.tiers;
    }
    case 'share': {
      // 均摊 (or split) means the co-signers share the rest; anything else is a number for the parser to check.
      if (typeof v === 'number') return v;
      const word = labelForm(v).toLowerCase();
      return word === SPLIT_WORD || word === 'split' || word === '平均分配' ? 'split' : numberFrom(v);
    }
    case 'date':
      return typeof v === 'number' ? (excelSerialToChineseDate(v) ?? plainNumber(v)) : v.trim();
  }
}

function kindWord(kind: FieldKind): string {
  return kind === 'number' || kind === 'percent' || kind === 'share' ? '数字' : '文字';
}

function choiceFrom(words: Readonly<Record<string, string>>, text: string, cell: string, label: string): string {
  const form = labelForm(text);
  for (const [code, word] of Object.entries(words)) {
    if (form === code || form === word || form === word.replace(/^按/, '')) return code;
  }
  throw new SheetProblem(cell, `「${label}」「${text}」不是可选的值，应为 ${Object.values(words).join('、')} 之一`);
}

const BUILTIN_BY_HEADER = new Map(COUNT_COLUMNS.flatMap((c) => c.headers.map((h) => [nameForm(h), c.key] as const)));

interface Extent {
  readonly heading: number;
  readonly first: number;
  readonly last: number;
}

type TableSection = Extract<Section, { form: 'table' }>;
type ValuesSection = Extract<Section, { form: 'values' }>;

function readValues(g: Grid, section: ValuesSection, extent: Extent, raw: Record<string, unknown>, origins: Origins): void {
  const seen = new Map<string, number>();
  for (const r of section.rows) origins.set(r.path, cellAddress(extent.heading, 1));
  for (let row = extent.first; row <= extent.last; row++) {
    if (isBlankRow(g, row, [1, VALUE_COL]) || isNoteRow(g, row)) continue;
    const labelCell = g.get(row, 1);
    const label = labelForm(textOf(labelCell));
    if (label === VALUES_HEADER[0]) continue;
    const valueCell = cellAddress(row, VALUE_COL);
    if (label === '')
      throw new SheetProblem(
        cellAddress(row, 1),
        `第 ${row} 行填了内容，但 A 列缺少参数名称（应为 ${section.rows.map((r) => r.label).join('、')} 之一）`,
      );
    const def = section.rows.find((r) => labelForm(r.label) === label);
    if (def === undefined) {
      if (isBlank(g.get(row, VALUE_COL))) continue;
      const near = nearestName(label, section.rows.map((r) => r.label));
      throw new SheetProblem(
        cellAddress(row, 1),
        near !== null
          ? `未知参数「${textOf(labelCell)}」，是否为 ${near}？`
          : `「${textOf(labelCell)}」不是「${section.title}」中的参数，应为 ${section.rows.map((r) => r.label).join('、')} 之一`,
      );
    }
    const earlier = seen.get(def.path);
    if (earlier !== undefined) throw new SheetProblem(cellAddress(row, 1), `参数「${def.label}」写了两次（另一处在第 ${earlier} 行）`);
    seen.set(def.path, row);
    origins.set(def.path, valueCell);
    const value = convert(def.kind, g.get(row, VALUE_COL), valueCell, def.label);
    if (value !== undefined) setPath(raw, def.path, value);
  }
}

/** The row holding the table's headers: the first row with the section's anchor header. */
function headerRow(g: Grid, section: TableSection, extent: Extent): number | null {
  for (let row = extent.first; row <= extent.last; row++) {
    for (let c = 1; c <= g.cols; c++) if (labelForm(textOf(g.get(row, c))) === section.anchor) return row;
  }
  return null;
}

function readTable(g: Grid, section: TableSection, extent: Extent, raw: Record<string, unknown>, origins: Origins): void {
  origins.set(section.list, cellAddress(extent.heading, 1));
  const head = headerRow(g, section, extent);
  if (head === null) {
    for (let row = extent.first; row <= extent.last; row++) {
      if (!isBlankRow(g, row, range(1, g.cols)) && !isNoteRow(g, row))
        throw new SheetProblem(
          cellAddress(row, 1),
          `「${section.title}」下找不到表头行：应有一行列名 ${section.columns.map((c) => `「${c.header}」`).join('')}`,
        );
    }
    return;
  }
  const columns = new Map<TableColumn, number>();
  for (let c = 1; c <= g.cols; c++) {
    const header = labelForm(textOf(g.get(head, c)));
    if (header === '') continue;
    const def = section.columns.find((d) => d.header === header && !columns.has(d));
    if (def) {
      columns.set(def, c);
      continue;
    }
    // Strict fields (CONTRACT.md §7): a column the method does not know is an error, not ignored.
    const known = section.columns.map((d) => d.header);
    const near = nearestName(header, known);
    const twice = section.columns.find((d) => d.header === header);
    throw new SheetProblem(
      cellAddress(head, c),
      twice !== undefined
        ? `「${section.title}」表中「${twice.header}」列出现了两次，请删去一列`
        : near !== null
          ? `未知列「${textOf(g.get(head, c))}」，是否为 ${near}？`
          : `未知列「${textOf(g.get(head, c))}」：「${section.title}」表中可用的列为 ${known.join('、')}`,
    );
  }
  const used = [...columns.values()];
  const records: Record<string, unknown>[] = [];
  for (let row = head + 1; row <= extent.last; row++) {
    if (isBlankRow(g, row, used) || isNoteRow(g, row)) continue;
    const path = `${section.list}[${records.length}]`;
    origins.set(path, cellAddress(row, Math.min(...used)));
    const record: Record<string, unknown> = {};
    for (const [def, col] of columns) {
      const cell = cellAddress(row, col);
      origins.set(`${path}.${def.field}`, cell);
      let value = convert(def.kind, g.get(row, col), cell, fieldName(`${path}.${def.field}`));
      if (section.id === 'grades' && def.field === 'color' && value === undefined) value = g.fill(row, col) ?? undefined;
      if (section.id === 'items' && def.field === 'key' && typeof value === 'string' && !isBuiltinCountKey(value))
        value = BUILTIN_BY_HEADER.get(nameForm(value)) ?? value;
      if (value !== undefined) record[def.field] = value;
    }
    records.push(record);
  }
  // A nested list (term.flags) is set at its dotted path.
  setPath(raw, section.list, records);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function readSheet(sheet: SheetSnapshot, options: ParseOptions): Method {
  const g = grid(sheet);
  const headings = findHeadings(g).sort((a, b) => a.row - b.row);
  const raw: Record<string, unknown> = {};
  const origins = new Origins();
  headings.forEach((h, i) => {
    const extent = { heading: h.row, first: h.row + 1, last: i + 1 < headings.length ? headings[i + 1].row - 1 : g.rows };
    if (h.section.form === 'values') readValues(g, h.section, extent, raw, origins);
    else readTable(g, h.section, extent, raw, origins);
  });
  const parsed = parseMethodObject(raw, options);
  if (!parsed.ok) throw new SheetProblem(origins.cellFor(parsed.path), parsed.detail);
  return parsed.method;
}

/** Reads a 评价办法 sheet; errors name the cell. */
export function readMethodSheet(sheet: SheetSnapshot, options: ParseOptions = {}): MethodSheetResult {
  try {
    return { ok: true, method: readSheet(sheet, options) };
  } catch (e) {
    if (e instanceof SheetProblem) return { ok: false, cell: e.cell, detail: e.detail };
    throw e;
  }
}
