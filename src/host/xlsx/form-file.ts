/**
 * A submitted file → what the merge reads (FormFileInput): its snapshot, or why it cannot be read.
 * Runs in Node (the command line, the bench) and in the browser (the playground's worker).
 *
 * An OLE compound file (magic D0 CF 11 E0 A1 B1 1A E1, MS-CFB) is an encrypted .xlsx when its
 * directory holds the stream 「EncryptedPackage」 (MS-OFFCRYPTO §2.3.4.4, Office's password
 * protection), an old .xls when it holds 「Workbook」 or 「Book」 (MS-XLS §2.1.2), a Word .doc
 * with 「WordDocument」. Directory entry names are UTF-16LE, so they are looked for as such.
 */
import type { FormFileInput } from '../../core';
import { packageKind } from './package-kind';
import { readSnapshot } from './read-snapshot';
import { loadWorkbook } from './xlsx-host';

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function holds(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ENCRYPTED = utf16('EncryptedPackage');
const WORD = utf16('WordDocument');

/** `name` as shown to the clerk (relative path or file name); `modified` in ms since the epoch, or null. */
export async function readFormFile(bytes: Uint8Array, name: string, modified: number | null): Promise<FormFileInput> {
  const base = name.split(/[\\/]/).pop() ?? name;
  const unreadable = (reason: Extract<FormFileInput, { unreadable: unknown }>['unreadable']): FormFileInput => ({ file: name, modified, unreadable: reason });
  if (base.startsWith('~$')) return unreadable('lock_file');
  if (bytes.length === 0) return unreadable('empty');
  const kind = await packageKind(bytes);
  switch (kind) {
    case 'ole':
      if (holds(bytes, ENCRYPTED)) return unreadable('encrypted');
      return holds(bytes, WORD) ? unreadable('not_spreadsheet') : unreadable('old_xls');
    case 'ods':
      return unreadable('ods');
    case 'xlsb':
      return unreadable('xlsb');
    case 'zip-without-workbook':
      return /\.(docx|pptx|docm|pptm)$/i.test(base) ? unreadable('not_spreadsheet') : unreadable('no_workbook');
    case 'not-zip':
      return unreadable('not_spreadsheet');
    case 'broken-zip':
      return unreadable('broken');
    case 'xlsx':
      break;
  }
  try {
    const workbook = await loadWorkbook(bytes);
    return { file: name, modified, snapshot: readSnapshot(workbook, base) };
  } catch (e) {
    if (e instanceof RangeError && /memory|allocation|Array buffer/i.test(e.message)) throw e;
    return unreadable('broken');
  }
}
