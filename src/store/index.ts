// Storage: one PostgreSQL dialect over PGlite or a server, migrations, keys, rate limits, the decision log.
export { openDatabase, type Database, type DatabaseOptions, type Queryable, type QueryResult } from './database.ts';
export { migrate } from './migrate.ts';
export {
  createApiKey,
  ensureTenant,
  findApiKey,
  listApiKeys,
  revokeApiKey,
  KEY_REVOKED_CHANNEL,
  KEY_SCOPES,
  DEFAULT_TENANT,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  type ApiKeyRecord,
  type ApiKeyListing,
  type KeyScope,
  type CreateApiKeyOptions,
} from './api-keys.ts';
export { createRateLimiter, type RateLimiter, type RateLimitResult } from './rate-limiter.ts';
export {
  createDecisionLog,
  readLog,
  verifyLog,
  logHead,
  parseAnchors,
  hashEntry,
  sha256Hex,
  GENESIS_HASH,
  LOG_KINDS,
  type DecisionLog,
  type HashedContent,
  type LogEntry,
  type NewLogEntry,
  type InputRecord,
  type LogKind,
  type LogVerification,
  type ReadLogOptions,
  type LogAnchor,
  type LogHead,
} from './decision-log.ts';
export { readEvidence, encryptEvidence, decryptEvidence } from './evidence-store.ts';
export { LOG_EXPORT_FORMATS, exportLog, exportTenantLog, type LogExportFormat } from './log-export.ts';
export {
  readTenantLog,
  tenantEntry,
  tenantLogHead,
  tenantPositions,
  verifyTenantLog,
  type TenantAnchor,
  type TenantLogEntry,
  type TenantLogHead,
  type TenantLogVerification,
} from './tenant-log.ts';

import { openDatabase, type Database, type DatabaseOptions } from './database.ts';
import { migrate } from './migrate.ts';

/** Opens the database and brings its schema up to date. */
export async function openMigratedDatabase(options: DatabaseOptions): Promise<Database> {
  const db = await openDatabase(options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
