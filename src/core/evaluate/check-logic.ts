/**
 * Logic checks of the counts (CONTRACT.md section 3.7 and section 4): attendance against the
 * meetings held, accepted against submitted, standing-committee counts of non-standing members,
 * and outliers. One pass over the members.
 */
import { builtinLabel } from '../columns';
import { finding } from '../findings';
import type { Finding, MemberRecord, Method } from '../types';
import { outlierLimit } from './outlier-limits';
import { countOf, isStanding } from './variables';

const PLENARY = { meeting: '全体会议', keys: ['plenary_attended', 'plenary_leave', 'plenary_absent'] } as const;
const STANDING = { meeting: '常委会议', keys: ['standing_attended', 'standing_leave', 'standing_absent'] } as const;

export function checkLogic(members: readonly MemberRecord[], method: Method, sheet: string): Finding[] {
  const methodLabels = new Map(method.items.map((i) => [i.key, i.label]));
  const label = (key: string): string => methodLabels.get(key) ?? builtinLabel(key) ?? key;
  // Without any standing member the table has no usable role column: every member would look non-standing.
  const rolesKnown = members.some((m) => isStanding(m.role));
  const out: Finding[] = [];
  for (const m of members) {
    const place = (cell: string): { sheet: string; cell: string; row: number; member: string } => ({ sheet, cell, row: m.row, member: m.name });
    for (const [spec, held] of [
      [PLENARY, method.held.plenary],
      [STANDING, isStanding(m.role) ? method.held.standing : null],
    ] as const) {
      if (held === null) continue;
      const present = spec.keys.filter((k) => hasCell(m, k));
      if (present.length === 0) continue;
      const sum = present.reduce((s, k) => s + countOf(m.counts, k), 0);
      const cell = m.cells[hasCell(m, spec.keys[0]) ? spec.keys[0] : present[0]];
      if (sum > held) out.push(finding('logic.attendance_exceeds_held', place(cell), { meeting: spec.meeting, sum, held }));
      else if (sum < held) out.push(finding('logic.attendance_unaccounted', place(cell), { meeting: spec.meeting, sum, held }));
    }
    if (rolesKnown && !isStanding(m.role)) {
      const key = STANDING.keys.find((k) => hasCell(m, k) && countOf(m.counts, k) > 0);
      if (key !== undefined) out.push(finding('logic.standing_only', place(m.cells[key]), { role: m.role, item: label(key), value: countOf(m.counts, key) }));
    }
    const proposals = ['proposals_lead', 'proposals_joint'].filter((k) => hasCell(m, k));
    if (hasCell(m, 'proposals_accepted') && proposals.length > 0) {
      const accepted = countOf(m.counts, 'proposals_accepted');
      const submitted = proposals.reduce((s, k) => s + countOf(m.counts, k), 0);
      const submittedLabel = proposals.length === 2 ? `${label(proposals[0])}与${label(proposals[1])}之和` : label(proposals[0]);
      if (accepted > submitted) {
        out.push(finding('logic.accepted_exceeds_submitted', place(m.cells.proposals_accepted), { accepted: label('proposals_accepted'), acceptedCount: accepted, submitted: submittedLabel, submittedCount: submitted }));
      }
    }
    if (hasCell(m, 'opinions_adopted') && hasCell(m, 'opinions_submitted')) {
      const adopted = countOf(m.counts, 'opinions_adopted');
      const submitted = countOf(m.counts, 'opinions_submitted');
      if (adopted > submitted) {
        out.push(finding('logic.accepted_exceeds_submitted', place(m.cells.opinions_adopted), { accepted: label('opinions_adopted'), acceptedCount: adopted, submitted: label('opinions_submitted'), submittedCount: submitted }));
      }
    }
    for (const key of Object.keys(m.cells)) {
      const limit = outlierLimit(key, method);
      const value = countOf(m.counts, key);
      if (limit !== null && value > limit) out.push(finding('value.outlier', place(m.cells[key]), { item: label(key), value, limit }));
    }
  }
  return out;
}

function hasCell(m: MemberRecord, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(m.cells, key);
}
