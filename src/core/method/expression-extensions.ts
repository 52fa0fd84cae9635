/**
 * Names and functions that conditions may use beyond a member's own counts and identity: the
 * one place where they are registered. The term archive (CONTRACT.md §9, issue 13) adds its
 * names here — `prev.score`, `prev.grade`, `prev2.score`, `term.years`, `term.min_score` and the
 * functions `term.count_grade(text)` and `term.sum(item)` — and supplies their values through the
 * evaluation context (`memberContext(member, extra)` in evaluate/variables.ts; the values come
 * from archive/term-values.ts). The grammar (dotted names, calls, quoted text) and the type check
 * take them.
 *
 * A name not registered here is `method.invalid` with the nearest known name, never a silent 0.
 */
import type { FunctionSignature, ValueType } from './expression';
import type { Expr } from '../types';

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

/**
 * The term archive's names (CONTRACT.md §9). `score` and `grade` are this year's; `prev` is the
 * member's previous year in the archive, `prev2` the one before; `term.*` counts the years of the
 * term in the archive with the current year included. A member with no such year: missing.
 */
export const EXTENSIONS: Extensions = {
  names: [
    { name: 'score', type: 'number', label: '本年度得分' },
    { name: 'grade', type: 'text', label: '本年度等次' },
    { name: 'prev.score', type: 'number', label: '上一年度得分' },
    { name: 'prev.grade', type: 'text', label: '上一年度等次' },
    { name: 'prev2.score', type: 'number', label: '前一年度之前一年的得分' },
    { name: 'prev2.grade', type: 'text', label: '前一年度之前一年的等次' },
    { name: 'term.years', type: 'number', label: '本届有记录的年数' },
    { name: 'term.min_score', type: 'number', label: '本届最低年度得分' },
  ],
  functions: [
    { name: 'term.count_grade', params: ['text'], type: 'number', label: '本届等次为{0}的年数' },
    { name: 'term.sum', params: ['item'], type: 'number', label: '本届{0}累计' },
  ],
};

/** The label of a registered name, or null. */
export function extensionLabel(name: string): string | null {
  return EXTENSIONS.names.find((n) => n.name === name)?.label ?? null;
}

/**
 * When in a member's evaluation a condition is evaluated: an item's `when` before the score is
 * known, requirements and vetoes before the grade is final, the shortlist and term flags after.
 */
export type ConditionPhase = 'item' | 'grading' | 'final';

/** Names that need this year's score (not known to an item's `when`). */
const NEEDS_SCORE: ReadonlySet<string> = new Set(['score', 'term.min_score']);
/** Names that need this year's final grade (known only after requirements and vetoes). */
const NEEDS_GRADE: ReadonlySet<string> = new Set(['grade', 'term.count_grade']);

/** Why a condition cannot be evaluated in its phase (it reads what is not known yet), or null. */
export function phaseProblem(expr: Expr, phase: ConditionPhase): string | null {
  if (phase === 'final') return null;
  const used = new Set<string>();
  const walk = (e: Expr): void => {
    if (e.kind === 'var') used.add(e.name);
    else if (e.kind === 'call') {
      used.add(e.name);
      e.args.forEach(walk);
    } else if (e.kind === 'unary') walk(e.arg);
    else if (e.kind === 'binary') {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  const grade = [...used].find((n) => NEEDS_GRADE.has(n));
  if (grade !== undefined) return `${grade} 读取本年度的最终等次，只能用于优秀委员名单的附加条件和届内标记（term.flags）；基本要求、否决情形和项目条件中请用 prev.grade、prev2.grade 读取往年等次`;
  const score = phase === 'item' ? [...used].find((n) => NEEDS_SCORE.has(n)) : undefined;
  if (score !== undefined) return `${score} 读取本年度得分，项目的适用条件在计分之前判断，不能使用；可在基本要求、否决情形中使用`;
  return null;
}
