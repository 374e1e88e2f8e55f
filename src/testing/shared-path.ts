import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Path inside the shared development material (`CONSENTRY_SHARED`, else `<repo>/../shared`),
 * or undefined when it is absent so tests can skip with a message.
 */
export function sharedPath(...parts: string[]): string | undefined {
  const root = process.env.CONSENTRY_SHARED ?? path.resolve(repoRoot, '..', 'shared');
  const full = path.join(root, ...parts);
  return existsSync(full) ? full : undefined;
}
