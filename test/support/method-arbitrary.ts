/**
 * fast-check arbitrary of valid evaluation methods in their JSON form (CONTRACT.md sections 3
 * and 7): built-in and custom items (points and from, or tiers; count; item-level when; header
 * names holding separators), categories, conditions written in keys or labels with identity
 * fields and quoted text, grades, shortlist and notice settings. For round-trip properties of
 * the method JSON and sheet.
 */
import fc from 'fast-check';
import { COUNT_COLUMNS } from '../../src/core/columns';

type Json = Record<string, unknown>;

const BUILTIN_KEYS = COUNT_COLUMNS.map((c) => c.key);
const cents = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
const word = (chars: string, min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((a) => a.join(''));
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** Drops undefined entries, as JSON.stringify would. */
function defined(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

const categoriesArb = fc
  .uniqueArray(word('甲乙丙丁戊己', 2, 3), { minLength: 0, maxLength: 3 })
  .chain((labels) =>
    fc.tuple(
      ...labels.map((label, i) =>
        fc.record({ max: maybe(cents(0, 50)), min: maybe(cents(-50, 0)) }).map((r) => defined({ key: `k${i}`, label, ...r })),
      ),
    ),
  );

function itemsArb(categories: readonly Json[]): fc.Arbitrary<Json[]> {
  const category =
    categories.length === 0
      ? fc.constant(undefined)
      : maybe(fc.constantFrom(...categories.map((c) => String(c.key)), ...categories.map((c) => String(c.label))));
  // points and from, or tiers (CONTRACT.md §7): bands up to increasing counts, the last open.
  const tiers = fc
    .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 3 }), fc.array(cents(-20, 20), { minLength: 4, maxLength: 4 }))
    .map(([ups, pts]) => [...[...ups].sort((a, b) => a - b).map((upTo, i) => ({ upTo, points: pts[i] })), { points: pts[3] }]);
  const scoring = fc.record({
    rule: fc.oneof(fc.record({ points: cents(-50, 50), from: maybe(fc.integer({ min: 1, max: 4 })) }).map(defined), tiers.map((t) => ({ tiers: t }))),
    max: maybe(cents(50, 100)),
    min: maybe(cents(-100, -50)),
    category,
  }).map(({ rule, ...rest }) => defined({ ...rule, ...rest }));
  const builtin = fc.uniqueArray(fc.constantFrom(...BUILTIN_KEYS), { maxLength: 6 });
  const custom = fc.uniqueArray(word('abcdefgh', 1, 4), { maxLength: 3 });
  const labels = fc.uniqueArray(word('子丑寅卯辰巳午未', 2, 4), { minLength: 20, maxLength: 20 });
  return fc.tuple(builtin, custom, labels).chain(([keys, customs, names]) =>
    fc.tuple(
      ...keys.map((key, i) =>
        fc.tuple(scoring, fc.boolean()).map(([s, labelled]) => defined({ key, ...s, label: labelled ? names[i] : undefined })),
      ),
      ...customs.map((c, i) =>
        fc.tuple(scoring, fc.integer({ min: 0, max: 3 }), fc.constantFrom(...BUILTIN_KEYS)).map(([s, shape, counted]) =>
          defined({
            key: `c_${c}`,
            ...s,
            label: shape !== 1 ? names[10 + i] : undefined,
            // Header names may hold any characters in JSON (CONTRACT.md §7); the sheet quotes them.
            headers: shape === 1 || shape === 2 ? [`${names[15 + i]}列`, `${names[15 + i]}、数量`] : undefined,
            // An item may score another key's count instead of columns of its own.
            count: shape === 3 ? counted : undefined,
          }),
        ),
      ),
    ),
  );
}

const gradesArb = fc.uniqueArray(word('优良中差好坏', 1, 3), { minLength: 2, maxLength: 5 }).chain((names) =>
  fc
    .tuple(
      fc.uniqueArray(cents(0, 120), { minLength: names.length - 1, maxLength: names.length - 1 }),
      fc.array(maybe(fc.constantFrom('#C6EFCE', '#abc', 'FFC7CE', '#ffeb9c')), { minLength: names.length, maxLength: names.length }),
    )
    .map(([mins, colours]) => {
      const sorted = [...mins].sort((a, b) => b - a);
      return names.map((name, i) => defined({ name, min: sorted[i], color: colours[i] }));
    }),
);

