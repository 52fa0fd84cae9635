/** Running the command in-process against a temporary directory. */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { loadWorkbook, workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { readSnapshot } from '../../src/host/xlsx/read-snapshot';
import type { Snapshot } from '../../src/host/port';

export interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'duty-stats-cli-'));
}

/** 2025-12-26 10:30 local time: the run date printed on notices. */
export const RUN_AT = new Date(2025, 11, 26, 10, 30, 0);

export async function run(cwd: string, argv: readonly string[], env: Record<string, string> = {}): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { cwd, env, out: (t) => out.push(t), err: (t) => err.push(t), now: () => RUN_AT };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export async function writeWorkbook(file: string, wb: Workbook): Promise<void> {
  await fs.writeFile(file, await workbookBytes(wb));
}

export async function snapshotOf(file: string): Promise<Snapshot> {
  return readSnapshot(await loadWorkbook(new Uint8Array(await fs.readFile(file))), path.basename(file));
}

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(p)).map((f) => path.join(entry.name, f)));
    else out.push(entry.name);
  }
  return out.sort();
}

/** A small, clean table (single-row header): three members, no errors for the example method (held plenary 2). */
export function cleanWorkbook(extra?: (wb: Workbook) => void): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet('统计表');
  ws.addRow(['序号', '姓名', '工作单位', '政协职务', '出席全体会议', '全体会议请假', '全体会议无故缺席', '视察调研', '领衔提案', '社情民意信息']);
  ws.addRow([1, '张伟', '区人民医院', '委员', 2, 0, 0, 2, 1, 1]);
  ws.addRow([2, '李娜', '区第一中学', '委员', 1, 1, 0, 1, 2, 0]);
  ws.addRow([3, '王　芳', '区人民医院', '常委', 2, 0, 0, 3, 3, 2]);
  extra?.(wb);
  return wb;
}
