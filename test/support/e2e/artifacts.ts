/** Where the end-to-end tests leave their screenshots and downloads. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ARTIFACTS = resolve(__dirname, '..', '..', '..', 'test-results', 'e2e');

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
