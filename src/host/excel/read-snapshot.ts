/**
 * Snapshot from the open workbook in ONE Excel.run and a fixed number of syncs, whatever the
 * number or size of the sheets (more only when the loads exceed the 5 MB payload limit):
 *   1. workbook name, sheet names and visibility, the contents of every note;
 *   2. each sheet's extent, each note's cell, the first rows of the bookkeeping sheet;
 *   3. values (in row blocks) with their error cells, merged areas (in row blocks: Excel refuses
 *      more than 512 in one read, and a busier block is halved), and for the sheets that may
 *      hold the member table cheap probes: is a block of rows hidden, is a column block one fill;
 *   4. only where a probe said "mixed": the per-row hidden flags and per-cell fills.
 * Generated sheets are listed with their names only (the core never reads them), except the run
 * log, which the core continues.
 */
import { cellAddress, keepsGeneratedValues, parseCell, sheetFingerprint, METHOD_SHEET } from '../../core';
import { BOOKKEEPING_SHEET, type BookkeepingIssue, type CellValue, type SheetSnapshot, type Snapshot } from '../port';
import { parseBookkeepingGrid, readBookkeepingGrid, BOOKKEEPING_HEADER, quoteSheetName } from '../shared';
import type { XlRequestContext, XlRun } from './office-api';
import { runReads, type ReadTask } from './read-batches';
import {
  cellValue,
  fillDetailTask,
  fillProbeTask,
  hiddenDetailTask,
  hiddenProbeTask,
  mergesTask,
  MERGE_BLOCK_ROWS,
  noteLocationTask,
  rowBlocks,
  sheetRead,
  usedRangeTask,
  VALUE_CHUNK_CELLS,
  valuesTask,
  windowTask,
  type RowBlock,
  type SheetRead,
} from './read-tasks';

/** Rows of the bookkeeping sheet read in phase 2 (its generated-sheet rows come first). */
const BOOKKEEPING_WINDOW = 2000;
const BOOKKEEPING_COLUMNS = BOOKKEEPING_HEADER.length;
/** Probe blocks: a short first block (titles and headers usually carry fills), then 500 rows. */
const PROBE_FIRST = 20;
const PROBE_BLOCK = 500;
/** Fills are read for the first columns only: a member table is far narrower; a stray value far right must not cost thousands of probes. */
const PROBE_COLUMNS = 256;

export interface ExcelRead {
  readonly snapshot: Snapshot;
  /** Whether the bookkeeping sheet was there. */
  readonly hasBookkeeping: boolean;
}

