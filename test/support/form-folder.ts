/**
 * A folder of submitted forms, as an office receives them (issue 12): forms made by the template
 * (blank, and pre-filled from the roster), hand-made layouts (value beside, value below, a form with
 * title rows), a one-row table of several members, a broken zip, an empty file, a password-protected
 * workbook (an OLE compound file holding an 「EncryptedPackage」 stream), an old .xls, a Word .docx,
 * a PDF, a lock file of Excel, a workbook that is no form, a member who submitted twice, and a member
 * who is not on the roster. Also the roster and a small method with a custom item. Everything is
 * generated here (no committed binaries); the expected outcomes are in test/cli/merge.test.ts.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { formTemplatePlan, parseMethodJson, type FormIdentity, type Method } from '../../src/core';
import { EMPTY_BOOKKEEPING } from '../../src/host/port';
import { applyPlan } from '../../src/host/xlsx/apply-plan';
import { loadWorkbook, workbookBytes } from '../../src/host/xlsx/xlsx-host';

/**
 * The method of the folder: base 60; 出席全体会议 10 (at most 10), 视察调研 2, 领衔提案 5 and the
 * custom item 结对帮扶 3 per unit; 优秀 from 90, 合格 from 60.
 */
export const FORM_METHOD_JSON = {
  title: '测试区委员履职评价办法',
  year: 2025,
  base: 60,
  total: { min: 0, max: 100 },
  items: [
    { key: 'plenary_attended', points: 10, max: 10 },
    { key: 'inspections', points: 2 },
    { key: 'proposals_lead', points: 5 },
    { key: 'poverty_help', label: '结对帮扶', headers: ['结对帮扶', '帮扶户数'], points: 3 },
  ],
  grades: [{ name: '优秀', min: 90 }, { name: '合格', min: 60 }, { name: '不合格' }],
};

export function formMethod(): Method {
  const parsed = parseMethodJson(JSON.stringify(FORM_METHOD_JSON));
  if (!parsed.ok) throw new Error(`${parsed.path}: ${parsed.detail}`);
  return parsed.method;
}

/** The roster: eight members; 钱十一 returns no form, 郑十 (who does) is not on it. */
export const ROSTER_ROWS: readonly (readonly string[])[] = [
  ['张三', 'W001', '区人民医院', '医卫界', '教科卫体委', '城关联络组', '副院长', '委员'],
  ['李四', 'W002', '区第一中学', '教育界', '教科卫体委', '城关联络组', '教师', '委员'],
  ['王五', 'W003', '区教育局', '教育界', '教科卫体委', '东城联络组', '科长', '常委'],
  ['赵六', 'W004', '区卫健委', '医卫界', '教科卫体委', '东城联络组', '主任', '委员'],
  ['孙七', 'W005', '东方实业公司', '经济界', '经济委', '西城联络组', '总经理', '委员'],
  ['周八', 'W006', '南山贸易公司', '经济界', '经济委', '西城联络组', '董事长', '委员'],
  ['吴九', 'W007', '北湖农业公司', '经济界', '经济委', '西城联络组', '经理', '委员'],
  ['钱十一', 'W008', '区文化馆', '文化艺术界', '文史委', '城关联络组', '馆长', '委员'],
];

export async function writeRoster(file: string): Promise<void> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['2025年度区政协委员名册']);
  ws.addRow(['姓名', '委员编号', '工作单位', '界别', '专委会', '联络组', '职务', '政协职务']);
  for (const r of ROSTER_ROWS) ws.addRow([...r]);
  await fs.writeFile(file, await workbookBytes(wb));
}

function rosterIdentity(name: string): FormIdentity {
  const r = ROSTER_ROWS.find((x) => x[0] === name);
  if (!r) throw new Error(name);
  const [n, member_id, unit, sector, committee, liaison_group, title, role] = r;
  return { name: n, member_id, unit, sector, committee, liaison_group, title, role };
}

/** A form made by the template, then filled in: identity cells by label (column A), values by item label (column B). */
export async function filledForm(method: Method, identity: FormIdentity | null, fill: Readonly<Record<string, string>>, values: Readonly<Record<string, number | string>>): Promise<Uint8Array> {
  const wb = new Workbook();
  applyPlan(wb, { sheets: [formTemplatePlan(method, identity)], deleteSheets: [], clearMarks: [], setMarks: [], bookkeeping: EMPTY_BOOKKEEPING });
  // Through bytes and back, as a member's Excel would open the file.
  const opened = await loadWorkbook(await workbookBytes(wb));
  const ws = opened.worksheets[0];
  ws.eachRow((row) => {
    const a = row.getCell(1).value;
    const b = row.getCell(2).value;
    if (typeof a === 'string' && a in fill) row.getCell(3).value = fill[a];
    if (typeof b === 'string' && b in values) row.getCell(3).value = values[b];
  });
  return workbookBytes(opened);
}

async function sheetBytes(build: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook();
  build(wb);
  return workbookBytes(wb);
}

/**
 * A minimal OLE compound file (MS-CFB): the 512-byte header with its magic D0 CF 11 E0 A1 B1 1A E1
 * and a directory sector whose entries carry UTF-16LE names — 「Root Entry」 and the given streams
 * (an encrypted .xlsx: EncryptionInfo + EncryptedPackage, MS-OFFCRYPTO; an old .xls: Workbook).
 */
