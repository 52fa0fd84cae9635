import { sheet, snapshot } from '../../support/builders';
import type { CellValue, MergedArea, SheetSnapshot } from '../../../src/core/snapshot';
import type { Finding } from '../../../src/core/types';
import { locateTable } from '../../../src/core/table/locate-table';
import { readMembers, type ReadResult } from '../../../src/core/table/read-members';

function read(s: SheetSnapshot): ReadResult {
  const located = locateTable(snapshot([s]), { customItems: [{ key: 'poverty_help', headers: ['结对帮扶'] }], exclude: [] });
  if (!located.ok) throw new Error(located.fatal.message);
  return readMembers(s, located.location);
}

const brief = (f: Finding): unknown[] => [f.code, f.cell, f.row, f.member, f.params];
const merge = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });

// A:序号 B:姓名 C:工作单位 D:出席全体会议 E:领衔提案 F:违纪违法
const HEADER: CellValue[] = ['序号', '姓名', '工作单位', '出席全体会议', '领衔提案', '违纪违法'];

describe('members', () => {
  test('identity fields, counts, cells and name cell', () => {
    const r = read(
      sheet('统计表', [
        ['委员编号', '姓 名', '性别', '界别', '专委会', '联络组', '工作单位', '职务', '党派', '政协职务', '联系电话', '身份证号', '出席全体会议', '结对帮扶', '违纪违法'],
        [1024, ' 张　三 ', '男', '经济界', '经济委', '城关联络组', ' 区发改委 ', '主任', '民建', '常务委员', 13800000000, '110101199001011234', 1, null, '否'],
      ]),
    );
    expect(r.findings).toEqual([]);
    expect(r.members).toEqual([
      {
        name: '张三',
        memberId: '1024',
        gender: '男',
        sector: '经济界',
        committee: '经济委',
        liaisonGroup: '城关联络组',
        unit: '区发改委',
        title: '主任',
        party: '民建',
        role: '常委',
        phone: '13800000000',
        idNumber: '110101199001011234',
        row: 2,
        hidden: false,
        // every counted column and the custom item; blank = 0
        counts: { plenary_attended: 1, poverty_help: 0, violations: 0 },
        cells: { plenary_attended: 'M2', poverty_help: 'N2', violations: 'O2' },
        nameCell: 'B2',
      },
    ]);
  });

  test('是否常委 gives the role; no role column → 委员', () => {
    const r = read(sheet('S', [['姓名', '是否常委', '领衔提案'], ['张三', '是', 1], ['李四', '否', 1], ['王五', null, 1]]));
    expect(r.members.map((m) => m.role)).toEqual(['常委', '委员', '委员']);
    const r2 = read(sheet('S', [['姓名', '领衔提案'], ['张三', 1]]));
    expect(r2.members[0].role).toBe('委员');
  });

  test('a group column merged down over several members gives each its value', () => {
    const r = read(sheet('S', [['界别', '姓名', '领衔提案'], ['经济界', '张三', 1], [null, '李四', 2], ['教育界', '王五', 0]], { merges: [merge(2, 1, 3, 1)] }));
    expect(r.members.map((m) => m.sector)).toEqual(['经济界', '经济界', '教育界']);
  });
});

