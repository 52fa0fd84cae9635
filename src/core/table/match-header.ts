/**
 * Header text → column key, from the dictionary of src/core/columns.ts plus a method's custom items.
 * One-row headers match by name; two-row headers by (group, sub-column) pairs, by the sub-column's
 * own full name, or by group and sub-column read together (「全会」+「请假」).
 */
import { BARE_MEETING_NAMES, COUNT_COLUMNS, GENERIC_GROUPS, IDENTITY_COLUMNS } from '../columns';
import type { ColumnKind } from '../types';
import { normalizeHeader, type HeaderForms } from './normalize-header';

export interface CustomColumn {
  readonly key: string;
  readonly headers: readonly string[];
}

export interface HeaderMatch {
  readonly key: string;
  readonly kind: ColumnKind;
}

export interface HeaderMatcher {
  /** A one-row header, or a column whose header text sits in one cell. */
  single(text: string): HeaderMatch | null;
  /** A two-row header: group text above, sub-column text below (either may be empty). */
  pair(group: string, sub: string): HeaderMatch | null;
  /** Whether the text is a group header of the dictionary (全体会议, 提案, 参加会议…). */
  isGroup(text: string): boolean;
}

const SEP = '\u0001';

interface Dictionary {
  readonly single: ReadonlyMap<string, HeaderMatch>;
  readonly pairs: ReadonlyMap<string, HeaderMatch>;
  readonly groups: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
  readonly bare: ReadonlyMap<string, HeaderMatch>;
}

function buildDictionary(): Dictionary {
  const single = new Map<string, HeaderMatch>();
  const pairs = new Map<string, HeaderMatch>();
  const groups = new Set<string>();
  for (const def of [...IDENTITY_COLUMNS, ...COUNT_COLUMNS]) {
    const match = { key: def.key, kind: def.kind };
    for (const h of def.headers) {
      const n = normalizeHeader(h).strict;
      if (!single.has(n)) single.set(n, match);
    }
    for (const g of def.groups ?? []) {
      for (const group of g.group) {
        const gn = normalizeHeader(group).strict;
        groups.add(gn);
        for (const sub of g.sub) pairs.set(gn + SEP + normalizeHeader(sub).strict, match);
      }
    }
  }
  const generic = new Set(GENERIC_GROUPS.map((g) => normalizeHeader(g).strict));
  const bare = new Map<string, HeaderMatch>();
  for (const [name, key] of Object.entries(BARE_MEETING_NAMES)) {
    const kind = COUNT_COLUMNS.find((c) => c.key === key)?.kind ?? 'count';
    bare.set(normalizeHeader(name).strict, { key, kind });
  }
  for (const g of generic) groups.add(g);
  return { single, pairs, groups, generic, bare };
}

const DICTIONARY = buildDictionary();

function forms(text: string): readonly string[] {
  const f: HeaderForms = normalizeHeader(text);
  return f.loose === f.strict ? [f.strict] : [f.strict, f.loose];
}

export function headerMatcher(custom: readonly CustomColumn[]): HeaderMatcher {
  const customMap = new Map<string, HeaderMatch>();
  for (const item of custom) {
    for (const n of item.headers.flatMap(forms)) {
      // A method may give a built-in item extra header names; it keeps its own kind (violations is a flag).
      const kind = COUNT_COLUMNS.find((c) => c.key === item.key)?.kind ?? 'count';
      if (n !== '' && !customMap.has(n)) customMap.set(n, { key: item.key, kind });
    }
  }

  // Custom items first: a method that names its own item after a built-in header means its own item.
  const byForm = (n: string): HeaderMatch | null => (n === '' ? null : (customMap.get(n) ?? DICTIONARY.single.get(n) ?? null));
  const single = (text: string): HeaderMatch | null => {
    for (const n of forms(text)) {
      const m = byForm(n);
      if (m) return m;
    }
    return null;
  };
  const isEmpty = (text: string): boolean => forms(text).every((n) => n === '');
  const isGeneric = (text: string): boolean => forms(text).some((n) => DICTIONARY.generic.has(n));

  const pair = (group: string, sub: string): HeaderMatch | null => {
    if (isEmpty(sub)) return single(group);
    if (isEmpty(group)) return single(sub);
    const subForms = forms(sub);
    if (isGeneric(group)) {
      return single(sub) ?? subForms.map((n) => DICTIONARY.bare.get(n)).find((m) => m !== undefined) ?? null;
    }
    for (const g of forms(group)) {
      for (const s of subForms) {
        const m = DICTIONARY.pairs.get(g + SEP + s);
        if (m) return m;
      }
    }
    return single(sub) ?? single(compactJoin(group, sub)) ?? single(compactJoin(sub, group));
  };

  const isGroup = (text: string): boolean => forms(text).some((n) => DICTIONARY.groups.has(n));
  return { single, pair, isGroup };
}

function compactJoin(a: string, b: string): string {
  return normalizeHeader(a).strict + normalizeHeader(b).strict;
}
