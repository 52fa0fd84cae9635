/**
 * Issue 10 points 4 and 10 through the core and an in-memory host: marks are the product's only
 * while they are exactly as it left them, they follow their member through inserted rows, a stale
 * mark never survives, and generated sheets (and the bookkeeping itself) are "ours" only by proof.
 * Each test failed on the code before issue 10.
 */
import { SHEETS } from '../../../src/core/sheet-names';
import { MARK_FILL } from '../../../src/core/output/marks';
import { BOOKKEEPING_SHEET } from '../../../src/host/port';
import { bookkeepingGrid } from '../../../src/host/shared/bookkeeping-grid';
import { runStep } from '../../../src/host/workflow';
import { MemoryHost, memSheet } from '../../support/memory-host';

const NOW = (): Date => new Date(2025, 11, 26, 10, 30);
const HEADER = ['序号', '姓名', '工作单位', '政协职务', '出席全体会议', '全体会议请假', '全体会议无故缺席', '视察调研', '领衔提案'];
const S = '统计表';

function host(): MemoryHost {
  return new MemoryHost([
    memSheet(S, [
      HEADER,
      [1, '张伟', '区人民医院', '委员', 2, 0, 0, 2, 1],
      [2, '李娜', '区第一中学', '委员', 1, 1, 0, '若干', 2],
      [3, '王芳', '区财政局', '委员', 2, 0, 0, 3, 1],
    ]),
  ]);
}

async function all(h: MemoryHost): Promise<void> {
  const r = await runStep(h, 'all', { now: NOW });
  if (!r.ok) throw new Error(r.fatal.message);
}

describe('point 4: a re-run never wipes the user’s own edits', () => {
  it('the user fixes the cell, colours it and writes 「已与委员核实」: the next run keeps both', async () => {
    const h = host();
    await all(h);
    expect(h.sheet(S).fills.get('H3')).toBe(MARK_FILL.error);
    h.setValue(S, 'H3', 2);
    h.setFill(S, 'H3', '#92D050');
    h.setNote(S, 'H3', `${h.sheet(S).notes.get('H3')}\n已与委员核实`);
    const note = h.sheet(S).notes.get('H3');
    await all(h);
    expect(h.sheet(S).fills.get('H3')).toBe('#92D050');
    expect(h.sheet(S).notes.get('H3')).toBe(note);
    // and it is no longer in the bookkeeping: a later run does not touch it either
    await all(h);
    expect(h.sheet(S).fills.get('H3')).toBe('#92D050');
  });

  it('the user only recolours the marked cell: the fill and the note stay as the user left them', async () => {
    const h = host();
    await all(h);
    h.setFill(S, 'H3', '#FFFF00');
    const note = h.sheet(S).notes.get('H3');
    await all(h); // H3 still holds 若干: the finding is there, the cell is the user's now
    expect(h.sheet(S).fills.get('H3')).toBe(MARK_FILL.error);
    // the new mark remembers the user's yellow and note, so clearing gives them back
    h.setValue(S, 'H3', 1);
    await all(h);
    expect(h.sheet(S).fills.get('H3')).toBe('#FFFF00');
    expect(h.sheet(S).notes.get('H3')).toBe(note);
  });

  it('after a row is inserted above, the mark follows its member and no other member’s formatting is touched', async () => {
    const h = host();
    h.setFill(S, 'H4', '#00B0F0'); // 王芳's own blue, one row below the marked cell
    h.setNote(S, 'H4', '王主任：已核实');
    await all(h);
    h.insertRows(S, 3); // a row above 李娜: her marked cell moves to H4, 王芳's to H5
    ['4', '赵敏', '区商务局', '委员', 2, 0, 0, 1, 1].forEach((v, i) => h.setValue(S, `${'ABCDEFGHI'[i]}3`, v));
    await all(h);
    const s = h.sheet(S);
    expect(s.fills.get('H4')).toBe(MARK_FILL.error); // 李娜 still 若干
    expect(s.fills.get('H5')).toBe('#00B0F0');
    expect(s.notes.get('H5')).toBe('王主任：已核实');
    expect(s.fills.get('H3')).toBeUndefined(); // no stale mark on the new row
    // 李娜 fixed: her mark goes, nothing stale is left anywhere
    h.setValue(S, 'H4', 2);
    await all(h);
    expect([...s.fills.entries()]).toEqual([['H5', '#00B0F0']]);
    expect([...s.notes.entries()]).toEqual([['H5', '王主任：已核实']]);
  });

  it('after a row is deleted, a stale mark does not survive', async () => {
    const h = host();
    h.setValue(S, 'H4', '多次'); // 王芳 wrong too
    await all(h);
    h.deleteRows(S, 3); // 李娜 leaves; 王芳 moves up to row 3
    h.setValue(S, 'H3', 3); // and is fixed
    await all(h);
    expect([...h.sheet(S).fills.entries()]).toEqual([]);
    expect([...h.sheet(S).notes.entries()]).toEqual([]);
  });
});

