/** --method: a JSON file (errors name the JSON path) or an .xlsx with a 评价办法 sheet (errors name the cell). */
import * as path from 'node:path';
import { parseMethodJson, readMethodSheet, METHOD_SHEET, type Method } from '../core';
import { readSnapshot } from '../host/xlsx/read-snapshot';
import { CliFailure, readInputFile, readWorkbookFile } from './files';
import { MSG } from './messages';

export async function loadMethodFile(file: string, shown: string): Promise<Method> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return methodFromJson(file, shown);
  if (ext === '.xlsx' || ext === '.xlsm') return methodFromWorkbook(file, shown);
  throw new CliFailure(MSG.methodExtension(shown));
}

async function methodFromJson(file: string, shown: string): Promise<Method> {
  const bytes = await readInputFile(file, shown);
  // A UTF-8 byte-order mark (Windows Notepad) is not part of the JSON.
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const parsed = parseMethodJson(text);
  if (!parsed.ok) throw new CliFailure(MSG.methodJson(shown, parsed.path, parsed.detail));
  return parsed.method;
}

async function methodFromWorkbook(file: string, shown: string): Promise<Method> {
  const workbook = await readWorkbookFile(file, shown);
  const sheet = readSnapshot(workbook, path.basename(file)).sheets.find((s) => s.name === METHOD_SHEET);
  if (!sheet) throw new CliFailure(MSG.methodSheetMissing(shown));
  const read = readMethodSheet(sheet);
  if (!read.ok) throw new CliFailure(MSG.methodSheet(shown, read.cell, read.detail));
  return read.method;
}
