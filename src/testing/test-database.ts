import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import pg from 'pg';
import { openMigratedDatabase, type Database } from '../store/index.ts';

/** The PostgreSQL server the project's machines run; tests skip when it is unreachable. */
export const TEST_POSTGRES_URL = process.env.CONSENTRY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStorage {
  kind: 'pglite' | 'postgres';
  /** Options to open (more handles on) the same database. */
  options: { dataDir: string; databaseUrl?: string };
  /** Environment for a child `consentry` process using it. */
  env: Record<string, string>;
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

/** A fresh PGlite in a temp folder, run in the calling thread or (`thread: 'worker'`, as the gateway runs it) a thread of its own. */
export function pgliteStorage(options: { thread?: 'main' | 'worker' } = {}): TestStorage {
  const dataDir = mkdtempSync(join(tmpdir(), 'consentry-test-'));
  return {
    kind: 'pglite',
    options: { dataDir },
    env: { CONSENTRY_DATA_DIR: dataDir },
    open: () => openMigratedDatabase({ dataDir, pgliteThread: options.thread }),
    async dispose() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh database created on the test server for this run, dropped afterwards; undefined when unreachable. */
export async function postgresStorage(): Promise<TestStorage | undefined> {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  const name = `consentry_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const dataDir = mkdtempSync(join(tmpdir(), 'consentry-test-'));
  return {
    kind: 'postgres',
    options: { dataDir, databaseUrl },
    env: { DATABASE_URL: databaseUrl, CONSENTRY_DATA_DIR: dataDir },
    open: () => openMigratedDatabase({ dataDir, databaseUrl }),
    async dispose() {
      rmSync(dataDir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A superuser connection to a test storage's PostgreSQL database, for tampering in tests. */
export async function superuserClient(storage: TestStorage): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: storage.options.databaseUrl });
  await c.connect();
  return c;
}

/**
 * A test that needs the database `storage()` opened (a PostgreSQL server's): skipped, saying why, when the server was
 * unreachable. `storage` is read when the test runs, after the suite's `before` has set it.
 */
export function storageTest(storage: () => TestStorage | undefined): (name: string, fn: () => Promise<void>) => void {
  return (name, fn) =>
    test(name, async (t) => {
      if (!storage()) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      await fn();
    });
}
