/** File access of the command line: reading inputs with clear messages (outputs: output-set.ts). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Workbook } from 'exceljs';
import { packageKind } from '../host/xlsx/package-kind';
import { loadWorkbook } from '../host/xlsx/xlsx-host';
import { MSG, reasonOf } from './messages';

/** A problem the user can fix: exit 2 with this one message, nothing written. */
export class CliFailure extends Error {}

export async function readInputFile(file: string, shown: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    if (isCode(e, 'ENOENT') || isCode(e, 'ENOTDIR')) throw new CliFailure(MSG.fileMissing(shown));
    throw new CliFailure(MSG.fileUnreadable(shown, reasonOf(e)));
  }
  if (stat.isDirectory()) throw new CliFailure(MSG.fileIsDirectory(shown));
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    throw new CliFailure(MSG.fileUnreadable(shown, reasonOf(e)));
  }
}

/** Reads an .xlsx file into an exceljs workbook, or fails with one message naming the file and saying what it is instead. */
export async function readWorkbookFile(file: string, shown: string): Promise<Workbook> {
  const bytes = await readInputFile(file, shown);
  const kind = await packageKind(bytes);
  if (kind === 'ole') throw new CliFailure(MSG.oldXls(shown));
  if (kind === 'ods') throw new CliFailure(MSG.odsFile(shown));
  if (kind === 'xlsb') throw new CliFailure(MSG.xlsbFile(shown));
  if (kind === 'zip-without-workbook') throw new CliFailure(MSG.noWorkbookInZip(shown));
  if (kind === 'not-zip') throw new CliFailure(MSG.notXlsx(shown));
  if (kind === 'broken-zip') throw new CliFailure(MSG.brokenXlsx(shown));
  try {
    return await loadWorkbook(bytes);
  } catch (e) {
    if (e instanceof RangeError && /memory|allocation|Array buffer/i.test(e.message)) throw new CliFailure(MSG.tooLarge(shown));
    throw new CliFailure(MSG.brokenXlsx(shown));
  }
}

/** True when both paths name the same file (also through links, when the file exists). */
export async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const real = async (p: string): Promise<string | null> => fs.realpath(p).catch(() => null);
  const [ra, rb] = await Promise.all([real(a), real(b)]);
  if (ra !== null && rb !== null && ra === rb) return true;
  // case-insensitive file systems (Windows, macOS): compare the existing target's real path
  const ib = rb ?? path.join((await real(path.dirname(b))) ?? path.dirname(b), path.basename(b));
  return ra !== null && process.platform !== 'linux' && ra.toLowerCase() === ib.toLowerCase();
}

function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && e.code === code;
}
