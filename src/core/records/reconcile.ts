/**
 * Reconciliation (CONTRACT.md §8, issue 12 point 4): each member's own figure (the table) against
 * the office's recorded count, for every key the records speak about and the table has a column
 * for. Every difference is a warning `reconcile.mismatch` on the member-table cell, naming both
 * values and the one that scores. The method's `countsFrom` chooses the figures that score:
 * "table" (default), "records" (also where the table has no column for the key) or "larger".
 * The records' proposal credit (proposal_credit, proposal_credit_accepted) is added in any case:
 * the table has no such figure.
 */
import { builtinLabel } from '../columns';
import { finding } from '../findings';
import type { CountsFrom, Finding, MemberRecord, Method } from '../types';
import { countOf } from '../evaluate/variables';
import type { RecordRef, RecordsRead } from './read-records';
import { ZERO, roundedHundredths, type Rational } from './rational';

export const CREDIT_KEY = 'proposal_credit';
export const CREDIT_ACCEPTED_KEY = 'proposal_credit_accepted';

/** One difference between a member's own figure and the records. */
export interface Difference {
  readonly member: MemberRecord;
  readonly key: string;
  readonly label: string;
  readonly table: number;
  readonly recorded: number;
  readonly scored: 'table' | 'records';
  /** The member-table cell of the figure. */
  readonly cell: string;
  /** The records rows that gave the recorded count (none when it is 0). */
  readonly refs: readonly RecordRef[];
}

export interface Reconciled {
  /** The members with the counts that score (and their exact proposal shares). */
  readonly members: readonly MemberRecord[];
  readonly differences: readonly Difference[];
  readonly findings: readonly Finding[];
}

export const SCORED_WORDS: Readonly<Record<'table' | 'records', string>> = { table: '统计表数字', records: '办公室记录' };

/** Where the recorded rows are, for messages: 「活动记录第 5、8 行」. */
export function refsText(refs: readonly RecordRef[], file: string | null): string {
  if (refs.length === 0) return file === null ? '记录中没有' : `记录文件「${file}」中没有`;
  const bySheet = new Map<string, number[]>();
  for (const r of refs) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r.row]);
  const parts = [...bySheet].map(([sheet, rows]) => `${sheet}第 ${rows.join('、')} 行`);
  return `${file === null ? '' : `记录文件「${file}」`}${parts.join('，')}`;
}

function choose(from: CountsFrom, table: number, recorded: number): 'table' | 'records' {
  if (from === 'records') return 'records';
  if (from === 'larger') return recorded > table ? 'records' : 'table';
  return 'table';
}

/**
 * The counts that score and the differences. `skipRows`: rows whose cells could not all be read
 * (their figure is not the member's; they are pending anyway), not compared.
 */
export function reconcile(members: readonly MemberRecord[], records: RecordsRead, method: Method, sheet: string, skipRows: ReadonlySet<number> = new Set()): Reconciled {
  const from = method.countsFrom ?? 'table';
  const labels = new Map(method.items.map((i) => [i.key, i.label]));
  const label = (key: string): string => labels.get(key) ?? builtinLabel(key) ?? key;
  const covered = [...records.covered];
  const differences: Difference[] = [];
  const findings: Finding[] = [];
  const out = members.map((m): MemberRecord => {
    const rec = records.byRow.get(m.row);
    const counts = Object.create(null) as Record<string, number>;
    Object.assign(counts, m.counts);
    for (const key of covered) {
      const recorded = rec?.counts.get(key) ?? 0;
      const hasCell = Object.prototype.hasOwnProperty.call(m.cells, key);
      if (!hasCell) {
        // No figure of the member's own: the records are the only figure, and score unless the table is chosen.
        if (from !== 'table') counts[key] = recorded;
        continue;
      }
      const table = countOf(m.counts, key);
      const scored = choose(from, table, recorded);
      if (scored === 'records') counts[key] = recorded;
      if (table === recorded || skipRows.has(m.row)) continue;
      const refs = rec?.refs.get(key) ?? [];
      const cell = m.cells[key];
      differences.push({ member: m, key, label: label(key), table, recorded, scored, cell, refs });
      findings.push(
        finding('reconcile.mismatch', { sheet, cell, row: m.row, member: m.name }, {
          item: `「${label(key)}」`,
          table,
          recorded,
          records: refsText(refs, records.source.file),
          scored: SCORED_WORDS[scored],
          scoredEn: scored === 'table' ? 'the table figure' : 'the recorded figure',
        }),
      );
    }
    if (!records.hasProposals) return { ...m, counts };
    const credit: Rational = rec?.credit ?? ZERO;
    const accepted: Rational = rec?.creditAccepted ?? ZERO;
    // Shown (slips, report) to 0.01 like points; scoring and conditions read the exact shares.
    counts[CREDIT_KEY] = roundedHundredths(credit) / 100;
    counts[CREDIT_ACCEPTED_KEY] = roundedHundredths(accepted) / 100;
    return { ...m, counts, shares: { [CREDIT_KEY]: credit, [CREDIT_ACCEPTED_KEY]: accepted } };
  });
  return { members: out, differences, findings };
}
