/** --docx <dir>: 履职通报.docx and one .docx per employer unit under 单位告知/, built in memory first (the caller writes them once all succeeded). */
import * as path from 'node:path';
import type { NoticeContext } from '../core';
import { docxFiles as documents } from '../docx/docx-files';

export interface DocxFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

export async function docxFiles(ctx: NoticeContext, dir: string): Promise<DocxFile[]> {
  return (await documents(ctx)).map((d) => ({ file: path.join(dir, ...d.path.split('/')), bytes: d.bytes }));
}
