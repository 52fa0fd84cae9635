import fc from 'fast-check';
import { methodJsonArb } from '../../support/method-arbitrary';
import { snapshotOf, rowOf } from '../../support/plan-snapshot';
import { sheet } from '../../support/builders';
import type { SheetPlan } from '../../../src/core/plan';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { METHOD_SHEET } from '../../../src/core/sheet-names';
import type { Method } from '../../../src/core/types';
import { exampleMethod } from '../../../src/core/method/example-method';
import { methodSheetPlan, readMethodSheet } from '../../../src/core/method/method-sheet';
import { parseMethodObject } from '../../../src/core/method/parse-method';

function method(json: unknown): Method {
  const r = parseMethodObject(json);
  if (!r.ok) throw new Error(`${r.path}: ${r.detail}`);
  return r.method;
}

const CONTRACT = method({
  title: '政协X区委员会委员履职综合评价办法',
  year: 2025,
  held: { plenary: 1, standing: 4 },
  base: 60,
  total: { min: 0, max: 100 },
  categories: [{ key: 'meetings', label: '会议活动', max: 30, min: -20 }],
  items: [
    { key: 'plenary_attended', points: 10, max: 10, category: 'meetings' },
    { key: 'plenary_absent', points: -10, category: 'meetings' },
    { key: 'proposals_accepted', points: 5, from: 2, max: 20 },
    { key: 'poverty_help', label: '结对帮扶', headers: ['结对帮扶', '帮扶户数'], points: 5 },
  ],
  requirements: [
    {
      label: '三个一',
      when: 'plenary_attended >= 1 and proposals_lead + opinions_submitted >= 1 and inspections >= 1',
      ceiling: '基本合格',
    },
  ],
  vetoes: [{ label: '两次无故缺席全会', when: 'plenary_absent >= 2', grade: '不合格' }],
  grades: [
    { name: '优秀', min: 90, color: '#C6EFCE' },
    { name: '良好', min: 80 },
    { name: '合格', min: 60 },
    { name: '基本合格', min: 50 },
    { name: '不合格' },
  ],
  shortlist: {
    label: '优秀政协委员建议名单',
    minGrade: '优秀',
    quota: 0.1,
    rounding: 'floor',
    scope: 'all',
    excludeRoles: ['主席', '副主席', '秘书长', '驻会常委'],
    when: 'plenary_absent == 0',
  },
});

const MINIMAL = method({
  title: '极简办法',
  items: [{ key: 'inspections', points: 2 }],
  grades: [{ name: '称职', min: 60 }, { name: '不称职' }],
});

const FULL = method({
  title: '全字段办法',
  year: 2024,
  held: { standing: 6 },
  base: 85.5,
  total: { max: 120 },
  categories: [{ key: 'a', label: '甲类', min: -10 }, { key: 'b' }],
  items: [
    { key: 'welfare_activities', label: '公益服务', headers: ['志愿服务'], points: 2, max: 10, category: 'b' },
    { key: 'studio', headers: ['委员工作站活动', '接待日'], points: 1.25, from: 3, min: -5, max: 5, category: '甲类' },
    { key: 'plenary_absent', points: -0.5 },
  ],
  requirements: [{ label: '要求一', when: '(studio + 公益服务) * 2 >= 3 or 常委', ceiling: '称职' }],
  vetoes: [],
  grades: [
    { name: '优秀', min: 95.25, color: '#0f0' },
    { name: '称职', min: 60 },
    { name: '不称职', color: '#ff0000' },
  ],
  shortlist: {
    label: '名单',
    minGrade: '优秀',
    quota: 0.125,
    rounding: 'ceil',
    scope: 'liaison_group',
    excludeRoles: [],
    when: '公益服务 > 2 且 非 常委',
  },
  notice: {
    office: '办公室',
    docNumber: 'X政协办〔2025〕1号',
    date: '2025年1月2日',
    circularTitle: '关于{年度}年度委员履职情况的通报',
    recipients: '各位委员、各专门委员会：',
    circularOpening: '现将有关情况通报如下。',
    circularClosing: '特此通报。',
    circularGroupBy: 'committee',
    pending: 'omit',
    unitTitle: '告知函',
    unitOpening: '{单位}：',
    unitClosing: '特此告知。',
    slipTitle: '告知单',
    slipOpening: '{姓名}委员：\n您好。',
  },
});

