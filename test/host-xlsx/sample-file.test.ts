/** The bundled sample file and the synthetic tables read through exceljs exactly as built in memory. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadWorkbook, workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { readSnapshot } from '../../src/host/xlsx/read-snapshot';
import { sampleTable } from '../../scripts/sample/sample-workbook';
import { tableSnapshot } from '../../scripts/sample/table';
import { syntheticSnapshot, syntheticWorkbook } from '../support/synthetic';
import type { CellValue } from '../../src/host/port';

/** Rows without trailing blanks: the reader gives ragged rows, the in-memory table full-width ones. */
function trimmed(values: readonly (readonly CellValue[])[]): CellValue[][] {
  return values.map((r) => {
    const row = [...r];
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
}

describe('assets/sample.xlsx', () => {
  it('is what scripts/make-sample.ts generates (run npm run sample when this fails)', async () => {
    const bytes = new Uint8Array(await fs.readFile(path.join(__dirname, '..', '..', 'assets', 'sample.xlsx')));
    const fromFile = readSnapshot(await loadWorkbook(bytes), 'sample.xlsx');
    const built = tableSnapshot(sampleTable().table, 'sample.xlsx');
    expect(fromFile.sheets).toHaveLength(1);
    const [file, mem] = [fromFile.sheets[0], built.sheets[0]];
    expect(file.name).toBe('委员履职统计表');
    expect(trimmed(file.values)).toEqual(trimmed(mem.values));
    expect(file.merges).toEqual([...mem.merges].sort((a, b) => a.top - b.top || a.left - b.left));
    expect(file.hiddenRows).toEqual(mem.hiddenRows);
    // the header fill of rows 3–4 is the only fill; no notes
    expect(new Set(Object.values(file.fills ?? {}))).toEqual(new Set(['#D9E1F2']));
    expect(file.notes).toBeUndefined();
  });
});

describe('synthetic tables', () => {
  it('read back from xlsx equal to the snapshot built directly', async () => {
    const direct = syntheticSnapshot(150).sheets[0];
    const viaXlsx = readSnapshot(await loadWorkbook(await workbookBytes(syntheticWorkbook(150))), 'x.xlsx').sheets[0];
    expect(trimmed(viaXlsx.values)).toEqual(trimmed(direct.values));
    expect(viaXlsx.hiddenRows).toEqual(direct.hiddenRows);
    expect(viaXlsx.merges).toEqual([...direct.merges].sort((a, b) => a.top - b.top || a.left - b.left));
  });

  it('are the same on every call (seeded)', () => {
    expect(syntheticSnapshot(120)).toEqual(syntheticSnapshot(120));
  });
});