export function cfbBytes(streams: readonly string[]): Uint8Array {
  const out = new Uint8Array(512 * 3);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const view = new DataView(out.buffer);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3 (512-byte sectors)
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // sector shift: 512
  view.setUint32(0x30, 0, true); // first directory sector
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 512 + i * 128;
    for (let j = 0; j < name.length; j++) view.setUint16(at + j * 2, name.charCodeAt(j), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = i === 0 ? 5 : 2; // root storage, stream
  });
  return out;
}

async function docxBytes(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>姓名：陈十二 出席全体会议 1 次</w:t></w:r></w:p></w:body></w:document>');
  return zip.generateAsync({ type: 'uint8array' });
}

export interface FolderFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Modification time (the later of two submissions is kept). */
  readonly modified?: Date;
}

/** Every file of the folder, with its bytes. */
export async function formFolderFiles(method: Method = formMethod()): Promise<FolderFile[]> {
  return [
    // Template forms, blank identity filled in by the member; 张三 submitted twice, the second later.
    { name: '张三.xlsx', bytes: await filledForm(method, null, { 姓名: '张三', 工作单位: '区人民医院' }, { 出席全体会议: 1, 视察调研: 2, 领衔提案: 1, 结对帮扶: 0 }), modified: new Date('2025-12-01T09:00:00Z') },
    { name: '张三（补交）.xlsx', bytes: await filledForm(method, null, { 姓名: '张三', 工作单位: '区人民医院' }, { 出席全体会议: 1, 视察调研: 3, 领衔提案: 2, 结对帮扶: 1 }), modified: new Date('2025-12-05T09:00:00Z') },
    // A template form pre-filled from the roster.
    { name: '李四.xlsx', bytes: await filledForm(method, rosterIdentity('李四'), {}, { 出席全体会议: 1, 视察调研: 0, 领衔提案: 2, 结对帮扶: 2 }) },
    // Hand-made: values beside the labels; the unit spelt differently from the roster; 「两次」.
    {
      name: '王五.xlsx',
      bytes: await sheetBytes((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow(['姓名', '王五']);
        ws.addRow(['工作单位', '教育局']);
        ws.addRow(['出席全体会议', 1]);
        ws.addRow(['视察调研', '两次']);
        ws.addRow(['领衔提案（件）', 3]);
      }),
    },
    // Hand-made: a title row, then labels with the values below them.
    {
      name: '赵六.xlsx',
      bytes: await sheetBytes((wb) => {
        const ws = wb.addWorksheet('履职情况');
        ws.addRow(['2025年度委员履职情况']);
        ws.mergeCells('A1:C1');
        ws.addRow(['姓名', '工作单位']);
        ws.addRow(['赵六', '区卫健委']);
        ws.addRow(['出席全体会议', '领衔提案', '视察调研']);
        ws.addRow([1, 0, 2]);
      }),
    },
    // A one-row table of a sector's members; 吴九 wrote 「若干」.
    {
      name: '经济界汇总.xlsx',
      bytes: await sheetBytes((wb) => {
        const ws = wb.addWorksheet('经济界');
        ws.addRow(['经济界委员履职情况']);
        ws.addRow(['序号', '姓名', '工作单位', '出席全体会议', '视察调研', '领衔提案', '结对帮扶']);
        ws.addRow([1, '孙七', '东方实业公司', 1, 1, 1, 0]);
        ws.addRow([2, '周八', '南山贸易公司', 0, 0, 0, 0]);
        ws.addRow([3, '吴九', '北湖农业公司', 1, '若干', 1, 0]);
      }),
    },
    // Hand-made with two title rows, label | value pairs side by side; not on the roster.
    {
      name: '郑十.xlsx',
      bytes: await sheetBytes((wb) => {
        const ws = wb.addWorksheet('填报');
        ws.addRow(['2025年度政协委员履职情况统计表']);
        ws.mergeCells('A1:D1');
        ws.addRow(['（请于12月10日前交回）']);
        ws.addRow(['姓名', '郑十', '工作单位', '区财政局']);
        ws.addRow(['出席全体会议', 1, '领衔提案', 1]);
      }),
    },
    { name: '损坏.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) },
    { name: '空文件.xlsx', bytes: new Uint8Array(0) },
    { name: '加密.xlsx', bytes: cfbBytes(['EncryptionInfo', 'EncryptedPackage']) },
    { name: '旧表.xls', bytes: cfbBytes(['Workbook']) },
    { name: '说明.docx', bytes: await docxBytes() },
    { name: '通知.pdf', bytes: Uint8Array.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', (c) => c.charCodeAt(0)) },
    { name: '~$张三.xlsx', bytes: new Uint8Array(165).fill(0x20) },
    {
      name: '会议通知.xlsx',
      bytes: await sheetBytes((wb) => {
        const ws = wb.addWorksheet('通知');
        ws.addRow(['关于召开区政协全体会议的通知']);
        ws.addRow(['各位委员：定于2026年1月召开全会，请准时参加。']);
      }),
    },
  ];
}

/** Writes the folder (and sets the modification times). */
export async function writeFormFolder(dir: string, method: Method = formMethod()): Promise<FolderFile[]> {
  await fs.mkdir(dir, { recursive: true });
  const files = await formFolderFiles(method);
  for (const f of files) {
    const file = path.join(dir, f.name);
    await fs.writeFile(file, f.bytes);
    const when = f.modified ?? new Date('2025-12-03T09:00:00Z');
    await fs.utimes(file, when, when);
  }
  return files;
}
