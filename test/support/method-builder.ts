/**
 * Method objects for evaluation tests, built directly (not through the JSON parser): defaults for
 * every field, `when` strings compiled with parseCondition. Names resolve to item keys as written,
 * built-in Chinese labels, or `standing`.
 */
import { COUNT_COLUMNS, builtinLabel } from '../../src/core/columns';
import { parseCondition } from '../../src/core/method/expression';
import type { Condition, Method, MethodGrade, MethodItem, MethodShortlist } from '../../src/core/types';

const LABEL_TO_KEY = new Map(COUNT_COLUMNS.map((c) => [c.headers[0], c.key]));

export function when(source: string): Condition {
  const parsed = parseCondition(source, (name) => LABEL_TO_KEY.get(name) ?? (/^[a-z_][a-z0-9_]*$/.test(name) ? name : null));
  if (!parsed.ok) throw new Error(`bad test condition ${source}: ${parsed.detail}`);
  return parsed.condition;
}

export function item(key: string, points: number, over: Partial<MethodItem> = {}): MethodItem {
  return { key, label: builtinLabel(key) ?? key, headers: [], points, from: 1, tiers: null, count: null, when: null, max: null, min: null, category: null, ...over };
}

/** Grades from [name, min] pairs, highest first; the last one's min is ignored (catch-all). */
export function grades(...pairs: readonly (readonly [string, number | null])[]): MethodGrade[] {
  return pairs.map(([name, min], i) => ({ name, min: i === pairs.length - 1 ? null : min, color: null }));
}

export function shortlistSettings(over: Partial<MethodShortlist> = {}): MethodShortlist {
  return { label: '优秀政协委员建议名单', minGrade: '优秀', quota: 0.1, rounding: 'floor', scope: 'all', excludeRoles: [], when: null, ...over };
}

export function method(over: Partial<Method> = {}): Method {
  return {
    title: '测试评价办法',
    year: 2025,
    held: { plenary: null, standing: null },
    base: 0,
    total: { min: null, max: null },
    categories: [],
    items: [],
    requirements: [],
    vetoes: [],
    grades: grades(['合格', 60], ['不合格', null]),
    shortlist: null,
    notice: null,
    ...over,
  };
}
