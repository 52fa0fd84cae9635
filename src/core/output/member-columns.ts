/** Which member-table columns the working sheets show, and under what Chinese header. */
import { SENSITIVE_KEYS, builtinLabel } from '../columns';
import type { Identity, MemberResult, Method, TableLocation } from '../types';

export interface IdentityColumn {
  readonly key: string;
  readonly label: string;
  readonly width: number;
  readonly value: (m: Identity) => string | null;
}

/** Identity columns in the order they are shown; phone and id_number are deliberately absent. */
const IDENTITY: readonly IdentityColumn[] = [
  { key: 'name', label: '姓名', width: 10, value: (m) => m.name },
  { key: 'member_id', label: '委员编号', width: 10, value: (m) => m.memberId },
  { key: 'gender', label: '性别', width: 6, value: (m) => m.gender },
  { key: 'party', label: '党派', width: 10, value: (m) => m.party },
  { key: 'sector', label: '界别', width: 12, value: (m) => m.sector },
  { key: 'committee', label: '专委会', width: 14, value: (m) => m.committee },
  { key: 'liaison_group', label: '联络组', width: 12, value: (m) => m.liaisonGroup },
  { key: 'unit', label: '工作单位', width: 24, value: (m) => m.unit },
  { key: 'title', label: '职务', width: 14, value: (m) => m.title },
  { key: 'role', label: '政协职务', width: 10, value: (m) => m.role },
];

/** Identity columns bound in the table (委员编号 only when some member has one); never a sensitive key. */
export function identityColumns(location: TableLocation, members: readonly Identity[]): IdentityColumn[] {
  const bound = new Set(location.columns.map((c) => c.key));
  return IDENTITY.filter((c) => !SENSITIVE_KEYS.includes(c.key))
    .filter((c) => c.key === 'name' || bound.has(c.key))
    .filter((c) => c.key !== 'member_id' || members.some((m) => m.memberId !== null && m.memberId !== ''));
}

export interface CountColumn {
  readonly key: string;
  readonly label: string;
  readonly kind: 'count' | 'flag';
}

/** Counted items present in the table, in table order, labelled as the method names them. */
export function countColumns(location: TableLocation, method: Method): CountColumn[] {
  const labels = new Map(method.items.map((i) => [i.key, i.label]));
  const seen = new Set<string>();
  const out: CountColumn[] = [];
  for (const c of [...location.columns].sort((a, b) => a.col - b.col)) {
    if (c.kind === 'identity' || seen.has(c.key) || SENSITIVE_KEYS.includes(c.key)) continue;
    seen.add(c.key);
    out.push({ key: c.key, kind: c.kind, label: labels.get(c.key) ?? builtinLabel(c.key) ?? c.header });
  }
  return out;
}

export const STATUS_LABEL: Readonly<Record<MemberResult['status'], string>> = { graded: '已评分', pending: '待核实', vetoed: '否决' };
