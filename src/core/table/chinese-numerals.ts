/**
 * Chinese numerals 0–9,999 (issue 10 point 15: 「一百」 was refused): 三, 两, 十二, 二十一, 一百,
 * 一百零五, 一百一十, 两千零二十五, 九千九百九十九, and the financial forms 壹贰叁…拾佰仟.
 * A numeral is accepted only in its regular written form (a 零 for each gap, none at the end), so
 * 「一百一」 (spoken for 110) or 「二二」 are not numbers.
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const PLAIN_DIGITS = '零一二三四五六七八九';

/** The regular form of n (1–9,999) with ordinary digits and 一十 for the tens: the form inputs are compared to. */
function regular(n: number): string {
  const parts: string[] = [];
  let gap = false;
  for (const [unit, mark] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
    const d = Math.floor(n / unit) % 10;
    if (d === 0) {
      gap = parts.length > 0;
      continue;
    }
    if (gap) parts.push('零');
    gap = false;
    parts.push(PLAIN_DIGITS[d] + mark);
  }
  return parts.join('');
}

/** Chinese numeral → number (0–9,999), or null when the text is not one in its regular form. */
export function parseChineseNumber(text: string): number | null {
  if (text === '') return null;
  if (text.length === 1 && text in DIGITS) return DIGITS[text];
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10_000;
  let plain = '';
  let liang = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[ch];
      liang = ch === '两';
      plain += PLAIN_DIGITS[digit];
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      // 两 counts hundreds and thousands (两百, 两千), never tens (二十).
      if (unit >= lastUnit || (liang && unit === 10)) return null;
      // 十二 = 一十二; 两 may stand before 百 and 千 only (两百), which the regular form writes 二.
      const d = digit ?? (unit === 10 && plain === '' ? 1 : null);
      if (d === null || d === 0) return null;
      if (digit === null) plain += '一';
      plain += ch === '拾' ? '十' : ch === '佰' ? '百' : ch === '仟' ? '千' : ch;
      total += d * unit;
      lastUnit = unit;
      digit = null;
    } else return null;
  }
  if (liang && digit !== null) return null;
  if (digit !== null) total += digit;
  if (total === 0) return null;
  return regular(total) === plain ? total : null;
}

/** n (2–99) as a counting word for messages: 两, 三 … 十二; larger as digits. */
export function countWord(n: number): string {
  if (n === 2) return '两';
  if (n > 2 && n < 100) return regular(n).replace(/^一十/, '十');
  return String(n);
}
