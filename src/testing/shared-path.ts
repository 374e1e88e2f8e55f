import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Path to shared read-only material (`CONSENTRY_SHARED`, else `<repo>/../shared`), or undefined
 * when it is not there, so tests can skip with a message instead of failing.
 */
export function sharedPath(...parts: string[]): string | undefined {
  const root = process.env.CONSENTRY_SHARED ?? join(repoRoot, '..', 'shared');
  const path = join(root, ...parts);
  return existsSync(path) ? path : undefined;
}