export function readSnapshot(run: XlRun): Promise<ExcelRead> {
  return run(async (context) => {
    const workbook = context.workbook;
    workbook.load('name');
    const worksheets = workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    const notes = workbook.notes;
    notes.load('items/content');
    await context.sync();

    const all = worksheets.items.map((ws) => sheetRead(ws, ws.name, ws.visibility === 'Visible'));
    const veryHidden = new Set(worksheets.items.filter((ws) => ws.visibility === 'VeryHidden').map((ws) => ws.name));
    // Only a very hidden sheet is the product's record; one the user can see is the user's (issue 10 point 10).
    const keeping = all.find((s) => s.name === BOOKKEEPING_SHEET && veryHidden.has(s.name)) ?? null;
    const nameTaken = all.some((s) => s.name === BOOKKEEPING_SHEET && s !== keeping);
    const sheets = all.filter((s) => s !== keeping);
    const located: { address: string; content: string }[] = [];
    let window: unknown[][] = [];
    await runReads(context, [
      ...all.map(usedRangeTask),
      ...notes.items.map((note) => noteLocationTask(note, note.content, (address, content) => located.push({ address, content }))),
      ...(keeping ? [windowTask(keeping.ws, BOOKKEEPING_WINDOW, BOOKKEEPING_COLUMNS, (v) => (window = v))] : []),
    ]);

    const generated = new Set(parseBookkeepingGrid(window.map((row) => row.map(cellValue))).generatedSheets);
    const isCandidate = (s: SheetRead): boolean => !generated.has(s.name) && s.name !== METHOD_SHEET;
    // Generated sheets are read too: their fingerprint proves them the product's (the values are then dropped).
    const isRead = (s: SheetRead): boolean => s.rows > 0;
    const keepsValues = (s: SheetRead): boolean => !generated.has(s.name) || keepsGeneratedValues(s.name);
    const mixedRows: { s: SheetRead; block: RowBlock }[] = [];
    const mixedFills: { s: SheetRead; block: RowBlock; col: number }[] = [];
    const phase3: ReadTask[] = [];
    for (const s of sheets.filter(isRead)) {
      phase3.push(...rowBlocks(s.rows, Math.max(1, Math.floor(VALUE_CHUNK_CELLS / s.cols))).map((b) => valuesTask(s, b)), ...rowBlocks(s.rows, MERGE_BLOCK_ROWS).map((b) => mergesTask(s, b)));
      if (!isCandidate(s)) continue;
      for (const block of rowBlocks(s.rows, PROBE_BLOCK, PROBE_FIRST)) {
        phase3.push(hiddenProbeTask(s, block, (b) => mixedRows.push({ s, block: b })));
        for (let col = 0; col < Math.min(s.cols, PROBE_COLUMNS); col++) phase3.push(fillProbeTask(s, block, col, (b, c) => mixedFills.push({ s, block: b, col: c })));
      }
    }
    if (keeping && keeping.rows > BOOKKEEPING_WINDOW) {
      keeping.cols = BOOKKEEPING_COLUMNS;
      phase3.push(...rowBlocks(keeping.rows - BOOKKEEPING_WINDOW, 10_000).map((b) => valuesTask(keeping, { top: BOOKKEEPING_WINDOW + b.top, count: b.count })));
    }
    await runReads(context, phase3);
    await readMixed(context, mixedRows, mixedFills);

    placeNotes(sheets.filter(isCandidate), located);
    const bookkeepingGrid = keeping && keeping.rows > BOOKKEEPING_WINDOW ? [...window.map((r) => r.map(cellValue)), ...keeping.values.slice(BOOKKEEPING_WINDOW)] : window.map((r) => r.map(cellValue));
    const stored = readBookkeepingGrid(bookkeepingGrid);
    const bookkeepingIssue: BookkeepingIssue | null = nameTaken
      ? { sheet: BOOKKEEPING_SHEET, reason: '这是您自己的工作表，不是本程序的记录表', nameTaken: true }
      : stored.problem !== null
        ? { sheet: BOOKKEEPING_SHEET, reason: stored.problem, nameTaken: false }
        : null;
    const snapshot: Snapshot = {
      fileName: workbook.name,
      sheets: sheets.map((s) => withFingerprint(toSnapshot(s, isRead(s), isCandidate(s)), generated.has(s.name), keepsValues(s))),
      bookkeeping: stored.bookkeeping,
      bookkeepingIssue,
    };
    return { snapshot, hasBookkeeping: keeping !== null };
  });
}

/** Phase 4: details only where a probe found mixed hidden rows or fills (no sync when none did). */
async function readMixed(context: XlRequestContext, rows: readonly { s: SheetRead; block: RowBlock }[], fills: readonly { s: SheetRead; block: RowBlock; col: number }[]): Promise<void> {
  const tasks = [...rows.map(({ s, block }) => hiddenDetailTask(s, block)), ...fills.map(({ s, block, col }) => fillDetailTask(s, block, col))];
  if (tasks.length > 0) await runReads(context, tasks);
}

/** Notes come from the workbook-wide collection with sheet-qualified addresses; keep those of candidate sheets. */
function placeNotes(sheets: readonly SheetRead[], located: readonly { address: string; content: string }[]): void {
  for (const { address, content } of located) {
    const owner = sheets
      .map((s) => ({ s, prefix: [`${quoteSheetName(s.name)}!`, `${s.name}!`].find((p) => address.startsWith(p)) }))
      .filter((m) => m.prefix !== undefined)
      .sort((a, b) => (b.prefix ?? '').length - (a.prefix ?? '').length)[0];
    if (!owner?.prefix) continue;
    const cell = parseCell(address.slice(owner.prefix.length));
    if (cell) owner.s.notes[cellAddress(cell.row, cell.col)] = content;
  }
}

/** A generated sheet carries its content fingerprint (issue 10 point 10); its values only where the core reads them (the run log). */
function withFingerprint(sheet: SheetSnapshot, generated: boolean, keepValues: boolean): SheetSnapshot {
  if (!generated) return sheet;
  const fingerprint = sheetFingerprint(sheet.values, sheet.merges);
  return keepValues ? { ...sheet, fingerprint } : { ...sheet, values: [], merges: [], fingerprint };
}

function toSnapshot(s: SheetRead, read: boolean, candidate: boolean): SheetSnapshot {
  const values: CellValue[][] = read ? s.values : [];
  for (const a1 of s.errorCells) {
    const at = parseCell(a1);
    const row = at ? values[at.row - 1] : undefined;
    if (at && row && at.col - 1 < row.length) row[at.col - 1] = { error: String(row[at.col - 1] ?? '#VALUE!') };
  }
  return {
    name: s.name,
    values,
    merges: read ? s.merges : [],
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
    fills: candidate ? s.fills : undefined,
    notes: candidate ? s.notes : undefined,
    visible: s.visible,
  };
}