function read(s: SheetSnapshot): Method {
  const r = readMethodSheet(s);
  if (!r.ok) throw new Error(`${r.cell}: ${r.detail}`);
  return r.method;
}

function problem(s: SheetSnapshot): { cell: string; detail: string } {
  const r = readMethodSheet(s);
  if (r.ok) throw new Error('expected a problem');
  return { cell: r.cell, detail: r.detail };
}

/** The sheet of a method with its values edited (merges dropped: edits move rows, and values alone decide the reading). */
function edited(m: Method, edit: (rows: CellValue[][]) => void): SheetSnapshot {
  const s = snapshotOf(methodSheetPlan(m));
  const rows = s.values.map((r) => [...r]);
  edit(rows);
  return { ...s, values: rows, merges: [] };
}

function findRow(rows: readonly (readonly CellValue[])[], first: string): number {
  const i = rows.findIndex((r) => r[0] === first);
  if (i < 0) throw new Error(`no row ${first}`);
  return i;
}

describe('methodSheetPlan and readMethodSheet: the round trip', () => {
  it.each([
    ['the example method', exampleMethod()],
    ['the contract method', CONTRACT],
    ['a minimal method (no optional sections)', MINIMAL],
    ['a method using every field', FULL],
  ])('gives back %s', (_name, m) => {
    expect(readMethodSheet(snapshotOf(methodSheetPlan(m)))).toEqual({ ok: true, method: m });
  });
});

