/** Names of the files the product writes for each unit (workbooks, Word documents, zip entries): safe on Windows, macOS and Linux. */

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * File names are limited to 255 bytes on Linux and macOS (ext4, APFS) and 255 UTF-16 units on
 * Windows (NTFS); a CJK character is 3 bytes in UTF-8, an emoji 4. A unit's name is cut to this
 * many bytes, leaving room for 「(12)」 and 「.xlsx」 (issue 10 point 2).
 */
export const MAX_NAME_BYTES = 200;

function cutToBytes(text: string, max: number): string {
  const encoder = new TextEncoder();
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const n = encoder.encode(ch).length;
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** A unit name as a file name on Windows, macOS and Linux: no / \ : * ? " < > |, control characters, trailing dots or spaces; at most 80 characters and 200 bytes. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const cut = cutToBytes([...cleaned].slice(0, 80).join(''), MAX_NAME_BYTES).replace(/[. ]+$/, '');
  if (cut === '' || /^_+$/.test(cut)) return '未填写单位';
  return RESERVED.test(cut) ? `_${cut}` : cut;
}
