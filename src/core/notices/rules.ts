/** The scoring rule of a method item in words, for the member's slip: 「第2件起每件5分，最多20分」. */
import type { MethodItem } from '../types';

/** 件 for proposals, 篇 for social-conditions reports, else 次. */
export function countWord(key: string): string {
  if (key.startsWith('proposals_')) return '件';
  if (key.startsWith('opinions_')) return '篇';
  return '次';
}

/** A number of points as written: 10, 2.5, -10 (no trailing zeros). */
export function pointsText(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function itemRule(item: MethodItem): string {
  const unit = countWord(item.key);
  const start = item.from > 1 ? `第${item.from}${unit}起` : '';
  const per = item.points < 0 ? `每${unit}扣${pointsText(-item.points)}分` : `每${unit}${pointsText(item.points)}分`;
  const bounds: string[] = [];
  if (item.max !== null) bounds.push(item.max >= 0 ? `最多${pointsText(item.max)}分` : `最高${pointsText(item.max)}分`);
  if (item.min !== null) bounds.push(item.min < 0 ? `最多扣${pointsText(-item.min)}分` : `最低${pointsText(item.min)}分`);
  return [start + per, ...bounds].join('，');
}
