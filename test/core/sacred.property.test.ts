/**
 * Issue 10, Must show: a property test over 10,000 random workbooks — random layouts (title rows,
 * column order), values (numbers, text, Chinese numerals, error values, formulas with and without
 * a cached result, ID and phone numbers), merges, hidden rows, the user's own fills and notes, a
 * user sheet carrying a generated sheet's name — and a random sequence of edits (values, fills,
 * notes), inserted and deleted rows and re-runs. After every step: no crash, no member value
 * changed by a run, the user's own sheet untouched, every generated sheet of the run complete; at
 * the end, once the product's marks are cleared, every cell shows exactly the fill and note the
 * user gave it (no user fill or note lost).
 *
 * Almost all of it runs on snapshots through the core and the in-memory host (test/support/
 * memory-host.ts); a smaller share round-trips real .xlsx files through exceljs (the xlsx host)
 * and checks the input bytes unchanged and the written workbook complete.
 */
import fc from 'fast-check';
import { cellAddress, exampleMethod, parseCell, SHEETS, type CellValue, type MergedArea } from '../../src/core';
import { MARK_FILL } from '../../src/core/output/marks';
import { clearMarks, runStep, type StepName } from '../../src/host/workflow';
import { XlsxHost } from '../../src/host/xlsx/xlsx-host';
import { MemoryHost, memSheet } from '../support/memory-host';

const S = '统计表';
const NOW = (): Date => new Date(2025, 11, 26, 10, 30);
// Given once (as the pane does after the clerk chose it): parsing the example method for each of 40,000 runs would double the time.
const METHOD = exampleMethod();
const COUNT_HEADERS = ['出席全体会议', '全体会议请假', '全体会议无故缺席', '视察调研', '领衔提案', '社情民意信息', '联名提案'];
const USER_FILLS = ['#00B0F0', '#92D050', '#FFFF00', '#D9D9D9'];
const NAMES = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨帆', '赵敏', '黄磊', '周婷', '吴强'];
const UNITS = ['区人民医院', '区第一中学', '区财政局', null];

const countValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '', '-', '无', '3次', '两次', '一百', '十二', '√', '若干', '3-4', '2.5', -1, 0.5) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>({ error: '#REF!' }, { formula: 'A1+1' }, '110105198001011234', 13912345678) },
);

interface Table {
  readonly titleRows: number;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges: readonly MergedArea[];
  readonly hidden: readonly number[];
  readonly fills: readonly (readonly [string, string])[];
  readonly notes: readonly (readonly [string, string])[];
  readonly ownSummary: boolean;
}

const table: fc.Arbitrary<Table> = fc
  .record({
    titleRows: fc.integer({ min: 0, max: 2 }),
    counts: fc.shuffledSubarray(COUNT_HEADERS, { minLength: 1, maxLength: 5 }),
    withUnit: fc.boolean(),
    members: fc.array(fc.record({ name: fc.constantFrom(...NAMES), unit: fc.constantFrom(...UNITS), values: fc.array(countValue, { minLength: 5, maxLength: 5 }) }), { minLength: 1, maxLength: 7 }),
    mergeRows: fc.option(fc.record({ at: fc.nat(6), col: fc.nat(5), span: fc.integer({ min: 2, max: 3 }) }), { nil: null }),
    hidden: fc.array(fc.nat(8), { maxLength: 2 }),
    fills: fc.array(fc.tuple(fc.nat(9), fc.nat(7), fc.constantFrom(...USER_FILLS)), { maxLength: 4 }),
    notes: fc.array(fc.tuple(fc.nat(9), fc.nat(7), fc.constantFrom('已核实', '王主任：请确认', '备注')), { maxLength: 3 }),
    ownSummary: fc.boolean(),
  })
  .map((t) => {
    const columns = ['姓名', ...(t.withUnit ? ['工作单位'] : []), ...t.counts];
    const header = t.titleRows + 1;
    const rows: CellValue[][] = [];
    for (let i = 0; i < t.titleRows; i++) rows.push(i === 0 ? ['2025年度委员履职情况统计表'] : []);
    rows.push(columns);
    for (const m of t.members) rows.push([m.name, ...(t.withUnit ? [m.unit] : []), ...t.counts.map((_, j) => m.values[j])]);
    const last = rows.length;
    const merges: MergedArea[] = [];
    if (t.mergeRows && header + 1 + t.mergeRows.at + 1 <= last) {
      const top = header + 1 + t.mergeRows.at;
      const col = 1 + (t.mergeRows.col % columns.length);
      merges.push({ top, left: col, bottom: Math.min(last, top + t.mergeRows.span - 1), right: col });
    }
    const cell = (r: number, c: number): string => cellAddress(1 + (r % last), 1 + (c % columns.length));
    return {
      titleRows: t.titleRows,
      columns,
      rows,
      merges,
      hidden: t.hidden.map((r) => header + 1 + r).filter((r) => r <= last),
      fills: t.fills.map(([r, c, f]) => [cell(r, c), f] as const),
      notes: t.notes.map(([r, c, n]) => [cell(r, c), n] as const),
      ownSummary: t.ownSummary,
    };
  });

