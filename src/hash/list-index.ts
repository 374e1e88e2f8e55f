import { CheckUnavailableError } from '../errors.ts';
import { VersionedCache } from '../protect/protect-events.ts';
import type { Database } from '../store/database.ts';
import { HashListMatcher } from './hash-list-matcher.ts';
import { loadOwnedHashLists, type OwnedHashList } from './list-db.ts';

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

  constructor(db: Database, options: HashListIndexOptions = {}) {
    this.threshold = options.threshold;
    this.cache = new VersionedCache(
      db,
      'hash_lists',
      async (q) => {
        const lists = await loadOwnedHashLists(q, { names: options.names });
        // A list named in the configuration that does not exist is a misconfiguration that would
        // silently match nothing: refuse (fail closed) until it exists or the name is fixed.
        const missing = (options.names ?? []).filter((n) => !lists.some((l) => l.name === n));
        if (missing.length > 0) throw new CheckUnavailableError(`CONSENTRY_HASH_LISTS names list(s) that do not exist: ${missing.join(', ')}`, { missing });
        return build(lists, options.threshold);
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

function build(lists: OwnedHashList[], threshold: number | undefined): Matchers {
  const groups = new Map<string | null, OwnedHashList[]>();
  for (const l of lists) groups.set(l.tenantId, [...(groups.get(l.tenantId) ?? []), l]);
  const byTenant = new Map<string, HashListMatcher>();
  for (const [tenant, group] of groups) if (tenant !== null) byTenant.set(tenant, new HashListMatcher(group, { threshold }));
  const operator = groups.get(null);
  return { operator: operator && new HashListMatcher(operator, { threshold }), byTenant };
}
