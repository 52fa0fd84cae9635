import fc from 'fast-check';
import { methodJsonArb } from '../../support/method-arbitrary';
import type { Method } from '../../../src/core/types';
import { methodToJson, parseMethodJson, parseMethodObject } from '../../../src/core/method/parse-method';

type Json = Record<string, unknown>;

/** The method of CONTRACT.md section 3, as a fresh object each time. */
function contractMethod(): Json {
  return {
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
  };
}

/** The contract method with one change applied to its JSON. */
function variant(change: (m: Json) => void): Json {
  const m = contractMethod();
  change(m);
  return m;
}

function ok(value: unknown): Method {
  const r = parseMethodObject(value);
  if (!r.ok) throw new Error(`expected a valid method, got ${r.path}: ${r.detail}`);
  return r.method;
}

function problem(value: unknown): { path: string; detail: string } {
  const r = parseMethodObject(value);
  if (r.ok) throw new Error('expected a problem');
  return { path: r.path, detail: r.detail };
}

const items = (m: Json): unknown[] => m.items as unknown[];
const grades = (m: Json): unknown[] => m.grades as unknown[];
const item = (m: Json, i: number): Json => items(m)[i] as Json;
const grade = (m: Json, i: number): Json => grades(m)[i] as Json;
const shortlist = (m: Json): Json => m.shortlist as Json;

describe('parseMethodObject: the contract example', () => {
  const m = ok(contractMethod());

  it('reads every field', () => {
    expect(m.title).toBe('政协X区委员会委员履职综合评价办法');
    expect(m.year).toBe(2025);
    expect(m.held).toEqual({ plenary: 1, standing: 4 });
    expect(m.base).toBe(60);
    expect(m.total).toEqual({ min: 0, max: 100 });
    expect(m.categories).toEqual([{ key: 'meetings', label: '会议活动', max: 30, min: -20 }]);
    expect(m.items).toEqual([
      { key: 'plenary_attended', label: '出席全体会议', headers: [], points: 10, from: 1, tiers: null, count: null, when: null, max: 10, min: null, category: 'meetings' },
      { key: 'plenary_absent', label: '全体会议无故缺席', headers: [], points: -10, from: 1, tiers: null, count: null, when: null, max: null, min: null, category: 'meetings' },
      { key: 'proposals_accepted', label: '提案立案', headers: [], points: 5, from: 2, tiers: null, count: null, when: null, max: 20, min: null, category: null },
      {
        key: 'poverty_help',
        label: '结对帮扶',
        headers: ['结对帮扶', '帮扶户数'],
        points: 5,
        from: 1,
        tiers: null,
        count: null,
        when: null,
        max: null,
        min: null,
        category: null,
      },
    ]);
    expect(m.grades).toEqual([
      { name: '优秀', min: 90, color: '#C6EFCE' },
      { name: '良好', min: 80, color: null },
      { name: '合格', min: 60, color: null },
      { name: '基本合格', min: 50, color: null },
      { name: '不合格', min: null, color: null },
    ]);
    expect(m.shortlist).toMatchObject({
      label: '优秀政协委员建议名单',
      minGrade: '优秀',
      quota: 0.1,
      rounding: 'floor',
      scope: 'all',
      excludeRoles: ['主席', '副主席', '秘书长', '驻会常委'],
    });
    expect(m.notice).toBeNull();
  });

  it('resolves condition names to keys and keeps the condition in Chinese labels', () => {
    expect(m.requirements[0].when.source).toBe('出席全体会议 >= 1 且 领衔提案 + 报送社情民意 >= 1 且 视察调研 >= 1');
    expect(m.requirements[0].when.expr).toMatchObject({
      kind: 'binary',
      op: 'and',
      right: { kind: 'binary', op: '>=', left: { kind: 'var', name: 'inspections' } },
    });
    expect(m.vetoes[0]).toEqual({
      label: '两次无故缺席全会',
      grade: '不合格',
      when: {
        source: '全体会议无故缺席 >= 2',
        expr: { kind: 'binary', op: '>=', left: { kind: 'var', name: 'plenary_absent' }, right: { kind: 'num', value: 2 } },
      },
    });
    expect(m.shortlist?.when?.source).toBe('全体会议无故缺席 == 0');
  });
});

