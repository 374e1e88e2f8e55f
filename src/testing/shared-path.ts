import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A path inside the shared material (CONSENTRY_SHARED or ../shared), or undefined when absent. */
export function sharedPath(...parts: string[]): string | undefined {
  const root = process.env.CONSENTRY_SHARED ?? join(repoRoot, '..', 'shared');
  const path = join(root, ...parts);
  return existsSync(path) ? path : undefined;
}
