import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The shared folder sits beside the main checkout, not beside worktrees, so it can be pointed at
// with CONSENTRY_SHARED; tests and scripts skip cleanly when it is absent (CI, fresh clones).
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a file or folder inside the shared material, or undefined when it is not there. */
export function sharedPath(...parts: string[]): string | undefined {
  const root = process.env.CONSENTRY_SHARED ?? join(repoRoot, '..', 'shared');
  const path = join(root, ...parts);
  return existsSync(path) ? path : undefined;
}
