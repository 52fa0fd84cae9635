/**
 * Finds where JSON text stops being valid, for a message with line and column (JSON.parse in
 * Node 20 names no position). A small scanner with an explicit stack, so deep nesting cannot
 * exhaust the call stack. It only explains; JSON.parse stays the judge of validity.
 */

export interface JsonSyntaxProblem {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters. */
  readonly column: number;
  readonly reason: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITE = new Set([' ', '\t', '\n', '\r']);
const LOOKALIKES: Readonly<Record<string, string>> = {
  '“': '使用了中文引号“”，应为英文双引号 "',
  '”': '使用了中文引号“”，应为英文双引号 "',
  '‘': '使用了中文引号‘’，应为英文双引号 "',
  '’': '使用了中文引号‘’，应为英文双引号 "',
  '，': '使用了中文逗号「，」，应为英文逗号 ,',
  '：': '使用了中文冒号「：」，应为英文冒号 :',
  '｛': '使用了全角花括号，应为英文 {',
  '｝': '使用了全角花括号，应为英文 }',
  '［': '使用了全角方括号，应为英文 [',
  '］': '使用了全角方括号，应为英文 ]',
  "'": '字符串须用英文双引号 "，不能用单引号',
};

type State = 'value' | 'key' | 'after';

class Stop {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {}
}

function position(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}

function describe(text: string, at: number, expected: string): string {
  if (at >= text.length) return `内容不完整，${expected}`;
  const ch = String.fromCodePoint(text.codePointAt(at) ?? 0);
  return LOOKALIKES[ch] ?? `此处不应出现「${ch}」，${expected}`;
}

/** Scans a string literal starting at its opening quote; returns the index after the closing quote. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') return i + 1;
    if (ch === '\\') {
      const esc = text[i + 1];
      if (esc === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, '「\\u」后应为 4 位十六进制数字');
        i += 6;
        continue;
      }
      if (esc === undefined || !'"\\/bfnrt'.includes(esc)) throw new Stop(i, '无效的转义字符（反斜杠 \\ 须写成 \\\\）');
      i += 2;
      continue;
    }
    if (ch.charCodeAt(0) < 0x20) throw new Stop(i, '字符串中不能直接换行或含控制字符（换行请写 \\n）');
    i++;
  }
  throw new Stop(start, '字符串缺少结束的双引号 "');
}

function scanValue(text: string, i: number): { next: number; opens: '{' | '[' | null } {
  const ch = text[i];
  if (ch === '{' || ch === '[') return { next: i + 1, opens: ch };
  if (ch === '"') return { next: scanString(text, i), opens: null };
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return { next: i + word.length, opens: null };
  NUMBER.lastIndex = i;
  const num = NUMBER.exec(text);
  if (num) return { next: i + num[0].length, opens: null };
  throw new Stop(i, describe(text, i, '此处应为一个值（数字、"文字"、true、false、null、{ } 或 [ ]）'));
}

/** The first syntax problem of `text`, or null when the scanner finds none. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WHITE.has(text[i])) i++;
  };
  try {
    for (;;) {
      skip();
      if (state === 'value') {
        const { next, opens } = scanValue(text, i);
        i = next;
        if (opens === null) {
          state = 'after';
          continue;
        }
        stack.push(opens);
        skip();
        const close = opens === '{' ? '}' : ']';
        if (text[i] === close) {
          stack.pop();
          i++;
          state = 'after';
        } else state = opens === '{' ? 'key' : 'value';
      } else if (state === 'key') {
        if (text[i] === '}') throw new Stop(i, '右花括号「}」前多了一个逗号');
        if (text[i] !== '"') throw new Stop(i, describe(text, i, '此处应为用双引号括起的字段名'));
        i = scanString(text, i);
        skip();
        if (text[i] !== ':') throw new Stop(i, describe(text, i, '字段名后应为冒号 :'));
        i++;
        state = 'value';
      } else {
        const top = stack[stack.length - 1];
        if (top === undefined) {
          if (i < text.length) throw new Stop(i, describe(text, i, 'JSON 已结束，后面不应再有内容'));
          return null;
        }
        const close = top === '{' ? '}' : ']';
        if (text[i] === ',') {
          i++;
          skip();
          if (top === '[' && text[i] === ']') throw new Stop(i, '右方括号「]」前多了一个逗号');
          state = top === '{' ? 'key' : 'value';
        } else if (text[i] === close) {
          stack.pop();
          i++;
        } else throw new Stop(i, describe(text, i, `此处应为逗号 , 或${top === '{' ? '右花括号 }' : '右方括号 ]'}`));
      }
    }
  } catch (e) {
    if (e instanceof Stop) return { ...position(text, e.at), reason: e.reason };
    throw e;
  }
}
