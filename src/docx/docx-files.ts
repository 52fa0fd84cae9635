/**
 * The Word documents of a run as files: 履职通报.docx and 单位告知/<单位>.docx (one per employer unit,
 * file names safe on every system, a second unit of the same file name gets 「(2)」). One naming for the
 * command line (--docx <dir>) and the playground (one zip); everything is made in memory.
 */
import { zipSync } from 'fflate';
import { noticeDocuments, safeFileName, type NoticeContext } from '../core';
import { docxBytes } from './render-docx';

export interface DocxFile {
  /** Relative path with `/`: 履职通报.docx, 单位告知/区教育局.docx. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export const LETTERS_FOLDER = '单位告知';

export async function docxFiles(ctx: NoticeContext): Promise<DocxFile[]> {
  const { circular, letters } = noticeDocuments(ctx);
  const files: DocxFile[] = [{ path: `${circular.name}.docx`, bytes: await docxBytes(circular) }];
  const used = new Set<string>();
  for (const letter of letters) {
    let base = safeFileName(letter.name);
    for (let i = 2; used.has(base.toLowerCase()); i++) base = `${safeFileName(letter.name)}(${i})`;
    used.add(base.toLowerCase());
    files.push({ path: `${LETTERS_FOLDER}/${base}.docx`, bytes: await docxBytes(letter) });
  }
  return files;
}

/** The files as one .zip (names in UTF-8, flagged as such, so Windows and macOS show the Chinese names). */
export function docxZip(files: readonly DocxFile[]): Uint8Array {
  // .docx is already deflated: store it.
  return zipSync(Object.fromEntries(files.map((f) => [f.path, [f.bytes, { level: 0 }]])));
}
