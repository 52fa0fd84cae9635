/**
 * The Word documents of a run on the workbook as it is (履职通报.docx and one letter per employer
 * unit): read once, the pure pipeline with the pane's sheet and year, nothing written to the workbook.
 * Only hosts that can save a file use it (the playground); the Excel and WPS panes cannot.
 */
import { runPipeline } from '../core';
import { docxFiles, type DocxFile } from '../docx/docx-files';
import type { HostPort } from './port';
import { dateParts, timestamp } from './workflow';
import type { Fatal } from '../core';

export type DocumentsResult = { readonly ok: true; readonly files: readonly DocxFile[]; readonly letters: number; readonly year: number } | { readonly ok: false; readonly fatal: Fatal };

export async function noticeDocumentFiles(host: HostPort, options: { readonly sheet?: string; readonly year?: number; readonly now?: () => Date } = {}): Promise<DocumentsResult> {
  const now = (options.now ?? ((): Date => new Date()))();
  const snapshot = await host.readSnapshot();
  const outcome = runPipeline(snapshot, {
    fileName: snapshot.fileName,
    sheet: options.sheet,
    outputs: [],
    marks: false,
    today: dateParts(now),
    runAt: timestamp(now),
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
  if (!outcome.ok) return outcome;
  const files = await docxFiles(outcome.noticeContext);
  return { ok: true, files, letters: files.length - 1, year: outcome.year.year };
}

/** The zip's name: 「2025年度履职通报与单位告知.zip」. */
export function documentsZipName(year: number): string {
  return `${year}年度履职通报与单位告知.zip`;
}
