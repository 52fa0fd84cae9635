/** Sheet names inside addresses: Excel quotes names as 'name' with '' for an apostrophe. */
import { parseRange } from '../../core';
import type { MergedArea } from '../port';

export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Sheet'!B7`, the form hyperlinks and note keys take. */
export function sheetAddress(sheet: string, a1: string): string {
  return `${quoteSheetName(sheet)}!${a1}`;
}

/** The part of a Range address after the sheet name: `'My sheet'!B7` → `B7`. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}

/** The sheet name of a sheet-qualified address: `'My ''x'' sheet'!B7` → `My 'x' sheet`. */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  const prefix = bang < 0 ? '' : address.slice(0, bang);
  return /^'.*'$/.test(prefix) ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

/**
 * Parses a RangeAreas address (`Sheet1!A1:C1,Sheet1!D4`) of one sheet into 1-based areas. The
 * sheet name may itself contain commas, so its prefix is removed before splitting.
 */
export function parseAreasAddress(address: string, sheet: string): MergedArea[] {
  const local = address.split(`${quoteSheetName(sheet)}!`).join('').split(`${sheet}!`).join('');
  if (local.trim() === '') return [];
  return local.split(',').map((part) => {
    const r = parseRange(part.trim());
    if (!r) throw new Error(`unexpected range address「${part}」in「${address}」`);
    return r;
  });
}
