/**
 * Header text → column key, from the dictionary of src/core/columns.ts plus a method's custom items.
 * One-row headers match by name; two-row headers by (group, sub-column) pairs, by the sub-column's
 * own full name, or by group and sub-column read together (「全会」+「请假」). The method's own
 * names win over the dictionary (CONTRACT.md §7). A 「其中：采用」 sub-column under a group is read
 * as 「采用」 under it; elsewhere header-candidates.ts binds it to the column it follows.
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
  /** Keys that belong to groups (plenary_*, proposals_*…), with the groups they belong to. */
  readonly groupsOf: ReadonlyMap<string, ReadonlySet<string>>;
  readonly pairs: ReadonlyMap<string, HeaderMatch>;
  readonly groups: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
  readonly bare: ReadonlyMap<string, HeaderMatch>;
}

function buildDictionary(): Dictionary {
  const single = new Map<string, HeaderMatch>();
  const pairs = new Map<string, HeaderMatch>();
  const groups = new Set<string>();
  const groupsOf = new Map<string, Set<string>>();
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
        groupsOf.set(def.key, (groupsOf.get(def.key) ?? new Set<string>()).add(gn));
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
  return { single, groupsOf, pairs, groups, generic, bare };
}

const DICTIONARY = buildDictionary();

/** Group names of the plenary and the standing committee's meetings. */
const MEETING_GROUPS: ReadonlySet<string> = new Set(
  COUNT_COLUMNS.filter((c) => c.key.startsWith('plenary_') || c.key.startsWith('standing_')).flatMap((c) => (c.groups ?? []).flatMap((g) => g.group.map((n) => normalizeHeader(n).strict))),
);

function forms(text: string): readonly string[] {
  const f: HeaderForms = normalizeHeader(text);
  return f.loose === f.strict ? [f.strict] : [f.strict, f.loose];
}

const QUALIFIER = /^其中[:：、，,]?(.+)$/;

/** The word after 「其中」 (「其中：采用」 → 采用), or null when the header is not a 「其中…」 column. */
export function qualifierOf(text: string): string | null {
  const m = QUALIFIER.exec(normalizeHeader(text).strict);
  return m === null ? null : normalizeHeader(m[1]).strict;
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

  const find = (map: ReadonlyMap<string, HeaderMatch>, text: string): HeaderMatch | null => {
    for (const n of forms(text)) {
      const m = n === '' ? undefined : map.get(n);
      if (m) return m;
    }
    return null;
  };
  // Custom items first: a method that names its own item after a built-in header means its own item.
  const single = (text: string): HeaderMatch | null => find(customMap, text) ?? find(DICTIONARY.single, text);
  const isEmpty = (text: string): boolean => forms(text).every((n) => n === '');
  const isGeneric = (text: string): boolean => forms(text).some((n) => DICTIONARY.generic.has(n));
  const groupForms = (text: string): readonly string[] => forms(text).filter((n) => DICTIONARY.groups.has(n) && !DICTIONARY.generic.has(n));

  const pair = (group: string, sub: string): HeaderMatch | null => {
    if (isEmpty(sub)) return single(group);
    if (isEmpty(group)) return single(sub);
    // The method's own names: the sub-column alone, or group and sub-column read together.
    const own = find(customMap, sub) ?? find(customMap, compactJoin(group, sub)) ?? find(customMap, compactJoin(sub, group));
    if (own) return own;
    const word = qualifierOf(sub) ?? sub;
    if (isGeneric(group)) {
      return find(DICTIONARY.single, word) ?? forms(word).map((n) => DICTIONARY.bare.get(n)).find((m) => m !== undefined) ?? null;
    }
    const known = groupForms(group);
    for (const g of known) {
      for (const s of forms(word)) {
        const m = DICTIONARY.pairs.get(g + SEP + s);
        if (m) return m;
      }
    }
    const joined = find(DICTIONARY.single, compactJoin(group, word)) ?? find(DICTIONARY.single, compactJoin(word, group));
    if (joined) return joined;
    // The sub-column's own full name; under one meeting's group never the other meeting's item
    // (迟到早退 under 常委会议 is not the plenary's 迟到早退).
    const named = find(DICTIONARY.single, word);
    const bound = named === null ? undefined : DICTIONARY.groupsOf.get(named.key);
    const meetingOnly = (gs: Iterable<string>): boolean => [...gs].every((g) => MEETING_GROUPS.has(g));
    if (named !== null && bound !== undefined && known.length > 0 && meetingOnly(known) && meetingOnly(bound) && !known.some((g) => bound.has(g))) return null;
    return named;
  };

  const isGroup = (text: string): boolean => forms(text).some((n) => DICTIONARY.groups.has(n));
  return { single, pair, isGroup };
}

function compactJoin(a: string, b: string): string {
  return normalizeHeader(a).strict + normalizeHeader(b).strict;
}
