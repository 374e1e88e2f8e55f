import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findApiKey, ForbiddenError, KEY_REVOKED_CHANNEL, RateLimitedError, UnauthorizedError, type ApiKeyRecord, type ConsentryContext, type KeyScope } from '../src/internal.ts';

declare module 'fastify' {
  interface FastifyRequest {
    apiKey?: ApiKeyRecord;
  }
  interface FastifyContextConfig {
    /** No API key needed (health, docs). */
    public?: boolean;
    /** Scope required; `check` keys and `admin` keys both pass `check`. */
    scope?: KeyScope;
  }
}

// A found key is remembered briefly to spare a query per request. A revocation reaches every
// gateway on the same PostgreSQL at once (NOTIFY); this time bounds it when that message is lost
// (a dropped listening connection). Unknown keys are never cached.
const KEY_CACHE_MS = 10_000;
const KEY_CACHE_MAX = 10_000;

export interface KeyCache {
  /** Drops a key from this process's cache at once (revoked here, or announced by another process). */
  forget(keyId: string): void;
}

/** Bearer API keys on every non-public route, then the key's rate limit (counted in PostgreSQL). */
export function registerAuth(app: FastifyInstance, context: ConsentryContext): KeyCache {
  const cache = new Map<string, { record: ApiKeyRecord; until: number }>();

  async function lookup(secret: string): Promise<ApiKeyRecord | undefined> {
    const id = createHash('sha256').update(secret).digest('hex');
    const hit = cache.get(id);
    const now = Date.now();
    if (hit && hit.until > now) return hit.record;
    const record = await findApiKey(context.db, secret);
    if (record) {
      if (cache.size >= KEY_CACHE_MAX) cache.clear();
      cache.set(id, { record, until: now + KEY_CACHE_MS });
    } else cache.delete(id);
    return record;
  }

  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    // Fastify builds routeOptions anew on every read: read it once.
    const route = request.routeOptions;
    const config = route.config;
    const url = route.url ?? '';
    if (config?.public || url.startsWith('/docs')) return;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const key = match ? await lookup(match[1]!) : undefined;
    if (!key) throw new UnauthorizedError();
    if (config?.scope === 'admin' && key.scope !== 'admin') throw new ForbiddenError('This endpoint needs an admin-scoped key.');
    const limit = await context.rateLimiter.hit(key.id, key.rateLimitPerMinute);
    reply.header('x-ratelimit-limit', String(limit.limit));
    reply.header('x-ratelimit-remaining', String(limit.remaining));
    if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds, limit.limit);
    request.apiKey = key;
  });
  const forget = (keyId: string) => {
    for (const [secretHash, entry] of cache) if (entry.record.id === keyId) cache.delete(secretHash);
  };
  if (context.db.listen) {
    const listening = context.db.listen(KEY_REVOKED_CHANNEL, forget, () => cache.clear());
    app.addHook('onClose', async () => {
      await (await listening).close();
    });
  }
  return { forget };
}
