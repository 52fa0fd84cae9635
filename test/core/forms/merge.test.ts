/** mergeForms and readRoster on in-memory snapshots: the decisions the folder test does not reach. */
import { mergeForms, type FormFileInput } from '../../../src/core/forms/merge';
import { readRoster, type Roster } from '../../../src/core/forms/roster';
import { EMPTY_BOOKKEEPING, type CellValue, type Snapshot } from '../../../src/core/snapshot';

function snap(file: string, sheets: Record<string, CellValue[][]>): Snapshot {
  return { fileName: file, sheets: Object.entries(sheets).map(([name, values]) => ({ name, values, merges: [], hiddenRows: [] })), bookkeeping: EMPTY_BOOKKEEPING };
}

function form(file: string, rows: CellValue[][], modified: number | null = null, sheet = 'Sheet1'): FormFileInput {
  return { file, modified, snapshot: snap(file, { [sheet]: rows }) };
}

function roster(rows: CellValue[][]): Roster {
  const r = readRoster(snap('名册.xlsx', { 名册: rows }));
  if (!r.ok) throw new Error(r.message);
  return r.roster;
}

describe('duplicates', () => {
  it('equal modification times: the later in file order is kept, and the message says why', () => {
    const out = mergeForms([form('a.xlsx', [['姓名', '张三'], ['出席全体会议', 1]], 5), form('b.xlsx', [['姓名', '张三'], ['出席全体会议', 2]], 5)]);
    expect(out.report.members.map((m) => m.source)).toEqual(['b.xlsx']);
    expect(out.findings.map((f) => f.message)).toEqual(['委员「张三」提交了两份填报表：「a.xlsx」和「b.xlsx」。采用文件名排在后面的「b.xlsx」，「a.xlsx」未计入，请核实。']);
  });

  it('the earlier file kept when it was modified later', () => {
    const out = mergeForms([form('a.xlsx', [['姓名', '张三'], ['出席全体会议', 1]], 9), form('b.xlsx', [['姓名', '张三'], ['出席全体会议', 2]], 5)]);
    expect(out.report.members.map((m) => m.source)).toEqual(['a.xlsx']);
    expect(out.findings[0].file).toBe('b.xlsx');
  });

  it('same name, different units: two members, no duplicate', () => {
    const out = mergeForms([form('a.xlsx', [['姓名', '王伟'], ['工作单位', '甲'], ['出席全体会议', 1]]), form('b.xlsx', [['姓名', '王伟'], ['工作单位', '乙'], ['出席全体会议', 1]])]);
    expect(out.report.members).toHaveLength(2);
    expect(out.findings).toEqual([]);
  });
});

describe('the roster', () => {
  const list = roster([
    ['姓名', '委员编号', '工作单位', '政协职务'],
    ['王伟', 'A1', '甲单位', '委员'],
    ['王伟', 'A2', '乙单位', '常委'],
    ['李娜', 'A3', '丙单位', '委员'],
  ]);

  it('two roster members of one name: matched by unit, else by 委员编号, else unknown with the reason', () => {
    const out = mergeForms(
      [
        form('1.xlsx', [['姓名', '王伟'], ['工作单位', '乙单位'], ['出席全体会议', 1]]),
        form('2.xlsx', [['姓名', '王　伟'], ['委员编号', 'A1'], ['出席全体会议', 1]]),
        form('3.xlsx', [['姓名', '王伟'], ['出席全体会议', 1]]),
      ],
      { roster: list },
    );
    expect(out.report.members.map((m) => [m.name, m.memberId, m.unit])).toEqual([
      ['王伟', 'A1', '甲单位'],
      ['王伟', 'A2', '乙单位'],
      ['王伟', null, null],
    ]);
    const unknown = out.findings.find((f) => f.code === 'roster.unknown');
    expect(unknown?.message).toBe('「3.xlsx」中的委员「王伟」在名册中有 2 位同名委员，无法确定是哪一位（请填写委员编号或工作单位），已照填报表汇总，请核实。');
    expect(out.findings.filter((f) => f.code === 'roster.missing').map((f) => [f.member, f.row])).toEqual([['李娜', 4]]);
  });

  it('是否常委 on a hand-made form becomes the role; the roster\'s role wins where they differ', () => {
    const out = mergeForms([form('李娜.xlsx', [['姓名', '李娜'], ['是否常委', '是'], ['出席全体会议', 1]])], { roster: list });
    const differs = out.findings.filter((f) => f.code === 'roster.identity_differs');
    expect(differs.map((f) => f.message)).toEqual(['委员「李娜」的政协职务：填报表「李娜.xlsx」写的是「常委」，名册是「委员」，已按名册填写。']);
    expect(out.plan.sheets[0].values[1]).toEqual(['李娜', 'A3', '丙单位', '委员', 1, '李娜.xlsx']);
  });

  it('a roster without a header is refused with a message naming the file', () => {
    const r = readRoster(snap('名册.xlsx', { S: [['张三', '李四']] }));
    expect(r.ok).toBe(false);
  });
});

describe('sources and sheets', () => {
  it('names the sheet where a file holds forms on several sheets; skips the product\'s own sheets', () => {
    const input: FormFileInput = {
      file: '两人.xlsx',
      modified: null,
      snapshot: snap('两人.xlsx', { 甲: [['姓名', '甲'], ['领衔提案', 1]], 乙: [['姓名', '乙'], ['领衔提案', 2]], 收集情况: [['姓名', '丙'], ['领衔提案', 3]] }),
    };
    const out = mergeForms([input]);
    expect(out.report.members.map((m) => m.source)).toEqual(['两人.xlsx：甲', '两人.xlsx：乙']);
  });

  it('a table row with counts and no name is a warning, never silent', () => {
    const out = mergeForms([form('t.xlsx', [['姓名', '出席全体会议'], ['张三', 1], [null, 1]])]);
    expect(out.findings.map((f) => [f.code, f.row, f.message])).toEqual([['form.no_name', 3, '「t.xlsx」工作表「Sheet1」第 3 行填有履职数据，但没有姓名，未读取。']]);
  });
});
