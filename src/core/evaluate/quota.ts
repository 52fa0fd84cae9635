/** Shortlist quotas, exactly: quota × members with the quota in 1/10000 so 0.1 × 30 is 3, not 3.0000000000000004. */
import type { MethodShortlist } from '../types';

const QUOTA_SCALE = 10000;

export function quotaCount(quota: number, members: number, rounding: MethodShortlist['rounding']): number {
  const product = Math.round(quota * QUOTA_SCALE) * members;
  const floor = Math.floor(product / QUOTA_SCALE);
  const remainder = product - floor * QUOTA_SCALE;
  if (rounding === 'floor' || remainder === 0) return floor;
  if (rounding === 'ceil') return floor + 1;
  return 2 * remainder >= QUOTA_SCALE ? floor + 1 : floor;
}
