// A tenant's view of the decision log. One hash chain runs across every tenant's entries, so the
// chain's sequence numbers and an entry's prev_hash (the hash of whatever entry came before it,
// often another tenant's) would tell one tenant about the others: two sequence numbers read a day
// apart, less its own entries, count every other tenant's decisions in between. A tenant sees
// instead each entry's position among its own entries (1 = its first) and the entry's own hash;
// the chain between its entries is verified for it by the gateway (`verifyTenantLog`), and by the
// operator or an auditor with `consentry log verify --tenant` (docs/gateway.md, "What a tenant can verify").
import type { Queryable } from './database.ts';
import { LOG_ENTRY_COLUMNS, logEntryFromRow, verifyLog, type LogEntry, type LogRow } from './decision-log.ts';

/** A tenant's newest entry: its position among the tenant's entries (also their count), its hash and time. */
export interface TenantLogHead {
  position: number;
  entryHash: string;
  createdAt: string;
}

/** An entry as a tenant sees it: its position among the tenant's own entries instead of the chain's seq, and no prev_hash. */
export interface TenantLogEntry extends Omit<LogEntry, 'seq' | 'prevHash'> {
  position: number;
}

/** A tenant's anchor: the position of one of its entries (from `tenantLogHead`) and that entry's hash, kept outside the database. */
export interface TenantAnchor {
  position: number;
  entryHash: string;
}

export interface TenantLogVerification {
  /** The whole chain (every tenant's entries) verified, and every anchor is the tenant's entry with that hash. */
  ok: boolean;
  /** The tenant's entries. */
  entries: number;
  head: TenantLogHead | null;
  /** Where the chain or an anchor failed: a position and id for the tenant's own entry; for another tenant's, only the reason. */
  firstBroken?: { position?: number; id?: string; reason: string };
  anchorsMatched?: number;
}

/** The tenant's newest entry and its position (the tenant's entry count); undefined when it has none. */
export async function tenantLogHead(db: Queryable, tenantId: string): Promise<TenantLogHead | undefined> {
  // One statement, so the count and the newest entry are of the same moment.
  const { rows } = await db.query<{ entry_hash: string; created_at: Date | string; n: string }>(
    'SELECT entry_hash, created_at, (SELECT count(*) FROM decision_log WHERE tenant_id = $1)::text AS n FROM decision_log WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1',
    [tenantId],
  );
  const row = rows[0];
  return row && { position: Number(row.n), entryHash: row.entry_hash, createdAt: new Date(row.created_at).toISOString() };
}

/** The positions (among the tenant's entries) of the tenant's entries with these sequence numbers. */
export async function tenantPositions(db: Queryable, tenantId: string, seqs: readonly number[]): Promise<Map<number, number>> {
  if (seqs.length === 0) return new Map();
  const { rows } = await db.query<{ seq: string | number; position: string | number }>(
    'SELECT seq, position FROM (SELECT seq, row_number() OVER (ORDER BY seq) AS position FROM decision_log WHERE tenant_id = $1) t WHERE seq = ANY($2::bigint[])',
    [tenantId, [...new Set(seqs)]],
  );
  return new Map(rows.map((r) => [Number(r.seq), Number(r.position)]));
}

/** An entry as the tenant sees it. */
export function tenantEntry(entry: LogEntry & { content?: unknown }, position: number): TenantLogEntry {
  const { seq: _seq, prevHash: _prevHash, content: _content, ...shown } = entry;
  return { position, ...shown };
}

/**
 * The tenant's entries in chain order (from its first entry created at or after `since`), each with
 * its position among the tenant's entries, page by page (constant memory however long the log).
 */
