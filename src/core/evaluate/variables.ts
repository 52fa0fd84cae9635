/** The values a `when` condition sees for one member (CONTRACT.md sections 3.6, 7 and 9). */
import { STANDING_ROLES } from '../columns';
import type { EvalContext, Value } from '../method/expression';
import { EXTENSIONS } from '../method/expression-extensions';
import type { Identity, MemberRecord, Method } from '../types';

export const STANDING_VARIABLE = 'standing';

/** Registered names (the term archive's `score`, `grade`, `prev.score`…): their values come from `extra`. */
const EXTENSION_NAMES: ReadonlySet<string> = new Set(EXTENSIONS.names.map((n) => n.name));

export function isStanding(role: string): boolean {
  return STANDING_ROLES.includes(role);
}

/** A member's count of an item; a key the table lacks counts 0 (own keys only, so `constructor` is 0 too). */
export function countOf(counts: Readonly<Record<string, number>>, key: string): number {
  return Object.prototype.hasOwnProperty.call(counts, key) ? counts[key] : 0;
}

/** The key whose count an item scores: its `count`, else its own key. */
export function countKeyOf(item: { readonly key: string; readonly count: string | null }): string {
  return item.count ?? item.key;
}

/** Item key → the key whose count it scores, for the method's items that count another key. */
export function countSources(method: Method): ReadonlyMap<string, string> {
  return new Map(method.items.filter((i) => i.count !== null).map((i) => [i.key, countKeyOf(i)]));
}

/** Identity fields a condition compares with quoted text; a blank field is missing. */
const IDENTITY_VALUES: ReadonlyMap<string, (m: Identity) => string | null> = new Map([
  ['role', (m: Identity) => m.role],
  ['sector', (m: Identity) => m.sector],
  ['committee', (m: Identity) => m.committee],
  ['liaison_group', (m: Identity) => m.liaisonGroup],
  ['unit', (m: Identity) => m.unit],
]);

/** Values beyond the member's row, e.g. the term archive's `prev.score` (registered in expression-extensions.ts). */
export interface ExtraValues {
  value(name: string): Value;
  call(name: string, args: readonly Value[]): Value;
}

/**
 * Item keys give the member's count (an item with `count` gives its source's count); `standing`
 * gives 1 for standing-committee roles; identity fields give their text or missing; any other
 * name (a registered dotted name) and every function come from `extra`, else missing.
 */
export function memberContext(member: MemberRecord, sources: ReadonlyMap<string, string> = new Map(), extra: ExtraValues | null = null): EvalContext {
  const standing = isStanding(member.role) ? 1 : 0;
  return {
    value: (name) => {
      if (name === STANDING_VARIABLE) return standing;
      const identity = IDENTITY_VALUES.get(name);
      if (identity !== undefined) {
        const v = identity(member);
        return v === null || v.trim() === '' ? null : v;
      }
      if (name.includes('.') || EXTENSION_NAMES.has(name)) return extra === null ? null : extra.value(name);
      const key = sources.get(name) ?? name;
      // An exact share (proposal_credit) compares by its own value, not by the count shown to 0.01.
      const share = member.shares !== undefined && Object.prototype.hasOwnProperty.call(member.shares, key) ? member.shares[key] : undefined;
      return share !== undefined ? Number(share.n) / Number(share.d) : countOf(member.counts, key);
    },
    call: (name, args) => (extra === null ? null : extra.call(name, args)),
  };
}

/** A member's value of each name a condition may use, as the evaluation sees it (for the plain-words notices). */
export function memberVariables(member: MemberRecord, method: Method | null = null, extra: ExtraValues | null = null): (name: string) => Value {
  const ctx = memberContext(member, method === null ? new Map() : countSources(method), extra);
  return (name) => ctx.value(name);
}
