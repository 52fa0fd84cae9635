// STUB (helper core-method implements): the method JSON form (CONTRACT.md section 3).
import type { Method } from '../types';

export type MethodResult = { readonly ok: true; readonly method: Method } | { readonly ok: false; readonly path: string; readonly detail: string };

/** Parses method JSON text; errors name the JSON path (e.g. `items[2].points`) and say what is wrong in Chinese. */
export function parseMethodJson(text: string): MethodResult {
  void text;
  throw new Error('not implemented');
}

/** Validates and normalises an already-parsed JSON value. */
export function parseMethodObject(value: unknown): MethodResult {
  void value;
  throw new Error('not implemented');
}

/** The JSON form of a method (parseMethodObject(methodToJson(m)) gives m back). */
export function methodToJson(method: Method): Record<string, unknown> {
  void method;
  throw new Error('not implemented');
}
