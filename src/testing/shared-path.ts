import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A path inside the shared material (CONSENTRY_SHARED or <repo>/../shared), or undefined when absent. */
export function sharedPath(...parts: string[]): string | undefined {
  const root = process.env.CONSENTRY_SHARED ?? join(REPO_ROOT, '..', 'shared');
  const path = join(root, ...parts);
  return existsSync(path) ? path : undefined;
}
