/**
 * duty-stats template and merge on the generated folder of forms (test/support/form-folder.ts):
 * exact members, values, findings and skipped files; the submitted files unchanged (hashes);
 * merge then run gives exact scores.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FORM_METHOD_JSON, writeFormFolder, writeRoster } from '../support/form-folder';
import { Workbook } from 'exceljs';
import { workbookBytes } from '../../src/host/xlsx/xlsx-host';
import { listFiles, run, snapshotOf, tempDir } from '../support/cli';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await writeFormFolder(path.join(dir, 'forms'));
  await writeRoster(path.join(dir, '名册.xlsx'));
  await fs.writeFile(path.join(dir, 'method.json'), JSON.stringify(FORM_METHOD_JSON));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function hashes(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await listFiles(folder)) {
    const p = path.join(folder, f);
    const stat = await fs.stat(p);
    out[f] = `${createHash('sha256').update(await fs.readFile(p)).digest('hex')} ${stat.mtimeMs}`;
  }
  return out;
}

interface MergeReportJson {
  files: { file: string; outcome: string; layout: string | null; members: string[]; reason: string | null }[];
  members: { name: string; unit: string | null; source: string; row: number }[];
  findings: { severity: string; code: string; file: string | null; sheet: string; cell: string | null; member: string | null; message: string }[];
  summary: Record<string, number>;
}

describe('duty-stats merge on the folder of forms, with the roster and the method', () => {
  let report: MergeReportJson;
  let before: Record<string, string>;
  let out: string;
  beforeAll(async () => {
    before = await hashes(path.join(dir, 'forms'));
    const r = await run(dir, ['merge', 'forms', '--roster', '名册.xlsx', '--method', 'method.json', '--out', '汇总.xlsx', '--report', 'merge.json']);
    out = r.out;
    expect(r.err).toBe('');
    // 吴九's 「若干」 is an error: exit 1, everything written.
    expect(r.code).toBe(1);
    report = JSON.parse(await fs.readFile(path.join(dir, 'merge.json'), 'utf8'));
  });

  it('never changes a submitted file', async () => {
    expect(await hashes(path.join(dir, 'forms'))).toEqual(before);
  });

  it('reads 7 files, skips 8 with the reason, and says so', () => {
    const outcome = Object.fromEntries(report.files.map((f) => [f.file, f.outcome === 'read' ? `${f.layout}:${f.members.join('、')}` : f.reason]));
    expect(outcome).toEqual({
      '张三.xlsx': 'form:张三',
      '张三（补交）.xlsx': 'form:张三',
      '李四.xlsx': 'form:李四',
      '王五.xlsx': 'labels:王五',
      '赵六.xlsx': 'labels:赵六',
      '经济界汇总.xlsx': 'table:孙七、周八、吴九',
      '郑十.xlsx': 'labels:郑十',
      '损坏.xlsx': '文件已损坏，不是有效的 .xlsx 工作簿',
      '空文件.xlsx': '文件是空的（0 字节）',
      '加密.xlsx': '文件设置了打开密码（已加密），请委员取消密码后重新提交',
      '旧表.xls': '是旧版 Excel 格式（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后重新提交',
      '说明.docx': '不是 Excel 工作簿（可能是 Word、PDF、图片或文本文件）',
      '通知.pdf': '不是 Excel 工作簿（可能是 Word、PDF、图片或文本文件）',
      '~$张三.xlsx': '是 Excel 或 WPS 打开文件时生成的临时文件（文件名以 ~$ 开头），不是填报表',
      '会议通知.xlsx': '没有找到「姓名」和履职项目（如「出席全体会议」「领衔提案」）',
    });
    expect(report.summary).toMatchObject({ files: 15, read: 7, skipped: 8, members: 8, duplicates: 1, rosterMissing: 1, errors: 1 });
    for (const f of report.files.filter((x) => x.outcome === 'skipped')) expect(out).toContain(`${f.file}：${f.reason}`);
  });

  it('has exactly these findings, each naming its file', () => {
    const codes = report.findings.map((f) => `${f.code} ${f.file ?? '名册'} ${f.member ?? ''} ${f.cell ?? ''}`).sort();
    expect(codes).toEqual(
      [
        'form.unreadable 损坏.xlsx  ',
        'form.unreadable 空文件.xlsx  ',
        'form.unreadable 加密.xlsx  ',
        'form.unreadable 旧表.xls  ',
        'form.unreadable 说明.docx  ',
        'form.unreadable 通知.pdf  ',
        'form.unreadable ~$张三.xlsx  ',
        'form.not_a_form 会议通知.xlsx  ',
        // the earlier of the two is dropped
        'form.duplicate 张三.xlsx 张三 ',
        // 视察调研 「两次」 beside its label in B4
        'value.normalized 王五.xlsx 王五 B4',
        // 吴九's 视察调研 in E5 of the table
        'value.not_number 经济界汇总.xlsx 吴九 E5',
        'roster.identity_differs 王五.xlsx 王五 B2',
        'roster.unknown 郑十.xlsx 郑十 ',
        'roster.missing 名册 钱十一 A10',
      ].sort(),
    );
    const message = (code: string): string => report.findings.find((f) => f.code === code)?.message ?? '';
    expect(message('form.duplicate')).toBe('委员「张三」提交了两份填报表：「张三.xlsx」和「张三（补交）.xlsx」。采用修改时间较晚的「张三（补交）.xlsx」，「张三.xlsx」未计入，请核实。');
    expect(message('value.not_number')).toBe('「经济界汇总.xlsx」工作表「经济界」单元格 E5（视察调研）的内容「若干」不是次数，请填写整数。');
    expect(message('roster.identity_differs')).toBe('委员「王五」的工作单位：填报表「王五.xlsx」写的是「教育局」，名册是「区教育局」，已按名册填写。');
    expect(message('roster.missing')).toBe('名册中的委员「钱十一」（区文化馆）没有交回填报表。');
    expect(message('roster.unknown')).toBe('「郑十.xlsx」中的委员「郑十」不在名册中，已照填报表汇总，请核实。');
    for (const f of report.findings) expect(out).toContain(f.message);
  });

  it('builds 委员履职情况统计表 in roster order, identity from the roster, values as submitted, with 来源文件', async () => {
    const snap = await snapshotOf(path.join(dir, '汇总.xlsx'));
    expect(snap.sheets.map((s) => s.name)).toEqual(['委员履职情况统计表', '收集情况']);
    const table = snap.sheets[0].values;
    expect(table[0]).toEqual(['姓名', '委员编号', '工作单位', '职务', '界别', '专委会', '联络组', '政协职务', '出席全体会议', '视察调研', '领衔提案', '结对帮扶', '来源文件']);
    const rows = table.slice(1).map((r) => [r[0], r[2], r[7], r[8], r[9], r[10], r[11], r[12]]);
    expect(rows).toEqual([
      ['张三', '区人民医院', '委员', 1, 3, 2, 1, '张三（补交）.xlsx'],
      ['李四', '区第一中学', '委员', 1, 0, 2, 2, '李四.xlsx'],
      ['王五', '区教育局', '常委', 1, '两次', 3, null, '王五.xlsx'],
      ['赵六', '区卫健委', '委员', 1, 2, 0, null, '赵六.xlsx'],
      ['孙七', '东方实业公司', '委员', 1, 1, 1, 0, '经济界汇总.xlsx：经济界 第 3 行'],
      ['周八', '南山贸易公司', '委员', 0, 0, 0, 0, '经济界汇总.xlsx：经济界 第 4 行'],
      ['吴九', '北湖农业公司', '委员', 1, '若干', 1, 0, '经济界汇总.xlsx：经济界 第 5 行'],
      ['郑十', '区财政局', null, 1, null, 1, null, '郑十.xlsx'],
    ]);
    const collection = snap.sheets[1].values.map((r) => r.join('|'));
    expect(collection.some((l) => l.includes('加密.xlsx|已跳过'))).toBe(true);
    expect(collection.some((l) => l.includes('roster') || l.includes('form.'))).toBe(false);
  });

  it('is a valid input for duty-stats run: exact scores', async () => {
    const r = await run(dir, ['run', '汇总.xlsx', '--method', 'method.json', '--report', 'run.json']);
    expect(r.err).toBe('');
    const runReport = JSON.parse(await fs.readFile(path.join(dir, 'run.json'), 'utf8')) as { members: { name: string; score: number | null; status: string }[]; findings: { code: string }[] };
    // 60 + min(10, 10 × 全会) + 2 × 视察调研 + 5 × 领衔提案 + 3 × 结对帮扶:
    // 张三 60+10+6+10+3 = 89; 李四 60+10+0+10+6 = 86; 王五 60+10+4+15 = 89 (两次 = 2);
    // 赵六 60+10+4+0 = 74; 孙七 60+10+2+5+0 = 77; 周八 60; 吴九 pending (若干); 郑十 60+10+5 = 75.
    expect(runReport.members.map((m) => [m.name, m.score, m.status])).toEqual([
      ['张三', 89, 'graded'],
      ['李四', 86, 'graded'],
      ['王五', 89, 'graded'],
      ['赵六', 74, 'graded'],
      ['孙七', 77, 'graded'],
      ['周八', 60, 'graded'],
      ['吴九', null, 'pending'],
      ['郑十', 75, 'graded'],
    ]);
    expect(runReport.findings.map((f) => f.code).filter((c) => c === 'column.unused')).toEqual([]);
  });

  it('never overwrites the summary unless --force', async () => {
    const r = await run(dir, ['merge', 'forms', '--out', '汇总.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('已经存在，未覆盖');
  });
});

describe('duty-stats merge without roster or method', () => {
  it('keeps every member, reads the one-row table without the custom column and drops the earlier duplicate', async () => {
    const r = await run(dir, ['merge', 'forms', '--out', '汇总2.xlsx', '--report', 'merge2.json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(await fs.readFile(path.join(dir, 'merge2.json'), 'utf8')) as MergeReportJson;
    expect(report.members.map((m) => m.name).sort()).toEqual(['周八', '吴九', '孙七', '张三', '李四', '王五', '赵六', '郑十'].sort());
    expect(report.findings.filter((f) => f.code.startsWith('roster.'))).toEqual([]);
    const snap = await snapshotOf(path.join(dir, '汇总2.xlsx'));
    // 结对帮扶 comes from the template's own line even without the method (its label as written); the
    // table's column of that name is not known without the method: reported, not read.
    expect(snap.sheets[0].values[0]).toEqual(['姓名', '委员编号', '工作单位', '职务', '界别', '专委会', '联络组', '政协职务', '出席全体会议', '视察调研', '领衔提案', '结对帮扶', '来源文件']);
    const unused = report.findings.filter((f) => f.code === 'column.unused');
    expect(unused.map((f) => [f.file, f.cell])).toEqual([['经济界汇总.xlsx', 'G2']]);
    expect(unused[0].message).toBe('「经济界汇总.xlsx」工作表「经济界」列「结对帮扶」（G 列）不是已知的履职项目或身份信息，未读取。如它应计分，请在评价办法中为相应项目填写「表头名称」。');
    // 孙七, 周八, 吴九 have no 结对帮扶 then; 李四's pre-filled identity brings the roster's columns.
    const sun = snap.sheets[0].values.find((r) => r[0] === '孙七');
    expect(sun?.[11]).toBeNull();
  });
});

describe('duty-stats template', () => {
  it('writes one form, and refuses to overwrite it', async () => {
    const first = await run(dir, ['template', '--method', 'method.json', '--out', '表.xlsx']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const again = await run(dir, ['template', '--out', '表.xlsx']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已经存在，未覆盖');
  });

  it('with a roster writes one pre-filled form per member, named after the member', async () => {
    const r = await run(dir, ['template', '--method', 'method.json', '--roster', '名册.xlsx', '--out', 'blank']);
    expect(r.err).toBe('');
    expect(await listFiles(path.join(dir, 'blank'))).toEqual(['吴九.xlsx', '周八.xlsx', '孙七.xlsx', '张三.xlsx', '李四.xlsx', '王五.xlsx', '赵六.xlsx', '钱十一.xlsx'].sort());
    const snap = await snapshotOf(path.join(dir, 'blank', '王五.xlsx'));
    const v = snap.sheets[0].values;
    expect(v[2]).toEqual(['姓名', null, '王五']);
    expect(v[4]).toEqual(['工作单位', null, '区教育局']);
  });
});

describe('edges of the commands', () => {
  it('the summary written into the folder merged is never read as a form on the next merge (--force)', async () => {
    const first = await run(dir, ['merge', 'forms', '--out', 'forms/汇总.xlsx', '--report', 'r3.json']);
    expect(first.code).toBe(1);
    const again = await run(dir, ['merge', 'forms', '--out', 'forms/汇总.xlsx', '--report', 'r3.json', '--force']);
    expect(again.err).toBe('');
    const report = JSON.parse(await fs.readFile(path.join(dir, 'r3.json'), 'utf8')) as MergeReportJson;
    expect(report.files.map((f) => f.file)).not.toContain('汇总.xlsx');
    expect(report.summary.files).toBe(15);
    await fs.rm(path.join(dir, 'forms', '汇总.xlsx'));
  });

  it('nothing readable: exit 2, every reason on stderr, nothing written', async () => {
    await fs.mkdir(path.join(dir, 'bad'), { recursive: true });
    await fs.writeFile(path.join(dir, 'bad', '空.xlsx'), new Uint8Array(0));
    const r = await run(dir, ['merge', 'bad', '--out', '空汇总.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有读到任何填报表');
    expect(r.err).toContain('「空.xlsx」无法读取，已跳过：文件是空的（0 字节）。');
    await expect(fs.stat(path.join(dir, '空汇总.xlsx'))).rejects.toThrow();
  });

  it('two roster members of one name get their unit in the file name', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(['姓名', '工作单位']);
    ws.addRow(['王伟', '区人民医院']);
    ws.addRow(['王伟', '区第一中学']);
    ws.addRow(['李/娜', '区文化馆']);
    await fs.writeFile(path.join(dir, '同名名册.xlsx'), await workbookBytes(wb));
    const r = await run(dir, ['template', '--roster', '同名名册.xlsx', '--out', 'same']);
    expect(r.err).toBe('');
    expect(await listFiles(path.join(dir, 'same'))).toEqual(['李_娜.xlsx', '王伟（区人民医院）.xlsx', '王伟（区第一中学）.xlsx'].sort());
  });
});
