import fc from 'fast-check';
import type { CellValue } from '../../../src/core/snapshot';
import { normalizeCount, normalizeFlag, parseChineseNumber, type CountResult, type ValueErrorCode } from '../../../src/core/table/normalize-value';

const silent = (value: number): CountResult => ({ ok: true, value, normalized: false });
const info = (value: number): CountResult => ({ ok: true, value, normalized: true });
const err = (code: ValueErrorCode): CountResult => ({ ok: false, code });

describe('normalizeCount: CONTRACT §2 Cell values', () => {
  const cases: readonly [string, CellValue, CountResult][] = [
    // numbers
    ['whole number', 3, silent(3)],
    ['zero', 0, silent(0)],
    ['negative zero', -0, silent(0)],
    ['formula float error within 1e-9', 2.9999999999999996, silent(3)],
    ['fraction', 3.5, err('value.fraction')],
    ['negative', -2, err('value.negative')],
    ['negative fraction', -1.5, err('value.negative')],
    ['NaN', Number.NaN, err('value.not_number')],
    ['Infinity', Number.POSITIVE_INFINITY, err('value.not_number')],
    // blank forms → 0 silently
    ['null', null, silent(0)],
    ['empty text', '', silent(0)],
    ['spaces', '  \u3000 ', silent(0)],
    ['hyphen', '-', silent(0)],
    ['em dash', '—', silent(0)],
    ['full-width hyphen', '－', silent(0)],
    ['slash', '/', silent(0)],
    ['full-width slash', '／', silent(0)],
    ['无', '无', silent(0)],
    ['double em dash', '——', silent(0)],
    // plain digits as text → silently
    ['digits as text', '3', silent(3)],
    ['digits with spaces around', ' 12 ', silent(12)],
    ['digits with full-width space around', '\u30007\u3000', silent(7)],
    ['leading zero', '03', silent(3)],
    ['text zero', '0', silent(0)],
    // normalized text → info
    ['full-width digit', '３', info(3)],
    ['full-width two digits', '１２', info(12)],
    ['digits with 次', '3次', info(3)],
    ['digits, space, 件', '3 件', info(3)],
    ['digits with 篇', '12篇', info(12)],
    ['digits with 项', '2项', info(2)],
    ['digits with 人次', '4人次', info(4)],
    ['digits with 个', '5个', info(5)],
    ['digits with 条', '6条', info(6)],
    ['digits with 场', '2场', info(2)],
    ['full-width digit with unit', '３次', info(3)],
    ['三', '三', info(3)],
    ['两次', '两次', info(2)],
    ['十', '十', info(10)],
    ['十二', '十二', info(12)],
    ['二十', '二十', info(20)],
    ['二十一', '二十一', info(21)],
    ['九十九', '九十九', info(99)],
    ['零', '零', info(0)],
    ['〇', '〇', info(0)],
    ['一次', '一次', info(1)],
    ['tick √', '√', info(1)],
    ['tick ✓', '✓', info(1)],
    ['tick ✔', '✔', info(1)],
    ['tick with variation selector', '✔\uFE0F', info(1)],
    ['cross ×', '×', info(0)],
    ['whole decimal text', '3.0', info(3)],
    ['plus sign', '+2', info(2)],
    ['TRUE (a ticked checkbox)', true, info(1)],
    ['FALSE', false, silent(0)],
    // errors
    ['error value', { error: '#REF!' }, err('value.formula_error')],
    ['error value #N/A', { error: '#N/A' }, err('value.formula_error')],
    ['error text #REF!', '#REF!', err('value.formula_error')],
    ['error text #VALUE!', '#VALUE!', err('value.formula_error')],
    ['error text #N/A', '#N/A', err('value.formula_error')],
    ['error text #DIV/0!', '#DIV/0!', err('value.formula_error')],
    ['error text #NAME?', '#NAME?', err('value.formula_error')],
    ['error text #NULL!', '#NULL!', err('value.formula_error')],
    ['error text #NUM!', '#NUM!', err('value.formula_error')],
    ['fraction as text', '3.5', err('value.fraction')],
    ['fraction with unit', '1.5次', err('value.fraction')],
    ['negative as text', '-2', err('value.negative')],
    ['full-width negative', '－2', err('value.negative')],
    ['若干', '若干', err('value.not_number')],
    ['range 3-4', '3-4', err('value.not_number')],
    ['abc', 'abc', err('value.not_number')],
    ['unit alone', '次', err('value.not_number')],
    ['多次', '多次', err('value.not_number')],
    ['digits split by a space', '1 2', err('value.not_number')],
    // issue 10 point 15: Chinese numerals up to 9,999 (一百 was refused)
    ['一百', '一百', info(100)],
    ['两千零二十五次', '两千零二十五次', info(2025)],
    ['一百一 (spoken, not written)', '一百一', err('value.not_number')],
    ['two ticks', '√√', err('value.not_number')],
    ['a date', '2025-03-01', err('value.not_number')],
    ['scientific text', '1e3', err('value.not_number')],
    // issue 10 point 7: a number that is someone's identity is never a count, never quoted
    ['huge digits', '99999999999999999999', err('value.private_number')],
    ['ID number', '11010519800101123X', err('value.private_number')],
    ['mobile number', 13912345678, err('value.private_number')],
    ['landline', '0571-88123456', err('value.private_number')],
    ['mobile as text with unit', '13912345678次', err('value.private_number')],
    // issue 10 point 3: a formula saved without its result is never blank
    ['uncached formula', { formula: '1+1' }, err('value.formula_uncached')],
  ];
  test.each(cases)('%s', (_label, input, expected) => {
    expect(normalizeCount(input)).toEqual(expected);
  });
});

