import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { InvalidInputError } from '../errors.ts';
import type { Queryable } from './database.ts';

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
  await db.query(
    'INSERT INTO api_keys (id, tenant_id, name, prefix, key_hash, scope, rate_limit_per_minute) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [record.id, tenantId, record.name, record.prefix, hashKey(key), scope, rateLimitPerMinute],
  );
  return { key, record };
}

/** The live (not revoked) key with this secret, if any. */
export async function findApiKey(db: Queryable, secret: string): Promise<ApiKeyRecord | undefined> {
  if (!secret.startsWith('csk_') || secret.length > 200) return undefined;
  const { rows } = await db.query<{ id: string; tenant_id: string; name: string; prefix: string; scope: KeyScope; rate_limit_per_minute: number }>(
    'SELECT id, tenant_id, name, prefix, scope, rate_limit_per_minute FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
    [hashKey(secret)],
  );
  const row = rows[0];
  return row && { id: row.id, tenantId: row.tenant_id, name: row.name, prefix: row.prefix, scope: row.scope, rateLimitPerMinute: row.rate_limit_per_minute };
}

export async function revokeApiKey(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [id]);
}

function hashKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
