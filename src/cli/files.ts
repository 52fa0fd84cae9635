/** File access of the command line: reading inputs with clear messages, writing outputs whole or not at all. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Workbook } from 'exceljs';
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

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: old .xls, and password-protected .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Reads an .xlsx file into an exceljs workbook, or fails with one message naming the file. */
export async function readWorkbookFile(file: string, shown: string): Promise<Workbook> {
  const bytes = await readInputFile(file, shown);
  if (startsWith(bytes, OLE_MAGIC)) throw new CliFailure(MSG.oldXls(shown));
  if (!startsWith(bytes, ZIP_MAGIC)) throw new CliFailure(MSG.notXlsx(shown));
  try {
    return await loadWorkbook(bytes);
  } catch {
    throw new CliFailure(MSG.brokenXlsx(shown));
  }
}

/** Writes a file whole: into a temporary file beside it, then renamed over the target. */
export async function writeOutputFile(file: string, data: Uint8Array | string, shown: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new CliFailure(MSG.writeFailed(shown, reasonOf(e)));
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