describe('parseMethodObject: defaults', () => {
  const minimal = { title: '办法', items: [{ key: 'inspections', points: 2 }], grades: [{ name: '合格', min: 60 }, { name: '不合格' }] };

  it('fills every optional field', () => {
    expect(ok(minimal)).toEqual({
      title: '办法',
      year: null,
      held: { plenary: null, standing: null },
      base: 0,
      total: { min: null, max: null },
      categories: [],
      items: [{ key: 'inspections', label: '视察调研', headers: [], points: 2, from: 1, tiers: null, count: null, when: null, max: null, min: null, category: null }],
      requirements: [],
      vetoes: [],
      grades: [
        { name: '合格', min: 60, color: null },
        { name: '不合格', min: null, color: null },
      ],
      shortlist: null,
      notice: null,
    });
  });

  it('treats null like absent for optional fields and trims text', () => {
    const m = ok({ ...minimal, title: '  办法  ', year: null, held: null, total: null, categories: null, shortlist: null, notice: null });
    expect(m.title).toBe('办法');
    expect(m.held).toEqual({ plenary: null, standing: null });
  });

  it('refuses an unknown field anywhere, naming its path and the nearest known field (CONTRACT.md §7, strict fields)', () => {
    // The first edition ignored unknown fields; the second edition refuses them, so a mistyped `when` never silently drops a rule.
    expect(problem({ ...minimal, items: [{ key: 'inspections', points: 2, whne: 'standing == 1' }] })).toEqual({
      path: 'items[0].whne',
      detail: '未知字段 items[0].whne，是否为 when？',
    });
    expect(problem({ ...minimal, version: 3 })).toMatchObject({ path: 'version', detail: expect.stringMatching(/^未知字段 version：「评价办法」中可用的字段为 title、year、/) });
    expect(problem({ ...minimal, held: { plenery: 1 } })).toEqual({ path: 'held.plenery', detail: '未知字段 held.plenery，是否为 plenary？' });
    expect(problem({ ...minimal, grades: [{ name: '合格', min: 60, colour: '#fff' }, { name: '不合格' }] })).toEqual({
      path: 'grades[0].colour',
      detail: '未知字段 grades[0].colour，是否为 color？',
    });
    expect(problem({ ...minimal, items: [{ key: 'inspections', tiers: [{ upto: 1, points: 15 }, { points: 5 }] }] })).toEqual({
      path: 'items[0].tiers[0].upto',
      detail: '未知字段 items[0].tiers[0].upto，是否为 upTo？',
    });
    expect(problem({ ...minimal, shortlist: { label: '名单', minGrade: '合格', quota: 0.1, scop: 'all' } }).path).toBe('shortlist.scop');
    expect(problem({ ...minimal, notice: { ofice: '办公室' } }).detail).toBe('未知字段 notice.ofice，是否为 office？');
    expect(problem({ ...minimal, __proto__x: 1 }).path).toBe('__proto__x');
  });

  it('reads a shortlist with its defaults and a notice with its defaults', () => {
    const m = ok({
      ...minimal,
      shortlist: { label: '名单', minGrade: '合格', quota: 0.05 },
      notice: { office: '政协Y区委员会办公室', docNumber: '  ' },
    });
    expect(m.shortlist).toEqual({
      label: '名单',
      minGrade: '合格',
      quota: 0.05,
      rounding: 'floor',
      scope: 'all',
      excludeRoles: [],
      when: null,
    });
    expect(m.notice).toEqual({
      office: '政协Y区委员会办公室',
      docNumber: null,
      date: null,
      circularTitle: null,
      recipients: null,
      circularOpening: null,
      circularClosing: null,
      circularGroupBy: 'grade',
      pending: 'list',
      unitTitle: null,
      unitOpening: null,
      unitClosing: null,
      slipTitle: null,
      slipOpening: null,
    });
  });

  it('accepts and ignores a min on the last grade (it catches every lower score)', () => {
    const m = ok({
      ...minimal,
      grades: [
        { name: '合格', min: 60 },
        { name: '不合格', min: 0 },
      ],
    });
    expect(m.grades[1]).toEqual({ name: '不合格', min: null, color: null });
  });

  it('normalises colours to upper-case #RRGGBB', () => {
    const m = ok({
      ...minimal,
      grades: [
        { name: '合格', min: 60, color: '#abc' },
        { name: '不合格', color: 'ffc7ce' },
      ],
    });
    expect(m.grades.map((g) => g.color)).toEqual(['#AABBCC', '#FFC7CE']);
  });

  it('takes a category by its label as well as its key', () => {
    const m = ok(variant((j) => (item(j, 1).category = '会议活动')));
    expect(m.items[1].category).toBe('meetings');
  });

  it('uses the first header as the label of a custom item without one, and drops a built-in item’s own header names', () => {
    const m = ok({
      ...minimal,
      items: [
        { key: 'poverty_help', headers: ['结对帮扶'], points: 5 },
        { key: 'inspections', headers: ['视察调研', '调研 视察', '实地调研'], points: 1 },
      ],
    });
    expect(m.items[0].label).toBe('结对帮扶');
    expect(m.items[1].headers).toEqual(['实地调研']);
  });

  it('accepts Chinese custom keys and points exact to 0.01', () => {
    const m = ok({ ...minimal, items: [{ key: '结对帮扶', label: '结对帮扶', points: 0.29 }] });
    expect(m.items[0]).toMatchObject({ key: '结对帮扶', points: 0.29 });
  });
});

