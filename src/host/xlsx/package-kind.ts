/**
 * What kind of file some bytes are, before exceljs is asked to read them (issue 10 point 15):
 * exceljs reads a zip without a workbook as an empty workbook (the user then hears 「没有找到委员
 * 名单表」), and JSZip fails on other bytes with an English message and a web address. Runs in
 * Node and in the browser (the playground).
 *
 * - OLE compound file (D0 CF 11 E0): an old .xls, or an encrypted .xlsx (Office encrypts into OLE);
 * - a zip whose `mimetype` is OpenDocument (ODF 1.2 part 3 §3.3: the first entry, stored): .ods;
 * - a zip with `xl/workbook.bin` (MS-XLSB §2.1.7, the binary workbook part): .xlsb;
 * - a zip with `xl/workbook.xml` (ECMA-376 part 1, the SpreadsheetML workbook part): .xlsx/.xlsm;
 * - any other zip: no workbook inside.
 */
import JSZip from 'jszip';

export type PackageKind = 'xlsx' | 'ole' | 'ods' | 'xlsb' | 'zip-without-workbook' | 'not-zip' | 'broken-zip';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip (end of central directory only). */
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export async function packageKind(bytes: Uint8Array): Promise<PackageKind> {
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (startsWith(bytes, EMPTY_ZIP_MAGIC)) return 'zip-without-workbook';
  if (!startsWith(bytes, ZIP_MAGIC)) return 'not-zip';
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return 'broken-zip';
  }
  const names = new Set(Object.keys(zip.files).map((n) => n.replace(/\\/g, '/').toLowerCase()));
  const mimetype = zip.file('mimetype');
  if (mimetype) {
    const text = await mimetype.async('string').catch(() => '');
    if (text.startsWith('application/vnd.oasis.opendocument')) return 'ods';
  }
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('xl/workbook.bin')) return 'xlsb';
  return 'zip-without-workbook';
}
