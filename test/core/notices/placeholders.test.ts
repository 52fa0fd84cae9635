import fc from 'fast-check';
import { fillPlaceholders } from '../../../src/core/notices/placeholders';

describe('fillPlaceholders', () => {
  it('fills known placeholders, also with full-width braces and spaces inside', () => {
    expect(fillPlaceholders('关于{年度}年度的通报', { 年度: 2025 })).toBe('关于2025年度的通报');
    expect(fillPlaceholders('致｛单位｝：', { 单位: '区教育局' })).toBe('致区教育局：');
    expect(fillPlaceholders('{ 姓名 }委员', { 姓名: '张三' })).toBe('张三委员');
  });

  it('leaves an unknown placeholder exactly as the office wrote it', () => {
    expect(fillPlaceholders('{年度}年{届次}届', { 年度: 2025 })).toBe('2025年{届次}届');
    expect(fillPlaceholders('｛未知｝', {})).toBe('｛未知｝');
  });

  it('does not treat inherited object properties as placeholders', () => {
    expect(fillPlaceholders('{constructor}{toString}', {})).toBe('{constructor}{toString}');
  });

  it('leaves text without braces unchanged', () => {
    fc.assert(fc.property(fc.string().filter((s) => !/[{}｛｝]/.test(s)), (s) => fillPlaceholders(s, { 年度: 2025 }) === s));
  });

  it('leaves every unknown placeholder as written, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(fillPlaceholders(s, {})).toBe(s);
      }),
    );
  });

  it('replaces every known placeholder between arbitrary texts', () => {
    const plain = fc.string().filter((s) => !/[{}｛｝]/.test(s));
    fc.assert(
      fc.property(plain, plain, fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !/[{}｛｝\n]/.test(s) && s.trim() === s && s !== ''), (a, b, name) => {
        expect(fillPlaceholders(`${a}{${name}}${b}`, { [name]: 'X' })).toBe(`${a}X${b}`);
      }),
    );
  });
});
