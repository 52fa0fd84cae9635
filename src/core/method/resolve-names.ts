/**
 * The names a method's conditions may use (CONTRACT.md sections 3.6, 7 and 9), in one registry:
 * item keys, Chinese labels and header names, `standing` (常委), the identity fields compared with
 * quoted text (role, sector, committee, liaison_group, unit) and the registered extension names
 * and functions (expression-extensions.ts). Every name means exactly one thing: conditions
 * resolve through it, and an item may not take a name that is already taken.
 *
 * The method's own names win (CONTRACT.md §7): a custom item may claim a header name of the
 * built-in vocabulary (a first-edition custom item 「视察活动」 keeps its meaning), unless the
 * built-in item that owns the name is itself in the method. A built-in item never takes another
 * built-in item's names, and a custom key is never a built-in header (write the built-in code).
 */
import { COUNT_COLUMNS, IDENTITY_COLUMNS, RECORD_KEYS, builtinLabel, isBuiltinCountKey } from '../columns';
import { parseCondition, type FunctionSignature, type NameMeaning, type NameResolver } from './expression';
import { EXTENSIONS, type Extensions } from './expression-extensions';
import { nearestName } from './nearest';

export const STANDING = 'standing';
/** How `standing` is shown in conditions written for clerks. */
export const STANDING_LABEL = '常委';
const STANDING_NAMES: readonly string[] = [STANDING, STANDING_LABEL, '是否常委'];
const OPERATOR_WORDS: readonly string[] = ['and', 'or', 'not', '且', '或', '非'];
/** A trailing unit word as the header matching of CONTRACT.md section 2 drops it (视察调研次数 → 视察调研). */
const TRAILING_UNIT = /(次数|件数|篇数|数|情况)$/;

/** Identity fields a condition compares with quoted text (CONTRACT.md §7), with the Chinese name shown for each. */
export const CONDITION_FIELDS: ReadonlyMap<string, string> = new Map([
  ['role', '政协职务'],
  ['sector', '界别'],
  ['committee', '专委会'],
  ['liaison_group', '联络组'],
  ['unit', '工作单位'],
]);

export type NameOwner =
  | { readonly kind: 'item'; readonly key: string; readonly builtin: boolean }
  | { readonly kind: 'standing' }
  | { readonly kind: 'operator' }
  /** An identity column a condition cannot use (姓名, 性别…). */
  | { readonly kind: 'identity'; readonly key: string }
  /** An identity field a condition compares with quoted text. */
  | { readonly kind: 'field'; readonly key: string }
  | { readonly kind: 'extension'; readonly name: string };

