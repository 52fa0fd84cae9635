/**
 * The member table as a district office lays it out: a merged title (row 1), a note (row 2), a
 * two-row header with merged group cells (rows 3–4), one row per member from row 5, and a 合计
 * row. Built as plain cells, then turned into a Snapshot (fast, for benchmarks) or an exceljs
 * workbook (for the sample file and the xlsx round trips).
 */
import { Workbook, type CellErrorValue, type Worksheet } from 'exceljs';
import { type CellError, type CellValue, type MergedArea, type Snapshot, EMPTY_BOOKKEEPING, cellAddress, columnLetter } from '../../src/core';
import type { SampleMember } from './members';

export interface ColumnSpec {
  readonly key: string;
  readonly header: string;
  /** The group cell above, merged across its sub-columns in row 3. */
  readonly group?: string;
  readonly width: number;
}

const G = (group: string, items: readonly (readonly [string, string])[]): ColumnSpec[] => items.map(([key, header]) => ({ key, header, group, width: 5.5 }));

export const COLUMNS: readonly ColumnSpec[] = [
  { key: 'seq', header: '序号', width: 5 },
  { key: 'name', header: '姓名', width: 9 },
  { key: 'gender', header: '性别', width: 5 },
  { key: 'sector', header: '界别', width: 12 },
  { key: 'committee', header: '专委会', width: 11 },
  { key: 'liaison_group', header: '联络组', width: 14 },
  { key: 'unit', header: '工作单位', width: 24 },
  { key: 'title', header: '职务', width: 10 },
  { key: 'role', header: '政协职务', width: 9 },
  { key: 'phone', header: '联系电话', width: 13 },
  ...G('全体会议', [['plenary_attended', '出席'], ['plenary_leave', '请假'], ['plenary_absent', '无故缺席']]),
  ...G('常委会议', [['standing_attended', '出席'], ['standing_leave', '请假'], ['standing_absent', '无故缺席']]),
  { key: 'inspections', header: '视察调研（次）', width: 7 },
  { key: 'consultations', header: '协商议政', width: 7 },
  { key: 'supervision', header: '民主监督', width: 7 },
  { key: 'trainings', header: '学习培训（次）', width: 7 },
  { key: 'committee_activities', header: '专委会活动', width: 7 },
  { key: 'liaison_activities', header: '联络组活动', width: 7 },
  ...G('提案（件）', [['proposals_lead', '领衔'], ['proposals_joint', '联名'], ['proposals_accepted', '立案'], ['proposals_key', '重点'], ['proposals_excellent', '优秀']]),
  ...G('社情民意信息（篇）', [['opinions_submitted', '报送'], ['opinions_adopted', '采用'], ['opinions_instructed', '领导批示']]),
  ...G('大会发言', [['speeches_oral', '口头'], ['speeches_written', '书面']]),
  { key: 'studio_activities', header: '委员工作室活动', width: 8 },
  { key: 'welfare_activities', header: '参与社会公益事业', width: 8 },
  { key: 'culture_history', header: '文史资料', width: 6 },
  { key: 'honors', header: '表彰奖励', width: 6 },
  { key: 'violations', header: '违纪违法', width: 6 },
];

export const COUNT_KEYS: readonly string[] = COLUMNS.slice(COLUMNS.findIndex((c) => c.key === 'plenary_attended'), -1).map((c) => c.key);
/** Counts usually left blank when zero (rare items), as many offices do. */
const BLANK_WHEN_ZERO = new Set(['standing_attended', 'standing_leave', 'standing_absent', 'proposals_key', 'proposals_excellent', 'opinions_instructed', 'speeches_oral', 'speeches_written', 'culture_history', 'honors']);

export const HEADER_ROWS = [3, 4] as const;
export const FIRST_DATA_ROW = 5;
export const SHEET_NAME = '委员履职统计表';
export const TITLE = '政协X区委员会委员2025年度履职情况统计表';
export const NOTE = '填报单位：政协X区委员会办公室　　　统计时间：2025年1月1日至2025年12月20日　　　单位：次、件、篇';

/** A formula with its cached result, as Excel stores it. */
export interface FormulaCell {
  readonly formula: string;
  readonly result: number | CellError;
}
export type SampleCell = CellValue | FormulaCell;

export interface SampleTable {
  readonly sheet: string;
  readonly rows: SampleCell[][];
  readonly merges: MergedArea[];
  readonly hiddenRows: number[];
}

