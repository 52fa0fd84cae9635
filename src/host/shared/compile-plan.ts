/**
 * The pure compiler every host runs: (WritePlan, what the workbook holds now) → the ordered list of
 * primitive operations (ops.ts). It runs the plan check first (plan-check.ts), so all three hosts
 * refuse exactly the same plans, and it decides the order once for all of them:
 *   1. leftover temporary sheets of an interrupted run are deleted;
 *   2. each generated sheet is written into a NEW temporary sheet: values, formats, borders,
 *      number formats, merges, widths, heights, links, layout, conditional fills;
 *   3. the interim bookkeeping (before ∪ after), so a failure never leaves what it does not know;
 *   4. the marks, each cell once with its final fill and note;
 *   5. each temporary sheet swaps in for the sheet it replaces (same tab place) or takes its name;
 *   6. sheets the plan deletes; the final bookkeeping; the sheet to show.
 * A host that fails part-way deletes the temporary sheets, so no half-written generated sheet remains.
 */
import { parseRange } from '../../core';
import { BOOKKEEPING_SHEET, type Bookkeeping, type SheetPlan, type WritePlan } from '../port';
import { BOOKKEEPING_HEADER, bookkeepingGrid } from './bookkeeping-grid';
import { WorkbookRefused } from './host-error';
import { finalMarkStates, interimBookkeeping, isEmptyBookkeeping } from './mark-states';
import type { HostOp, Rect, RowSpan } from './ops';
import { checkPlan, TEMP_PREFIX } from './plan-check';
import { groupStyles } from './style-plan';

/** What a host reads before compiling: the facts the plan check and the order depend on. */
export interface WorkbookFacts {
  /** Every sheet's name in tab order, hidden ones, the bookkeeping sheet and leftovers included. */
  readonly sheets: readonly string[];
  /** The bookkeeping as stored now (EMPTY_BOOKKEEPING when there is none). */
  readonly stored: Bookkeeping;
  /** Rows the stored bookkeeping sheet spans (0 when there is none). */
  readonly storedRows: number;
  /** The workbook's structure is protected: no sheet can be added, deleted, moved or renamed. */
  readonly workbookProtected?: boolean;
  /** Sheets whose contents are protected. */
  readonly protectedSheets?: readonly string[];
  /**
   * A sheet of the bookkeeping's name that is not very hidden: the user's (issue 10 point 10). It is
   * never written nor hidden, so no bookkeeping is stored (the core sets no marks then).
   */
  readonly bookkeepingTaken?: boolean;
}

const lower = (s: string): string => s.toLowerCase();

export function compilePlan(plan: WritePlan, facts: WorkbookFacts): HostOp[] {
  const existing = new Map(facts.sheets.map((n) => [lower(n), n]));
  checkPlan(plan, facts.sheets, facts.stored.generatedSheets);

  const ops: HostOp[] = [];
  // The tab order as it will be after each operation, for the positions of swapped sheets.
  const order = [...facts.sheets];
  const indexOf = (name: string): number => order.findIndex((n) => lower(n) === lower(name));
  const remove = (name: string): void => {
    const i = indexOf(name);
    if (i >= 0) order.splice(i, 1);
  };

  for (const name of facts.sheets) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    ops.push({ kind: 'deleteSheet', sheet: name });
    remove(name);
  }
  const temps = plan.sheets.map((_, i) => `${TEMP_PREFIX}${i + 1}`);
  plan.sheets.forEach((sheet, i) => {
    ops.push({ kind: 'addSheet', sheet: temps[i] });
    order.push(temps[i]);
    ops.push(...sheetOps(temps[i], sheet));
  });

  const keeping = { exists: existing.has(lower(BOOKKEEPING_SHEET)), rows: facts.storedRows };
  const store = (b: Bookkeeping): void => {
    if (facts.bookkeepingTaken === true) return;
    if (isEmptyBookkeeping(b)) {
      if (keeping.exists) {
        ops.push({ kind: 'deleteSheet', sheet: BOOKKEEPING_SHEET });
        remove(BOOKKEEPING_SHEET);
      }
      Object.assign(keeping, { exists: false, rows: 0 });
      return;
    }
    const grid = bookkeepingGrid(b);
    ops.push({ kind: 'bookkeeping', grid, width: BOOKKEEPING_HEADER.length, create: !keeping.exists, previousRows: keeping.rows });
    if (!keeping.exists) order.push(BOOKKEEPING_SHEET);
    Object.assign(keeping, { exists: true, rows: grid.length });
  };
  store(interimBookkeeping(facts.stored, plan.bookkeeping));

  const marks = finalMarkStates(plan).filter((s) => existing.has(lower(s.sheet)));
  if (marks.length > 0) ops.push({ kind: 'marks', marks });

  plan.sheets.forEach((sheet, i) => {
    const old = existing.get(lower(sheet.name)) ?? null;
    const tempAt = indexOf(temps[i]);
    // Temporary sheets come after every sheet that was there, so removing one moves no old sheet.
    order.splice(tempAt, 1);
    const position = old === null ? tempAt : indexOf(old);
    if (old === null) order.splice(position, 0, sheet.name);
    else order[position] = sheet.name;
    ops.push({ kind: 'swapSheet', temp: temps[i], name: sheet.name, replaces: old, position });
  });
  for (const name of plan.deleteSheets) {
    const old = existing.get(lower(name));
    if (old === undefined || plan.sheets.some((s) => lower(s.name) === lower(old))) continue;
    ops.push({ kind: 'deleteSheet', sheet: old });
    remove(old);
  }
  store(plan.bookkeeping);
  if (plan.activate) ops.push({ kind: 'activate', sheet: plan.activate });

  checkProtection(ops, facts);
  return ops;
}

