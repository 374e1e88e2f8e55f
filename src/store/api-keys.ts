import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { InvalidInputError } from '../errors.ts';
import type { Queryable } from './database.ts';
import { isUuid } from './decision-log.ts';

export const KEY_SCOPES = ['check', 'admin'] as const;
export type KeyScope = (typeof KEY_SCOPES)[number];

export interface ApiKeyRecord {
  id: string;
  tenantId: string;
  name: string;
  prefix: string;
  scope: KeyScope;
  rateLimitPerMinute: number;
}

export interface CreateApiKeyOptions {
  name: string;
  tenantId?: string;
  scope?: KeyScope;
  rateLimitPerMinute?: number;
}

export const DEFAULT_TENANT = 'default';
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** Creates the tenant if it does not exist yet. */
export async function ensureTenant(db: Queryable, tenantId: string): Promise<void> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(tenantId)) throw new InvalidInputError('Tenant ids are 1-64 letters, digits, ".", "_" or "-".');
  await db.query('INSERT INTO tenants (id, name) VALUES ($1, $1) ON CONFLICT (id) DO NOTHING', [tenantId]);
}

/** Creates a key (and its tenant if new). The secret is returned once and stored only as sha256. */
export async function createApiKey(db: Queryable, options: CreateApiKeyOptions): Promise<{ key: string; record: ApiKeyRecord }> {
  const tenantId = options.tenantId ?? DEFAULT_TENANT;
  const scope = options.scope ?? 'check';
  const rateLimitPerMinute = options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(tenantId)) throw new InvalidInputError('Tenant ids are 1-64 letters, digits, ".", "_" or "-".');
  if (!options.name || options.name.length > 200) throw new InvalidInputError('A key needs a name of 1-200 characters.');
  if (!KEY_SCOPES.includes(scope)) throw new InvalidInputError(`Scope must be one of ${KEY_SCOPES.join(', ')}.`);
  if (!Number.isInteger(rateLimitPerMinute) || rateLimitPerMinute < 1) throw new InvalidInputError('The rate limit must be a positive integer (requests per minute).');
  const key = `csk_${randomBytes(32).toString('base64url')}`;
  const record: ApiKeyRecord = { id: randomUUID(), tenantId, name: options.name, prefix: key.slice(0, 12), scope, rateLimitPerMinute };
  await ensureTenant(db, tenantId);
  await db.query('INSERT INTO api_keys (id, tenant_id, name, prefix, key_hash, scope, rate_limit_per_minute) VALUES ($1,$2,$3,$4,$5,$6,$7)', [
    record.id,
    tenantId,
    record.name,
    record.prefix,
    hashKey(key),
    scope,
    rateLimitPerMinute,
  ]);
  return { key, record };
}

/** The live (not revoked) key with this secret, if any. */
export async function findApiKey(db: Queryable, secret: string): Promise<ApiKeyRecord | undefined> {
  if (!secret.startsWith('csk_') || secret.length > 200) return undefined;
  const { rows } = await db.query<KeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`, [hashKey(secret)]);
  return rows[0] && toRecord(rows[0]);
}

/** PostgreSQL NOTIFY channel carrying the id of each revoked key, so gateways drop it from their caches. */
export const KEY_REVOKED_CHANNEL = 'consentry_key_revoked';

/** A key as listed to its administrators: never the secret, only its prefix. */
export interface ApiKeyListing extends ApiKeyRecord {
  createdAt: string;
  revokedAt: string | null;
}

/** The keys of one tenant (or of every tenant), oldest first; revoked ones only when asked. */
export async function listApiKeys(db: Queryable, options: { tenantId?: string; includeRevoked?: boolean } = {}): Promise<ApiKeyListing[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.tenantId !== undefined) where.push(`tenant_id = $${params.push(options.tenantId)}`);
  if (!options.includeRevoked) where.push('revoked_at IS NULL');
  const { rows } = await db.query<KeyRow & { created_at: Date | string; revoked_at: Date | string | null }>(
    `SELECT ${KEY_COLUMNS}, created_at, revoked_at FROM api_keys ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`,
    params,
  );
  return rows.map((row) => ({
    ...toRecord(row),
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  }));
}

/**
 * Revokes a live key; with `tenantId`, only that tenant's. Returns the revoked key, or undefined
 * when there is no such live key (unknown id, another tenant's, already revoked).
 */
export async function revokeApiKey(db: Queryable, id: string, options: { tenantId?: string } = {}): Promise<ApiKeyRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const params: unknown[] = [id];
  const tenant = options.tenantId === undefined ? '' : ` AND tenant_id = $${params.push(options.tenantId)}`;
  // The NOTIFY goes out at commit to every gateway listening (see KEY_REVOKED_CHANNEL).
  const { rows } = await db.query<KeyRow>(
    `WITH revoked AS (UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL${tenant} RETURNING ${KEY_COLUMNS})
     SELECT revoked.*, pg_notify('${KEY_REVOKED_CHANNEL}', revoked.id::text) FROM revoked`,
    params,
  );
  return rows[0] && toRecord(rows[0]);
}

interface KeyRow {
  id: string;
  tenant_id: string;
  name: string;
  prefix: string;
  scope: KeyScope;
  rate_limit_per_minute: number;
}

const KEY_COLUMNS = 'id, tenant_id, name, prefix, scope, rate_limit_per_minute';

function toRecord(row: KeyRow): ApiKeyRecord {
  return { id: row.id, tenantId: row.tenant_id, name: row.name, prefix: row.prefix, scope: row.scope, rateLimitPerMinute: row.rate_limit_per_minute };
}

function hashKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