describe('parseMethodObject: conditions', () => {
  const base = (when: string, extra: Json[] = []): Json => ({
    title: '办法',
    items: [{ key: 'inspections', points: 2 }, { key: 'poverty_help', label: '结对帮扶', headers: ['帮扶户数'], points: 5 }, ...extra],
    grades: [{ name: '合格', min: 60 }, { name: '不合格' }],
    vetoes: [{ label: 'v', when, grade: '不合格' }],
  });
  const vetoVar = (when: string): unknown => ok(base(when)).vetoes[0].when.expr;

  it('resolves keys, labels and every header name of built-in items, scored or not', () => {
    for (const name of ['inspections', '视察调研', '视察考察', '调研视察', '视察调研次数'])
      expect(vetoVar(`${name} > 0`)).toMatchObject({ left: { kind: 'var', name: 'inspections' } });
    for (const name of ['proposals_lead', '领衔提案', '提交提案', '个人提案'])
      expect(vetoVar(`${name} > 0`)).toMatchObject({ left: { kind: 'var', name: 'proposals_lead' } });
  });

  it('resolves custom keys, labels and headers, and standing under its names', () => {
    for (const name of ['poverty_help', '结对帮扶', '帮扶户数'])
      expect(vetoVar(`${name} > 0`)).toMatchObject({ left: { kind: 'var', name: 'poverty_help' } });
    for (const name of ['standing', '常委', '是否常委'])
      expect(vetoVar(`${name} == 1`)).toMatchObject({ left: { kind: 'var', name: 'standing' } });
  });

  it('writes the method’s own label and 常委 in the canonical text', () => {
    const m = ok({
      ...base('poverty_help > 0 and not standing'),
      items: [
        { key: 'inspections', label: '视察', points: 2 },
        { key: 'poverty_help', label: '结对帮扶', points: 5 },
      ],
    });
    expect(m.vetoes[0].when.source).toBe('结对帮扶 > 0 且 非 常委');
    expect(ok({ ...base('视察 >= 1'), items: [{ key: 'inspections', label: '视察', points: 2 }] }).vetoes[0].when.source).toBe('视察 >= 1');
  });

  it('falls back to the key where a label cannot be written in a condition', () => {
    const m = ok({ ...base('my_item > 0'), items: [{ key: 'my_item', label: '帮扶（户）', points: 1 }] });
    expect(m.vetoes[0].when.source).toBe('my_item > 0');
  });

  it('reports an unknown name at the condition’s path with a hint', () => {
    const p = problem(base('出席全会2 >= 1'));
    expect(p.path).toBe('vetoes[0].when');
    expect(p.detail).toBe('「条件」「出席全会2 >= 1」有误：不认识的名称「出席全会2」，是否为 出席全会？');
    const far = problem(base('完全不相干的名字 >= 1'));
    expect(far.detail).toMatch(/^「条件」「完全不相干的名字 >= 1」有误：不认识的名称「完全不相干的名字」（条件中可写项目代码/);
  });

  it('reports a syntax error with the parser’s detail', () => {
    expect(problem(base('inspections >= (1'))).toEqual({
      path: 'vetoes[0].when',
      detail: '「条件」「inspections >= (1」有误：缺少右括号「)」',
    });
    expect(problem(base(''))).toEqual({ path: 'vetoes[0].when', detail: '「条件」为空' });
  });
});

