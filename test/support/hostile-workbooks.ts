/**
 * The hostile inputs of issue 10, generated (never checked in as binaries): files that are not
 * .xlsx workbooks, and member tables that hide a trap (a formula saved without its result, an ID
 * number in a count column, a count merged over several members, a second table beside the first…).
 * Each builder returns bytes or an exceljs Workbook; tests write them where they need them.
 */
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { cleanWorkbook } from './cli';

export const HEADER = ['序号', '姓名', '工作单位', '政协职务', '出席全体会议', '全体会议请假', '全体会议无故缺席', '视察调研', '领衔提案', '社情民意信息'];

async function zip(files: Record<string, string>, options: { mimetypeFirst?: boolean } = {}): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text, name === 'mimetype' && options.mimetypeFirst ? { compression: 'STORE' } : {});
  return z.generateAsync({ type: 'uint8array' });
}

/** An OpenDocument spreadsheet as LibreOffice writes it: `mimetype` first, content.xml (ODF 1.2 part 3 §3.3). */
export function odsBytes(): Promise<Uint8Array> {
  return zip(
    {
      mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
      'META-INF/manifest.xml': '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
      'content.xml': '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
    },
    { mimetypeFirst: true },
  );
}

/** A binary workbook's package: the workbook part is `xl/workbook.bin` (MS-XLSB §2.1.7). */
export function xlsbBytes(): Promise<Uint8Array> {
  return zip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.bin': '\u0083\u0001\u0000',
  });
}

/** A zip of documents, no workbook inside (a clerk picked the wrong attachment). */
export function zipWithoutWorkbook(): Promise<Uint8Array> {
  return zip({ '说明.txt': '请各位委员于12月20日前报送。', 'word/document.xml': '<w:document/>' });
}

/** The clean table, with one count cell a formula saved by a script without its cached result. */
export function uncachedFormulaWorkbook(cell = 'H2', formula = '1+1'): Workbook {
  const wb = cleanWorkbook();
  const ws = wb.getWorksheet('统计表');
  if (!ws) throw new Error('no sheet');
  ws.getCell(cell).value = { formula } as never;
  return wb;
}

/** An 18-digit ID number (GB 11643 form) and an 11-digit mobile number pasted into count cells. */
export const PRIVATE_ID = '110105198001011234';
export const PRIVATE_PHONE = 13912345678;

export function privateNumbersWorkbook(): Workbook {
  return cleanWorkbook((wb) => {
    const ws = wb.getWorksheet('统计表');
    if (!ws) throw new Error('no sheet');
    ws.getCell('I2').value = PRIVATE_ID;
    ws.getCell('J3').value = PRIVATE_PHONE;
  });
}

/** 视察调研 (column H) merged over the rows of the first two members. */
export function mergedCountWorkbook(): Workbook {
  return cleanWorkbook((wb) => {
    const ws = wb.getWorksheet('统计表');
    if (!ws) throw new Error('no sheet');
    ws.mergeCells('H2:H3');
  });
}

/** A second member table beside the first, after one blank column (L onwards). */
export function sideBySideWorkbook(): Workbook {
  return cleanWorkbook((wb) => {
    const ws = wb.getWorksheet('统计表');
    if (!ws) throw new Error('no sheet');
    const right = [
      ['姓名', '工作单位', '出席全体会议', '领衔提案'],
      ['赵敏', '区财政局', 2, 1],
      ['钱进', '区商务局', 1, 0],
    ];
    right.forEach((row, i) => row.forEach((v, j) => (ws.getCell(i + 1, 12 + j).value = v)));
  });
}

/** A plain table of `names` (one member per name), all with the same counts. */
export function namesWorkbook(names: readonly (readonly [string, string])[]): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet('统计表');
  ws.addRow(HEADER);
  names.forEach(([name, unit], i) => ws.addRow([i + 1, name, unit, '委员', 2, 0, 0, 1, 1, 1]));
  return wb;
}
