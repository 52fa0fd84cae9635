/** --docx <dir>: 履职通报.docx and one .docx per employer unit under 单位告知/, built in memory first (the caller writes them once all succeeded). */
import * as path from 'node:path';
import { noticeDocuments, type NoticeContext } from '../core';
import { docxBytes } from '../docx/render-docx';
import { safeFileName } from './split-units';

export interface DocxFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

export async function docxFiles(ctx: NoticeContext, dir: string): Promise<DocxFile[]> {
  const { circular, letters } = noticeDocuments(ctx);
  const files: DocxFile[] = [{ file: path.join(dir, `${circular.name}.docx`), bytes: await docxBytes(circular) }];
  const used = new Set<string>();
  for (const letter of letters) {
    let base = safeFileName(letter.name);
    for (let i = 2; used.has(base.toLowerCase()); i++) base = `${safeFileName(letter.name)}(${i})`;
    used.add(base.toLowerCase());
    files.push({ file: path.join(dir, '单位告知', `${base}.docx`), bytes: await docxBytes(letter) });
  }
  return files;
}
