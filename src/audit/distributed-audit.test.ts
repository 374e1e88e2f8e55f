import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runAudit } from './run-audit.ts';
import { runDistributedAudit } from './distributed-audit.ts';
import { fakeHasher, sha256Hex, tableAnalyzer, type FakeTruth } from '../testing/fake-image-analyzer.ts';
import { syntheticImage } from '../testing/synthetic-images.ts';

const DATABASE_URL = process.env.CONSENTRY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

test('distributed audit: two worker processes share the queue; the report equals a local run', async (t) => {
  if (!(await reachable())) {
    t.skip(`PostgreSQL not reachable at ${DATABASE_URL}`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'audit-dist-'));
  const schema = `audit_test_${process.pid}_${Date.now()}`;
  const workers: ChildProcess[] = [];
  try {
    await mkdir(join(dir, 'images'));
    const table = new Map<string, FakeTruth>();
    for (let i = 0; i < 24; i++) {
      const bytes = await syntheticImage(i, { size: 40 });
      table.set(sha256Hex(bytes), { level: i < 5 ? 'explicit' : i < 9 ? 'suggestive' : 'none', faces: i < 9 ? [{ gender: i % 3 ? 'female' : 'male', age: 35 }] : [] });
      await writeFile(join(dir, 'images', `i${String(i).padStart(2, '0')}.jpg`), bytes);
    }
    // One file that is no image: it fails, and is queued again only when errors are retried.
    await writeFile(join(dir, 'images', 'z-broken.jpg'), Buffer.from('not a jpeg'));
    const tablePath = join(dir, 'table.json');
    await writeFile(tablePath, JSON.stringify(Object.fromEntries(table)));
    const fixture = new URL('./worker-child.fixture.ts', import.meta.url).pathname;
    const outputs: string[] = [];
    for (const name of ['w1', 'w2']) {
      const child = spawn(process.execPath, ['--import', 'tsx', fixture, DATABASE_URL, schema, tablePath, name], { stdio: ['ignore', 'pipe', 'inherit'] });
      workers.push(child);
      let out = '';
      child.stdout!.on('data', (d) => {
        out += d;
        outputs[workers.indexOf(child)] = out;
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', () => {
          if (out.includes('ready')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
      });
    }
    const result = await runDistributedAudit({ input: join(dir, 'images'), outDir: join(dir, 'dist'), databaseUrl: DATABASE_URL, schema, auditId: 'test-audit', pollMs: 200, thumbnails: false });
    assert.equal(result.queued, 25);
    assert.equal(result.records.length, 25);
    assert.equal(result.summary.images.errors, 1);
    assert.equal(result.summary.levels.explicit, 5);
    assert.equal(result.summary.shares.sexualised.k, 9);

    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    const { rows } = await client.query(`SELECT worker, count(*)::int AS n FROM ${schema}.audit_results GROUP BY worker ORDER BY worker`);
    await client.end();
    assert.deepEqual(
      rows.map((r) => r.worker),
      ['w1', 'w2'],
      'both workers took jobs',
    );
    assert.equal(
      rows.reduce((a, r) => a + r.n, 0),
      25,
    );

    // The same corpus audited locally gives the same summary and report.
    await runAudit({ input: join(dir, 'images'), outDir: join(dir, 'local'), deps: { analyzer: tableAnalyzer(table), hasher: fakeHasher(table) }, thumbnails: false });
    for (const f of ['summary.json', 'results.csv', 'report.html', 'results.jsonl']) {
      assert.equal(await readFile(join(dir, 'dist', f), 'utf8'), await readFile(join(dir, 'local', f), 'utf8'), f);
    }
    // Re-running the coordinator queues nothing: everything is in the shared table.
    const again = await runDistributedAudit({ input: join(dir, 'images'), outDir: join(dir, 'dist'), databaseUrl: DATABASE_URL, schema, auditId: 'test-audit', pollMs: 200, thumbnails: false });
    assert.equal(again.queued, 0);
    const retried = await runDistributedAudit({
      input: join(dir, 'images'),
      outDir: join(dir, 'dist'),
      databaseUrl: DATABASE_URL,
      schema,
      auditId: 'test-audit',
      pollMs: 200,
      thumbnails: false,
      retryErrors: true,
    });
    assert.equal(retried.queued, 1, 'only the failed image is queued again');
    assert.equal(retried.records.length, 25);
    assert.equal(retried.summary.images.errors, 1, 'it fails again: it is still no image');
  } finally {
    for (const w of workers) {
      if (w.exitCode === null) {
        w.kill('SIGTERM');
        await new Promise((r) => w.once('exit', r));
      }
    }
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client
      .connect()
      .then(() => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`))
      .catch(() => undefined);
    await client.end().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
});