describe('methodSheetPlan: what the clerk sees', () => {
  const plan: SheetPlan = methodSheetPlan(exampleMethod());
  const s = snapshotOf(plan);

  it('is the 评价办法 sheet with a title and the explanation', () => {
    expect(plan.name).toBe(METHOD_SHEET);
    expect(plan.values[0][0]).toBe('评价办法');
    expect(plan.values[1][0]).toBe('本表为评价办法，可直接修改；修改后重新运行即按新办法评分。');
  });

  it('has the eight sections in order', () => {
    const headings = plan.values.map((r) => r[0]).filter((v): v is string => typeof v === 'string' && /^[一二三四五六七八]、/.test(v));
    expect(headings).toEqual([
      '一、基本参数',
      '二、计分类别',
      '三、计分项目',
      '四、基本要求',
      '五、否决情形',
      '六、等次',
      '七、优秀委员建议名单',
      '八、通报设置',
    ]);
  });

  it('writes label/value rows for the basic settings', () => {
    const r = rowOf(s, '基础分');
    expect(plan.values[r - 1].slice(0, 2)).toEqual(['基础分', 60]);
    expect(plan.values[rowOf(s, '全体会议召开次数') - 1][1]).toBe(2);
  });

  it('writes items with Chinese names and category names', () => {
    const header = rowOf(s, '项目代码');
    expect(plan.values[header - 1]).toEqual([
      '项目代码',
      '项目名称',
      '表头名称（多个用、分隔）',
      '每次分值',
      '起算次数',
      '单项上限',
      '单项下限',
      '所属类别',
      '分段计分',
      '计数项目',
      '适用条件',
    ]);
    expect(plan.values[rowOf(s, 'proposals_accepted') - 1]).toEqual(['proposals_accepted', '提案立案', null, 3, 2, 9, null, '建言献策', null, null, null]);
  });

  it('writes conditions in Chinese labels', () => {
    expect(plan.values[rowOf(s, '三个一') - 1].slice(0, 2)).toEqual([
      '三个一',
      '出席全体会议 >= 1 且 领衔提案 + 报送社情民意 >= 1 且 视察调研 >= 1',
    ]);
  });

  it('writes the shortlist in words and the quota as a percentage', () => {
    const quota = rowOf(s, '比例');
    expect(plan.values[quota - 1][1]).toBe(0.1);
    expect(plan.styles).toContainEqual(
      expect.objectContaining({ range: `B${quota}:G${quota}`, style: expect.objectContaining({ numberFormat: '0%' }) }),
    );
    expect(plan.values[rowOf(s, '取整方式') - 1][1]).toBe('向下取整');
    expect(plan.values[rowOf(s, '评选范围') - 1][1]).toBe('全体委员');
    expect(plan.values[rowOf(s, '不参加评选的政协职务') - 1][1]).toBe('主席、副主席、秘书长、驻会常委');
  });

  it('fills each grade’s colour cell with the colour', () => {
    const r = rowOf(s, '优秀');
    expect(plan.values[r - 1].slice(0, 3)).toEqual(['优秀', 90, '#C6EFCE']);
    expect(plan.styles).toContainEqual(expect.objectContaining({ range: `C${r}`, style: expect.objectContaining({ fill: '#C6EFCE' }) }));
  });

  it('is laid out for A4 landscape (the items table has eleven columns), with widths, bold headings and bordered tables', () => {
    expect(plan.pageSetup).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true });
    expect(plan.columnWidths).toHaveLength(11);
    expect(plan.columnWidths.every((w) => w !== null && w >= 8)).toBe(true);
    expect(plan.columnWidths[0]).toBeGreaterThanOrEqual('committee_activities'.length + 1);
    const heading = rowOf(s, '三、计分项目');
    expect(plan.styles).toContainEqual({
      range: `A${heading}:K${heading}`,
      style: expect.objectContaining({ font: expect.objectContaining({ bold: true }) }),
    });
    expect(plan.merges).toContain(`A${heading}:K${heading}`);
    const header = rowOf(s, '项目代码');
    expect(plan.styles).toContainEqual({ range: `A${header}:K${header}`, style: expect.objectContaining({ border: 'thin', wrap: true }) });
    const item = rowOf(s, 'inspections');
    expect(plan.styles).toContainEqual({ range: `D${item}`, style: expect.objectContaining({ border: 'thin' }) });
  });

  it('gives wrapped long text a taller row, and short text none', () => {
    const note = rowOf(s, '三、计分项目') + 1;
    expect(String(plan.values[note - 1][0]).length).toBeGreaterThan(120);
    expect(plan.rowHeights.find((h) => h.row === note)?.height ?? 0).toBeGreaterThanOrEqual(30);
    expect(plan.rowHeights.find((h) => h.row === rowOf(s, 'inspections'))).toBeUndefined();
  });

  it('writes an empty table as its header and one bordered blank row', () => {
    const p = methodSheetPlan(MINIMAL);
    const veto = p.values.findIndex((r) => r[0] === '五、否决情形');
    expect(p.values[veto + 2]).toEqual(['名称', '条件', null, null, null, null, null, '等次']);
    expect(p.values[veto + 3].every((v) => v === null)).toBe(true);
  });
});

