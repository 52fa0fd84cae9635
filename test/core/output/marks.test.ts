import { finding } from '../../../src/core/findings';
import type { Bookkeeping, SheetSnapshot } from '../../../src/core/snapshot';
import type { Finding } from '../../../src/core/types';
import { MARK_FILL, NOTE_TAG, planMarks, type MarkPlan } from '../../../src/core/output/marks';
import { sheet, snapshot } from '../../support/builders';

const S = '统计表';
const notNumber = (cell: string, row: number): Finding => finding('value.not_number', { sheet: S, cell, row, member: '张三' }, { item: '领衔提案', text: '若干' });
const outlier = (cell: string, row: number): Finding => finding('value.outlier', { sheet: S, cell, row, member: '张三' }, { item: '领衔提案', value: 80, limit: 30 });
const normalized = (cell: string, row: number): Finding => finding('value.normalized', { sheet: S, cell, row, member: '张三' }, { item: '领衔提案', text: '３', value: 3 });
const hiddenRow = (row: number): Finding => finding('row.hidden', { sheet: S, cell: null, row, member: '李四' }, {});

/** The user's own formatting before the product ever ran. */
const USER_FILLS: Record<string, string> = { C5: '#00B0F0', D7: '#FFFF00' };
const USER_NOTES: Record<string, string> = { C5: '王主任：已电话核实' };

describe('planMarks', () => {
  it('marks each error/warning cell once, error fill winning, with a note of all messages', () => {
    const found = [outlier('C5', 5), notNumber('C5', 5), outlier('D7', 7)];
    const plan = planMarks(snapshot([]), sheet(S, [], { fills: USER_FILLS, notes: USER_NOTES }), found);
    expect(plan.clear).toEqual([]);
    expect(plan.set).toEqual([
      {
        sheet: S,
        cell: 'C5',
        fill: MARK_FILL.error,
        // the user's note, a blank line, then ours: errors first
        note: `王主任：已电话核实\n\n${NOTE_TAG}${found[1].message}\n${found[0].message}`,
        previousFill: '#00B0F0',
        previousNote: '王主任：已电话核实',
      },
      { sheet: S, cell: 'D7', fill: MARK_FILL.warning, note: `${NOTE_TAG}${found[2].message}`, previousFill: '#FFFF00', previousNote: null },
    ]);
  });

  it('does not mark info findings, findings without a cell or findings on other sheets', () => {
    const other = finding('value.negative', { sheet: '其他表', cell: 'B2', row: 2, member: '王五' }, { item: '领衔提案', text: '-1' });
    const plan = planMarks(snapshot([]), sheet(S, []), [normalized('E3', 3), hiddenRow(4), other]);
    expect(plan.set).toEqual([]);
  });

  it('orders marks by row then column', () => {
    const plan = planMarks(snapshot([]), sheet(S, []), [notNumber('AA3', 3), notNumber('B10', 10), notNumber('C3', 3)]);
    expect(plan.set.map((m) => m.cell)).toEqual(['C3', 'AA3', 'B10']);
  });

  it('only clears when there is no sheet', () => {
    const marks: Bookkeeping = { generatedSheets: [], marks: [{ sheet: S, cell: 'C5', fill: MARK_FILL.error, note: 'x', previousFill: '#00B0F0', previousNote: null }] };
    const plan = planMarks(snapshot([sheet(S, [], { fills: { C5: MARK_FILL.error }, notes: { C5: 'x' } })], marks), null, [notNumber('C5', 5)]);
    expect(plan).toEqual({ clear: [{ sheet: S, cell: 'C5', fill: '#00B0F0', note: null }], set: [], released: 0 });
  });

  it('drops earlier marks on a sheet the user has deleted instead of clearing them', () => {
    const marks: Bookkeeping = { generatedSheets: [], marks: [{ sheet: '旧表', cell: 'C5', fill: MARK_FILL.error, note: 'x', previousFill: null, previousNote: null }] };
    expect(planMarks(snapshot([sheet(S, [])], marks), sheet(S, []), []).clear).toEqual([]);
  });

  describe('re-runs (simulated on an in-memory workbook)', () => {
    type Cells = Map<string, { fill: string | null; note: string | null }>;

    function fresh(): Cells {
      const cells: Cells = new Map();
      for (const cell of ['C5', 'D7', 'E9']) cells.set(cell, { fill: USER_FILLS[cell] ?? null, note: USER_NOTES[cell] ?? null });
      return cells;
    }

    function view(cells: Cells): SheetSnapshot {
      const fills: Record<string, string> = {};
      const notes: Record<string, string> = {};
      for (const [cell, c] of cells) {
        if (c.fill !== null) fills[cell] = c.fill;
        if (c.note !== null) notes[cell] = c.note;
      }
      return sheet(S, [], { fills, notes });
    }

    /** What a host does: clear first, then set; the set marks become the new bookkeeping. */
    function apply(cells: Cells, plan: MarkPlan): Bookkeeping {
      for (const c of plan.clear) cells.set(c.cell, { fill: c.fill, note: c.note });
      for (const m of plan.set) cells.set(m.cell, { fill: m.fill, note: m.note });
      return { generatedSheets: [], marks: plan.set };
    }

    function run(cells: Cells, book: Bookkeeping, found: readonly Finding[]): Bookkeeping {
      return apply(cells, planMarks(snapshot([view(cells)], book), view(cells), found));
    }

    it('captures the user state once and restores it exactly after any number of runs', () => {
      const cells = fresh();
      let book = run(cells, { generatedSheets: [], marks: [] }, [notNumber('C5', 5), outlier('D7', 7)]);
      expect(cells.get('C5')?.fill).toBe(MARK_FILL.error);
      expect(cells.get('D7')?.fill).toBe(MARK_FILL.warning);

      // second run: same cells again, plus a new one; the previous state must still be the user's
      book = run(cells, book, [notNumber('C5', 5), notNumber('D7', 7), outlier('E9', 9)]);
      expect(book.marks.map((m) => [m.cell, m.previousFill, m.previousNote])).toEqual([
        ['C5', '#00B0F0', '王主任：已电话核实'],
        ['D7', '#FFFF00', null],
        ['E9', null, null],
      ]);
      expect(cells.get('D7')?.fill).toBe(MARK_FILL.error);
      // the user's note is not repeated by re-runs
      expect(cells.get('C5')?.note?.split('王主任').length).toBe(2);
      expect(cells.get('C5')?.note?.split(NOTE_TAG).length).toBe(2);

      // third run: only C5 is still wrong; D7 and E9 go back to what the user had
      book = run(cells, book, [notNumber('C5', 5)]);
      expect(cells.get('D7')).toEqual({ fill: '#FFFF00', note: null });
      expect(cells.get('E9')).toEqual({ fill: null, note: null });

      // clearing (no sheet) restores everything exactly
      book = run(cells, book, []);
      apply(cells, planMarks(snapshot([view(cells)], book), null, []));
      expect(cells).toEqual(fresh());
    });

    it('issue 10 point 4: when the bookkeeping was lost, nothing can be proven ours: the whole note is kept as it is', () => {
      const cells = fresh();
      run(cells, { generatedSheets: [], marks: [] }, [notNumber('C5', 5), notNumber('E9', 9)]);
      const before = view(cells).notes;
      const plan = planMarks(snapshot([view(cells)]), view(cells), [notNumber('C5', 5), notNumber('E9', 9)]);
      expect(plan.clear).toEqual([]);
      expect(plan.set.map((m) => m.previousNote)).toEqual([before?.C5, before?.E9]);
    });
  });
});
