/* The pure compiler every host runs: the plan check first (one typed error family, in Chinese), then the ordered operations. */
import { BOOKKEEPING_SHEET, EMPTY_BOOKKEEPING, type WritePlan } from '../../../src/host/port';
import { compilePlan, HostError, PlanRefused, TEMP_PREFIX, WorkbookRefused, type HostOp, type WorkbookFacts } from '../../../src/host/shared';
import { ERROR_MARK, MEMBER_SHEET, plan, summaryPlan, WARNING_MARK } from '../../support/excel-plans';

const fresh: WorkbookFacts = { sheets: [MEMBER_SHEET], stored: EMPTY_BOOKKEEPING, storedRows: 0 };
const kinds = (ops: readonly HostOp[]): string[] => ops.map((o) => o.kind);

describe('compilePlan: order', () => {
  it('writes into a temporary sheet, stores the interim bookkeeping, marks, swaps, stores the final bookkeeping, shows the sheet', () => {
    const ops = compilePlan(plan([summaryPlan()], { setMarks: [ERROR_MARK] }), fresh);
    const k = kinds(ops);
    expect(k[0]).toBe('addSheet');
    expect(ops[0]).toEqual({ kind: 'addSheet', sheet: `${TEMP_PREFIX}1` });
    // every content operation of the sheet goes to the temporary sheet
    const content = ops.slice(1, k.indexOf('bookkeeping'));
    expect(new Set(content.map((o) => ('sheet' in o ? o.sheet : null)))).toEqual(new Set([`${TEMP_PREFIX}1`]));
    expect(k.slice(k.indexOf('bookkeeping'))).toEqual(['bookkeeping', 'marks', 'swapSheet', 'bookkeeping', 'activate']);
    const [interim, final] = ops.filter((o): o is Extract<HostOp, { kind: 'bookkeeping' }> => o.kind === 'bookkeeping');
    expect([interim.create, final.create]).toEqual([true, false]);
    expect(final.previousRows).toBe(interim.grid.length);
    expect(ops.find((o) => o.kind === 'swapSheet')).toEqual({ kind: 'swapSheet', temp: `${TEMP_PREFIX}1`, name: '履职汇总', replaces: null, position: 1 });
  });

  it('groups the runs: one format operation per distinct format, widths and heights by value', () => {
    const ops = compilePlan(plan([summaryPlan('履职汇总', 200)]), fresh);
    const formats = ops.filter((o) => o.kind === 'format');
    // title; header (fill + bold over the vertical alignment); body; the score column (right-aligned)
    expect(formats).toHaveLength(4);
    expect(ops.filter((o) => o.kind === 'borders')).toHaveLength(1);
    expect(ops.filter((o) => o.kind === 'numberFormat')).toEqual([{ kind: 'numberFormat', sheet: `${TEMP_PREFIX}1`, areas: [{ top: 3, left: 3, bottom: 202, right: 3 }], format: '0.00' }]);
    expect(ops.filter((o) => o.kind === 'rowHeight').map((o) => o.kind === 'rowHeight' && [o.height, o.rows])).toEqual([
      [30, [{ first: 1, last: 1 }]],
      [20, [{ first: 2, last: 3 }]],
    ]);
  });

  it('replaces a generated sheet in its tab place, removes leftovers of an interrupted run first, deletes sheets the plan drops', () => {
    const stored = { generatedSheets: ['履职汇总', '旧结果'], marks: [] };
    const facts: WorkbookFacts = { sheets: ['封面', '履职汇总', MEMBER_SHEET, '旧结果', BOOKKEEPING_SHEET, `${TEMP_PREFIX}7`], stored, storedRows: 4 };
    const ops = compilePlan(plan([summaryPlan()], { deleteSheets: ['旧结果'] }, stored), facts);
    expect(ops[0]).toEqual({ kind: 'deleteSheet', sheet: `${TEMP_PREFIX}7` });
    expect(ops.find((o) => o.kind === 'swapSheet')).toEqual({ kind: 'swapSheet', temp: `${TEMP_PREFIX}1`, name: '履职汇总', replaces: '履职汇总', position: 1 });
    expect(ops.filter((o) => o.kind === 'deleteSheet').map((o) => o.kind === 'deleteSheet' && o.sheet)).toEqual([`${TEMP_PREFIX}7`, '旧结果']);
    const bookkeeping = ops.filter((o) => o.kind === 'bookkeeping');
    expect(bookkeeping.map((o) => o.kind === 'bookkeeping' && [o.create, o.previousRows])).toEqual([
      [false, 4],
      // the interim grid: header, version row, two generated sheets
      [false, 4],
    ]);
  });

  it('marks each cell once with its final state, on sheets that exist', () => {
    const clear = { sheet: MEMBER_SHEET, cell: 'C3', fill: '#00B0F0', note: null };
    const gone = { sheet: '已删除', cell: 'A1', fill: null, note: null };
    const ops = compilePlan(plan([], { clearMarks: [clear, gone], setMarks: [ERROR_MARK, WARNING_MARK] }), fresh);
    expect(ops.find((o) => o.kind === 'marks')).toEqual({
      kind: 'marks',
      marks: [
        { sheet: MEMBER_SHEET, cell: 'C3', fill: ERROR_MARK.fill, note: ERROR_MARK.note },
        { sheet: MEMBER_SHEET, cell: 'B3', fill: WARNING_MARK.fill, note: WARNING_MARK.note },
      ],
    });
  });

  it('deletes an emptied bookkeeping instead of storing it', () => {
    const stored = { generatedSheets: [], marks: [{ ...ERROR_MARK }] };
    const ops = compilePlan(plan([], { clearMarks: [{ sheet: MEMBER_SHEET, cell: 'C3', fill: null, note: null }], bookkeeping: EMPTY_BOOKKEEPING, activate: undefined }), { sheets: [MEMBER_SHEET, BOOKKEEPING_SHEET], stored, storedRows: 3 });
    expect(kinds(ops)).toEqual(['bookkeeping', 'marks', 'deleteSheet']);
  });

  it('turns grade colours into one conditional format each', () => {
    const sheet = { ...summaryPlan(), conditionalFills: [{ range: 'C3:C5', equals: '优秀', fill: '#C6EFCE' }] };
    expect(compilePlan(plan([sheet]), fresh).filter((o) => o.kind === 'conditionalFill')).toEqual([{ kind: 'conditionalFill', sheet: `${TEMP_PREFIX}1`, area: { top: 3, left: 3, bottom: 5, right: 3 }, equals: '优秀', fill: '#C6EFCE' }]);
  });
});