describe('readMethodSheet: tolerating the clerk’s edits', () => {
  const m = exampleMethod();

  it('reads the sheet without any blank rows, and with extra blank rows anywhere', () => {
    expect(read(edited(m, (rows) => rows.splice(0, rows.length, ...rows.filter((r) => r.some((v) => v !== null)))))).toEqual(m);
    expect(
      read(
        edited(m, (rows) => {
          for (let i = rows.length - 1; i > 0; i -= 3) rows.splice(i, 0, [], [null, null, '  ']);
        }),
      ),
    ).toEqual(m);
  });

  it('reads rows added to a table', () => {
    const r = read(
      edited(m, (rows) => {
        rows.splice(findRow(rows, 'honors') + 1, 0, ['trainings', null, null, 1, null, 3, null, '会议活动']);
        rows.splice(findRow(rows, '违纪违法') + 1, 0, ['未履职', '领衔提案 + 报送社情民意 == 0', null, null, null, null, null, '基本合格']);
      }),
    );
    expect(r.items[r.items.length - 1]).toEqual({
      key: 'trainings',
      label: '学习培训',
      headers: [],
      points: 1,
      from: 1,
      tiers: null,
      count: null,
      when: null,
      max: 3,
      min: null,
      category: 'meetings',
    });
    expect(r.vetoes.map((v) => v.label)).toEqual(['两次无故缺席全体会议', '违纪违法', '未履职']);
    expect(r.vetoes[2].when.expr).toMatchObject({ left: { left: { name: 'proposals_lead' }, right: { name: 'opinions_submitted' } } });
  });

  it('reads sections in another order', () => {
    const r = read(
      edited(m, (rows) => {
        const starts = rows
          .map((row, i) => (typeof row[0] === 'string' && /^[一二三四五六七八]、/.test(row[0]) ? i : -1))
          .filter((i) => i >= 0);
        const blocks = starts.map((s, k) => rows.slice(s, k + 1 < starts.length ? starts[k + 1] : rows.length));
        rows.splice(starts[0], rows.length - starts[0], ...blocks.reverse().flat());
      }),
    );
    expect(r).toEqual(m);
  });

  it('reads a sheet without the optional sections', () => {
    const s = edited(m, (rows) => {
      for (const heading of ['七、优秀委员建议名单', '八、通报设置', '四、基本要求', '五、否决情形']) {
        const start = findRow(rows, heading);
        let end = start + 1;
        while (end < rows.length && !(typeof rows[end][0] === 'string' && /^[一二三四五六七八]、/.test(String(rows[end][0])))) end++;
        rows.splice(start, end - start);
      }
      // 二、计分类别 removed too: items then may not name a category.
      const cat = findRow(rows, '二、计分类别');
      rows.splice(cat, findRow(rows, '三、计分项目') - cat);
      for (const r of rows) if (r[7] === '会议活动' || r[7] === '建言献策' || r[7] === '社会服务') r[7] = null;
    });
    const r = read(s);
    expect(r.shortlist).toBeNull();
    expect(r.notice).toBeNull();
    expect(r.requirements).toEqual([]);
    expect(r.vetoes).toEqual([]);
    expect(r.categories).toEqual([]);
    expect(r.items.every((i) => i.category === null)).toBe(true);
  });

  it('treats a cleared shortlist section as no shortlist', () => {
    const r = read(
      edited(m, (rows) => {
        for (const label of ['名单名称', '最低等次', '比例', '取整方式', '评选范围', '不参加评选的政协职务', '附加条件'])
          rows[findRow(rows, label)][1] = null;
      }),
    );
    expect(r.shortlist).toBeNull();
  });

  it('reads percentages as a number, as text with % and as a decimal', () => {
    for (const [typed, quota] of [
      [0.1, 0.1],
      ['10%', 0.1],
      ['12.5％', 0.125],
      ['0.05', 0.05],
      [' 5 % ', 0.05],
    ] as const) {
      const r = read(edited(m, (rows) => (rows[findRow(rows, '比例')][1] = typed)));
      expect(r.shortlist?.quota).toBe(quota);
    }
  });

  it('reads numbers typed as text, with a unit or in full width', () => {
    const r = read(
      edited(m, (rows) => {
        rows[findRow(rows, '基础分')][1] = '６０分';
        rows[findRow(rows, '年度')][1] = '2025年';
        rows[findRow(rows, 'inspections')][3] = ' 2 ';
        rows[findRow(rows, 'plenary_absent')][3] = '－10';
      }),
    );
    expect(r.base).toBe(60);
    expect(r.year).toBe(2025);
    expect(r.items.find((i) => i.key === 'inspections')?.points).toBe(2);
    expect(r.items.find((i) => i.key === 'plenary_absent')?.points).toBe(-10);
  });

  it('takes a built-in item’s Chinese name typed as its code, and a category by code or name', () => {
    const r = read(
      edited(m, (rows) => {
        rows[findRow(rows, 'inspections')][0] = '视察调研';
        rows[findRow(rows, 'honors')][7] = 'service';
      }),
    );
    expect(r.items.find((i) => i.key === 'inspections')).toBeDefined();
    expect(r.items.find((i) => i.key === 'honors')?.category).toBe('service');
  });

  it('accepts choices written as codes or short words', () => {
    const r = read(
      edited(m, (rows) => {
        rows[findRow(rows, '取整方式')][1] = 'round';
        rows[findRow(rows, '评选范围')][1] = '联络组';
        rows[findRow(rows, '通报分组')][1] = '按专委会';
        rows[findRow(rows, '待核实委员')][1] = 'omit';
      }),
    );
    expect(r.shortlist).toMatchObject({ rounding: 'round', scope: 'liaison_group' });
    expect(r.notice).toMatchObject({ circularGroupBy: 'committee', pending: 'omit' });
  });

  it('reads a date typed as a date (an Excel serial) as Chinese text', () => {
    const r = read(edited(m, (rows) => (rows[findRow(rows, '落款日期')][1] = 46017)));
    expect(r.notice?.date).toBe('2025年12月26日');
  });

  it('takes a grade colour from the cell fill when the text is blank', () => {
    const s = edited(m, (rows) => (rows[findRow(rows, '良好')][2] = null));
    const r = findRow(s.values, '良好') + 1;
    expect(read({ ...s, fills: { [`C${r}`]: '#BDD7EE' } }).grades[1].color).toBe('#BDD7EE');
    expect(read({ ...s, fills: {} }).grades[1].color).toBeNull();
  });

  it('reads a sheet whose host repeats merged values in every cell of the merged area', () => {
    const s = snapshotOf(methodSheetPlan(m));
    const values = s.values.map((r) => [...r]);
    for (const area of s.merges)
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) {
          while (values[r - 1].length < c) values[r - 1].push(null);
          values[r - 1][c - 1] = s.values[area.top - 1][area.left - 1] ?? null;
        }
    expect(read({ ...s, values })).toEqual(m);
  });

  it('reads roles separated by spaces or commas', () => {
    const r = read(edited(m, (rows) => (rows[findRow(rows, '不参加评选的政协职务')][1] = '主席 副主席，秘书长,驻会常委')));
    expect(r.shortlist?.excludeRoles).toEqual(['主席', '副主席', '秘书长', '驻会常委']);
  });

  it('skips note rows written into a section', () => {
    const r = read(edited(m, (rows) => rows.splice(findRow(rows, 'honors') + 1, 0, ['注：表彰奖励按级别另计'])));
    expect(r).toEqual(m);
  });
});