describe('cell values: each finding at its exact cell', () => {
  // One member per row; the value under test in D (出席全体会议).
  const values: readonly [CellValue, number, Finding['code'] | null, Record<string, string | number> | null][] = [
    [2, 2, null, null],
    ['3', 3, null, null],
    [' 4 ', 4, null, null],
    [null, 0, null, null],
    ['-', 0, null, null],
    ['—', 0, null, null],
    ['无', 0, null, null],
    ['／', 0, null, null],
    ['３', 3, 'value.normalized', { text: '３', value: 3 }],
    ['3次', 3, 'value.normalized', { text: '3次', value: 3 }],
    ['4人次', 4, 'value.normalized', { text: '4人次', value: 4 }],
    ['两次', 2, 'value.normalized', { text: '两次', value: 2 }],
    ['二十一', 21, 'value.normalized', { text: '二十一', value: 21 }],
    ['√', 1, 'value.normalized', { text: '√', value: 1 }],
    [{ error: '#REF!' }, 0, 'value.formula_error', { text: '#REF!' }],
    ['#DIV/0!', 0, 'value.formula_error', { text: '#DIV/0!' }],
    [1.5, 0, 'value.fraction', { text: '1.5' }],
    ['3.5', 0, 'value.fraction', { text: '3.5' }],
    [-1, 0, 'value.negative', { text: '-1' }],
    ['-2', 0, 'value.negative', { text: '-2' }],
    ['若干', 0, 'value.not_number', { text: '若干' }],
    ['3-4', 0, 'value.not_number', { text: '3-4' }],
    ['abc', 0, 'value.not_number', { text: 'abc' }],
  ];
  const rows: CellValue[][] = [HEADER, ...values.map(([v], i) => [i + 1, `委员${i + 1}`, '单位', v, 0, null])];
  const r = read(sheet('S', rows));

  test.each(values.map((v, i) => [i, ...v] as const))('row %i: %p → %d, %s', (i, _v, count, code, params) => {
    const row = i + 2;
    expect(r.members[i].counts.plenary_attended).toBe(count);
    expect(r.members[i].cells.plenary_attended).toBe(`D${row}`);
    const found = r.findings.filter((f) => f.row === row);
    if (code === null) expect(found).toEqual([]);
    else expect(found.map(brief)).toEqual([[code, `D${row}`, row, `委员${i + 1}`, { item: '出席全体会议', ...params }]]);
  });

  test('messages name the cell, the item and the text', () => {
    const f = r.findings.find((x) => x.code === 'value.not_number' && x.row === 22);
    expect(f?.message).toBe('单元格 D22（出席全体会议）的内容「若干」不是次数，请填写整数。');
    expect(f?.severity).toBe('error');
    expect(r.findings.find((x) => x.code === 'value.normalized')?.severity).toBe('info');
  });

  test('the flag column: 是/有/√/1 → 1, 否/无/blank/0 → 0, anything else not_number', () => {
    const flags: CellValue[] = ['是', '有', '√', 1, '否', '无', null, 0, '不清楚'];
    const fr = read(sheet('S', [HEADER, ...flags.map((v, i) => [i + 1, `委员${i + 1}`, '单位', 1, 0, v])]));
    expect(fr.members.map((m) => m.counts.violations)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(fr.findings.map(brief)).toEqual([['value.not_number', 'F10', 10, '委员9', { item: '违纪违法', text: '不清楚' }]]);
  });

  test('two-row headers name the item as group/sub', () => {
    const tr = read(sheet('S', [['姓名', '全体会议', null], [null, '出席', '请假'], ['张三', 'x', 0]], { merges: [merge(1, 1, 2, 1), merge(1, 2, 1, 3)] }));
    expect(tr.findings.map(brief)).toEqual([['value.not_number', 'B3', 3, '张三', { item: '全体会议/出席', text: 'x' }]]);
  });
});

describe('rows', () => {
  test('blank rows are skipped silently anywhere; a pre-numbered empty template row is blank', () => {
    const r = read(sheet('S', [HEADER, [], [1, '张三', '甲', 1, 0], [null, '  ', null, '', null, null], [2, '李四', '乙', 1, 0], [3], [4, null, null, null]]));
    expect(r.members.map((m) => [m.row, m.name])).toEqual([[3, '张三'], [5, '李四']]);
    expect(r.findings).toEqual([]);
  });

  test('subtotal rows: info row.subtotal_skipped at the cell holding the word', () => {
    const r = read(
      sheet('S', [
        HEADER,
        [1, '张三', '甲', 1, 2],
        [null, '合计', null, 1, 2],
        [null, '小 计', null, 1, 2],
        [null, '合计：', null, 1, 2],
        [null, '总计（300人）', null, 300, 500],
        [null, '平均', null, 1, 2],
        ['合计', null, null, 1, 2],
        ['总　计', null, null, 1, 2],
      ], { merges: [merge(9, 1, 9, 2)] }),
    );
    expect(r.members.map((m) => m.name)).toEqual(['张三']);
    expect(r.findings.map(brief)).toEqual([
      ['row.subtotal_skipped', 'B3', 3, null, { text: '合计' }],
      ['row.subtotal_skipped', 'B4', 4, null, { text: '小 计' }],
      ['row.subtotal_skipped', 'B5', 5, null, { text: '合计：' }],
      ['row.subtotal_skipped', 'B6', 6, null, { text: '总计（300人）' }],
      ['row.subtotal_skipped', 'B7', 7, null, { text: '平均' }],
      ['row.subtotal_skipped', 'A8', 8, null, { text: '合计' }],
      ['row.subtotal_skipped', 'A9', 9, null, { text: '总　计' }],
    ]);
    expect(r.findings[0].message).toBe('第 3 行是「合计」行，已跳过，不计入委员。');
  });

  test('note rows: info row.note_skipped', () => {
    const long = '填表说明：1．本表由委员本人据实填写；2．次数以政协办公室签到记录为准。';
    const r = read(
      sheet('S', [
        HEADER,
        [1, '张三', '甲', 1, 2],
        ['一、中共界别'],
        [2, '李四', '乙', 1, 0],
        [long],
        ['注：未参加活动的填 0'],
        [null, '填表人：王五', null, '审核人：赵六'],
        [null, '以上数据截至2025年12月20日，由区政协办公室汇总'],
        ['序号', '姓名', '工作单位', '出席全体会议', '领衔提案', '违纪违法'],
      ], { merges: [merge(5, 1, 5, 6)] }),
    );
    expect(r.members.map((m) => m.name)).toEqual(['张三', '李四']);
    expect(r.findings.map(brief)).toEqual([
      ['row.note_skipped', 'A3', 3, null, { text: '一、中共界别' }],
      ['row.note_skipped', 'A5', 5, null, { text: '填表说明：1．本表由委员本人据实填写；2．次数以政协办公室签…' }], // the first 30 characters
      ['row.note_skipped', 'A6', 6, null, { text: '注：未参加活动的填 0' }],
      ['row.note_skipped', 'B7', 7, null, { text: '填表人：王五' }],
      ['row.note_skipped', 'B8', 8, null, { text: '以上数据截至2025年12月20日，由区政协办公室汇总' }],
      ['row.note_skipped', 'B9', 9, null, { text: '姓名' }],
    ]);
    expect(r.findings[0].severity).toBe('info');
  });

  test('a row with counts but no name: error name.missing at the name cell; so is any other nameless row', () => {
    const r = read(sheet('S', [HEADER, [1, null, '甲', 1, 2], [2, '\u3000', null, '3次'], [3, null, '区教育局'], [4, '张三', '乙', 1, 0]]));
    expect(r.findings.map(brief)).toEqual([
      ['name.missing', 'B2', 2, null, {}],
      ['name.missing', 'B3', 3, null, {}],
      ['name.missing', 'B4', 4, null, {}],
    ]);
    expect(r.findings[0].message).toBe('第 2 行填有履职数据，但「姓名」单元格 B2 为空。');
    expect(r.members.map((m) => m.row)).toEqual([5]);
  });

  test('hidden rows are members with warning row.hidden at the name cell; hidden blank or subtotal rows only skip', () => {
    const r = read(sheet('S', [HEADER, [1, '张三', '甲', 1, 0], [2, '李四', '乙', 1, 0], [], [null, '合计', null, 2, 0]], { hiddenRows: [3, 4, 5] }));
    expect(r.members.map((m) => [m.name, m.hidden])).toEqual([['张三', false], ['李四', true]]);
    expect(r.findings.map(brief)).toEqual([
      ['row.hidden', 'B3', 3, '李四', {}],
      ['row.subtotal_skipped', 'B5', 5, null, { text: '合计' }],
    ]);
    expect(r.findings[0].severity).toBe('warning');
  });
});

describe('duplicates and same names', () => {
  test('same name and unit: member.duplicate on every later occurrence; all occurrences pending', () => {
    const r = read(sheet('S', [HEADER, [1, '张三', '区教育局', 1, 0], [2, '李四', '乙', 1, 0], [3, '张 三', ' 区教育局', 1, 0], [4, '张三', '区教育局', 1, 0]]));
    expect(r.findings.map(brief)).toEqual([
      ['member.duplicate', 'B4', 4, '张三', { firstRow: 2, reason: '姓名和工作单位相同' }],
      ['member.duplicate', 'B5', 5, '张三', { firstRow: 2, reason: '姓名和工作单位相同' }],
    ]);
    expect([...r.pendingRows]).toEqual([2]);
    expect(r.members).toHaveLength(4);
    expect(r.findings[0].message).toBe('委员「张三」重复出现：与第 2 行是同一人（姓名和工作单位相同），两行都暂不评分，请核实后删除多余的一行。');
  });

  test('no unit equals no unit', () => {
    const r = read(sheet('S', [['姓名', '领衔提案'], ['张三', 1], ['张三', 2]]));
    expect(r.findings.map((f) => [f.code, f.cell, f.params.firstRow])).toEqual([['member.duplicate', 'A3', 2]]);
    expect([...r.pendingRows]).toEqual([2]);
  });

  test('same 委员编号 (as number or text): duplicate at the 委员编号 cell, whatever the names', () => {
    const r = read(sheet('S', [['委员编号', '姓名', '工作单位', '领衔提案'], [7, '张三', '甲', 1], ['7', '张山', '乙', 1], [null, '李四', '丙', 1], ['', '王五', '丁', 1]]));
    expect(r.findings.map(brief)).toEqual([['member.duplicate', 'A3', 3, '张山', { firstRow: 2, reason: '委员编号相同' }]]);
  });

  test('same name, different units: warning member.same_name on each occurrence', () => {
    const r = read(sheet('S', [HEADER, [1, '张三', '区教育局', 1, 0], [2, '李四', '乙', 1, 0], [3, '张三', '区卫健委', 1, 0]]));
    expect(r.findings.map(brief)).toEqual([
      ['member.same_name', 'B2', 2, '张三', { rows: '2、4', count: '两', countEn: '2' }],
      ['member.same_name', 'B4', 4, '张三', { rows: '2、4', count: '两', countEn: '2' }],
    ]);
    expect(r.findings[0].severity).toBe('warning');
    expect(r.findings[0].message).toContain('有两位同名委员');
    expect(r.pendingRows.size).toBe(0);
  });

  test('issue 10 point 15: three members of one name are 「三位」, not 「两位」', () => {
    const r = read(sheet('S', [HEADER, [1, '张三', '甲', 1, 0], [2, '张三', '乙', 1, 0], [3, '张三', '丙', 1, 0]]));
    expect(r.findings.filter((f) => f.code === 'member.same_name').map((f) => f.message)).toEqual(
      Array.from({ length: 3 }, () => '有三位同名委员「张三」（第 2、3、4 行），工作单位不同，已分别评分，请确认不是同一人。'),
    );
  });
});

describe('scale', () => {
  test('20,000 rows × 40 columns, with duplicates and errors everywhere, read in linear time', () => {
    const header: CellValue[] = ['姓名', '工作单位', '出席全体会议', '领衔提案', '联名提案', ...Array.from({ length: 35 }, (_, i) => `其他${i}`)];
    const rows: CellValue[][] = [header];
    for (let i = 0; i < 20_000; i++) {
      // every name twice (duplicates), every 7th count a text needing normalisation, every 11th an error
      rows.push([`委员${Math.floor(i / 2)}`, '单位', i % 7 === 0 ? '3次' : 1, i % 11 === 0 ? '若干' : 2, 0, ...Array.from({ length: 35 }, () => 'x')]);
    }
    const s = sheet('S', rows);
    const started = performance.now();
    const r = read(s);
    const ms = performance.now() - started;
    expect(r.members).toHaveLength(20_000);
    expect(r.pendingRows.size).toBe(10_000);
    expect(ms).toBeLessThan(5000);
  });
});
