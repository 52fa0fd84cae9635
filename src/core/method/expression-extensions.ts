/**
 * Names and functions that conditions may use beyond a member's own counts and identity: the
 * one place where they are registered. The term archive (CONTRACT.md §9, issue 13) adds its
 * names here — `prev.score`, `prev.grade`, `prev2.score`, `term.years`, `term.min_score` and the
 * functions `term.count_grade(text)` and `term.sum(item)` — and supplies their values through the
 * evaluation context (`memberContext(member, extra)` in evaluate/variables.ts). The grammar
 * (dotted names, calls, quoted text) and the type check already take them.
 *
 * A name not registered here is `method.invalid` with the nearest known name, never a silent 0.
 */
import type { FunctionSignature, ValueType } from './expression';

export interface ExtensionName {
  /** As written in conditions, e.g. `prev.score`. */
  readonly name: string;
  readonly type: ValueType;
  /** In plain words, for notices and the pane, e.g. 上一年度得分. */
  readonly label: string;
}

export interface ExtensionFunction extends FunctionSignature {
  /** In plain words, e.g. 本届内等次为{0}的年数. */
  readonly label: string;
}

export interface Extensions {
  readonly names: readonly ExtensionName[];
  readonly functions: readonly ExtensionFunction[];
}

/** Registered for every method; empty until the term archive lands. */
export const EXTENSIONS: Extensions = { names: [], functions: [] };
