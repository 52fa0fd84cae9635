/**
 * 导入往年结果 in the task pane (issue 13): the same import as `duty-stats archive import`, into the
 * open workbook (the pane writes in place, as every pane action does; the files chosen are only read).
 * exceljs is loaded on first use only, so the pane does not carry it until a clerk imports.
 */
import { importArchive, type Finding, type ImportedYear, type ImportSource } from '../core';
import { timestamp } from './workflow';
import type { HostPort } from './port';

export interface ArchiveFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ArchiveImportResult =
  | { readonly ok: true; readonly years: readonly ImportedYear[]; readonly findings: readonly Finding[]; readonly notes: readonly string[]; readonly sheet: string; readonly yearsHeld: number }
  | { readonly ok: false; readonly message: string };

export async function importArchiveFiles(host: HostPort, files: readonly ArchiveFile[], now: Date = new Date()): Promise<ArchiveImportResult> {
  const [{ loadWorkbook }, { readSnapshot }] = await Promise.all([import('./xlsx/xlsx-host'), import('./xlsx/read-snapshot')]);
  const sources: ImportSource[] = [];
  for (const f of files) {
    let workbook;
    try {
      workbook = await loadWorkbook(f.bytes);
    } catch {
      return { ok: false, message: `「${f.name}」不是有效的 .xlsx 工作簿，无法读取：请在 Excel 或 WPS 中另存为 .xlsx 后再导入。` };
    }
    sources.push({ fileName: f.name, snapshot: readSnapshot(workbook, f.name) });
  }
  const outcome = importArchive(await host.readSnapshot(), sources, timestamp(now));
  if (!outcome.ok) return { ok: false, message: outcome.fatal.message };
  await host.applyPlan(outcome.plan);
  return {
    ok: true,
    years: outcome.years,
    findings: outcome.findings,
    notes: outcome.notes,
    sheet: outcome.plan.sheets[0]?.name ?? '履职档案',
    yearsHeld: new Set(outcome.archive.records.map((r) => r.year)).size,
  };
}
