/**
 * The names a method may use for its items (CONTRACT.md section 3.6): item keys, Chinese labels
 * and header names, plus `standing`. One registry so that every name means exactly one thing:
 * conditions resolve through it, and a custom item may not take a name that is already taken.
 */
import { COUNT_COLUMNS, IDENTITY_COLUMNS, builtinLabel, isBuiltinCountKey } from '../columns';
import { parseCondition } from './expression';

export const STANDING = 'standing';
/** How `standing` is shown in conditions written for clerks. */
export const STANDING_LABEL = '常委';
const STANDING_NAMES: readonly string[] = [STANDING, STANDING_LABEL, '是否常委'];
const OPERATOR_WORDS: readonly string[] = ['and', 'or', 'not', '且', '或', '非'];
/** A trailing unit word as the header matching of CONTRACT.md section 2 drops it (视察调研次数 → 视察调研). */
const TRAILING_UNIT = /(次数|件数|篇数|数|情况)$/;

export type NameOwner =
  | { readonly kind: 'item'; readonly key: string; readonly builtin: boolean }
  | { readonly kind: 'standing' }
  | { readonly kind: 'operator' }
  | { readonly kind: 'identity'; readonly key: string };

/** The form names are compared in: no white space, ASCII letters in lower case. */
export function nameForm(name: string): string {
  return name.replace(/\s+/g, '').replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Every name the product itself gives a meaning: `standing`, operator words, identity columns and built-in items. */
function builtinRegistry(): Map<string, NameOwner> {
  const names = new Map<string, NameOwner>();
  for (const c of IDENTITY_COLUMNS) for (const n of [c.key, ...c.headers]) names.set(nameForm(n), { kind: 'identity', key: c.key });
  // 是否常委 is also the role column's header: in a condition it means standing.
  for (const n of STANDING_NAMES) names.set(nameForm(n), { kind: 'standing' });
  for (const n of OPERATOR_WORDS) names.set(nameForm(n), { kind: 'operator' });
  for (const c of COUNT_COLUMNS) for (const n of [c.key, ...c.headers]) names.set(nameForm(n), { kind: 'item', key: c.key, builtin: true });
  return names;
}

/** A registry being filled with a method's items; claim() says which name is already taken. */
export class ItemNames {
  private readonly names = builtinRegistry();

  /** Records `name` for item `key`; returns the owner when the name already means something else. */
  claim(name: string, key: string): NameOwner | null {
    const form = nameForm(name);
    const owner = this.names.get(form);
    if (owner !== undefined && !(owner.kind === 'item' && owner.key === key)) return owner;
    if (owner === undefined) this.names.set(form, { kind: 'item', key, builtin: isBuiltinCountKey(key) });
    return null;
  }

  /** The variable a name in a condition stands for: an item key or `standing`; null when unknown. */
  resolve(name: string): string | null {
    const form = nameForm(name);
    const owner = this.names.get(form) ?? this.names.get(form.replace(TRAILING_UNIT, ''));
    if (owner?.kind === 'item') return owner.key;
    return owner?.kind === 'standing' ? STANDING : null;
  }
}

/** Says in Chinese what a taken name already means. */
export function describeOwner(owner: NameOwner): string {
  switch (owner.kind) {
    case 'standing':
      return `条件中表示是否常委的保留名称（${STANDING}）`;
    case 'operator':
      return '条件中的运算词（且、或、非）';
    case 'identity':
      return `身份列（${owner.key}）的名称`;
    case 'item':
      return owner.builtin ? `内置项目「${builtinLabel(owner.key) ?? owner.key}」（${owner.key}）的名称` : `项目「${owner.key}」的名称`;
  }
}

/**
 * The text a variable is shown as: the item's label where writing that label back resolves to
 * the same item (a label with brackets, spaces or 且/或/非 cannot be written in a condition),
 * else its key; `standing` as 常委.
 */
export function displayName(names: ItemNames, labels: ReadonlyMap<string, string>): (variable: string) => string {
  return (variable) => {
    if (variable === STANDING) return STANDING_LABEL;
    const label = labels.get(variable) ?? builtinLabel(variable);
    if (label === null) return variable;
    const parsed = parseCondition(label, (n) => names.resolve(n));
    return parsed.ok && parsed.condition.expr.kind === 'var' && parsed.condition.expr.name === variable ? label : variable;
  };
}
