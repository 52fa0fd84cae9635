/**
 * npm run sample → assets/sample.xlsx: about 300 invented members of 政协X区委员会 in an office-style
 * table, with a dozen typical slips for the demo to find. Deterministic (seeded): running it again
 * gives the same table.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { sampleTable } from './sample/sample-workbook';
import { tableWorkbook } from './sample/table';

async function main(): Promise<void> {
  const { table, mistakes, members } = sampleTable();
  const workbook = tableWorkbook(table);
  // Fixed document dates keep the file identical from run to run.
  workbook.created = new Date(Date.UTC(2025, 11, 20));
  workbook.modified = workbook.created;
  const file = path.resolve(__dirname, '..', 'assets', 'sample.xlsx');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, await stableZip(new Uint8Array(await workbook.xlsx.writeBuffer())));
  console.log(`已生成 ${path.relative(process.cwd(), file)}：${members} 名委员，${table.rows.length} 行；故意放入的问题：`);
  for (const m of mistakes) console.log(`  第 ${m.row} 行${m.cell ? `（${m.cell}）` : ''}：${m.what}${m.expect.includes('.') ? ` → ${m.expect}` : ''}`);
}

/** exceljs stamps every zip entry with the current time: re-pack with a fixed one so the file is byte-identical. */
async function stableZip(bytes: Uint8Array): Promise<Uint8Array> {
  const from = await JSZip.loadAsync(bytes);
  const to = new JSZip();
  const date = new Date(Date.UTC(2025, 11, 20));
  for (const name of Object.keys(from.files).sort()) {
    const entry = from.files[name];
    if (!entry.dir) to.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return to.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

void main();
