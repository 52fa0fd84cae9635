// STUB (helper core-method implements): the built-in example method.
import type { Method } from '../types';

export function exampleMethod(): Method {
  throw new Error('not implemented');
}