describe('readMethodSheet: every problem names its cell', () => {
  const m = exampleMethod();

  /** The A1 address of column `col` in the row whose column A is `first`. */
  function at(s: SheetSnapshot, first: string, col: string): string {
    return `${col}${findRow(s.values, first) + 1}`;
  }

  /** Where the problem is expected: the (last, or `offset` rows below the last) row whose column A is `first`. */
  const where =
    (first: string, col: string, offset = 0) =>
    (rows: readonly (readonly CellValue[])[]): string => {
      const i = rows.map((r) => r[0]).lastIndexOf(first);
      if (i < 0) throw new Error(`no row ${first}`);
      return `${col}${i + 1 + offset}`;
    };

  const cases: readonly (readonly [string, (rows: CellValue[][]) => void, (rows: readonly (readonly CellValue[])[]) => string, RegExp])[] =
    [
      [
        'points not a number',
        (rows) => (rows[findRow(rows, 'inspections')][3] = 'abc'),
        where('inspections', 'D'),
        /^「每次分值」不是数字（现为文字「abc」）$/,
      ],
      ['points three decimals', (rows) => (rows[findRow(rows, 'inspections')][3] = 0.125), where('inspections', 'D'), /最多两位小数/],
      ['from zero', (rows) => (rows[findRow(rows, 'inspections')][4] = 0), where('inspections', 'E'), /「起算次数」应为不小于 1 的整数/],
      [
        'item max below min',
        (rows) => (rows[findRow(rows, 'inspections')][6] = 10),
        where('inspections', 'G'),
        /「单项下限」 10 大于「单项上限」 6/,
      ],
      [
        'unknown category',
        (rows) => (rows[findRow(rows, 'inspections')][7] = '学习活动'),
        where('inspections', 'H'),
        /「所属类别」「学习活动」不存在/,
      ],
      ['unknown item code', (rows) => (rows[findRow(rows, 'inspections')][0] = 'my item'), where('my item', 'A'), /不是内置项目代码/],
      ['item twice', (rows) => (rows[findRow(rows, 'honors')][0] = 'inspections'), where('inspections', 'A'), /重复/],
      [
        'custom item without a name',
        (rows) => rows.splice(findRow(rows, 'honors') + 1, 0, ['poverty_help', null, null, 5]),
        where('poverty_help', 'B'),
        /须填写「项目名称」或「表头名称」/,
      ],
      [
        'bad condition',
        (rows) => (rows[findRow(rows, '三个一')][1] = '出席全体会议 >= 1 且 提案数量 >= 1'),
        where('三个一', 'B'),
        /不认识的名称「提案数量」，是否为 提案立案？/,
      ],
      [
        'ceiling not a grade',
        (rows) => (rows[findRow(rows, '三个一')][7] = '称职'),
        where('三个一', 'H'),
        /「未达到时最高等次」「称职」不是已定义的等次/,
      ],
      [
        'requirement without a name',
        (rows) => (rows[findRow(rows, '三个一')][0] = null),
        (rows) => `A${findRow(rows, '名称') + 2}`,
        /缺少「基本要求名称」/,
      ],
      [
        'veto grade not a grade',
        (rows) => (rows[findRow(rows, '违纪违法')][7] = '差'),
        where('违纪违法', 'H'),
        /「等次」「差」不是已定义的等次/,
      ],
      [
        'grade min not decreasing',
        (rows) => (rows[findRow(rows, '合格')][1] = 85),
        where('合格', 'B'),
        /应低于上一等次「良好」的最低分 80/,
      ],
      ['grade min missing', (rows) => (rows[findRow(rows, '良好')][1] = null), where('良好', 'B'), /等次「良好」缺少「最低分」/],
      ['grade colour', (rows) => (rows[findRow(rows, '优秀')][2] = '绿色'), where('优秀', 'C'), /「颜色」应为 #RRGGBB/],
      ['grade name twice', (rows) => (rows[findRow(rows, '合格')][0] = '良好'), where('良好', 'A'), /重复/],
      ['title blank', (rows) => (rows[findRow(rows, '评价办法名称')][1] = '  '), where('评价办法名称', 'B'), /缺少「评价办法名称」/],
      ['year not a year', (rows) => (rows[findRow(rows, '年度')][1] = '明年'), where('年度', 'B'), /「年度」应为四位数的年份/],
      ['held negative', (rows) => (rows[findRow(rows, '全体会议召开次数')][1] = -1), where('全体会议召开次数', 'B'), /不小于 0 的整数/],
      [
        'total min above max',
        (rows) => (rows[findRow(rows, '总分下限')][1] = 120),
        where('总分下限', 'B'),
        /「总分下限」 120 大于「总分上限」 100/,
      ],
      [
        'unknown setting',
        (rows) => (rows[findRow(rows, '基础分')][0] = '基础分值'),
        where('基础分值', 'A'),
        /未知参数「基础分值」，是否为 基础分？/,
      ],
      ['setting twice', (rows) => (rows[findRow(rows, '总分上限')][0] = '基础分'), where('基础分', 'A'), /参数「基础分」写了两次/],
      [
        'value without a setting name',
        (rows) => rows.splice(findRow(rows, '基础分') + 1, 0, [null, 5]),
        where('基础分', 'A', 1),
        /缺少参数名称/,
      ],
      ['quota out of range', (rows) => (rows[findRow(rows, '比例')][1] = 10), where('比例', 'B'), /「比例」应为大于 0、不大于 1 的小数/],
      [
        'quota not a percentage',
        (rows) => (rows[findRow(rows, '比例')][1] = '一成'),
        where('比例', 'B'),
        /「比例」应为大于 0、不大于 1 的小数.*现为文字「一成」/,
      ],
      [
        'rounding not a choice',
        (rows) => (rows[findRow(rows, '取整方式')][1] = '取整'),
        where('取整方式', 'B'),
        /^「取整方式」「取整」不是可选的值，应为 向下取整、四舍五入、向上取整 之一$/,
      ],
      [
        'scope not a choice',
        (rows) => (rows[findRow(rows, '评选范围')][1] = '按单位'),
        where('评选范围', 'B'),
        /全体委员、按专委会、按联络组、按界别/,
      ],
      [
        'role not a role',
        (rows) => (rows[findRow(rows, '不参加评选的政协职务')][1] = '主席、处长'),
        where('不参加评选的政协职务', 'B'),
        /「处长」不是政协职务/,
      ],
      [
        'shortlist condition',
        (rows) => (rows[findRow(rows, '附加条件')][1] = '全体会议无故缺席 ==='),
        where('附加条件', 'B'),
        /「附加条件」/,
      ],
      [
        'shortlist without minimum grade',
        (rows) => (rows[findRow(rows, '最低等次')][1] = null),
        where('最低等次', 'B'),
        /缺少「最低等次」/,
      ],
      ['group-by not a choice', (rows) => (rows[findRow(rows, '通报分组')][1] = '按界别'), where('通报分组', 'B'), /按等次、按专委会/],
      [
        'an error value',
        (rows) => (rows[findRow(rows, 'inspections')][3] = { error: '#REF!' }),
        where('inspections', 'D'),
        /「每次分值」单元格是错误值 #REF!，请改为数字/,
      ],
      [
        'a logical value',
        (rows) => (rows[findRow(rows, 'inspections')][3] = true),
        where('inspections', 'D'),
        /「每次分值」不是数字（现为逻辑值 true）/,
      ],
    ];

  it.each(cases)('%s', (_name, edit, cell, detail) => {
    const s = edited(m, edit);
    const p = problem(s);
    expect(p.cell).toBe(cell(s.values));
    expect(p.detail).toMatch(detail);
  });

  it('names A1 when a required section is missing', () => {
    const s = edited(m, (rows) => (rows[findRow(rows, '六、等次')][0] = '六、等级'));
    expect(problem(s)).toEqual({ cell: 'A1', detail: '找不到「六、等次」一节：须有一行只写节标题「六、等次」，其下为该节的表格' });
  });

  it('names the second heading of a section written twice', () => {
    const s = edited(m, (rows) => rows.push([], ['二、计分类别']));
    expect(problem(s)).toEqual({ cell: `A${s.values.length}`, detail: expect.stringMatching(/「计分类别」一节出现了两次/) });
  });

  it('names the first row of a table whose header row was deleted', () => {
    const s = edited(m, (rows) => rows.splice(findRow(rows, '等次名称'), 1));
    expect(problem(s)).toEqual({ cell: at(s, '优秀', 'A'), detail: expect.stringMatching(/「等次」下找不到表头行/) });
  });

  it('names the section heading when a table is left empty', () => {
    const s = edited(m, (rows) => {
      const header = findRow(rows, '等次名称');
      rows.splice(header + 1, 5);
    });
    expect(problem(s)).toEqual({ cell: at(s, '六、等次', 'A'), detail: '「等次」至少需要两个（如 合格、不合格），现有 0 个' });
  });

  it('never throws on a sheet with arbitrary junk', () => {
    const junk: CellValue[] = [
      '',
      ' ',
      '一、基本参数',
      '三、计分项目',
      '六、等次',
      '项目代码',
      '等次名称',
      '参数',
      0,
      -1,
      0.5,
      '10%',
      true,
      { error: '#N/A' },
      null,
      '说明：',
      'inspections',
      '优秀',
      'constructor',
      '__proto__',
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 300; k++) {
      const rows = Array.from({ length: 1 + (next() % 30) }, () => Array.from({ length: next() % 9 }, () => junk[next() % junk.length]));
      const r = readMethodSheet(sheet(METHOD_SHEET, rows));
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });
});

describe('methodSheetPlan and readMethodSheet: properties', () => {
  it('give back any valid method', () => {
    fc.assert(
      fc.property(methodJsonArb, (json) => {
        const m = method(json);
        expect(readMethodSheet(snapshotOf(methodSheetPlan(m)))).toEqual({ ok: true, method: m });
      }),
      { numRuns: 200 },
    );
  });
});
