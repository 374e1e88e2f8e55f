import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pgliteStorage } from '../testing/test-database.ts';

test('PGlite in its own thread: transactions commit or roll back, database errors keep their fields, close releases the folder', async () => {
  const storage = pgliteStorage({ thread: 'worker' });
  const db = await storage.open();
  try {
    await db.exec('CREATE TABLE t (id int PRIMARY KEY, at timestamptz, data bytea)');
    const committed = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES ($1, $2, $3)', [1, new Date('2026-01-02T03:04:05Z'), new Uint8Array([1, 2, 3])]);
      return (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM t')).rows[0]!.n;
    });
    assert.equal(committed, 1);
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t (id) VALUES (2)');
        throw new Error('changed my mind');
      }),
      /changed my mind/,
    );
    const { rows } = await db.query<{ id: number; at: Date; data: Uint8Array }>('SELECT id, at, data FROM t ORDER BY id');
    assert.deepEqual(
      rows.map((r) => r.id),
      [1],
      'the rolled-back insert is not there',
    );
    assert.ok(rows[0]!.at instanceof Date && rows[0]!.at.toISOString() === '2026-01-02T03:04:05.000Z');
    assert.deepEqual([...rows[0]!.data], [1, 2, 3]);
    // A constraint violation inside a transaction: the caller sees PostgreSQL's code and constraint.
    const violation = await db
      .transaction((tx) => tx.query('INSERT INTO t (id) VALUES (1)'))
      .then(
        () => undefined,
        (error: unknown) => error as { code?: string; constraint?: string },
      );
    assert.equal(violation?.code, '23505');
    assert.equal(violation?.constraint, 't_pkey');
    // Calls made together are all answered (the worker keeps their order per connection).
    const many = await Promise.all(Array.from({ length: 50 }, (_, i) => db.query<{ v: number }>('SELECT $1::int AS v', [i])));
    assert.deepEqual(
      many.map((r) => r.rows[0]!.v),
      Array.from({ length: 50 }, (_, i) => i),
    );
  } finally {
    await db.close();
  }
  assert.equal(existsSync(join(storage.options.dataDir, 'consentry.lock')), false, 'the lock is released at close');
  await assert.rejects(db.query('SELECT 1'), /database thread/);
  await storage.dispose();
});
