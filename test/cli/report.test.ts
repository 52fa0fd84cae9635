/** The --report JSON (CONTRACT.md §6) and --split-units, on the 300-member synthetic table with its dozen slips. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { syntheticTable, syntheticWorkbook } from '../support/synthetic';
import { listFiles, run, snapshotOf, tempDir, writeWorkbook, type Ran } from '../support/cli';

let dir: string;
let ran: Ran;
let text: string;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report is checked key by key below
let report: any;
const synthetic = syntheticTable(300);

beforeAll(async () => {
  dir = await tempDir();
  await writeWorkbook(path.join(dir, 'x.xlsx'), syntheticWorkbook(300));
  ran = await run(dir, ['run', 'x.xlsx', '--report', 'report.json', '--split-units', '单位']);
  text = await fs.readFile(path.join(dir, 'report.json'), 'utf8');
  report = JSON.parse(text);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sorted = (o: object): string[] => Object.keys(o).sort();

describe('--report', () => {
  it('ran with error findings: exit 1', () => {
    expect(ran.err).toBe('');
    expect(ran.code).toBe(1);
  });

  it('is pretty-printed UTF-8 JSON with Chinese as is', () => {
    expect(text.startsWith('{\n  "version": 1,\n')).toBe(true);
    expect(text).toContain('"委员履职统计表"');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('has exactly the top-level keys and source of the contract', () => {
    // The contract's keys, and `counts` (issue 12, an addition): which figures scored and the office records used.
    expect(sorted(report)).toEqual(['counts', 'findings', 'members', 'method', 'shortlist', 'source', 'summary', 'version', 'year', 'yearOrigin']);
    expect(report.version).toBe(1);
    expect(report.counts).toEqual({ from: 'table', records: null });
    // The example method names no year; the table's title 「…2025年度履职情况统计表」 does (CONTRACT §3 rule 10).
    expect(report.year).toBe(2025);
    expect(report.yearOrigin).toBe('title');
    expect(report.findings.filter((f: { code: string }) => f.code === 'year.assumed')).toEqual([expect.objectContaining({ severity: 'warning', row: 1, cell: null })]);
    // 300 members + the duplicate + the row without a name + the 合计 row, from row 5
    const { columns, ...source } = report.source;
    expect(source).toEqual({ file: 'x.xlsx', sheet: '委员履职统计表', headerRows: [3, 4], firstDataRow: 5, lastDataRow: synthetic.table.rows.length });
    // CONTRACT.md §7: the column letters that fed each item
    expect(sorted(report.source)).toEqual(['columns', 'file', 'firstDataRow', 'headerRows', 'lastDataRow', 'sheet']);
    expect(columns.inspections).toEqual(['Q']);
    expect(columns.consultations).toEqual(['R']);
    for (const letters of Object.values(columns)) expect(letters).toEqual(expect.arrayContaining([expect.stringMatching(/^[A-Z]+$/)]));
    expect(sorted(report.method)).toEqual(['origin', 'title']);
    expect(report.method.origin).toBe('default');
  });

  it('lists every member row in table order with every key', () => {
    const keys = ['categories', 'committee', 'counts', 'grade', 'liaisonGroup', 'memberId', 'name', 'notes', 'rank', 'role', 'row', 'score', 'sector', 'status', 'unit'];
    for (const m of report.members) expect(sorted(m)).toEqual(keys);
    const rows = report.members.map((m: { row: number }) => m.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    // 300 generated members and the duplicate row; the row without a name is not a member
    expect(report.members).toHaveLength(301);
    expect(report.summary.members).toBe(301);
  });

  it('gives pending members null score, grade and rank', () => {
    const pending = report.members.filter((m: { status: string }) => m.status === 'pending');
    expect(pending.length).toBe(report.summary.pending);
    expect(pending.length).toBeGreaterThan(0);
    for (const m of pending) expect([m.score, m.grade, m.rank]).toEqual([null, null, null]);
    const graded = report.members.filter((m: { status: string }) => m.status === 'graded');
    for (const m of graded) {
      expect(typeof m.score).toBe('number');
      expect(typeof m.grade).toBe('string');
      expect(typeof m.rank).toBe('number');
    }
    expect(report.summary.graded + report.summary.vetoed + report.summary.pending).toBe(report.summary.members);
  });

  it('normalises names: no white space, full-width spaces removed', () => {
    for (const m of report.members) expect(m.name).not.toMatch(/\s|\u3000/);
    const spaced = synthetic.mistakes.filter((m) => m.what.includes('全角空格'));
    expect(spaced).toHaveLength(3);
    for (const s of spaced) {
      const member = report.members.find((m: { row: number }) => m.row === s.row);
      expect(member.name).toMatch(/^\S+$/);
      expect(s.what).toContain(`按「${member.name}」计`);
    }
  });

  it('has findings with exactly the contract keys, for every planted slip at its row or cell', () => {
    for (const f of report.findings) expect(sorted(f)).toEqual(['cell', 'code', 'member', 'message', 'row', 'severity', 'sheet']);
    for (const slip of synthetic.mistakes.filter((m) => m.expect.includes('.'))) {
      const hit = report.findings.find((f: { code: string; row: number; cell: string | null }) => f.code === slip.expect && f.row === slip.row && (slip.cell === null || f.cell === slip.cell));
      expect({ slip: slip.what, found: Boolean(hit) }).toEqual({ slip: slip.what, found: true });
    }
    expect(report.summary.errors).toBe(report.findings.filter((f: { severity: string }) => f.severity === 'error').length);
    expect(report.summary.warnings).toBe(report.findings.filter((f: { severity: string }) => f.severity === 'warning').length);
  });

  it('has a shortlist and a summary with exactly the contract keys', () => {
    expect(report.shortlist.length).toBeGreaterThan(0);
    for (const e of report.shortlist) expect(sorted(e)).toEqual(['group', 'name', 'rank', 'row', 'score', 'tie']);
    expect(sorted(report.summary)).toEqual(['errors', 'graded', 'grades', 'members', 'pending', 'vetoed', 'warnings']);
  });

  it('matches what the summary printed', () => {
    const s = report.summary;
    expect(ran.out).toContain(`委员 ${s.members} 人：已评定 ${s.graded} 人，否决 ${s.vetoed} 人，待核实 ${s.pending} 人`);
    expect(ran.out).toContain(`错误 ${s.errors} 处，警告 ${s.warnings} 处`);
  });
});

describe('--split-units', () => {
  it('writes one workbook per unit, each naming only its own members', async () => {
    const files = (await listFiles(path.join(dir, '单位'))).filter((f) => f.endsWith('.xlsx'));
    // Employer units only: no letter for members without a unit nor for the committee's own members (the run says so).
    const units = new Set<string>(report.members.map((m: { unit: string | null }) => m.unit).filter((u: string | null): u is string => u !== null && !u.startsWith('政协X区委员会')));
    expect(ran.out).toMatch(/名委员的工作单位是政协X区委员会本身，不生成单位告知/);
    expect(files).toHaveLength(units.size);
    expect(ran.out).toContain(`单位告知：${units.size} 个工作簿`);
    const byUnit = new Map<string, string[]>();
    for (const m of report.members) byUnit.set(m.unit, [...(byUnit.get(m.unit) ?? []), m.name]);
    const [unit, names] = [...byUnit].find(([u, n]) => n.length >= 3 && units.has(u))!;
    const snap = await snapshotOf(path.join(dir, '单位', `${unit}.xlsx`));
    expect(snap.sheets).toHaveLength(1);
    const cells = snap.sheets[0].values.flat().filter((v): v is string => typeof v === 'string');
    for (const n of names) expect(cells.some((c) => c.includes(n))).toBe(true);
    const others = report.members.filter((m: { unit: string }) => m.unit !== unit).map((m: { name: string }) => m.name);
    const leaked = others.filter((n: string) => cells.some((c) => c === n));
    expect(leaked).toEqual([]);
    // no bookkeeping, no links back to the member table
    expect(snap.bookkeeping.generatedSheets).toEqual([]);
  });
});