describe('point 10: "ours" is proven, not decided by name', () => {
  it('a user’s own sheet that took the place of a deleted generated sheet is never replaced', async () => {
    const h = host();
    await all(h);
    h.sheets = h.sheets.filter((s) => s.name !== SHEETS.summary);
    h.sheets.push(memSheet(SHEETS.summary, [['我自己的汇总'], ['不要覆盖']]));
    await all(h);
    expect(h.sheet(SHEETS.summary).values).toEqual([['我自己的汇总'], ['不要覆盖']]);
    expect(h.sheets.some((s) => s.name === `${SHEETS.summary}(2)`)).toBe(true);
  });

  it('a generated sheet the user edited is the user’s now: kept, the result goes beside it', async () => {
    const h = host();
    await all(h);
    h.setValue(SHEETS.findings, 'A1', '我的批注：这张表留作存档');
    await all(h);
    expect(h.sheet(SHEETS.findings).values[0][0]).toBe('我的批注：这张表留作存档');
    expect(h.sheets.some((s) => s.name === `${SHEETS.findings}(2)`)).toBe(true);
  });

  it('a visible user sheet named like the bookkeeping sheet is neither overwritten nor hidden', async () => {
    const h = host();
    h.sheets.push(memSheet(BOOKKEEPING_SHEET, [['我的记录']]));
    const r = await runStep(h, 'all', { now: NOW });
    expect(r.ok).toBe(true);
    const mine = h.sheets.filter((s) => s.name === BOOKKEEPING_SHEET);
    expect(mine).toHaveLength(1);
    expect(mine[0].state).toBe('visible');
    expect(mine[0].values).toEqual([['我的记录']]);
    // no marks could be recorded, so none were set
    expect(h.sheet(S).fills.size).toBe(0);
    if (r.ok) expect(r.outcome.notes.join('')).toContain(BOOKKEEPING_SHEET);
  });

  it('a forged hidden bookkeeping sheet neither replaces the user’s sheets nor sets any cell’s fill and note', async () => {
    const h = host();
    h.sheets.push(memSheet(SHEETS.summary, [['用户的表']]));
    h.setFill(S, 'C2', '#00B0F0');
    // A received workbook: a hidden record claiming the user's sheet and a "mark" on C2, with a made-up checksum.
    const grid = bookkeepingGrid({
      generatedSheets: [SHEETS.summary],
      fingerprints: { [SHEETS.summary]: 'ffffffffffffffff' },
      marks: [{ sheet: S, cell: 'C2', fill: '#00B0F0', note: '伪造', previousFill: '#000000', previousNote: '被改写' }],
    });
    grid[0][2] = '0000000000000000';
    h.sheets.push(memSheet(BOOKKEEPING_SHEET, grid, 'veryHidden'));
    const r = await runStep(h, 'all', { now: NOW });
    expect(r.ok).toBe(true);
    expect(h.sheet(SHEETS.summary).values).toEqual([['用户的表']]);
    expect(h.sheet(S).fills.get('C2')).toBe('#00B0F0');
    expect(h.sheet(S).notes.get('C2')).toBeUndefined();
    if (r.ok) expect(r.outcome.findings.filter((f) => f.code === 'bookkeeping.unverified')).toHaveLength(1);
  });

  it('even a forged record with a correct checksum cannot claim a sheet whose content it did not fingerprint, nor a cell not holding its mark', async () => {
    const h = host();
    h.sheets.push(memSheet(SHEETS.summary, [['用户的表']]));
    h.setFill(S, 'C2', '#00B0F0');
    const grid = bookkeepingGrid({
      generatedSheets: [SHEETS.summary],
      fingerprints: { [SHEETS.summary]: 'ffffffffffffffff' },
      marks: [{ sheet: S, cell: 'C2', fill: MARK_FILL.error, note: '伪造', previousFill: '#000000', previousNote: '被改写' }],
    });
    h.sheets.push(memSheet(BOOKKEEPING_SHEET, grid, 'veryHidden'));
    await all(h);
    expect(h.sheet(SHEETS.summary).values).toEqual([['用户的表']]);
    expect(h.sheet(S).fills.get('C2')).toBe('#00B0F0');
    expect(h.sheet(S).notes.get('C2')).toBeUndefined();
  });
});
