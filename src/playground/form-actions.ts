/** 合并填报表 in the playground (issue 12): the picked files → the merged summary, opened as the workbook. Runs in the worker. */
import { mergeForms, type FormFileInput } from '../core';
import { readFormFile } from '../host/xlsx/form-file';
import { mergeWorkbookBytes } from '../host/xlsx/form-workbooks';
import { XlsxHost } from '../host/xlsx/xlsx-host';
import { MERGED_FILE, type FormUpload, type MergeSummary } from './worker-api';


export async function mergeUploads(files: readonly FormUpload[], onProgress: (done: number, total: number) => void): Promise<{ readonly host: XlsxHost; readonly summary: MergeSummary }> {
  const inputs: FormFileInput[] = [];
  for (const f of files) {
    inputs.push(await readFormFile(f.bytes, f.name, f.modified));
    onProgress(inputs.length, files.length);
  }
  const outcome = mergeForms(inputs);
  const host = await XlsxHost.fromBuffer(await mergeWorkbookBytes(outcome), MERGED_FILE);
  const s = outcome.report.summary;
  return { host, summary: { files: s.files, read: s.read, skipped: s.skipped, members: s.members, duplicates: s.duplicates, errors: s.errors, warnings: s.warnings } };
}
