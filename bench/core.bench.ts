/**
 * npm run bench: the pure pipeline (all outputs) on synthetic tables of 300, 2,000 and 20,000
 * members — one warm-up run, then the median of a few — and reading + writing the .xlsx of
 * 2,000 members. Prints per size `members=<n> ms=<t>` (all outputs) and `core members=<n> ms=<t>`
 * (validate + evaluate + 校验结果/履职汇总/分组统计, no notice sheets), then the 20000/2000 ratio of
 * each (linear ≈ 10). Then the office's records (issue 12): the same tables with 活动记录 (5 rows
 * a member) and 提案登记 (a proposal a member, two co-signers), reconciled into 核对结果:
 * `records members=<n> rows=<r> ms=<t> (without ms=<t0>)`.
 */
import { importArchive, runPipeline, STEP_OUTPUTS, type PipelineOptions, type Snapshot } from '../src/core';
import { Workbook } from 'exceljs';
import { generateMembers } from '../scripts/sample/members';
import { applyPlan } from '../src/host/xlsx/apply-plan';
import { readSnapshot } from '../src/host/xlsx/read-snapshot';
import { loadWorkbook, workbookBytes } from '../src/host/xlsx/xlsx-host';
import { syntheticSnapshot, syntheticWorkbook } from '../test/support/synthetic';
import { syntheticRecords } from '../test/support/synthetic-records';

const SIZES: readonly { readonly n: number; readonly runs: number }[] = [
  { n: 300, runs: 7 },
  { n: 2000, runs: 5 },
  { n: 20000, runs: 3 },
];

const OPTIONS: PipelineOptions = {
  fileName: 'bench.xlsx',
  outputs: STEP_OUTPUTS.all,
  today: { year: 2025, month: 12, day: 26 },
  runAt: '2025-12-26 10:30:00',
};

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The outputs that are not notices: what a 校验 or a quick re-score writes. */
const CORE_OPTIONS: PipelineOptions = { ...OPTIONS, outputs: ['findings', 'summary', 'groups'] };

function timePipeline(snapshot: Snapshot, runs: number, options: PipelineOptions): number {
  const once = (): number => {
    const t = performance.now();
    const out = runPipeline(snapshot, options);
    const ms = performance.now() - t;
    if (!out.ok) throw new Error(out.fatal.message);
    return ms;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

async function timeXlsx(n: number): Promise<void> {
  const bytes = await workbookBytes(syntheticWorkbook(n, true));
  let t = performance.now();
  const workbook = await loadWorkbook(bytes);
  const snapshot = readSnapshot(workbook, 'bench.xlsx');
  const readMs = performance.now() - t;
  const out = runPipeline(snapshot, OPTIONS);
  if (!out.ok) throw new Error(out.fatal.message);
  t = performance.now();
  applyPlan(workbook, out.plan);
  const written = await workbookBytes(workbook);
  const writeMs = performance.now() - t;
  console.log(`xlsx members=${n} read ms=${readMs.toFixed(0)} write ms=${writeMs.toFixed(0)} (input ${(bytes.length / 1024).toFixed(0)} KB, result ${(written.length / 1024).toFixed(0)} KB)`);
}

/** The member names of a synthetic snapshot, as the pipeline reads them. */
function memberNames(snapshot: Snapshot): string[] {
  const out = runPipeline(snapshot, { ...OPTIONS, outputs: [] });
  if (!out.ok) throw new Error(out.fatal.message);
  return out.results.map((r) => r.name);
}

function timeRecords(n: number, runs: number): void {
  const plain = syntheticSnapshot(n);
  const records = syntheticRecords(memberNames(plain));
  const withRecords: Snapshot = { ...plain, sheets: [...plain.sheets, records.activity, records.proposals] };
  const options: PipelineOptions = { ...OPTIONS, outputs: ['findings', 'reconcile', 'summary'] };
  const without = timePipeline(plain, runs, options);
  const ms = timePipeline(withRecords, runs, options);
  const rows = records.activity.values.length - 1 + records.proposals.values.length - 1;
  console.log(`records members=${n} rows=${rows} ms=${ms.toFixed(1)} (without ms=${without.toFixed(1)})`);
}

async function main(): Promise<void> {
  if (process.env.BENCH_ONLY === 'archive') return timeArchiveImport(5, 400);
  const all = new Map<number, number>();
  const core = new Map<number, number>();
  for (const { n, runs } of SIZES) {
    const snapshot = syntheticSnapshot(n);
    const ms = timePipeline(snapshot, runs, OPTIONS);
    all.set(n, ms);
    console.log(`members=${n} ms=${ms.toFixed(1)}`);
    const coreMs = timePipeline(snapshot, runs, CORE_OPTIONS);
    core.set(n, coreMs);
    console.log(`core members=${n} ms=${coreMs.toFixed(1)}`);
  }
  const ratio = (m: ReadonlyMap<number, number>): string => ((m.get(20000) ?? NaN) / (m.get(2000) ?? NaN)).toFixed(2);
  console.log(`ratio 20000/2000=${ratio(all)} core=${ratio(core)} (linear: 10)`);
  timeRecords(2000, 5);
  timeRecords(20000, 3);
  await timeXlsx(2000);
  await timeArchiveImport(5, 400);
}

/**
 * duty-stats archive import of `years` earlier years of `n` members (issue 13), as the command does it
 * in Node: load each year's .xlsx (a plain table: 姓名, 工作单位, 得分, 等次) and the target workbook,
 * match, build the archive, write the result .xlsx. Must stay under 3 s for 5 × 400.
 */
async function timeArchiveImport(years: number, n: number): Promise<void> {
  const members = generateMembers(n, 11);
  const files: Uint8Array[] = [];
  for (let y = 0; y < years; y++) {
    const wb = new Workbook();
    const ws = wb.addWorksheet('考核结果');
    ws.addRow([`${2020 + y}年度委员履职考核结果`]);
    ws.addRow(['姓名', '工作单位', '得分', '等次']);
    members.forEach((m, i) => {
      const score = 55 + ((i * 7 + y * 13) % 45);
      ws.addRow([m.name, m.unit, score, score >= 90 ? '优秀' : score >= 80 ? '良好' : score >= 60 ? '合格' : '不合格']);
    });
    files.push(await workbookBytes(wb));
  }
  const target = await workbookBytes(syntheticWorkbook(n, false));
  const t = performance.now();
  const into = await loadWorkbook(target);
  const sources = [];
  for (let y = 0; y < years; y++) sources.push({ fileName: `${2020 + y}.xlsx`, snapshot: readSnapshot(await loadWorkbook(files[y]), `${2020 + y}.xlsx`) });
  const out = importArchive(readSnapshot(into, 'target.xlsx'), sources, '2026-01-05 09:00');
  if (!out.ok) throw new Error(out.fatal.message);
  applyPlan(into, out.plan);
  const written = await workbookBytes(into);
  const ms = performance.now() - t;
  console.log(`archive import years=${years} members=${n} records=${out.archive.records.length} ms=${ms.toFixed(0)} (limit 3000; result ${(written.length / 1024).toFixed(0)} KB)`);
}

void main();
