import type { Database, Queryable } from '../store/database.ts';

/** What a gateway keeps in memory and must reload when another process changes it. */
export type ProtectKind = 'hash_lists' | 'persons' | 'consent';

/** NOTIFY channel: the payload is the kind that changed. */
export const PROTECT_CHANGED_CHANNEL = 'consentry_protect_changed';

/**
 * Records that something changed: an append-only event (never biometric data), the kind's version
 * bumped, and a NOTIFY sent at commit. Run it in the same transaction as the change itself.
 */
export async function recordProtectChange(tx: Queryable, kind: ProtectKind, event: { tenantId: string | null; type: string; subjectId: string; details?: Record<string, unknown> }): Promise<void> {
  await tx.query('INSERT INTO protect_events (tenant_id, kind, subject_id, details) VALUES ($1, $2, $3, $4)', [event.tenantId, event.type, event.subjectId, JSON.stringify(event.details ?? {})]);
  await tx.query(`UPDATE protect_versions SET version = version + 1 WHERE kind = $1`, [kind]);
  await tx.query(`SELECT pg_notify('${PROTECT_CHANGED_CHANNEL}', $1)`, [kind]);
}

export interface ProtectEvent {
  seq: number;
  tenantId: string | null;
  createdAt: string;
  type: string;
  subjectId: string;
  details: Record<string, unknown>;
}

/** The protection events of a tenant (and the operator's, tenant null), oldest first. */
export async function listProtectEvents(db: Queryable, options: { tenantId?: string; subjectId?: string; limit?: number } = {}): Promise<ProtectEvent[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.tenantId !== undefined) where.push(`(tenant_id = $${params.push(options.tenantId)} OR tenant_id IS NULL)`);
  if (options.subjectId !== undefined) where.push(`subject_id = $${params.push(options.subjectId)}`);
  const { rows } = await db.query<{ seq: string | number; tenant_id: string | null; created_at: Date | string; kind: string; subject_id: string; details: unknown }>(
    `SELECT seq, tenant_id, created_at, kind, subject_id, details FROM protect_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq LIMIT ${Math.min(options.limit ?? 1000, 10_000)}`,
    params,
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    tenantId: r.tenant_id,
    createdAt: new Date(r.created_at).toISOString(),
    type: r.kind,
    subjectId: r.subject_id,
    details: (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<string, unknown>,
  }));
}

/**
 * Keeps an in-memory copy fresh: reloads on a NOTIFY from any process (PostgreSQL), when this
 * process says it changed something (`invalidate`), and otherwise checks the kind's version at most
 * every `pollMs` before use, so a lost NOTIFY costs at most that long.
 */
export class VersionedCache<T> {
  private value: T | undefined;
  private version = -1;
  private checkedAt = 0;
  private loading: Promise<T> | undefined;
  private dirty = true;
  private listening: Promise<{ close(): Promise<void> }> | undefined;

  constructor(
    private readonly db: Database,
    private readonly kind: ProtectKind,
    private readonly load: (db: Queryable) => Promise<T>,
    private readonly pollMs = 1000,
  ) {
    if (db.listen) {
      this.listening = db.listen(
        PROTECT_CHANGED_CHANNEL,
        (payload) => {
          if (payload === kind) this.invalidate();
        },
        () => this.invalidate(),
      );
      this.listening.catch(() => undefined);
    }
  }

  invalidate(): void {
    this.dirty = true;
  }

  async get(): Promise<T> {
    const now = Date.now();
    if (!this.dirty && this.value !== undefined && now - this.checkedAt < this.pollMs) return this.value;
    return (this.loading ??= this.refresh(now).finally(() => {
      this.loading = undefined;
    }));
  }

  private async refresh(now: number): Promise<T> {
    const { rows } = await this.db.query<{ version: string | number }>('SELECT version FROM protect_versions WHERE kind = $1', [this.kind]);
    const version = Number(rows[0]?.version ?? 0);
    this.checkedAt = now;
    if (!this.dirty && this.value !== undefined && version === this.version) return this.value;
    this.dirty = false;
    this.value = await this.load(this.db);
    this.version = version;
    return this.value;
  }

  async close(): Promise<void> {
    await (await this.listening?.catch(() => undefined))?.close();
  }
}