describe('compilePlan: refusals are one typed family with Chinese messages, before any operation', () => {
  const refused = (p: WritePlan, facts: WorkbookFacts = fresh): HostError => {
    try {
      compilePlan(p, facts);
    } catch (e) {
      if (e instanceof HostError) return e;
      throw e;
    }
    throw new Error('expected a refusal');
  };

  it.each([
    ['a user sheet with a generated name', plan([summaryPlan(MEMBER_SHEET)]), 'plan.user_sheet', /是您自己的工作表/],
    ['an invalid name', plan([summaryPlan('a/b')]), 'plan.sheet_name', /无效/],
    ['the bookkeeping name', plan([summaryPlan(BOOKKEEPING_SHEET)]), 'plan.reserved', /保留/],
    ['a name twice (any case)', plan([summaryPlan('Sheet'), summaryPlan('SHEET')]), 'plan.duplicate', /重复/],
    ['deleting a user sheet', plan([], { deleteSheets: [MEMBER_SHEET] }), 'plan.delete_user_sheet', /不能删除/],
    ['a bad range', plan([{ ...summaryPlan(), merges: ['A1:'] }]), 'plan.bad_range', /区域地址/],
    ['a bad colour', plan([{ ...summaryPlan(), tabColor: 'red' }]), 'plan.bad_colour', /颜色/],
    ['a missing sheet to show', plan([], { activate: '没有' }), 'plan.activate_missing', /不存在/],
  ])('%s', (_what, p, code, text) => {
    const e = refused(p);
    expect(e).toBeInstanceOf(PlanRefused);
    expect([e.code, e.message]).toEqual([code, expect.stringMatching(text)]);
  });

  it('a protected workbook structure refuses any sheet change; marks alone still go', () => {
    const locked = { ...fresh, workbookProtected: true };
    const e = refused(plan([summaryPlan()]), locked);
    expect(e).toBeInstanceOf(WorkbookRefused);
    expect(e.message).toMatch(/工作簿的结构受保护/);
    // The bookkeeping sheet already exists: marks and their record are cell edits, not structure changes.
    const stored = { generatedSheets: [], marks: [] };
    expect(() => compilePlan(plan([], { setMarks: [ERROR_MARK], activate: undefined }), { ...locked, sheets: [MEMBER_SHEET, BOOKKEEPING_SHEET], stored, storedRows: 2 })).not.toThrow();
  });

  it('a protected member sheet refuses its marks, naming the sheet', () => {
    const e = refused(plan([], { setMarks: [ERROR_MARK] }), { ...fresh, protectedSheets: [MEMBER_SHEET] });
    expect([e.name, e.code, e.message]).toEqual(['WorkbookRefused', 'host.sheet_protected', expect.stringContaining(`「${MEMBER_SHEET}」受保护`)]);
  });
});
