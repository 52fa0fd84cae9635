/**
 * The names in one cell of 提案登记 (联名提案人): separated by 、，,;； (and line breaks), white
 * space inside a name removed as names are compared (「张　三」 is 张三), empty parts and repeats
 * dropped, first occurrence kept.
 */
import { compact } from '../table/text';

const SEPARATORS = /[、，,;；\r\n]+/;

export function splitNameList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const name = compact(part);
    if (name !== '' && !out.includes(name)) out.push(name);
  }
  return out;
}
