import { message } from './i18n/format';
import type { Finding, FindingCode, FindingParams, Severity } from './types';

export const SEVERITY: Readonly<Record<Exclude<FindingCode, 'table.not_found' | 'method.invalid'>, Severity>> = {
  'name.missing': 'error',
  'member.duplicate': 'error',
  'member.same_name': 'warning',
  'value.not_number': 'error',
  'value.formula_error': 'error',
  'value.fraction': 'error',
  'value.negative': 'error',
  'value.normalized': 'info',
  'value.outlier': 'warning',
  'logic.attendance_exceeds_held': 'error',
  'logic.attendance_unaccounted': 'warning',
  'logic.accepted_exceeds_submitted': 'error',
  'logic.standing_only': 'warning',
  'row.subtotal_skipped': 'info',
  'row.note_skipped': 'info',
  'row.hidden': 'warning',
  'year.assumed': 'warning',
  'year.mismatch': 'warning',
  'method.item_unbound': 'warning',
  'column.unused': 'info',
  'value.formula_uncached': 'error',
  'value.private_number': 'error',
  'value.merged_rows': 'error',
  'table.side_by_side': 'warning',
  'bookkeeping.unverified': 'warning',
  'records.no_header': 'warning',
  'records.attendance_assumed': 'info',
  'records.unknown_item': 'warning',
  'records.unknown_member': 'warning',
  'records.ambiguous_member': 'warning',
  'records.bad_attendance': 'warning',
  'records.bad_flag': 'warning',
  'records.collective_uncredited': 'info',
  'records.duplicate_proposal': 'warning',
  'reconcile.mismatch': 'warning',
  'archive.ambiguous': 'warning',
  'archive.edited': 'warning',
  'archive.row_skipped': 'warning',
  'archive.column_unknown': 'warning',
  'archive.duplicate': 'warning',
  'archive.sheet_skipped': 'warning',
  'archive.year_replaced': 'info',
  'archive.item_missing': 'info',
  'archive.settlement_unknown': 'warning',
  'form.unreadable': 'warning',
  'form.not_a_form': 'warning',
  'form.duplicate': 'warning',
  'form.no_name': 'warning',
  'roster.missing': 'warning',
  'roster.unknown': 'warning',
  'roster.identity_differs': 'info',
};

export interface FindingPlace {
  readonly sheet: string;
  readonly cell: string | null;
  readonly row: number | null;
  readonly member: string | null;
}

/** Builds a finding with its severity and zh-CN message; `params` also fill the message. */
export function finding(code: keyof typeof SEVERITY, place: FindingPlace, params: FindingParams): Finding {
  const all = { cell: place.cell ?? '', row: place.row ?? '', member: place.member ?? '', ...params };
  return { severity: SEVERITY[code], code, ...place, params, message: message(code, all) };
}
