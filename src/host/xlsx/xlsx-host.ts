/** HostPort over an exceljs Workbook held in memory: read from bytes, apply plans, write bytes. */
import type { Workbook } from 'exceljs';
import type { ApplyResult, HostPort, Snapshot, WritePlan } from '../port';
import { applyPlan } from './apply-plan';
import { newWorkbook, patchExceljs } from './exceljs-fixes';
import { findEmptyResults } from './empty-results';
import { readSnapshot } from './read-snapshot';

/** Loads .xlsx bytes; throws (exceljs' error) when they are not an xlsx workbook. */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = newWorkbook();
  // exceljs types its input as an ArrayBuffer-like `Buffer` of its own; a plain ArrayBuffer copy works in Node and browsers.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  await workbook.xlsx.load(copy.buffer);
  await findEmptyResults(workbook, bytes);
  return workbook;
}

export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  patchExceljs(workbook);
  const out: unknown = await workbook.xlsx.writeBuffer();
  if (out instanceof Uint8Array) return out;
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  // A Buffer or ArrayBuffer of another realm (a worker, jsdom) fails instanceof.
  if (ArrayBuffer.isView(out)) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  throw new Error('exceljs returned no bytes');
}

export class XlsxHost implements HostPort {
  constructor(
    readonly workbook: Workbook,
    readonly fileName: string,
  ) {}

  static async fromBuffer(bytes: Uint8Array, fileName: string): Promise<XlsxHost> {
    return new XlsxHost(await loadWorkbook(bytes), fileName);
  }

  readSnapshot(): Promise<Snapshot> {
    return Promise.resolve(readSnapshot(this.workbook, this.fileName));
  }

  applyPlan(plan: WritePlan): Promise<ApplyResult> {
    return Promise.resolve(applyPlan(this.workbook, plan));
  }

  selectCell(_sheet: string, _cell: string): Promise<void> {
    return Promise.resolve();
  }

  toBuffer(): Promise<Uint8Array> {
    return workbookBytes(this.workbook);
  }
}