export async function* readTenantLog(db: Queryable, tenantId: string, options: { since?: Date; pageSize?: number } = {}): AsyncGenerator<TenantLogEntry> {
  const pageSize = options.pageSize ?? 1000;
  let after = 0;
  let position = 0;
  const since = options.since?.toISOString();
  if (since) {
    // Start at the first entry on or after `since`; the position counts every entry of the tenant before it.
    const { rows } = await db.query<{ first: string | null }>('SELECT min(seq)::text AS first FROM decision_log WHERE tenant_id = $1 AND created_at >= $2', [tenantId, since]);
    if (rows[0]?.first == null) return;
    const first = Number(rows[0].first);
    const { rows: before } = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM decision_log WHERE tenant_id = $1 AND seq < $2', [tenantId, first]);
    position = Number(before[0]!.n);
    after = first - 1;
  }
  for (;;) {
    // Not filtered by `since` in SQL: every entry counts towards the positions after it (times need not rise with seq).
    const { rows } = await db.query<LogRow>(`SELECT ${LOG_ENTRY_COLUMNS} FROM decision_log WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT ${pageSize}`, [tenantId, after]);
    for (const row of rows) {
      position++;
      const entry = logEntryFromRow(row);
      if (since && entry.createdAt < since) continue;
      yield tenantEntry(entry, position);
    }
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/**
 * Walks the whole chain (every tenant's entries link to each other) and checks the tenant's
 * anchors, answering with the tenant's figures only. A broken entry of another tenant is reported
 * by where it falls among the tenant's own entries, never by its sequence number or id. An anchor
 * position the tenant has no entry at fails like a removed entry.
 */
export async function verifyTenantLog(db: Queryable, tenantId: string, anchors: readonly TenantAnchor[] = []): Promise<TenantLogVerification> {
  const wanted = [...new Set(anchors.map((a) => a.position))];
  const seqOf = new Map<number, number>();
  if (wanted.length > 0) {
    const { rows } = await db.query<{ seq: string | number; position: string | number }>(
      'SELECT seq, position FROM (SELECT seq, row_number() OVER (ORDER BY seq) AS position FROM decision_log WHERE tenant_id = $1) t WHERE position = ANY($2::bigint[])',
      [tenantId, wanted],
    );
    for (const r of rows) seqOf.set(Number(r.position), Number(r.seq));
  }
  const positionOf = new Map([...seqOf].map(([position, seq]) => [seq, position]));
  const found = anchors.filter((a) => seqOf.has(a.position));
  const result = await verifyLog(db, { anchors: found.map((a) => ({ seq: seqOf.get(a.position)!, entryHash: a.entryHash })), viewer: tenantId });
  const head = (await tenantLogHead(db, tenantId)) ?? null;
  const answer: TenantLogVerification = { ok: result.ok, entries: head?.position ?? 0, head, ...(anchors.length > 0 ? { anchorsMatched: result.anchorsMatched ?? 0 } : {}) };
  const broken = result.firstBroken;
  if (broken) {
    if (broken.id !== undefined) {
      answer.firstBroken = { position: (await tenantPositions(db, tenantId, [broken.seq])).get(broken.seq), id: broken.id, reason: broken.reason };
    } else if (positionOf.has(broken.seq)) {
      answer.firstBroken = { position: positionOf.get(broken.seq), reason: `the anchored entry at position ${positionOf.get(broken.seq)} is not in the log: entries were removed` };
    } else {
      const { rows } = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM decision_log WHERE tenant_id = $1 AND seq < $2', [tenantId, broken.seq]);
      const before = Number(rows[0]!.n);
      answer.firstBroken = { reason: `${broken.reason}, ${before === 0 ? "before this tenant's first entry" : `after this tenant's entry at position ${before}`}` };
    }
    return answer;
  }
  const missing = anchors.find((a) => !seqOf.has(a.position));
  if (missing) {
    answer.ok = false;
    answer.firstBroken = {
      position: missing.position,
      reason: `the anchored entry at position ${missing.position} is not in the log as an entry of this tenant: entries were removed from its end, or the anchor is not this tenant's`,
    };
  }
  return answer;
}
