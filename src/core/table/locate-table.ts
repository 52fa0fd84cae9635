/**
 * Finds the member table (CONTRACT.md §2): the sheet named by --sheet, else the visible, not
 * excluded sheet whose header recognises most columns (the first such sheet on ties). A header
 * needs `name` and at least one counted item; data run from the row after the header to the
 * last row of the sheet holding anything.
 */
import { message } from '../i18n/format';
import type { MessageKey } from '../i18n/zh-CN';
import type { SheetSnapshot, Snapshot } from '../snapshot';
import type { Fatal, TableLocation } from '../types';
import { bestHeader, SEARCH_ROWS, type HeaderCandidate } from './header-candidates';
import { HeaderGrid, lastContentRow } from './header-grid';
import { headerMatcher, type CustomColumn, type HeaderMatcher } from './match-header';

export type { CustomColumn } from './match-header';

export interface LocateOptions {
  /** --sheet: use this sheet; else the sheet whose header matches best. */
  readonly sheet?: string;
  readonly customItems: readonly CustomColumn[];
  /** Sheets never taken as input (generated sheets, 评价办法). */
  readonly exclude: readonly string[];
}

export type LocateResult = { readonly ok: true; readonly location: TableLocation } | { readonly ok: false; readonly fatal: Fatal };

function headerOf(sheet: SheetSnapshot, matcher: HeaderMatcher): HeaderCandidate | null {
  return bestHeader(new HeaderGrid(sheet, SEARCH_ROWS + 1), matcher);
}

function location(sheet: SheetSnapshot, header: HeaderCandidate): TableLocation {
  const firstDataRow = header.headerRows[header.headerRows.length - 1] + 1;
  return {
    sheet: sheet.name,
    headerRows: header.headerRows,
    firstDataRow,
    lastDataRow: Math.max(lastContentRow(sheet), firstDataRow - 1),
    columns: [...header.columns].sort((a, b) => a.col - b.col),
  };
}

function fatal(file: string, key: Extract<MessageKey, `table.${string}`>, sheet: string | null, sheets = ''): LocateResult {
  return { ok: false, fatal: { code: 'table.not_found', message: message(key, { file, sheet: sheet ?? '', sheets }), file, sheet, cell: null, path: null } };
}

/** The sheets a --sheet may name, for the message when it names none (issue 10 point 15). */
function sheetList(snapshot: Snapshot, excluded: ReadonlySet<string>): string {
  const names = snapshot.sheets.filter((s) => s.visible !== false && !excluded.has(s.name)).map((s) => `「${s.name}」`);
  return names.length > 0 ? names.join('') : '（没有可用的工作表）';
}

export function locateTable(snapshot: Snapshot, options: LocateOptions): LocateResult {
  const matcher = headerMatcher(options.customItems);
  const file = snapshot.fileName;
  const excluded = new Set(options.exclude);

  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const sheet = snapshot.sheets.find((s) => s.name === wanted) ?? snapshot.sheets.find((s) => s.name.trim() === wanted.trim());
    if (!sheet) return fatal(file, 'table.sheet_not_found', wanted, sheetList(snapshot, excluded));
    if (excluded.has(sheet.name)) return fatal(file, 'table.sheet_excluded', sheet.name);
    const header = headerOf(sheet, matcher);
    return header ? { ok: true, location: location(sheet, header) } : fatal(file, 'table.sheet_no_header', sheet.name);
  }

  let best: { sheet: SheetSnapshot; header: HeaderCandidate } | null = null;
  for (const sheet of snapshot.sheets) {
    if (excluded.has(sheet.name) || sheet.visible === false) continue;
    const header = headerOf(sheet, matcher);
    if (header && (best === null || header.columns.length > best.header.columns.length)) best = { sheet, header };
  }
  return best ? { ok: true, location: location(best.sheet, best.header) } : fatal(file, 'table.not_found', null);
}
