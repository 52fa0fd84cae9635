/**
 * Estimates how many lines a wrapped cell needs, so row heights are set before printing and no
 * text is cut off. Widths are in Excel character units (one unit ≈ 7 px ≈ 5.25 pt at 100 %).
 */

const POINTS_PER_WIDTH_UNIT = 5.25;
/** Cell padding and a margin for fonts wider than the estimate. */
export const PADDING_PT = 5;
const SAFETY = 1.04;
/** Line height of the CJK fonts hosts fall back to (Noto CJK ≈ 1.44 em); 仿宋_GB2312 is smaller. */
const LINE_FACTOR = 1.45;

/** Width of a column range in points. */
export function widthPoints(widthUnits: number): number {
  return widthUnits * POINTS_PER_WIDTH_UNIT;
}

/** Full-width characters (CJK, full-width forms and punctuation) take one em; Latin digits and letters about 0.6 em (DejaVu Sans, a common fallback). */
function charEm(code: number): number {
  if (code >= 0x2e80 && code <= 0x9fff) return 1;
  if (code >= 0xac00 && code <= 0xd7af) return 1;
  if (code >= 0xf900 && code <= 0xfaff) return 1;
  if (code >= 0xfe30 && code <= 0xfe4f) return 1;
  if (code >= 0xff00 && code <= 0xff60) return 1;
  if (code >= 0x2014 && code <= 0x201d) return 1;
  if (code >= 0x20000) return 1;
  return 0.62;
}

/** Ems of each line seen so far: notices repeat the same labels and rules for every member. */
const EMS = new Map<string, number>();
const EMS_LIMIT = 50_000;

function lineEms(text: string): number {
  let em = EMS.get(text);
  if (em !== undefined) return em;
  em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0) ?? 0);
  if (EMS.size >= EMS_LIMIT) EMS.clear();
  EMS.set(text, em);
  return em;
}

/** Printed width of a single line of text in points at the given font size. */
export function textPoints(text: string, size: number): number {
  return lineEms(text) * size;
}

/** Lines a wrapped cell of `widthUnits` needs for `text` at `size` pt (at least 1; line breaks count). */
export function lineCount(text: string, widthUnits: number, size: number): number {
  const available = Math.max(size, widthPoints(widthUnits) - PADDING_PT);
  if (!text.includes('\n')) return wrappedLines(text, size, available);
  return text.split('\n').reduce((n, line) => n + wrappedLines(line, size, available), 0);
}

function wrappedLines(line: string, size: number, available: number): number {
  return Math.max(1, Math.ceil((textPoints(line, size) * SAFETY) / available));
}

/** Row height in points for `lines` lines at `size` pt, rounded up to half a point. */
export function rowHeight(lines: number, size: number): number {
  return Math.ceil((lines * size * LINE_FACTOR + 2) * 2) / 2;
}

/** Row height for text wrapped in a cell (or merged cells) of `widthUnits`. */
export function textRowHeight(text: string, widthUnits: number, size: number): number {
  return rowHeight(lineCount(text, widthUnits, size), size);
}

/** Closing punctuation that may not begin a line, opening punctuation that may not end one (GB/T 15834 practice, as Word's kinsoku). */
const NO_LINE_START = new Set('，。、；：？！）》」』】〕〉”’…—·%％,.;:?!)]}'.split(''));
const NO_LINE_END = new Set('（《「『【〔〈“‘([{'.split(''));

/** Characters of a number or a Latin word (「2025」「14」「P23」「3.5」「10%」), which a line break never splits. */
const WORD_CHAR = /[0-9A-Za-z.%％]/;

/**
 * Breaks text into lines that fit `widthPt` at `size` pt, as a wrapping cell would, but never with a
 * closing mark (「）》，」) at a line start or an opening mark at a line end, nor inside a number
 * (「优秀2」「1人」): the characters before move down with it. A closing mark that still fits the full
 * width hangs at the line's end instead (no character moves down for it), which keeps the right edge
 * even. Explicit line breaks are kept. Lines come out a little short of the width, so a host
 * measuring a little wider never wraps them again.
 */
export function breakLines(text: string, widthPt: number, size: number): string[] {
  const limit = Math.max(size, widthPt / SAFETY);
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line: string[] = [];
    let width = 0;
    for (const ch of para) {
      const w = charEm(ch.codePointAt(0) ?? 0) * size;
      if (line.length > 0 && width + w > limit) {
        if (NO_LINE_START.has(ch) && width + w <= widthPt && !NO_LINE_START.has(line[line.length - 1])) {
          line.push(ch);
          width += w;
          continue;
        }
        // Carry characters over so the new line does not start with a closing mark, the old one end with
        // an opening mark, nor a number or word be cut in two.
        let carry = 0;
        const first = (): string => (carry === 0 ? ch : line[line.length - carry]);
        const last = (): string => line[line.length - 1 - carry];
        while (carry < line.length - 1 && (NO_LINE_START.has(first()) || NO_LINE_END.has(last()) || (WORD_CHAR.test(first()) && WORD_CHAR.test(last())))) carry++;
        const moved = carry > 0 ? line.splice(line.length - carry, carry) : [];
        out.push(line.join(''));
        line = moved;
        width = moved.reduce((a, c) => a + charEm(c.codePointAt(0) ?? 0) * size, 0);
      }
      line.push(ch);
      width += w;
    }
    out.push(line.join(''));
  }
  return out;
}
