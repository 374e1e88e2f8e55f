import { createBatcher } from './batcher.ts';
import type { Queryable } from './database.ts';

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  hit(keyId: string, limitPerMinute: number): Promise<RateLimitResult>;
  close(): Promise<void>;
}

const WINDOW_MS = 60_000;

/**
 * Fixed one-minute windows counted in PostgreSQL, so every gateway process sharing the database
 * enforces one limit. Hits arriving together are counted in one upsert per key.
 */
export function createRateLimiter(db: Queryable & { kind?: 'pglite' | 'postgres' }, now: () => number = Date.now): RateLimiter {
  // PGlite serves exactly one process (a lock file enforces it), so counting in that process is
  // exact and spares a write per request; counters restart with the process.
  if (db.kind === 'pglite') return memoryRateLimiter(now);
  let lastCleanup = 0;
  const batcher = createBatcher<{ keyId: string; limit: number; at: number }, RateLimitResult>(async (hits) => {
    const at = now();
    const windowStart = Math.floor(at / WINDOW_MS) * WINDOW_MS;
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + WINDOW_MS - at) / 1000));
    const byKey = new Map<string, number[]>();
    hits.forEach((h, i) => byKey.set(h.keyId, [...(byKey.get(h.keyId) ?? []), i]));
    const results: RateLimitResult[] = new Array(hits.length);
    for (const [keyId, indexes] of byKey) {
      const { rows } = await db.query<{ count: number }>(
        `INSERT INTO rate_limit_counters (key_id, window_start, count) VALUES ($1, $2, $3)
         ON CONFLICT (key_id, window_start) DO UPDATE SET count = rate_limit_counters.count + EXCLUDED.count RETURNING count`,
        [keyId, new Date(windowStart).toISOString(), indexes.length],
      );
      const after = Number(rows[0]!.count);
      indexes.forEach((index, n) => {
        const position = after - indexes.length + n + 1;
        const limit = hits[index]!.limit;
        results[index] = { allowed: position <= limit, limit, remaining: Math.max(0, limit - position), retryAfterSeconds };
      });
    }
    if (at - lastCleanup > 5 * WINDOW_MS) {
      lastCleanup = at;
      await db.query('DELETE FROM rate_limit_counters WHERE window_start < $1', [new Date(windowStart - WINDOW_MS).toISOString()]);
    }
    return results;
  });
  return {
    hit: (keyId, limit) => batcher.push({ keyId, limit, at: now() }),
    close: () => batcher.drain(),
  };
}

function memoryRateLimiter(now: () => number): RateLimiter {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    async hit(keyId, limit) {
      const at = now();
      const start = Math.floor(at / WINDOW_MS) * WINDOW_MS;
      if (start !== windowStart) {
        windowStart = start;
        counts = new Map();
      }
      const position = (counts.get(keyId) ?? 0) + 1;
      counts.set(keyId, position);
      return { allowed: position <= limit, limit, remaining: Math.max(0, limit - position), retryAfterSeconds: Math.max(1, Math.ceil((start + WINDOW_MS - at) / 1000)) };
    },
    close: async () => {},
  };
}
