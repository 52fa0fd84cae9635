import fc from 'fast-check';
import { findJsonSyntaxProblem } from '../../../src/core/method/json-syntax';

describe('findJsonSyntaxProblem', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(findJsonSyntaxProblem('{"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null, {}], "b": {}}')).toBeNull();
    expect(findJsonSyntaxProblem('  []  ')).toBeNull();
  });

  it('names line and column of a missing comma', () => {
    // line 3 starts with two spaces; the stray key starts at column 3.
    expect(findJsonSyntaxProblem('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      line: 3,
      column: 3,
      reason: '此处不应出现「"」，此处应为逗号 , 或右花括号 }',
    });
  });

  it('explains trailing commas, Chinese punctuation and single quotes', () => {
    expect(findJsonSyntaxProblem('{"a": 1,}')).toEqual({ line: 1, column: 9, reason: '右花括号「}」前多了一个逗号' });
    expect(findJsonSyntaxProblem('[1, 2,]')).toEqual({ line: 1, column: 7, reason: '右方括号「]」前多了一个逗号' });
    expect(findJsonSyntaxProblem('{"a"：1}')?.reason).toBe('使用了中文冒号「：」，应为英文冒号 :');
    expect(findJsonSyntaxProblem('{"a": 1，"b": 2}')?.reason).toBe('使用了中文逗号「，」，应为英文逗号 ,');
    expect(findJsonSyntaxProblem('{“a”: 1}')?.reason).toBe('使用了中文引号“”，应为英文双引号 "');
    expect(findJsonSyntaxProblem("{'a': 1}")?.reason).toBe('字符串须用英文双引号 "，不能用单引号');
  });

  it('explains unfinished text and strings', () => {
    expect(findJsonSyntaxProblem('{"a": [1, 2')).toEqual({ line: 1, column: 12, reason: '内容不完整，此处应为逗号 , 或右方括号 ]' });
    expect(findJsonSyntaxProblem('{"a": "xyz')).toEqual({ line: 1, column: 7, reason: '字符串缺少结束的双引号 "' });
    expect(findJsonSyntaxProblem('"a\nb"')?.reason).toMatch(/不能直接换行/);
    expect(findJsonSyntaxProblem('"\\x"')?.reason).toMatch(/无效的转义/);
    expect(findJsonSyntaxProblem('{} {}')).toEqual({ line: 1, column: 4, reason: '此处不应出现「{」，JSON 已结束，后面不应再有内容' });
  });

  it('counts columns in characters, not UTF-16 units', () => {
    // 「𠀀」 is one character (two UTF-16 units): { " 𠀀 " space, then the 1 at column 6 (7 in UTF-16 units).
    expect(findJsonSyntaxProblem('{"𠀀" 1}')).toEqual({ line: 1, column: 6, reason: '此处不应出现「1」，字段名后应为冒号 :' });
  });

  it('survives very deep nesting', () => {
    expect(findJsonSyntaxProblem('['.repeat(100000))?.reason).toMatch(/内容不完整/);
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc
        .array(fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '1', '-0.5e2', 'true', 'null', ' ', '\n', '"', '\\', 'x', '，'), {
          maxLength: 30,
        })
        .map((a) => a.join('')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxProblem(text) === null).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });
});