/** Protection refuses before anything is written: the structure for any sheet change, a sheet for marks or the bookkeeping. */
function checkProtection(ops: readonly HostOp[], facts: WorkbookFacts): void {
  if (facts.workbookProtected && ops.some((op) => op.kind === 'addSheet' || op.kind === 'deleteSheet' || op.kind === 'swapSheet' || (op.kind === 'bookkeeping' && op.create))) {
    throw new WorkbookRefused('host.workbook_protected', {});
  }
  const locked = new Set((facts.protectedSheets ?? []).map(lower));
  if (locked.size === 0) return;
  for (const op of ops) {
    if (op.kind === 'marks') {
      const sheet = op.marks.find((m) => locked.has(lower(m.sheet)))?.sheet;
      if (sheet !== undefined) throw new WorkbookRefused('host.sheet_protected', { sheet });
    }
    if (op.kind === 'bookkeeping' && !op.create && locked.has(lower(BOOKKEEPING_SHEET))) throw new WorkbookRefused('host.sheet_protected', { sheet: BOOKKEEPING_SHEET });
  }
}

function rect(address: string): Rect {
  const r = parseRange(address);
  // checkPlan has parsed every address already.
  if (!r) throw new Error(`unparsed address ${address}`);
  return r;
}

/** Everything one SheetPlan asks of its (new, empty) sheet, grouped. */
export function sheetOps(sheet: string, plan: SheetPlan): HostOp[] {
  const ops: HostOp[] = [];
  const width = plan.values.reduce((w, row) => Math.max(w, row.length), 0);
  if (width > 0) ops.push({ kind: 'values', sheet, rows: plan.values, width });
  const groups = groupStyles(plan.styles);
  for (const { format, areas } of groups.formats) ops.push({ kind: 'format', sheet, areas, format });
  for (const { border, areas } of groups.borders) ops.push({ kind: 'borders', sheet, areas, weight: border });
  for (const { format, areas } of groups.numberFormats) ops.push({ kind: 'numberFormat', sheet, areas, format });
  ops.push(...mergeOps(sheet, plan.merges.map(rect)));
  ops.push(...widthOps(sheet, plan.columnWidths));
  ops.push(...heightOps(sheet, plan.rowHeights));
  for (const link of plan.hyperlinks) ops.push({ kind: 'hyperlink', sheet, cell: link.cell, targetSheet: link.sheet, target: link.target, text: displayText(plan, link.cell) });
  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0) ? plan.freeze : undefined;
  if (plan.pageSetup || plan.pageBreaks.length > 0 || freeze || plan.tabColor) {
    ops.push({ kind: 'layout', sheet, pageSetup: plan.pageSetup, pageBreaks: plan.pageBreaks.filter((r) => r > 1), freeze, tabColor: plan.tabColor });
  }
  for (const c of plan.conditionalFills ?? []) ops.push({ kind: 'conditionalFill', sheet, area: rect(c.range), equals: c.equals, fill: c.fill });
  for (const v of plan.validations ?? []) ops.push({ kind: 'wholeNumberRule', sheet, area: rect(v.range), min: v.min, title: v.title, message: v.message });
  // Last: a protected sheet refuses further formatting in Excel and WPS.
  if (plan.protection) ops.push({ kind: 'protectSheet', sheet, unlocked: plan.protection.unlocked.map(rect) });
  return ops;
}

/** Single-row merges of the same columns on consecutive rows become one area merged across; other merges one area each. */
function mergeOps(sheet: string, rects: readonly Rect[]): HostOp[] {
  const rows = rects.filter((r) => r.top === r.bottom && r.right > r.left).sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const across: Rect[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j].left === rows[i].left && rows[j].right === rows[i].right && rows[j].top === rows[j - 1].top + 1) j++;
    across.push({ ...rows[i], bottom: rows[j - 1].top });
    i = j;
  }
  const blocks = rects.filter((r) => r.top !== r.bottom);
  const ops: HostOp[] = [];
  if (across.length > 0) ops.push({ kind: 'merge', sheet, areas: across, across: true });
  if (blocks.length > 0) ops.push({ kind: 'merge', sheet, areas: blocks, across: false });
  return ops;
}

/** Equal neighbouring widths in one operation. */
function widthOps(sheet: string, widths: readonly (number | null)[]): HostOp[] {
  const ops: HostOp[] = [];
  for (let i = 0; i < widths.length; ) {
    const w = widths[i];
    let j = i + 1;
    while (j < widths.length && widths[j] === w) j++;
    if (w !== null) ops.push({ kind: 'columnWidth', sheet, first: i + 1, last: j, width: w });
    i = j;
  }
  return ops;
}

/** One operation per height, with the stretches of consecutive rows that have it. */
function heightOps(sheet: string, heights: readonly { row: number; height: number }[]): HostOp[] {
  const byHeight = new Map<number, RowSpan[]>();
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].height === sorted[i].height && sorted[j].row === sorted[j - 1].row + 1) j++;
    const list = byHeight.get(sorted[i].height) ?? [];
    list.push({ first: sorted[i].row, last: sorted[j - 1].row });
    byHeight.set(sorted[i].height, list);
    i = j;
  }
  return [...byHeight].map(([height, rows]) => ({ kind: 'rowHeight', sheet, rows, height }));
}

function displayText(plan: SheetPlan, cell: string): string {
  const at = parseRange(cell);
  const v = at ? plan.values[at.top - 1]?.[at.left - 1] : null;
  return v === null || v === undefined ? '' : String(v);
}
