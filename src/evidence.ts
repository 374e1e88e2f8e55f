import type { Evidence } from './types.ts';

/**
 * Whether two pieces of evidence say the same: the same fields with the same values (a nested value
 * compared as JSON). What a decision lists once: the screener merging its signals, the policy summing
 * up a category's.
 */
export function sameEvidence(a: Evidence, b: Evidence): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) {
    const u = x[k];
    const v = y[k];
    if (u !== v && (typeof u !== 'object' || u === null || JSON.stringify(u) !== JSON.stringify(v))) return false;
  }
  return true;
}
