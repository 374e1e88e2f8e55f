import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.ts';
import type { ChainLink, HashedContent, SealedEvidenceRow } from './decision-log.ts';
import { pgliteDatabase } from './pglite-database.ts';

/** A row-returning query result. Column types are PostgreSQL's, parsed by the driver. */
export interface QueryResult<Row> {
  rows: Row[];
}

/** The part of a database both PGlite and a pg connection offer; services take this so they also run inside a transaction. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** One SQL dialect (PostgreSQL) over an embedded PGlite or a PostgreSQL server. */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Calls `onMessage` for each NOTIFY on `channel` from any process (PostgreSQL only: a PGlite
   * database has one process). The connection is re-opened when it drops; `onReset` is called then,
   * since notifications sent meanwhile are lost.
   */
  listen?(channel: string, onMessage: (payload: string) => void, onReset: () => void): Promise<{ close(): Promise<void> }>;
  /**
   * The embedded PGlite only: runs `sql`, a `COPY ... FROM '/dev/blob'`, with `data` as the file it
   * reads. A bulk write costs PGlite less per row than a multi-row INSERT with bound parameters
   * (measured in BENCHMARKS.md, bench/log-write-bench.ts).
   */
  copyFrom?(sql: string, data: string): Promise<void>;
  /**
   * The embedded PGlite in its own thread only: writes prepared decision-log entries as the next
   * links of the hash chain, there (decision-log.ts `writeChain`, with the thread as the chain's
   * only writer), one batch after another in the order called. `relearn` reads the head from the
   * table first instead of trusting the one the thread remembers (a new log's first batch).
   */
  appendChain?(entries: HashedContent[], evidence: SealedEvidenceRow[], relearn: boolean): Promise<ChainLink[]>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** Connections in the pool when `databaseUrl` is set. */
  poolSize?: number;
  /**
   * Where the embedded PGlite runs (no `databaseUrl`): `'worker'`, a thread of its own, keeps its
   * SQL off the caller's event loop (the gateway's choice); `'main'` (default), the calling thread,
   * spares a thread for short-lived commands.
   */
  pgliteThread?: 'main' | 'worker';
}

/**
 * Opens the embedded PGlite in `dataDir`, or a pooled PostgreSQL connection when `databaseUrl`
 * is set. Migrations are not applied here; see `migrate()` (or `openMigratedDatabase`).
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10) : openPglite(options.dataDir, options.pgliteThread ?? 'main');
}

async function openPglite(dataDir: string, thread: 'main' | 'worker'): Promise<Database> {
  const dir = resolve(dataDir, 'pgdata');
  mkdirSync(dir, { recursive: true });
  const unlock = lockDataDir(resolve(dataDir, 'consentry.lock'));
  if (thread === 'worker') {
    try {
      return await (await import('./pglite-thread.ts')).openPgliteThread(dir, unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }
  const { PGlite } = await import('@electric-sql/pglite');
  let db: InstanceType<typeof PGlite>;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    unlock();
    throw error;
  }
  return pgliteDatabase(db, async () => {
    await db.close();
    unlock();
  });
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * A lock file holding the owner's pid refuses that; a lock left by a dead process is taken over.
 */
function lockDataDir(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new ConfigError(`The data folder is in use by process ${owner}; PGlite serves one process. Stop it, or use DATABASE_URL for several processes.`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new ConfigError(`Could not lock the data folder (${path}).`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const { default: pg } = await import('pg');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL.');
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new ConfigError('DATABASE_URL must be a postgres:// URL.');
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const wrap = (q: import('pg').Pool | import('pg').PoolClient): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query(sql, params as unknown[]);
      return { rows: result.rows as Row[] };
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  // Fail at open, not at the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    ...wrap(pool),
    async listen(channel, onMessage, onReset) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new ConfigError(`Not a channel name: ${channel}`);
      let closed = false;
      let client: import('pg').Client | undefined;
      let retry: NodeJS.Timeout | undefined;
      const start = async (): Promise<void> => {
        const c = new pg.Client({ connectionString: url });
        let dropped = false;
        const drop = () => {
          if (dropped) return;
          dropped = true;
          client = undefined;
          c.end().catch(() => {});
          if (closed) return;
          onReset();
          retry = setTimeout(() => void start(), 1000);
          retry.unref();
        };
        c.on('error', drop);
        c.on('end', drop);
        c.on('notification', (n) => {
          if (n.channel === channel) onMessage(n.payload ?? '');
        });
        try {
          await c.connect();
          await c.query(`LISTEN ${channel}`);
          if (closed) await c.end();
          else client = c;
        } catch {
          drop();
        }
      };
      await start();
      return {
        async close() {
          closed = true;
          clearTimeout(retry);
          await client?.end().catch(() => {});
        },
      };
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
