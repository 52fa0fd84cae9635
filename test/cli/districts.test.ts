/**
 * A real district's workbook through the command line (CONTRACT.md §1, §6, §7): the 济南 table in
 * its real layout, written by exceljs (merged two-row header, numbers stored as text, note rows),
 * scored with the district's method as JSON: exit 0, exact scores, source.columns in the report.
 * And the contract's strict-field example: an unknown field is exit 2 naming its JSON path and the
 * nearest known field.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { JINAN_EXPECTED, JINAN_METHOD, jinanSheet } from '../support/districts/jinan';
import { listFiles, run, tempDir, writeWorkbook } from '../support/cli';
import { workbookOfSheet } from '../support/sheet-workbook';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await writeWorkbook(path.join(dir, '济南.xlsx'), workbookOfSheet(jinanSheet()));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('济南 through the command line', () => {
  it('scores every member exactly, exit 0, and reports which columns fed each item', async () => {
    await fs.writeFile(path.join(dir, 'jinan.json'), JSON.stringify(JINAN_METHOD, null, 2));
    const r = await run(dir, ['run', '济南.xlsx', '--method', 'jinan.json', '--report', 'r.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(await fs.readFile(path.join(dir, 'r.json'), 'utf8'));
    expect(report.members.map((m: { name: string; score: number; grade: string }) => [m.name, m.score, m.grade])).toEqual(JINAN_EXPECTED);
    expect(report.source).toEqual({
      file: '济南.xlsx',
      sheet: '委员履职汇总',
      headerRows: [3, 4],
      firstDataRow: 5,
      lastDataRow: 14,
      columns: {
        plenary_attended: ['E'],
        plenary_leave: ['F'],
        plenary_absent: ['G'],
        proposals_lead: ['H'],
        proposals_accepted: ['I'],
        proposals_key: ['J'],
        proposals_excellent: ['K'],
        opinions_submitted: ['L'],
        opinions_adopted: ['M'],
        inspections: ['N', 'O', 'P'],
        welfare_activities: ['Q'],
      },
    });
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('exit 2 for an unknown field, naming its JSON path and the nearest known field, nothing written', async () => {
    const method = JSON.parse(JSON.stringify(JINAN_METHOD));
    method.items[3].whne = 'standing == 1';
    await fs.writeFile(path.join(dir, 'typo.json'), JSON.stringify(method));
    const before = await listFiles(dir);
    const r = await run(dir, ['run', '济南.xlsx', '--method', 'typo.json', '--out', '结果.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('items[3].whne');
    expect(r.err).toContain('未知字段 items[3].whne，是否为 when？');
    expect(await listFiles(dir)).toEqual(before);
  });
});
