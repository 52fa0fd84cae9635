/**
 * The text form of an item's `tiers` in the 评价办法 sheet: bands separated by 「；」, e.g.
 * 「第1次15分；以后每次5分」 for `[{ upTo: 1, points: 15 }, { points: 5 }]`, or
 * 「第1至2次每次0分；以后每次5分」. The reader also takes 「前3次每次10分」「3次以内每次10分」
 * 「第2-3次每次8分」「1:15；5」 and full-width digits. Checking the bands (consecutive, increasing,
 * last open) is parse-method's job; this only turns text into the JSON form and back.
 */
import type { MethodTier } from '../types';

function pointsText(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** 「第1次15分；以后每次5分」. */
export function formatTiers(tiers: readonly MethodTier[]): string {
  let previous = 0;
  return tiers
    .map((t) => {
      const p = pointsText(t.points);
      if (t.upTo === null) return previous === 0 ? `每次${p}分` : `以后每次${p}分`;
      const start = previous + 1;
      previous = t.upTo;
      return start === t.upTo ? `第${t.upTo}次${p}分` : `第${start}至${t.upTo}次每次${p}分`;
    })
    .join('；');
}

export type TiersTextResult =
  { readonly ok: true; readonly tiers: readonly { upTo?: number; points: number }[] } | { readonly ok: false; readonly detail: string };

const NUM = '([+-]?\\d+(?:\\.\\d+)?)';
const RANGE = new RegExp(`^第(\\d+)(?:[至到~～\\-—–](?:第)?(\\d+))?次[:：]?(?:每次)?${NUM}分?$`);
const FIRST = new RegExp(`^(?:前(\\d+)次|(\\d+)次(?:以内|及以内|以下|及以下))[:：]?(?:每次)?${NUM}分?$`);
const SHORT = new RegExp(`^(\\d+)[:：]${NUM}$`);
const LAST = new RegExp(`^(?:以后|其后|此后|之后|其余|其余每次|超出部分|以上)?[:：]?(?:每次)?${NUM}分?$`);

function halfWidth(text: string): string {
  return text
    .replace(/[０-９．－＋]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[−]/g, '-')
    .replace(/\s+/g, '');
}

/** Reads the text form; the detail of a problem says which band and how to write it. */
export function parseTiersText(text: string): TiersTextResult {
  const parts = text
    .split(/[；;，,、\n]+/)
    .map(halfWidth)
    .filter((p) => p !== '');
  const tiers: { upTo?: number; points: number }[] = [];
  let previous = 0;
  for (const [i, part] of parts.entries()) {
    const range = RANGE.exec(part);
    const first = FIRST.exec(part);
    const short = SHORT.exec(part);
    const last = LAST.exec(part);
    let start: number | null = null;
    let upTo: number;
    let points: number;
    if (range) {
      start = Number(range[1]);
      upTo = Number(range[2] ?? range[1]);
      points = Number(range[3]);
    } else if (first) {
      upTo = Number(first[1] ?? first[2]);
      points = Number(first[3]);
    } else if (short) {
      upTo = Number(short[1]);
      points = Number(short[2]);
    } else if (last) {
      tiers.push({ points: Number(last[1]) });
      if (i < parts.length - 1) return { ok: false, detail: `第 ${i + 1} 段「${part}」不限次数，应为最后一段` };
      continue;
    } else {
      return { ok: false, detail: `第 ${i + 1} 段「${part}」无法识别，应写成「第1次15分」「第2至3次每次10分」「以后每次5分」这样的形式，各段用「；」分隔` };
    }
    if (start !== null && start !== previous + 1)
      return { ok: false, detail: `第 ${i + 1} 段「${part}」应从第 ${previous + 1} 次算起（各段须连续）` };
    tiers.push({ upTo, points });
    previous = upTo;
  }
  if (tiers.length === 0) return { ok: false, detail: '没有填写任何分段' };
  return { ok: true, tiers };
}