describe('parseChineseNumber', () => {
  test.each([
    ['一', 1], ['两', 2], ['九', 9], ['十', 10], ['十一', 11], ['一十五', 15], ['二十', 20], ['三十五', 35], ['九十九', 99], ['贰拾', 20], ['零', 0],
    // issue 10 point 15: up to 9,999
    ['一百', 100], ['两百', 200], ['一百零五', 105], ['一百一十', 110], ['三百二十', 320], ['一千', 1000], ['一千零五', 1005], ['一千零五十', 1050],
    ['两千零二十五', 2025], ['九千九百九十九', 9999], ['壹佰零壹', 101], ['贰仟', 2000],
  ] as const)('%s → %d', (text, n) => expect(parseChineseNumber(text)).toBe(n));
  test.each(['', '百', '十十', '零十', '十零', '两十', '二一', '三五', 'abc', '一百一', '一百零', '零五', '一万', '百一', '千百', '十两'])('%s is not a numeral', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('normalizeFlag (违纪违法)', () => {
  test.each([
    ['是', 1], ['有', 1], ['√', 1], ['✓', 1], ['✔', 1], ['1', 1], [1, 1], [true, 1],
    ['否', 0], ['无', 0], ['', 0], [null, 0], ['0', 0], [0, 0], ['-', 0], [false, 0],
  ] as const)('%p → %d silently', (input, value) => {
    expect(normalizeFlag(input)).toEqual(silent(value));
  });
  test('other text is not a number', () => expect(normalizeFlag('不详')).toEqual(err('value.not_number')));
  test('a fraction keeps the count rules', () => expect(normalizeFlag(0.5)).toEqual(err('value.fraction')));
  test('an error value', () => expect(normalizeFlag({ error: '#REF!' })).toEqual(err('value.formula_error')));
});

describe('property: normalizing any cell value never throws', () => {
  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: -1000, max: 1000 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.string({ unit: fc.constantFrom(...'0123456789０１２３一二三十两次件篇项人-—/.√×#!无 \u3000'.split('')), maxLength: 6 }),
    fc.constantFrom('#REF!', '#N/A', '#DIV/0!').map((e) => ({ error: e })),
  );
  const wellFormed = (r: CountResult): boolean =>
    r.ok ? Number.isSafeInteger(r.value) && r.value >= 0 && !Object.is(r.value, -0) : ['value.not_number', 'value.formula_error', 'value.fraction', 'value.negative', 'value.private_number', 'value.formula_uncached'].includes(r.code);

  test('count: a whole number ≥ 0 or an error code', () => {
    fc.assert(fc.property(anyCell, (v) => wellFormed(normalizeCount(v))), { numRuns: 200 });
  });
  test('flag: a whole number ≥ 0 or an error code', () => {
    fc.assert(fc.property(anyCell, (v) => wellFormed(normalizeFlag(v))), { numRuns: 200 });
  });
  test('digits as text read back as themselves, silently', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
      const r = normalizeCount(String(n));
      return r.ok && r.value === n && !r.normalized;
    }), { numRuns: 100 });
  });
});
