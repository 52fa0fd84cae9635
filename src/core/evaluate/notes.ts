/** Member notes and shortlist reasons (always zh-CN: they are data in the report), shared by the evaluator and the shortlist. */
import { message } from '../i18n/format';

export const PENDING_NOTE = message('note.pending', {});

export function unmetRequirementNote(label: string): string {
  return message('note.unmet_requirement', { label });
}

export function vetoNote(label: string): string {
  return message('note.veto', { label });
}

export function excludedRoleReason(role: string): string {
  return message('shortlist.excluded_role', { role });
}

export function conditionFailedReason(source: string): string {
  return message('shortlist.condition_failed', { condition: source });
}
