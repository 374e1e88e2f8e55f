import { CheckUnavailableError } from '../errors.ts';
import { VersionedCache } from '../protect/protect-events.ts';
import type { Database } from '../store/database.ts';
import { HashListMatcher } from './hash-list-matcher.ts';
import { hashListVersions, loadOwnedHashLists } from './list-db.ts';

export interface HashListIndexOptions {
  /** Only these lists (by name) are matched; default every list in the store. */
  names?: readonly string[];
  threshold?: number;
  /** Longest a change made by another process goes unseen when its NOTIFY is lost (ms). */
  pollMs?: number;
}

interface Matchers {
  operator: HashListMatcher | undefined;
  byTenant: Map<string, HashListMatcher>;
}

/**
 * A process's in-memory index of the stored hash lists: one matcher over the operator's lists
 * (every tenant) and one per tenant with lists of its own. Rebuilt when the lists change (NOTIFY on
 * PostgreSQL, `invalidate()` in this process, a version check every `pollMs` otherwise).
 */
export class HashListIndex {
  private readonly cache: VersionedCache<Matchers>;
  readonly threshold: number | undefined;

  /** The matcher last built for each owner (tenant id, or null: the operator's), with the owner's version then. */
  private groups = new Map<string | null, { version: number; matcher: HashListMatcher }>();

  constructor(db: Database, options: HashListIndexOptions = {}) {
    this.threshold = options.threshold;
    this.cache = new VersionedCache(
      db,
      'hash_lists',
      async (q) => {
        // Versions first, lists after: a matcher is never older than the version it is stored with,
        // so an owner whose version is unchanged keeps its matcher and only changed owners are
        // rebuilt (a review console's block entry does not rebuild the operator's big lists).
        const versions = await hashListVersions(q);
        const params: unknown[] = [];
        const { rows } = await q.query<{ tenant_id: string | null; name: string }>(
          `SELECT tenant_id, name FROM hash_lists ${options.names ? `WHERE name = ANY($${params.push([...options.names])}::text[])` : ''}`,
          params,
        );
        // A list named in the configuration that does not exist is a misconfiguration that would
        // silently match nothing: refuse (fail closed) until it exists or the name is fixed.
        const missing = (options.names ?? []).filter((n) => !rows.some((l) => l.name === n));
        if (missing.length > 0) throw new CheckUnavailableError(`CONSENTRY_HASH_LISTS names list(s) that do not exist: ${missing.join(', ')}`, { missing });
        const next = new Map<string | null, { version: number; matcher: HashListMatcher }>();
        for (const owner of new Set(rows.map((r) => r.tenant_id))) {
          const version = versions.get(owner) ?? 0;
          const previous = this.groups.get(owner);
          next.set(
            owner,
            previous && previous.version === version
              ? previous
              : { version, matcher: new HashListMatcher(await loadOwnedHashLists(q, { names: options.names, owner }), { threshold: options.threshold }) },
          );
        }
        this.groups = next;
        const byTenant = new Map<string, HashListMatcher>();
        for (const [owner, group] of next) if (owner !== null) byTenant.set(owner, group.matcher);
        return { operator: next.get(null)?.matcher, byTenant };
      },
      options.pollMs,
    );
  }

  /** The matchers that apply to a tenant's request (none when no list applies). */
  async matchersFor(tenantId: string | undefined): Promise<HashListMatcher[]> {
    const m = await this.cache.get();
    const tenant = tenantId === undefined ? undefined : m.byTenant.get(tenantId);
    return [m.operator, tenant].filter((x): x is HashListMatcher => x !== undefined && x.size > 0);
  }

  invalidate(): void {
    this.cache.invalidate();
  }

  close(): Promise<void> {
    return this.cache.close();
  }
}