type Action =
  | { readonly kind: 'run'; readonly step: StepName }
  | { readonly kind: 'value'; readonly r: number; readonly c: number; readonly v: CellValue }
  | { readonly kind: 'fill'; readonly r: number; readonly c: number; readonly fill: string | null }
  | { readonly kind: 'note'; readonly r: number; readonly c: number; readonly append: string | null }
  | { readonly kind: 'insert'; readonly r: number }
  | { readonly kind: 'delete'; readonly r: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<StepName>('validate').map((step): Action => ({ kind: 'run', step })) },
  { weight: 2, arbitrary: fc.record({ r: fc.nat(9), c: fc.nat(7), v: countValue }).map((a): Action => ({ kind: 'value', ...a })) },
  { weight: 2, arbitrary: fc.record({ r: fc.nat(9), c: fc.nat(7), fill: fc.option(fc.constantFrom(...USER_FILLS), { nil: null }) }).map((a): Action => ({ kind: 'fill', ...a })) },
  { weight: 1, arbitrary: fc.record({ r: fc.nat(9), c: fc.nat(7), append: fc.option(fc.constantFrom('已与委员核实', '待复查'), { nil: null }) }).map((a): Action => ({ kind: 'note', ...a })) },
  { weight: 1, arbitrary: fc.nat(9).map((r): Action => ({ kind: 'insert', r })) },
  { weight: 1, arbitrary: fc.nat(9).map((r): Action => ({ kind: 'delete', r })) },
);

/** What the user gave each cell (fill, note): the state that must come back once the product's marks are gone. */
class UserLayer {
  fills = new Map<string, string>();
  notes = new Map<string, string>();

  shift(at: number, by: number): void {
    const move = (m: Map<string, string>): Map<string, string> => {
      const out = new Map<string, string>();
      for (const [k, v] of m) {
        const p = parseCell(k);
        if (!p || p.row < at) out.set(k, v);
        else if (!(by < 0 && p.row < at - by)) out.set(cellAddress(p.row + by, p.col), v);
      }
      return out;
    };
    this.fills = move(this.fills);
    this.notes = move(this.notes);
  }
}

function build(t: Table): { host: MemoryHost; user: UserLayer } {
  const sheet = memSheet(S, t.rows.map((r) => [...r]));
  sheet.merges = t.merges.map((m) => ({ ...m }));
  t.hidden.forEach((r) => sheet.hidden.add(r));
  const user = new UserLayer();
  for (const [a1, f] of t.fills) {
    sheet.fills.set(a1, f);
    user.fills.set(a1, f);
  }
  for (const [a1, n] of t.notes) {
    sheet.notes.set(a1, n);
    user.notes.set(a1, n);
  }
  const sheets = [sheet];
  if (t.ownSummary) sheets.push(memSheet(SHEETS.summary, [['我自己的汇总'], [1, 2, 3]]));
  return { host: new MemoryHost(sheets), user };
}

