/**
 * Plausible yearly maxima of counted items, for `value.outlier` warnings. A count above its limit
 * is almost always a typing slip (an extra digit, a total typed in a member's row), so the
 * limits are generous: a part-time member who did more than this in one year is very rare.
 */
import { isBuiltinCountKey } from '../columns';
import type { Method } from '../types';

/** Limits of built-in items; plenary and standing meetings are only checked this way when `held` is not given. */
const LIMITS: Readonly<Record<string, number>> = {
  // A plenary sits once a year; districts that count half-days reach 6–8.
  plenary_attended: 10,
  plenary_leave: 10,
  plenary_absent: 10,
  // Standing committees meet 4–6 times a year, at most monthly.
  standing_attended: 12,
  standing_leave: 12,
  standing_absent: 12,
  // Activities: more than one a week all year round is beyond a part-time member.
  committee_activities: 60,
  liaison_activities: 60,
  inspections: 60,
  consultations: 60,
  supervision: 60,
  trainings: 60,
  studio_activities: 60,
  welfare_activities: 100,
  // Proposals: prolific members lead 10–20; co-signing is cheaper.
  proposals_lead: 30,
  proposals_joint: 60,
  proposals_accepted: 30,
  proposals_key: 10,
  proposals_excellent: 10,
  // Social-conditions reports: some members send one or two a week.
  opinions_submitted: 100,
  opinions_adopted: 50,
  opinions_instructed: 20,
  speeches_oral: 10,
  speeches_written: 10,
  culture_history: 30,
  honors: 20,
};

/** A method's custom items: counts above this are unusual for anything counted per year. */
export const CUSTOM_ITEM_LIMIT = 100;

const PLENARY_KEYS = ['plenary_attended', 'plenary_leave', 'plenary_absent'];
const STANDING_KEYS = ['standing_attended', 'standing_leave', 'standing_absent'];

/** The plausible maximum of an item, or null when it is not checked for outliers (flags; meetings checked against `held`). */
export function outlierLimit(key: string, method: Method): number | null {
  if (PLENARY_KEYS.includes(key) && method.held.plenary !== null) return null;
  if (STANDING_KEYS.includes(key) && method.held.standing !== null) return null;
  if (!isBuiltinCountKey(key)) return CUSTOM_ITEM_LIMIT;
  return LIMITS[key] ?? null;
}