/** The form names are compared in: no white space, ASCII letters in lower case. */
export function nameForm(name: string): string {
  return name.replace(/\s+/g, '').replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export interface ItemNamesOptions {
  /** The built-in item keys of the method: their vocabulary cannot be claimed by another item. */
  readonly methodBuiltins?: Iterable<string>;
  readonly extensions?: Extensions;
}

/** A registry being filled with a method's items; claim() says which name is already taken. */
export class ItemNames implements NameResolver {
  /** Names whose meaning is fixed: operator words, 常委, identity columns, extension names, built-in keys. */
  private readonly fixed = new Map<string, NameOwner>();
  /** Header names of the built-in vocabulary. */
  private readonly vocabulary = new Map<string, NameOwner>();
  /** Names the method's items claimed (labels, headers, custom keys). */
  private readonly claimed = new Map<string, NameOwner>();
  private readonly functions = new Map<string, FunctionSignature>();
  private readonly extensionTypes = new Map<string, NameMeaning>();
  /** Every known name as written, for 「是否为 …？」. */
  private readonly written: string[] = [];
  private readonly methodBuiltins: ReadonlySet<string>;

  constructor(options: ItemNamesOptions = {}) {
    this.methodBuiltins = new Set(options.methodBuiltins ?? []);
    const ext = options.extensions ?? EXTENSIONS;
    for (const c of IDENTITY_COLUMNS) {
      const owner: NameOwner = CONDITION_FIELDS.has(c.key) ? { kind: 'field', key: c.key } : { kind: 'identity', key: c.key };
      for (const n of [c.key, ...c.headers]) this.fix(n, owner, owner.kind === 'field');
    }
    // 是否常委 is also the role column's header: in a condition it means standing.
    for (const n of STANDING_NAMES) this.fix(n, { kind: 'standing' }, true);
    for (const n of OPERATOR_WORDS) this.fix(n, { kind: 'operator' }, false);
    for (const e of ext.names) {
      this.fix(e.name, { kind: 'extension', name: e.name }, true);
      this.extensionTypes.set(nameForm(e.name), { name: e.name, type: e.type });
    }
    for (const f of ext.functions) {
      this.functions.set(nameForm(f.name), f);
      this.written.push(f.name);
    }
    for (const c of COUNT_COLUMNS) {
      const owner: NameOwner = { kind: 'item', key: c.key, builtin: true };
      this.fix(c.key, owner, true);
      for (const h of c.headers) {
        const form = nameForm(h);
        if (!this.fixed.has(form) && !this.vocabulary.has(form)) {
          this.vocabulary.set(form, owner);
          this.written.push(h);
        }
      }
    }
    // The records' keys (proposal_credit) and their labels name one thing only (last, so a near-miss suggests the table's vocabulary first).
    for (const r of RECORD_KEYS) for (const n of [r.key, r.label]) this.fix(n, { kind: 'item', key: r.key, builtin: true }, true);
  }

  private fix(name: string, owner: NameOwner, suggest: boolean): void {
    const form = nameForm(name);
    this.fixed.set(form, owner);
    if (suggest) this.written.push(name);
  }

  /** Records `name` for item `key`; returns the owner when the name already means something else. */
  claim(name: string, key: string): NameOwner | null {
    const form = nameForm(name);
    const fixed = this.fixed.get(form);
    if (fixed !== undefined) return fixed.kind === 'item' && fixed.key === key ? null : fixed;
    const claimed = this.claimed.get(form);
    if (claimed !== undefined) return claimed.kind === 'item' && claimed.key === key ? null : claimed;
    // A built-in header name stays its item's when that item is in the method, or when a built-in item claims it.
    const builtin = this.vocabulary.get(form);
    if (builtin !== undefined && builtin.kind === 'item' && builtin.key !== key && (this.methodBuiltins.has(builtin.key) || isBuiltinCountKey(key))) return builtin;
    this.claimed.set(form, { kind: 'item', key, builtin: isBuiltinCountKey(key) });
    this.written.push(name);
    return null;
  }

  /** The built-in item whose vocabulary holds this name, if any. */
  vocabularyOwner(name: string): NameOwner | null {
    return this.vocabulary.get(nameForm(name)) ?? null;
  }

  private owner(form: string): NameOwner | undefined {
    return this.claimed.get(form) ?? this.fixed.get(form) ?? this.vocabulary.get(form);
  }

  /** What a name in a condition stands for; null when unknown or not usable in a condition. */
  variable(name: string): NameMeaning | null {
    const form = nameForm(name);
    let owner = this.owner(form);
    if (owner === undefined) {
      const bare = this.owner(form.replace(TRAILING_UNIT, ''));
      if (bare?.kind === 'item') owner = bare;
    }
    switch (owner?.kind) {
      case 'item':
        return { name: owner.key, type: 'number' };
      case 'standing':
        return { name: STANDING, type: 'number' };
      case 'field':
        return { name: owner.key, type: 'text' };
      case 'extension':
        return this.extensionTypes.get(form) ?? null;
      default:
        return null;
    }
  }

  /** The variable a name stands for (an item key, `standing`, an identity key or an extension name); null when unknown. */
  resolve(name: string): string | null {
    return this.variable(name)?.name ?? null;
  }

  func(name: string): FunctionSignature | null {
    return this.functions.get(nameForm(name)) ?? null;
  }

  item(name: string): string | null {
    const v = this.variable(name);
    return v !== null && v.type === 'number' && v.name !== STANDING && !this.extensionTypes.has(nameForm(v.name)) ? v.name : null;
  }

  nearest(name: string): string | null {
    return nearestName(name, this.written, nameForm);
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
    case 'field':
      return `身份列（${owner.key}）的名称`;
    case 'extension':
      return `条件中的保留名称（${owner.name}）`;
    case 'item':
      return owner.builtin ? `内置项目「${builtinLabel(owner.key) ?? owner.key}」（${owner.key}）的名称` : `项目「${owner.key}」的名称`;
  }
}

/**
 * The text a variable is shown as: the item's label where writing that label back resolves to
 * the same item (a label with brackets, spaces or 且/或/非 cannot be written in a condition),
 * else its key; `standing` as 常委; identity fields by their Chinese name.
 */
export function displayName(names: ItemNames, labels: ReadonlyMap<string, string>): (variable: string) => string {
  return (variable) => {
    if (variable === STANDING) return STANDING_LABEL;
    const label = CONDITION_FIELDS.get(variable) ?? labels.get(variable) ?? builtinLabel(variable);
    if (label === undefined || label === null) return variable;
    const parsed = parseCondition(`${label} == ${label}`, names);
    return parsed.ok && parsed.condition.expr.kind === 'binary' && parsed.condition.expr.left.kind === 'var' && parsed.condition.expr.left.name === variable
      ? label
      : variable;
  };
}
