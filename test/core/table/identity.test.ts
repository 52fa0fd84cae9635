import { identityText, normalizeName, normalizeRole } from '../../../src/core/table/identity';

describe('normalizeName', () => {
  test.each([
    ['张三', '张三'],
    ['张　三', '张三'],
    [' 张 三 ', '张三'],
    ['张\n三', '张三'],
    ['张\u00A0三\u200B', '张三'],
    ['', ''],
  ])('%p → %p', (raw, name) => expect(normalizeName(raw)).toBe(name));
  test('blank and error values have no name', () => {
    expect(normalizeName(null)).toBe('');
    expect(normalizeName({ error: '#REF!' })).toBe('');
  });
});

describe('identityText', () => {
  test('trims strings, blank → null', () => {
    expect(identityText('  区教育局 ')).toBe('区教育局');
    expect(identityText('\u3000')).toBeNull();
    expect(identityText(null)).toBeNull();
  });
  test('a number is its text (委员编号 typed as a number)', () => {
    expect(identityText(1024)).toBe('1024');
    expect(identityText(13800000000)).toBe('13800000000');
  });
  test('an error value is no text', () => expect(identityText({ error: '#N/A' })).toBeNull());
});

describe('normalizeRole from 政协职务', () => {
  test.each([
    ['主席', '主席'],
    ['区政协主席', '主席'],
    ['副主席', '副主席'],
    ['区政协副主席', '副主席'],
    ['常委、副主席', '副主席'],
    ['秘书长', '秘书长'],
    ['副秘书长', '委员'],
    ['常委', '常委'],
    ['常务委员', '常委'],
    ['区政协常委', '常委'],
    ['驻会常委', '驻会常委'],
    ['驻会 常务委员', '驻会常委'],
    ['委员', '委员'],
    ['', '委员'],
    ['主席团成员', '委员'],
  ])('%p → %s', (raw, role) => expect(normalizeRole(raw, false)).toBe(role));
  test('blank → 委员', () => expect(normalizeRole(null, false)).toBe('委员'));
});

describe('normalizeRole from 是否常委', () => {
  test.each([['是', '常委'], ['√', '常委'], ['1', '常委'], [1, '常委'], [true, '常委'], ['否', '委员'], ['', '委员'], [null, '委员'], [0, '委员']] as const)(
    '%p → %s',
    (raw, role) => expect(normalizeRole(raw, true)).toBe(role),
  );
});