/** 1-based column of a key. */
export function col(key: string): number {
  const i = COLUMNS.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no sample column ${key}`);
  return i + 1;
}

export function memberRow(m: SampleMember, seq: number): SampleCell[] {
  return COLUMNS.map((c): SampleCell => {
    switch (c.key) {
      case 'seq':
        return seq;
      case 'name':
        return m.name;
      case 'gender':
        return m.gender;
      case 'sector':
        return m.sector;
      case 'committee':
        return m.committee;
      case 'liaison_group':
        return m.liaisonGroup;
      case 'unit':
        return m.unit;
      case 'title':
        return m.title;
      case 'role':
        return m.role;
      case 'phone':
        return m.phone;
      case 'violations':
        return m.violations ? '是' : null;
      default: {
        const n = m.counts[c.key];
        if (n === undefined) return null;
        return n === 0 && BLANK_WHEN_ZERO.has(c.key) ? null : n;
      }
    }
  });
}

function headerRows(): { rows: SampleCell[][]; merges: MergedArea[] } {
  const top: SampleCell[] = [];
  const bottom: SampleCell[] = [];
  const merges: MergedArea[] = [];
  COLUMNS.forEach((c, i) => {
    const at = i + 1;
    if (!c.group) {
      top.push(c.header);
      bottom.push(null);
      merges.push({ top: 3, left: at, bottom: 4, right: at });
      return;
    }
    const first = COLUMNS.findIndex((d) => d.group === c.group) + 1;
    top.push(first === at ? c.group : null);
    bottom.push(c.header);
    if (first === at) merges.push({ top: 3, left: at, bottom: 3, right: at + COLUMNS.filter((d) => d.group === c.group).length - 1 });
  });
  return { rows: [top, bottom], merges };
}

export function buildTable(members: readonly SampleMember[]): SampleTable {
  const width = COLUMNS.length;
  const header = headerRows();
  const rows: SampleCell[][] = [[TITLE], [NOTE], ...header.rows, ...members.map((m, i) => memberRow(m, i + 1))];
  return {
    sheet: SHEET_NAME,
    rows,
    merges: [{ top: 1, left: 1, bottom: 1, right: width }, { top: 2, left: 1, bottom: 2, right: width }, ...header.merges],
    hiddenRows: [],
  };
}

/** Appends the 合计 row: SUM formulas over the member rows, with their cached results. */
export function addTotalRow(table: SampleTable): void {
  const last = table.rows.length;
  const row: SampleCell[] = COLUMNS.map(() => null);
  row[col('name') - 1] = '合计';
  for (const key of COUNT_KEYS) {
    const c = col(key);
    let sum = 0;
    for (let r = FIRST_DATA_ROW; r <= last; r++) {
      const v = table.rows[r - 1][c - 1];
      if (typeof v === 'number') sum += v;
      else if (isFormula(v) && typeof v.result === 'number') sum += v.result;
    }
    const letter = columnLetter(c);
    row[c - 1] = { formula: `SUM(${letter}${FIRST_DATA_ROW}:${letter}${last})`, result: Math.round(sum * 100) / 100 };
  }
  table.rows.push(row);
}

function isFormula(v: SampleCell): v is FormulaCell {
  return v !== null && typeof v === 'object' && 'formula' in v && 'result' in v;
}

export function tableSnapshot(table: SampleTable, fileName: string): Snapshot {
  const values = table.rows.map((r) => r.map((v) => (isFormula(v) ? v.result : v)));
  return { fileName, bookkeeping: EMPTY_BOOKKEEPING, sheets: [{ name: table.sheet, values, merges: table.merges, hiddenRows: table.hiddenRows, visible: true }] };
}

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The table as an exceljs workbook; `styled` adds what an office sheet has (fonts, borders, widths, print setup). */
export function tableWorkbook(table: SampleTable, styled = true): Workbook {
  const wb = new Workbook();
  wb.creator = '政协X区委员会办公室';
  const ws = wb.addWorksheet(table.sheet, { views: [{ state: 'frozen', xSplit: 2, ySplit: 4, topLeftCell: 'C5' }] });
  table.rows.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    cells.forEach((v, j) => {
      if (v === null) return;
      const cell = row.getCell(j + 1);
      if (isFormula(v)) cell.value = { formula: v.formula, result: typeof v.result === 'number' ? v.result : errorValue(v.result), date1904: false };
      else if (typeof v === 'object' && 'error' in v) cell.value = errorValue(v);
      else cell.value = v;
    });
  });
  for (const m of table.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const r of table.hiddenRows) ws.getRow(r).hidden = true;
  if (styled) styleSheet(ws, table);
  return wb;
}

const ERRORS: readonly CellErrorValue['error'][] = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'];

function errorValue(e: CellError): CellErrorValue {
  const error = ERRORS.find((x) => x === e.error);
  if (!error) throw new Error(`not an Excel error value: ${e.error}`);
  return { error };
}

function styleSheet(ws: Worksheet, table: SampleTable): void {
  const width = COLUMNS.length;
  COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.getRow(1).height = 32;
  ws.getCell('A1').style = { font: { name: '方正小标宋简体', size: 18 }, alignment: { horizontal: 'center', vertical: 'middle' } };
  ws.getCell('A2').style = { font: { name: '仿宋_GB2312', size: 11 }, alignment: { horizontal: 'left', vertical: 'middle' } };
  const headerStyle = {
    font: { name: '黑体', size: 10 },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  } as const;
  const bodyStyle = { font: { name: '宋体', size: 10 }, alignment: { vertical: 'middle' }, border: BORDER } as const;
  const countStyle = { ...bodyStyle, alignment: { horizontal: 'center', vertical: 'middle' } } as const;
  const firstCount = col('plenary_attended');
  ws.getRow(3).height = 24;
  ws.getRow(4).height = 42;
  for (let r = 3; r <= table.rows.length; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= width; c++) row.getCell(c).style = r <= 4 ? headerStyle : c >= firstCount || c === 1 ? countStyle : bodyStyle;
  }
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:4' };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '&C第 &P 页，共 &N 页' };
}

export function address(row: number, key: string): string {
  return cellAddress(row, col(key));
}
