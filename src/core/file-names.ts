/** Names of the files the product writes for each unit (workbooks, Word documents, zip entries): safe on Windows, macOS and Linux. */

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A unit name as a file name on Windows, macOS and Linux: no / \ : * ? " < > |, control characters, trailing dots or spaces. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80);
  if (cleaned === '' || /^_+$/.test(cleaned)) return '未填写单位';
  return RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}