/** A condition over the method's items, in keys or labels, with 且/或/非, arithmetic and brackets. */
function conditionArb(items: readonly Json[]): fc.Arbitrary<string> {
  const names = [
    ...items.flatMap((i) => [String(i.key), ...(typeof i.label === 'string' ? [i.label] : [])]),
    'standing',
    '常委',
    'inspections',
    '视察调研',
    'violations',
  ];
  const term = fc.oneof(fc.constantFrom(...names), fc.nat({ max: 20 }).map(String), fc.constantFrom('0.5'));
  const sum = fc.tuple(term, fc.constantFrom('+', '-', '*', '/'), term).map(([a, op, b]) => `(${a} ${op} ${b})`);
  // Identity fields compared with quoted text (CONTRACT.md §7), in the quotes a clerk types.
  const identity = fc
    .tuple(fc.constantFrom('role', 'sector', '界别', '专委会', 'liaison_group', '工作单位'), fc.constantFrom('==', '!='), fc.constantFrom('"驻会常委"', '“特邀”', "'经济界'", '「区一中」'))
    .map(([f, op, t]) => `${f} ${op} ${t}`);
  const comparison = fc.oneof(
    fc.tuple(fc.oneof(term, sum), fc.constantFrom('>=', '>', '==', '!=', '<', '<='), term).map(([a, op, b]) => `${a} ${op} ${b}`),
    identity,
  );
  return fc
    .array(fc.tuple(fc.constantFrom('and', 'or', '且', '或'), fc.boolean(), comparison), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.map(([join, negate, c], i) => `${i > 0 ? ` ${join} ` : ''}${negate ? `not (${c})` : c}`).join(''));
}

const text = (chars: string): fc.Arbitrary<string> => word(chars, 1, 30);

const noticeArb = fc.record(
  {
    office: text('政协区委员会办公室'),
    docNumber: text('X政协办〔2025〕1号'),
    date: fc.constantFrom('2025年12月26日', '2026年1月5日'),
    circularTitle: text('关于{年度}委员履职通报'),
    circularOpening: text('各位委员：\n现将情况通报如下。{年度}'),
    circularClosing: text('特此通报。'),
    circularGroupBy: fc.constantFrom('grade', 'committee'),
    pending: fc.constantFrom('list', 'omit'),
    unitTitle: text('告知函{单位}'),
    unitOpening: text('{单位}：您好'),
    unitClosing: text('特此告知。'),
    slipTitle: text('告知单'),
    slipOpening: text('{姓名}委员：\n您好。'),
  },
  { requiredKeys: [] },
);

/** A valid method JSON value. */
export const methodJsonArb: fc.Arbitrary<Json> = fc
  .tuple(categoriesArb, gradesArb)
  .chain(([categories, grades]) => fc.tuple(fc.constant(categories), fc.constant(grades), itemsArb(categories)))
  // Item-level when, over the method's items (CONTRACT.md §7).
  .chain(([categories, grades, items]) =>
    fc.tuple(
      fc.constant(categories),
      fc.constant(grades),
      fc.tuple(...items.map((item) => maybe(conditionArb(items)).map((when) => defined({ ...item, when })))),
    ),
  )
  .chain(([categories, grades, items]) => {
    const gradeName = fc.constantFrom(...grades.map((g) => String(g.name)));
    const condition = conditionArb(items);
    return fc
      .record({
        title: text('政协X区委员会委员履职综合评价办法（）'),
        year: maybe(fc.integer({ min: 2000, max: 2100 })),
        held: maybe(fc.record({ plenary: maybe(fc.nat({ max: 4 })), standing: maybe(fc.nat({ max: 8 })) }).map(defined)),
        base: maybe(cents(-100, 100)),
        total: maybe(fc.record({ min: maybe(cents(-100, 0)), max: maybe(cents(0, 200)) }).map(defined)),
        requirements: fc.array(fc.record({ label: text('三个一要求'), when: condition, ceiling: gradeName }), { maxLength: 2 }),
        vetoes: fc.array(fc.record({ label: text('两次缺席违纪'), when: condition, grade: gradeName }), { maxLength: 2 }),
        shortlist: maybe(
          fc
            .record({
              label: text('优秀委员建议名单'),
              minGrade: gradeName,
              quota: fc.constantFrom(0.05, 0.1, 0.125, 0.2, 1),
              rounding: maybe(fc.constantFrom('floor', 'round', 'ceil')),
              scope: maybe(fc.constantFrom('all', 'committee', 'liaison_group', 'sector')),
              excludeRoles: maybe(fc.uniqueArray(fc.constantFrom('主席', '副主席', '秘书长', '常委', '驻会常委', '委员'))),
              when: maybe(condition),
            })
            .map(defined),
        ),
        notice: maybe(noticeArb),
        // issue 12: the office's records
        countsFrom: maybe(fc.constantFrom('table', 'records', 'larger')),
        proposalCredit: maybe(fc.record({ lead: maybe(fc.constantFrom(0, 0.25, 0.5, 0.3333, 1)), joint: maybe(fc.constantFrom('split', 0, 0.1, 0.5)) }).map(defined)),
      })
      .map((rest) => defined({ ...rest, categories, items, grades }));
  });
