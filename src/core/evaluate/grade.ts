/** Grades by score cut-off (CONTRACT.md section 3.4): grades are listed highest first. */
import type { MethodGrade } from '../types';
import { toCents } from './cents';

/** Index of the grade a score earns: the first whose `min` ≤ score, else the last; -1 when the method has no grades. */
export function gradeIndexForScore(scoreCents: number, grades: readonly MethodGrade[]): number {
  for (let i = 0; i < grades.length; i++) {
    const min = grades[i].min;
    if (min !== null && toCents(min) <= scoreCents) return i;
  }
  return grades.length - 1;
}

/** Index of a grade by name, -1 when unknown. A larger index is a lower grade. */
export function gradeIndexOf(name: string, grades: readonly MethodGrade[]): number {
  return grades.findIndex((g) => g.name === name);
}
