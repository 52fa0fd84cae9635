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

/** Points per unit in words: 「每次5分」「每次扣10分」. */
function per(unit: string, points: number): string {
  return points < 0 ? `每${unit}扣${pointsText(-points)}分` : `每${unit}${pointsText(points)}分`;
}

/** Bands in words: 「第1件15分，以后每件5分」 (CONTRACT.md §7 tiers). */
function tiersRule(item: MethodItem, unit: string): string {
  let below = 0;
  return (item.tiers ?? [])
    .map((t) => {
      if (t.upTo === null) return below === 0 ? per(unit, t.points) : `以后${per(unit, t.points)}`;
      const start = below + 1;
      below = t.upTo;
      const which = start === t.upTo ? `第${t.upTo}${unit}` : `第${start}至${t.upTo}${unit}`;
      return t.points === 0 ? `${which}不计分` : `${which}${start === t.upTo ? '' : '每' + unit}${t.points < 0 ? '扣' : ''}${pointsText(Math.abs(t.points))}分`;
    })
    .join('，');
}

export function itemRule(item: MethodItem): string {
  const unit = countWord(item.count ?? item.key);
  const start = item.tiers === null && item.from > 1 ? `第${item.from}${unit}起` : '';
  const rule = item.tiers === null ? per(unit, item.points) : tiersRule(item, unit);
  const bounds: string[] = [];
  if (item.max !== null) bounds.push(item.max >= 0 ? `最多${pointsText(item.max)}分` : `最高${pointsText(item.max)}分`);
  if (item.min !== null) bounds.push(item.min < 0 ? `最多扣${pointsText(-item.min)}分` : `最低${pointsText(item.min)}分`);
  if (item.when !== null) bounds.push('符合适用条件时计分');
  return [start + rule, ...bounds].join('，');
}