async function play(t: Table, actions: readonly Action[]): Promise<void> {
  const { host, user } = build(t);
  const own = t.ownSummary ? JSON.stringify(host.sheet(SHEETS.summary).values) : null;
  const member = (): MemSheet => host.sheet(S);
  type MemSheet = ReturnType<MemoryHost['sheet']>;
  const rows = (): number => Math.max(1, member().values.length);
  const at = (r: number, c: number): string => cellAddress(1 + (r % rows()), 1 + (c % Math.max(1, t.columns.length)));
  for (const a of actions) {
    if (a.kind === 'run') {
      const before = JSON.stringify(member().values);
      const r = await runStep(host, a.step, { now: NOW, method: METHOD });
      // the input: no member value changed by a run
      expect(JSON.stringify(member().values)).toBe(before);
      if (r.ok) {
        // every generated sheet of the run complete: exactly the plan's values
        for (const p of r.outcome.plan.sheets) expect(host.sheet(p.name).values).toEqual(p.values.map((row) => row.map((v) => v ?? null)));
      }
    } else if (a.kind === 'value') {
      host.setValue(S, at(a.r, a.c), a.v);
    } else if (a.kind === 'fill') {
      const cell = at(a.r, a.c);
      host.setFill(S, cell, a.fill);
      // the cell is the user's now, as it shows
      setOrDelete(user.fills, cell, a.fill);
      setOrDelete(user.notes, cell, member().notes.get(cell) ?? null);
    } else if (a.kind === 'note') {
      const cell = at(a.r, a.c);
      const now = member().notes.get(cell) ?? null;
      const next = a.append === null ? null : now === null ? a.append : `${now}\n${a.append}`;
      host.setNote(S, cell, next);
      setOrDelete(user.notes, cell, next);
      setOrDelete(user.fills, cell, member().fills.get(cell) ?? null);
    } else if (a.kind === 'insert') {
      const r = 1 + (a.r % rows());
      host.insertRows(S, r);
      user.shift(r, 1);
    } else {
      const r = 1 + (a.r % rows());
      if (rows() <= 1) continue;
      host.deleteRows(S, r);
      user.shift(r, -1);
    }
  }
  await runStep(host, 'validate', { now: NOW, method: METHOD });
  await clearMarks(host);
  // no user fill or note lost: once the product's marks are gone, every cell is as the user left it
  expect(Object.fromEntries(member().fills)).toEqual(Object.fromEntries(user.fills));
  expect(Object.fromEntries(member().notes)).toEqual(Object.fromEntries(user.notes));
  if (own !== null) expect(JSON.stringify(host.sheet(SHEETS.summary).values)).toBe(own);
  // and no mark of the product is left anywhere (a mark-coloured fill left is one the user made their own)
  for (const [cell, fill] of member().fills) if (fill === MARK_FILL.error || fill === MARK_FILL.warning) expect(user.fills.get(cell)).toBe(fill);
}

function setOrDelete(m: Map<string, string>, k: string, v: string | null): void {
  if (v === null) m.delete(k);
  else m.set(k, v);
}

describe('issue 10: the user’s data and files are sacred (property)', () => {
  it('10,000 random workbooks and sequences of edits, inserts and re-runs, through the core and an in-memory host', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.array(action, { minLength: 1, maxLength: 3 }), (t, actions) => play(t, actions)),
      { numRuns: 10_000 },
    );
  }, 300_000);

  it('a share through real .xlsx files (exceljs): the input bytes unchanged, every output complete', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const { host } = build(t);
        const { Workbook } = await import('exceljs');
        const wb = new Workbook();
        for (const s of host.sheets) {
          const ws = wb.addWorksheet(s.name);
          s.values.forEach((row, r) =>
            row.forEach((v, c) => {
              if (v === null) return;
              ws.getCell(r + 1, c + 1).value = typeof v === 'object' ? ('error' in v ? { error: '#REF!' } : { formula: v.formula }) : v;
            }),
          );
          for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
          for (const r of s.hidden) ws.getRow(r).hidden = true;
          for (const [a1, f] of s.fills) ws.getCell(a1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${f.slice(1)}` } };
          for (const [a1, n] of s.notes) ws.getCell(a1).note = n;
        }
        const input = new Uint8Array(await wb.xlsx.writeBuffer());
        const copy = input.slice();
        const first = await XlsxHost.fromBuffer(input, '随机.xlsx');
        // the user's state as the file holds it (exceljs keeps no note on a cell a merge covers)
        const given = (await first.readSnapshot()).sheets.find((s) => s.name === S);
        await runStep(first, 'all', { now: NOW, method: METHOD });
        const written = await first.toBuffer();
        expect(Buffer.compare(Buffer.from(input), Buffer.from(copy))).toBe(0);
        // the result opens and is complete: every generated sheet the bookkeeping lists is proven (its content as written)
        const again = await XlsxHost.fromBuffer(written, '随机-结果.xlsx');
        const snap = await again.readSnapshot();
        expect(snap.bookkeepingIssue ?? null).toBeNull();
        const r = await runStep(again, 'all', { now: NOW, method: METHOD });
        if (r.ok) expect(r.outcome.notes.filter((n) => n.includes('您自己的工作表') && !n.includes(SHEETS.summary))).toEqual([]);
        await clearMarks(again);
        const cleared = (await again.readSnapshot()).sheets.find((s) => s.name === S);
        expect(cleared?.fills ?? {}).toEqual(given?.fills ?? {});
        expect(cleared?.notes ?? {}).toEqual(given?.notes ?? {});
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