describe('parseMethodObject: every problem names its JSON path', () => {
  const cases: readonly (readonly [string, unknown, string, RegExp])[] = [
    ['not an object', [], '', /应为一个 JSON 对象/],
    ['null', null, '', /现为空/],
    ['title missing', variant((m) => delete m.title), 'title', /^缺少「评价办法名称」$/],
    ['title a number', variant((m) => (m.title = 5)), 'title', /「评价办法名称」应为文字，现为数字 5/],
    ['title blank', variant((m) => (m.title = '  ')), 'title', /「评价办法名称」为空/],
    ['year a fraction', variant((m) => (m.year = 2025.5)), 'year', /四位数的年份/],
    ['year text', variant((m) => (m.year = '2025')), 'year', /现为文字「2025」/],
    ['year too small', variant((m) => (m.year = 25)), 'year', /四位数的年份/],
    ['held not an object', variant((m) => (m.held = 2)), 'held', /应为对象/],
    ['held.plenary negative', variant((m) => (m.held = { plenary: -1 })), 'held.plenary', /「全体会议召开次数」应为不小于 0 的整数/],
    ['held.standing a fraction', variant((m) => (m.held = { standing: 1.5 })), 'held.standing', /不小于 0 的整数，现为数字 1.5/],
    ['base text', variant((m) => (m.base = '60')), 'base', /「基础分」不是数字（现为文字「60」）/],
    ['base three decimals', variant((m) => (m.base = 0.125)), 'base', /最多两位小数.*0\.125/],
    ['base huge', variant((m) => (m.base = 1e9)), 'base', /过大/],
    ['total min above max', variant((m) => (m.total = { min: 50, max: 40 })), 'total.min', /「总分下限」 50 大于「总分上限」 40/],
    ['total.max text', variant((m) => (m.total = { max: '100' })), 'total.max', /不是数字/],
    ['categories not a list', variant((m) => (m.categories = {})), 'categories', /应为列表/],
    ['category not an object', variant((m) => (m.categories = ['meetings'])), 'categories[0]', /每一项应为对象/],
    ['category key missing', variant((m) => (m.categories = [{ label: '会议' }])), 'categories[0].key', /缺少「类别代码」/],
    ['category key twice', variant((m) => (m.categories = [{ key: 'a' }, { key: 'a', label: 'b' }])), 'categories[1].key', /重复/],
    [
      'category label twice',
      variant(
        (m) =>
          (m.categories = [
            { key: 'a', label: '会议' },
            { key: 'b', label: '会议' },
          ]),
      ),
      'categories[1].label',
      /相同/,
    ],
    [
      'category max below min',
      variant((m) => (m.categories = [{ key: 'meetings', max: -5, min: 0 }])),
      'categories[0].min',
      /「类别下限」 0 大于「类别上限」 -5/,
    ],
    ['items missing', variant((m) => delete m.items), 'items', /缺少「计分项目」/],
    ['items not a list', variant((m) => (m.items = 'x')), 'items', /应为列表/],
    ['item not an object', variant((m) => items(m).splice(1, 0, 5)), 'items[1]', /第 2 项现为数字 5/],
    ['item key missing', variant((m) => delete item(m, 0).key), 'items[0].key', /缺少「项目代码」/],
    ['item key a number', variant((m) => (item(m, 0).key = 3)), 'items[0].key', /应为文字/],
    [
      'custom key with a space',
      variant((m) => (item(m, 3).key = 'poverty help')),
      'items[3].key',
      /自定义项目代码只能由字母、数字、下划线或汉字组成/,
    ],
    ['custom key starting with a digit', variant((m) => (item(m, 3).key = '2help')), 'items[3].key', /不以数字开头/],
    ['custom key with 非', variant((m) => (item(m, 3).key = '非遗')), 'items[3].key', /「且」「或」「非」/],
    ['custom key of an identity column', variant((m) => (item(m, 3).key = 'unit')), 'items[3].key', /身份列（unit）/],
    ['custom key standing', variant((m) => (item(m, 3).key = 'standing')), 'items[3].key', /保留名称/],
    ['custom key an operator', variant((m) => (item(m, 3).key = 'and')), 'items[3].key', /运算词/],
    [
      'custom key a built-in key in other case',
      variant((m) => (item(m, 3).key = 'Inspections')),
      'items[3].key',
      /内置项目「视察调研」（inspections）.*请写代码 inspections/,
    ],
    ['custom key a built-in header', variant((m) => (item(m, 3).key = '视察调研')), 'items[3].key', /内置项目请写代码 inspections/],
    [
      'item key twice',
      variant((m) => (item(m, 1).key = 'plenary_attended')),
      'items[1].key',
      /「项目代码」「plenary_attended」重复（第 1 个计分项目已是此项目）/,
    ],
    [
      'custom item without label or headers',
      variant((m) => (items(m)[3] = { key: 'poverty_help', points: 5 })),
      'items[3].label',
      /须填写「项目名称」或「表头名称」/,
    ],
    [
      'label of another built-in item',
      variant((m) => (item(m, 0).label = '视察调研')),
      'items[0].label',
      /「项目名称」「视察调研」已是内置项目「视察调研」（inspections）的名称/,
    ],
    ['label of an identity column', variant((m) => (item(m, 3).label = '姓名')), 'items[3].label', /身份列（name）/],
    [
      'label of another custom item',
      variant((m) => items(m).push({ key: 'other', label: '结对帮扶', points: 1 })),
      'items[4].label',
      /项目「poverty_help」的名称/,
    ],
    [
      'custom header of a built-in item',
      variant((m) => (item(m, 3).headers = ['结对帮扶', '出席全会'])),
      'items[3].headers[1]',
      /内置项目「出席全体会议」/,
    ],
    ['headers not a list', variant((m) => (item(m, 3).headers = '结对帮扶')), 'items[3].headers', /应为列表/],
    ['header blank', variant((m) => (item(m, 3).headers = [''])), 'items[3].headers[0]', /「表头名称」为空/],
    ['points missing', variant((m) => delete item(m, 2).points), 'items[2].points', /缺少「每次分值」/],
    ['points text', variant((m) => (item(m, 2).points = '5分')), 'items[2].points', /「每次分值」不是数字（现为文字「5分」）/],
    [
      'points three decimals',
      variant((m) => (item(m, 2).points = 0.125)),
      'items[2].points',
      /最多两位小数（分数精确到 0\.01），现为 0\.125/,
    ],
    ['points infinite', variant((m) => (item(m, 2).points = Number.POSITIVE_INFINITY)), 'items[2].points', /不是数字/],
    ['from zero', variant((m) => (item(m, 2).from = 0)), 'items[2].from', /「起算次数」应为不小于 1 的整数，现为数字 0/],
    ['from a fraction', variant((m) => (item(m, 2).from = 1.5)), 'items[2].from', /不小于 1 的整数/],
    ['item max below min', variant((m) => (item(m, 2).min = 30)), 'items[2].min', /「单项下限」 30 大于「单项上限」 20/],
    ['item max text', variant((m) => (item(m, 2).max = 'x')), 'items[2].max', /「单项上限」不是数字/],
    [
      'category unknown',
      variant((m) => (item(m, 0).category = 'service')),
      'items[0].category',
      /「所属类别」「service」不存在，应为 meetings（会议活动） 之一/,
    ],
    [
      'category without categories',
      variant((m) => ((m.categories = []), (item(m, 0).category = 'x'))),
      'items[0].category',
      /尚未定义任何计分类别/,
    ],
    ['requirements not a list', variant((m) => (m.requirements = {})), 'requirements', /应为列表/],
    [
      'requirement label missing',
      variant((m) => delete (m.requirements as Json[])[0].label),
      'requirements[0].label',
      /缺少「基本要求名称」/,
    ],
    ['requirement when missing', variant((m) => delete (m.requirements as Json[])[0].when), 'requirements[0].when', /缺少「条件」/],
    ['requirement when a number', variant((m) => ((m.requirements as Json[])[0].when = 1)), 'requirements[0].when', /应为文字/],
    [
      'requirement bad expression',
      variant((m) => ((m.requirements as Json[])[0].when = 'inspections >=')),
      'requirements[0].when',
      /表达式不完整/,
    ],
    [
      'requirement ceiling unknown',
      variant((m) => ((m.requirements as Json[])[0].ceiling = '称职')),
      'requirements[0].ceiling',
      /「未达到时最高等次」「称职」不是已定义的等次，应为 优秀、良好、合格、基本合格、不合格 之一/,
    ],
    ['veto grade unknown', variant((m) => ((m.vetoes as Json[])[0].grade = '差')), 'vetoes[0].grade', /「等次」「差」不是已定义的等次/],
    ['veto not an object', variant((m) => (m.vetoes = ['x'])), 'vetoes[0]', /每一项应为对象/],
    ['veto bad expression', variant((m) => ((m.vetoes as Json[])[0].when = 'plenary_absent >> 2')), 'vetoes[0].when', /此处不应出现「>」/],
    ['grades missing', variant((m) => delete m.grades), 'grades', /缺少「等次」/],
    ['one grade', variant((m) => (m.grades = [{ name: '合格' }])), 'grades', /至少需要两个.*现有 1 个/],
    ['grade not an object', variant((m) => (grades(m)[1] = '良好')), 'grades[1]', /每一项应为对象/],
    ['grade name missing', variant((m) => delete grade(m, 0).name), 'grades[0].name', /缺少「等次名称」/],
    ['grade name twice', variant((m) => (grade(m, 2).name = '良好')), 'grades[2].name', /重复/],
    ['grade min missing', variant((m) => delete grade(m, 1).min), 'grades[1].min', /等次「良好」缺少「最低分」/],
    [
      'grade min not decreasing',
      variant((m) => (grade(m, 2).min = 85)),
      'grades[2].min',
      /等次「合格」的「最低分」85 应低于上一等次「良好」的最低分 80/,
    ],
    ['grade min equal', variant((m) => (grade(m, 1).min = 90)), 'grades[1].min', /应低于上一等次「优秀」/],
    ['grade min text', variant((m) => (grade(m, 1).min = '80')), 'grades[1].min', /「最低分」不是数字/],
    ['last grade min text', variant((m) => (grade(m, 4).min = 'x')), 'grades[4].min', /「最低分」不是数字/],
    ['grade colour', variant((m) => (grade(m, 0).color = 'green')), 'grades[0].color', /#RRGGBB.*现为文字「green」/],
    ['grade colour a number', variant((m) => (grade(m, 0).color = 5)), 'grades[0].color', /应为文字/],
    ['shortlist not an object', variant((m) => (m.shortlist = true)), 'shortlist', /应为对象.*逻辑值 true/],
    ['shortlist label missing', variant((m) => delete shortlist(m).label), 'shortlist.label', /缺少「名单名称」/],
    [
      'shortlist minGrade unknown',
      variant((m) => (shortlist(m).minGrade = '最好')),
      'shortlist.minGrade',
      /「最低等次」「最好」不是已定义的等次/,
    ],
    ['shortlist quota missing', variant((m) => delete shortlist(m).quota), 'shortlist.quota', /缺少「比例」/],
    ['shortlist quota zero', variant((m) => (shortlist(m).quota = 0)), 'shortlist.quota', /大于 0、不大于 1/],
    ['shortlist quota a percentage number', variant((m) => (shortlist(m).quota = 10)), 'shortlist.quota', /0\.1 表示 10%.*现为数字 10/],
    ['shortlist quota text', variant((m) => (shortlist(m).quota = '10%')), 'shortlist.quota', /现为文字「10%」/],
    [
      'shortlist rounding',
      variant((m) => (shortlist(m).rounding = 'up')),
      'shortlist.rounding',
      /「取整方式」应为 floor（向下取整）、round（四舍五入）、ceil（向上取整） 之一/,
    ],
    ['shortlist scope', variant((m) => (shortlist(m).scope = 'unit')), 'shortlist.scope', /liaison_group（按联络组）/],
    ['shortlist excludeRoles not a list', variant((m) => (shortlist(m).excludeRoles = '主席')), 'shortlist.excludeRoles', /应为列表/],
    [
      'shortlist role unknown',
      variant((m) => (shortlist(m).excludeRoles = ['主席', '主任'])),
      'shortlist.excludeRoles[1]',
      /「主任」不是政协职务/,
    ],
    ['shortlist when bad', variant((m) => (shortlist(m).when = 'plenary_absent = = 0')), 'shortlist.when', /「附加条件」/],
    ['notice not an object', variant((m) => (m.notice = '办公室')), 'notice', /应为对象/],
    ['notice office a number', variant((m) => (m.notice = { office: 5 })), 'notice.office', /「发文机关」应为文字/],
    ['notice 主送 a list', variant((m) => (m.notice = { recipients: ['各位委员'] })), 'notice.recipients', /「主送」应为文字/],
    [
      'notice group by',
      variant((m) => (m.notice = { circularGroupBy: 'sector' })),
      'notice.circularGroupBy',
      /grade（按等次）、committee（按专委会）/,
    ],
    ['notice pending', variant((m) => (m.notice = { pending: 'hide' })), 'notice.pending', /list（单独列出）、omit（不列出）/],
  ];

  it.each(cases)('%s', (_name, value, path, detail) => {
    const p = problem(value);
    expect(p.path).toBe(path);
    expect(p.detail).toMatch(detail);
  });

  it('reports the first problem in document order', () => {
    expect(problem(variant((m) => ((m.title = 1), (item(m, 0).points = 'x')))).path).toBe('title');
    expect(problem(variant((m) => ((item(m, 0).points = 'x'), (grade(m, 1).min = 'y')))).path).toBe('items[0].points');
  });
});

describe('parseMethodJson', () => {
  it('parses JSON text, also with a byte-order mark', () => {
    const text = JSON.stringify(contractMethod());
    const r = parseMethodJson(`\uFEFF${text}`);
    expect(r.ok && r.method.title).toBe('政协X区委员会委员履职综合评价办法');
  });

  it('reports a syntax error at path "" with line and column', () => {
    expect(parseMethodJson('{\n  "title": "办法",\n  "items": [}\n}')).toEqual({
      ok: false,
      path: '',
      detail: 'JSON 格式错误：第 3 行第 13 列，此处不应出现「}」，此处应为一个值（数字、"文字"、true、false、null、{ } 或 [ ]）',
    });
    expect(parseMethodJson('{"title"：1}')).toEqual({
      ok: false,
      path: '',
      detail: 'JSON 格式错误：第 1 行第 9 列，使用了中文冒号「：」，应为英文冒号 :',
    });
  });

  it('reports an empty file', () => {
    expect(parseMethodJson(' \n')).toEqual({ ok: false, path: '', detail: '评价办法文件是空的' });
  });

  it('passes validation problems through with their path', () => {
    expect(parseMethodJson('{"title": "办法", "items": [], "grades": []}')).toMatchObject({ ok: false, path: 'grades' });
  });
});

describe('methodToJson', () => {
  const others: readonly Json[] = [
    contractMethod(),
    {
      title: '极简办法',
      items: [],
      grades: [
        { name: '称职', min: 60 },
        { name: '不称职', min: 10 },
      ],
    },
    {
      title: '全字段办法',
      year: 2024,
      held: { standing: 6 },
      base: 85.5,
      total: { max: 120 },
      categories: [{ key: 'a', label: '甲类', min: -10 }, { key: 'b' }],
      items: [
        { key: 'welfare_activities', label: '公益服务', headers: ['志愿服务'], points: 2, max: 10, category: 'b' },
        { key: 'studio', headers: ['委员工作站活动'], points: 1.25, from: 3, min: -5, max: 5, category: '甲类' },
      ],
      requirements: [{ label: 'r', when: 'studio >= 1 or 常委', ceiling: '称职' }],
      vetoes: [{ label: 'v', when: 'not (violations == 0)', grade: '不称职' }],
      grades: [{ name: '优秀', min: 85.5, color: '#0f0' }, { name: '称职', min: 60 }, { name: '不称职' }],
      shortlist: {
        label: '名单',
        minGrade: '优秀',
        quota: 0.125,
        rounding: 'ceil',
        scope: 'liaison_group',
        excludeRoles: [],
        when: '公益服务 > 2',
      },
      notice: {
        office: '办公室',
        date: '2025年1月2日',
        circularGroupBy: 'committee',
        pending: 'omit',
        slipOpening: '{姓名}委员：\n您好。',
      },
    },
  ];

  it.each(others.map((m, i) => [i, m] as const))('gives the method back (method %i)', (_i, json) => {
    const m = ok(json);
    expect(ok(methodToJson(m))).toEqual(m);
    expect(ok(JSON.parse(JSON.stringify(methodToJson(m))))).toEqual(m);
  });

  it('leaves defaults out', () => {
    const j = methodToJson(
      ok({
        title: '办法',
        items: [{ key: 'inspections', points: 2 }],
        grades: [{ name: '合格', min: 60 }, { name: '不合格' }],
        notice: {},
      }),
    );
    expect(j).toEqual({
      title: '办法',
      base: 0,
      items: [{ key: 'inspections', points: 2 }],
      grades: [{ name: '合格', min: 60 }, { name: '不合格' }],
      notice: {},
    });
  });
});

describe('parse-method: properties', () => {
  it('parseMethodJson never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }), fc.json()), (s) => {
        expect(typeof parseMethodJson(s).ok).toBe('boolean');
      }),
      { numRuns: 800 },
    );
  });

  it('parseMethodObject never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(typeof parseMethodObject(v).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  // Replaces one field (at any depth) of the contract method with an arbitrary JSON value.
  function mutate(json: Json, pick: number, replacement: unknown): Json {
    const copy = JSON.parse(JSON.stringify(json)) as Json;
    const slots: { obj: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) {
        v.forEach((x, i) => {
          slots.push({ obj: v, key: i });
          walk(x);
        });
      } else if (typeof v === 'object' && v !== null) {
        for (const [k, x] of Object.entries(v)) {
          slots.push({ obj: v as Record<string, unknown>, key: k });
          walk(x);
        }
      }
    };
    walk(copy);
    const slot = slots[pick % slots.length];
    (slot.obj as Record<string | number, unknown>)[slot.key] = replacement;
    return copy;
  }

  it('never throws on a valid method with one field replaced, and a valid result round-trips', () => {
    const json = methodToJson(ok(contractMethod()));
    fc.assert(
      fc.property(fc.nat(), fc.oneof(fc.jsonValue(), fc.string(), fc.double(), fc.constant(undefined)), (pick, replacement) => {
        const r = parseMethodObject(mutate(json, pick, replacement));
        if (r.ok) expect(ok(methodToJson(r.method))).toEqual(r.method);
        else expect(r.detail.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('methodToJson: properties', () => {
  it('gives back any valid method, also through JSON text', () => {
    fc.assert(
      fc.property(methodJsonArb, (json) => {
        const m = ok(json);
        expect(ok(methodToJson(m))).toEqual(m);
        expect(parseMethodJson(JSON.stringify(methodToJson(m)))).toEqual({ ok: true, method: m });
      }),
      { numRuns: 300 },
    );
  });
});
