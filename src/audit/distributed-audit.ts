import { createHash } from 'node:crypto';
import { availableParallelism, hostname } from 'node:os';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { atomicWrite } from '../report/reporter.ts';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { ConfigError, InvalidInputError } from '../errors.ts';
import { readAuditInputs, compareIds } from './audit-inputs.ts';
import { auditItem } from './audit-item.ts';
import type { AuditSummary } from './audit-summary.ts';
import type { AuditDependencies, AuditItem, AuditRecord } from './audit-types.ts';
import { createProgress } from './progress.ts';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-image.ts';
import { writeReports, type AuditOptions } from './run-audit.ts';

export const AUDIT_QUEUE = 'consentry-audit';
export const DEFAULT_AUDIT_SCHEMA = 'consentry_audit';

interface AuditJob {
  auditId: string;
  item: AuditItem;
  readLimits: ReadLimits;
}

export interface DistributedOptions extends Omit<AuditOptions, 'deps' | 'concurrency'> {
  databaseUrl: string;
  /** PostgreSQL schema for pg-boss and the results table (one per deployment; tests use their own). */
  schema?: string;
  /** Names the audit in the shared results table; default: a hash of the output folder. */
  auditId?: string;
  pollMs?: number;
}

function checkSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new ConfigError(`Invalid schema name "${schema}" (lower-case letters, digits, _).`);
  return schema;
}

async function ensureTable(pool: pg.Pool, schema: string): Promise<void> {
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query(`CREATE TABLE IF NOT EXISTS ${schema}.audit_results (
    audit_id text NOT NULL,
    id text NOT NULL,
    record json NOT NULL, -- json, not jsonb: keeps the key order, so outputs match a local run byte for byte
    worker text NOT NULL,
    PRIMARY KEY (audit_id, id))`);
}

// pg and pg-boss load only when distributed mode is used, so other commands stay light.
async function newPool(connectionString: string): Promise<pg.Pool> {
  const { default: pgModule } = await import('pg');
  return new pgModule.Pool({ connectionString, max: 2 });
}

async function startBoss(databaseUrl: string, schema: string): Promise<PgBoss> {
  const { default: PgBossClass } = await import('pg-boss');
  const boss = new PgBossClass({ connectionString: databaseUrl, schema, max: 4, supervise: true, schedule: false });
  boss.on('error', () => {
    // Connection blips are retried by pg-boss; jobs not acknowledged are redelivered after expiry.
  });
  await boss.start();
  await boss.createQueue(AUDIT_QUEUE).catch(() => undefined);
  return boss;
}

/**
 * The coordinator: queues one pg-boss job per image not yet in the shared results table, waits
 * while `consentry worker` processes (any number, any machine) work through them, then builds the
 * same outputs as a local audit from the shared results. Files must be readable at the same path
 * by every worker (a shared mount), or use URLs.
 */
export async function runDistributedAudit(options: DistributedOptions): Promise<{ summary: AuditSummary; records: AuditRecord[]; queued: number; files: string[] }> {
  const schema = checkSchema(options.schema ?? DEFAULT_AUDIT_SCHEMA);
  const items = typeof options.input === 'string' ? await readAuditInputs(options.input) : [...options.input].sort((a, b) => compareIds(a.id, b.id));
  if (items.length === 0) throw new InvalidInputError('No images to audit.');
  const auditId = options.auditId ?? createHash('sha256').update(resolve(options.outDir)).digest('hex').slice(0, 16);
  const pool = await newPool(options.databaseUrl);
  const boss = await startBoss(options.databaseUrl, schema);
  try {
    await ensureTable(pool, schema);
    // Failed images leave the shared table, so they are queued again (workers insert first-write-wins).
    if (options.retryErrors) await pool.query(`DELETE FROM ${schema}.audit_results WHERE audit_id = $1 AND record->>'status' = 'error'`, [auditId]);
    const done = new Set((await pool.query<{ id: string }>(`SELECT id FROM ${schema}.audit_results WHERE audit_id = $1`, [auditId])).rows.map((r) => r.id));
    const todo = items.filter((i) => !done.has(i.id));
    const readLimits = options.readLimits ?? DEFAULT_READ_LIMITS;
    for (let i = 0; i < todo.length; i += 500) {
      await boss.insert(
        todo.slice(i, i + 500).map((item) => ({
          name: AUDIT_QUEUE,
          data: { auditId, item, readLimits } satisfies AuditJob,
          retryLimit: 2,
          expireInSeconds: 15 * 60,
        })),
      );
    }
    const progress = options.progress ? createProgress(options.progress, items.length, { alreadyDone: done.size, label: 'audit (distributed)' }) : undefined;
    const wanted = new Set(items.map((i) => i.id));
    for (;;) {
      const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.audit_results WHERE audit_id = $1`, [auditId]);
      const n = Number(rows[0]!.n);
      progress?.update(n - done.size);
      if (n >= items.length || options.signal?.aborted) break;
      await new Promise((r) => setTimeout(r, options.pollMs ?? 1000));
    }
    progress?.finish();
    const { rows } = await pool.query<{ record: AuditRecord }>(`SELECT record FROM ${schema}.audit_results WHERE audit_id = $1`, [auditId]);
    const records = rows
      .map((r) => r.record)
      .filter((r) => wanted.has(r.id))
      .sort((a, b) => compareIds(a.id, b.id));
    await mkdir(options.outDir, { recursive: true });
    // The shared table is the journal here; results.jsonl is written whole, sorted, for the same outputs as a local run.
    await atomicWrite(join(resolve(options.outDir), 'results.jsonl'), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const report = await writeReports(records, items, resolve(options.outDir), options);
    return { ...report, records, queued: todo.length };
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
    await pool.end();
  }
}

export interface AuditWorker {
  readonly name: string;
  processed(): number;
  close(): Promise<void>;
}

/**
 * A worker: takes audit jobs from the queue, analyses each image and stores the record in the
 * shared results table (first write wins, so a redelivered job is harmless).
 */
export async function startAuditWorker(options: { databaseUrl: string; deps: AuditDependencies; schema?: string; concurrency?: number; name?: string }): Promise<AuditWorker> {
  const schema = checkSchema(options.schema ?? DEFAULT_AUDIT_SCHEMA);
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const pool = await newPool(options.databaseUrl);
  await ensureTable(pool, schema);
  const boss = await startBoss(options.databaseUrl, schema);
  let processed = 0;
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  for (let i = 0; i < concurrency; i++) {
    await boss.work<AuditJob>(AUDIT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) {
        const { auditId, item, readLimits } = job.data;
        const record = await auditItem(item, options.deps, readLimits);
        await pool.query(`INSERT INTO ${schema}.audit_results (audit_id, id, record, worker) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [auditId, item.id, JSON.stringify(record), name]);
        processed++;
      }
    });
  }
  return {
    name,
    processed: () => processed,
    async close() {
      await boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 }).catch(() => undefined);
      await pool.end();
    },
  };
}
