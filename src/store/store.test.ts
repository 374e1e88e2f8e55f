import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from '../policy/decide.ts';
import { STRICT_POLICY } from '../policy/builtin-policies.ts';
import type { Signal } from '../types.ts';
import { pgliteStorage, postgresStorage, type TestStorage } from '../testing/test-database.ts';
import {
  createApiKey,
  createDecisionLog,
  createRateLimiter,
  exportLog,
  findApiKey,
  hashEntry,
  listApiKeys,
  logHead,
  migrate,
  parseAnchors,
  readEvidence,
  readLog,
  revokeApiKey,
  verifyLog,
  type Database,
  type NewLogEntry,
} from './index.ts';

function entry(tenantId: string, signals: Signal[] = []): NewLogEntry {
  const decision = decide({ signals, unavailable: [], details: {} }, STRICT_POLICY);
  return { tenantId, kind: 'prompt', decision, signals, inputs: [{ role: 'prompt', sha256: 'ab'.repeat(32), length: 5 }] };
}

const sexual: Signal = { detector: 'fake', category: 'sexual', score: 0.9, reason: 'fake says sexual', evidence: [{ kind: 'text', start: 0, end: 3, text: 'x"y', term: 'x' }] };

async function readAll(db: Database) {
  const rows = [];
  for await (const row of readLog(db)) rows.push(row);
  return rows;
}

async function collect(gen: AsyncGenerator<string>): Promise<string> {
  let out = '';
  for await (const s of gen) out += s;
  return out;
}

// 'pglite-worker': the same embedded database run in a thread of its own, as the gateway runs it.
for (const kind of ['pglite', 'pglite-worker', 'postgres'] as const) {
  describe(`storage on ${kind}`, () => {
    let storage: TestStorage | undefined;
    let db: Database;
    before(async () => {
      storage = kind === 'postgres' ? await postgresStorage() : pgliteStorage({ thread: kind === 'pglite-worker' ? 'worker' : 'main' });
      if (storage) db = await storage.open();
    });
    after(async () => {
      await db?.close();
      await storage?.dispose();
    });
    const maybe = (name: string, fn: (t: { skip(msg: string): void }) => Promise<void>) =>
      test(name, async (t) => {
        if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
        await fn(t);
      });

    maybe('migrations are recorded and re-running them applies nothing', async () => {
      assert.deepEqual(await migrate(db), []);
      const { rows } = await db.query<{ name: string }>('SELECT name FROM schema_migrations');
      assert.ok(rows.some((r) => r.name.endsWith('_initial.sql')));
    });

    maybe('api keys are stored hashed, found by secret, scoped to a tenant, and revocable', async () => {
      const { key, record } = await createApiKey(db, { name: 'ci', tenantId: 'acme', scope: 'admin', rateLimitPerMinute: 5 });
      assert.match(key, /^csk_[A-Za-z0-9_-]{43}$/);
      const { rows } = await db.query<{ key_hash: string }>('SELECT key_hash FROM api_keys WHERE id = $1', [record.id]);
      assert.notEqual(rows[0]!.key_hash, key);
      assert.ok(!JSON.stringify(rows).includes(key.slice(4)));
      const found = await findApiKey(db, key);
      assert.equal(found?.tenantId, 'acme');
      assert.equal(found?.scope, 'admin');
      assert.equal(await findApiKey(db, key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A')), undefined);
      await revokeApiKey(db, record.id);
      assert.equal(await findApiKey(db, key), undefined);
      await assert.rejects(createApiKey(db, { name: 'x', tenantId: 'bad tenant!' }), { code: 'invalid_input' });
    });

    maybe('appends chain, verify passes, reads are tenant-scoped, export gives jsonl and csv', async () => {
      const log = createDecisionLog(db);
      await createApiKey(db, { name: 'a', tenantId: 't1' });
      await createApiKey(db, { name: 'b', tenantId: 't2' });
      const written = await Promise.all([entry('t1', [sexual]), entry('t2'), entry('t1'), entry('t2', [sexual])].map((e) => log.append(e)));
      assert.equal(new Set(written.map((w) => w.seq)).size, 4);
      const first = written[0]!;
      assert.equal((await log.get(first.id, 't1'))?.verdict, 'block');
      assert.equal(await log.get(first.id, 't2'), undefined, 'another tenant cannot read it');
      assert.equal(await log.get('not-a-uuid', 't1'), undefined);
      const verification = await verifyLog(db);
      assert.equal(verification.ok, true);
      assert.ok(verification.checked >= 4);
      const jsonl = await collect(exportLog(db, 'jsonl', { tenantId: 't1' }));
      const lines = jsonl
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.ok(lines.length >= 2 && lines.every((l) => l.tenantId === 't1'));
      const csv = await collect(exportLog(db, 'csv'));
      assert.match(csv.split('\n')[0]!, /^seq,id,tenant_id,created_at/);
      assert.ok(csv.includes('sexual'));
      assert.equal(await collect(exportLog(db, 'jsonl', { since: new Date(Date.now() + 3_600_000) })), '');
      await log.close();
    });

    maybe('group commits store the exact texts hashed and report the sequence numbers stored; a bad entry fails alone and the chain goes on', async () => {
      const log = createDecisionLog(db);
      await createApiKey(db, { name: 'batch', tenantId: 'tb' });
      // Characters the bulk write (COPY's text format) must escape, and some it must not touch.
      const tricky: Signal = {
        detector: 'fake',
        category: 'sexual',
        score: 0.9,
        reason: 'tab\there, newline\nthere, CR\r, backslash \\ and \\N and \\., quote " and é 名 🙂',
        evidence: [{ kind: 'text', start: 0, end: 3, text: '\\t\t\\n', term: 'x' }],
      };
      // The first append learns the chain head; the later ones are written together, as under load.
      await log.append(entry('tb'));
      const batch = await Promise.all([entry('tb', [tricky]), entry('tb'), { ...entry('tb', [tricky]), parentId: '6f1d2c1e-0b7a-4f0e-9a53-2f6c1d0e9b11' }, entry('tb')].map((e) => log.append(e)));
      // An entry the database refuses (no such tenant) fails on its own; its neighbours are written.
      const mixed = await Promise.allSettled([entry('tb', [tricky]), entry('no-such-tenant'), entry('tb')].map((e) => log.append(e)));
      assert.deepEqual(
        mixed.map((r) => r.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      );
      const after = await Promise.all([entry('tb', [tricky]), entry('tb')].map((e) => log.append(e)));
      const written = [...batch, ...mixed.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])), ...after];
      const stored = new Map((await readAll(db)).map((r) => [r.id, r]));
      for (const w of written) {
        const row = stored.get(w.id);
        assert.ok(row, 'every acknowledged entry is stored');
        assert.equal(row.seq, w.seq, 'the sequence number reported is the one stored');
        assert.equal(row.entryHash, w.entryHash);
        assert.equal(row.prevHash, w.prevHash);
        assert.equal(row.content.signalsJson, JSON.stringify(w.signals), 'the stored text is the text hashed');
        assert.equal(row.parentId, w.parentId);
      }
      assert.deepEqual(stored.get(batch[0]!.id)!.signals, [tricky]);
      assert.equal(stored.get(batch[2]!.id)!.parentId, '6f1d2c1e-0b7a-4f0e-9a53-2f6c1d0e9b11');
      assert.equal((await verifyLog(db)).ok, true);
      await log.close();
    });

    maybe('the database refuses UPDATE and DELETE on the log', async () => {
      await assert.rejects(db.query(`UPDATE decision_log SET verdict = 'allow'`), /append-only/);
      await assert.rejects(db.query('DELETE FROM decision_log'), /append-only/);
      await assert.rejects(db.exec('TRUNCATE decision_log CASCADE'), /append-only/);
    });

    maybe('a tampered entry is detected and named; a removed one breaks the next link', async () => {
      const log = createDecisionLog(db);
      const a = await log.append(entry('t1', [sexual]));
      const b = await log.append(entry('t1', [sexual]));
      const c = await log.append(entry('t1'));
      // As the superuser, bypassing the trigger on purpose.
      await db.exec('ALTER TABLE decision_log DISABLE TRIGGER decision_log_no_update_delete');
      await db.query(`UPDATE decision_log SET decision = replace(decision::text, '"verdict":"block"', '"verdict":"allow"')::json WHERE id = $1`, [b.id]);
      let result = await verifyLog(db);
      assert.equal(result.ok, false);
      assert.equal(result.firstBroken?.id, b.id);
      assert.match(result.firstBroken!.reason, /altered/);
      assert.equal((await verifyLog(db, { viewer: 't1' })).firstBroken?.id, b.id, 'its own tenant sees the id');
      const seenByOther = (await verifyLog(db, { viewer: 't2' })).firstBroken!;
      assert.deepEqual([seenByOther.seq, seenByOther.id], [b.seq, undefined], 'another tenant sees where, not which');
      assert.match(seenByOther.reason, /altered \(an entry of another tenant\)/);
      await db.query('DELETE FROM decision_log WHERE id = $1', [b.id]);
      result = await verifyLog(db);
      assert.equal(result.firstBroken?.id, c.id);
      assert.match(result.firstBroken!.reason, /prev_hash/);
      assert.ok(a.seq < c.seq);
      // Restore a valid log for later tests: the chain cannot be repaired, so remove everything.
      await db.query('DELETE FROM evidence');
      await db.query('DELETE FROM decision_log');
      await db.exec('ALTER TABLE decision_log ENABLE TRIGGER decision_log_no_update_delete');
      assert.equal((await verifyLog(db)).ok, true);
      await log.close();
    });

    maybe('anchors kept elsewhere catch a cut-off tail and a chain rewritten after an edit', async () => {
      const log = createDecisionLog(db);
      const a = await log.append(entry('t1'));
      const b = await log.append(entry('t1', [sexual]));
      const c = await log.append(entry('t1', [sexual]));
      const head = await logHead(db);
      assert.deepEqual(head && { seq: head.seq, entryHash: head.entryHash }, { seq: c.seq, entryHash: c.entryHash });
      const anchors = parseAnchors(`# kept by the auditor\n${a.seq} ${a.entryHash} 2026-11-22T00:00:00Z\n${c.seq}:${c.entryHash}\n`);
      assert.deepEqual((await verifyLog(db, { anchors })).anchorsMatched, 2);
      await db.exec('ALTER TABLE decision_log DISABLE TRIGGER decision_log_no_update_delete');
      try {
        // Someone able to write the table turns b into an allow and recomputes every later hash.
        const rows = await readAll(db);
        let prev = rows.find((r) => r.seq === a.seq)!.entryHash;
        for (const r of rows.filter((r) => r.seq > a.seq)) {
          const content = r.seq === b.seq ? { ...r.content, verdict: 'allow' as const, decisionJson: r.content.decisionJson.replace('"verdict":"block"', '"verdict":"allow"') } : r.content;
          const entryHash = hashEntry(prev, content);
          await db.query('UPDATE decision_log SET verdict = $1, decision = $2::json, prev_hash = $3, entry_hash = $4 WHERE seq = $5', [content.verdict, content.decisionJson, prev, entryHash, r.seq]);
          prev = entryHash;
        }
        assert.equal((await verifyLog(db)).ok, true, 'the rewritten chain is valid on its own');
        const rewritten = await verifyLog(db, { anchors });
        assert.equal(rewritten.ok, false);
        assert.equal(rewritten.firstBroken?.seq, c.seq);
        assert.match(rewritten.firstBroken!.reason, /anchor/);

        // Cutting the tail leaves a shorter valid chain; the anchor on the last entry is missing.
        await db.query('DELETE FROM decision_log WHERE seq >= $1', [b.seq]);
        assert.equal((await verifyLog(db)).ok, true, 'a cut-off chain is valid on its own');
        const cut = await verifyLog(db, { anchors });
        assert.equal(cut.ok, false);
        assert.equal(cut.firstBroken?.seq, c.seq);
        assert.match(cut.firstBroken!.reason, /not in the log: entries were removed from its end/);
        assert.throws(() => parseAnchors('12 not-a-hash'), { code: 'invalid_anchor' });
      } finally {
        await db.query('DELETE FROM evidence');
        await db.query('DELETE FROM decision_log');
        await db.exec('ALTER TABLE decision_log ENABLE TRIGGER decision_log_no_update_delete');
        await log.close();
      }
    });

    maybe('keys are listed per tenant without secrets and revoked only within their tenant', async () => {
      const { key, record } = await createApiKey(db, { name: 'listed', tenantId: 'lt1' });
      await createApiKey(db, { name: 'other', tenantId: 'lt2' });
      const listed = await listApiKeys(db, { tenantId: 'lt1' });
      assert.deepEqual(
        listed.map((k) => k.name),
        ['listed'],
      );
      assert.ok(!JSON.stringify(listed).includes(key));
      assert.equal(await revokeApiKey(db, record.id, { tenantId: 'lt2' }), undefined, 'not from another tenant');
      assert.equal((await findApiKey(db, key))?.id, record.id);
      assert.equal((await revokeApiKey(db, record.id, { tenantId: 'lt1' }))?.id, record.id);
      assert.equal(await revokeApiKey(db, record.id), undefined, 'already revoked');
      assert.equal(await revokeApiKey(db, 'not-a-uuid'), undefined);
      assert.deepEqual(await listApiKeys(db, { tenantId: 'lt1' }), []);
      assert.ok((await listApiKeys(db, { tenantId: 'lt1', includeRevoked: true }))[0]!.revokedAt);
    });

    maybe('evidence images are stored only with a key, encrypted, and decrypt back', async () => {
      const key = Buffer.alloc(32, 7).toString('base64');
      const bytes = Buffer.from('pretend these are image bytes');
      const withKey = createDecisionLog(db, { evidenceKey: key });
      const kept = await withKey.append({ ...entry('t1'), evidence: [{ role: 'input', bytes }] });
      const without = createDecisionLog(db);
      const notKept = await without.append({ ...entry('t1'), evidence: [{ role: 'input', bytes }] });
      const { rows } = await db.query<{ ciphertext: Uint8Array; decision_id: string }>('SELECT ciphertext, decision_id FROM evidence');
      assert.deepEqual(
        rows.map((r) => r.decision_id),
        [kept.id],
      );
      assert.ok(!Buffer.from(rows[0]!.ciphertext).includes(bytes));
      const read = await readEvidence(db, kept.id, 't1', key);
      assert.deepEqual(read[0]!.bytes, bytes);
      assert.deepEqual(await readEvidence(db, kept.id, 't2', key), []);
      assert.deepEqual(await readEvidence(db, notKept.id, 't1', key), []);
      await withKey.close();
      await without.close();
    });

    maybe('rate limits count exactly across concurrent hits and handles', async () => {
      const { record } = await createApiKey(db, { name: 'rl', tenantId: 't1', rateLimitPerMinute: 7 });
      const limiterA = createRateLimiter(db);
      // PGlite is single-process: a second handle would be a second database, so share the first.
      const other = kind === 'postgres' ? await storage!.open() : db;
      // On PGlite (one process by construction) the limiter counts in memory: share the instance.
      const limiterB = kind === 'postgres' ? createRateLimiter(other) : limiterA;
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? limiterA : limiterB).hit(record.id, 7)));
      assert.equal(results.filter((r) => r.allowed).length, 7);
      assert.ok(results.every((r) => r.retryAfterSeconds >= 1 && r.retryAfterSeconds <= 60));
      await limiterA.close();
      if (limiterB !== limiterA) await limiterB.close();
      if (other !== db) await other.close();
    });
  });
}

test('two handles on one PostgreSQL appending concurrently keep one valid chain', async (t) => {
  const storage = await postgresStorage();
  if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
  // Both migrate at the same time: the advisory lock makes one wait for the other.
  const [a, b] = await Promise.all([storage.open(), storage.open()]);
  try {
    await createApiKey(a, { name: 'x', tenantId: 't1' });
    const logA = createDecisionLog(a);
    const logB = createDecisionLog(b);
    await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? logA : logB).append(entry('t1', i % 3 ? [] : [sexual]))));
    const result = await verifyLog(a);
    assert.equal(result.ok, true, JSON.stringify(result.firstBroken));
    assert.equal(result.checked, 60);
  } finally {
    await a.close();
    await b.close();
    await storage.dispose();
  }
});

test('listen on PostgreSQL: notifications from another handle arrive, and a dropped connection is re-opened with a reset', async (t) => {
  const storage = await postgresStorage();
  if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
  const [a, b] = await Promise.all([storage.open(), storage.open()]);
  const waitFor = async (what: () => boolean, ms = 5000) => {
    const until = Date.now() + ms;
    while (!what() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    return what();
  };
  const received: string[] = [];
  let resets = 0;
  const listening = await a.listen!(
    'consentry_test_channel',
    (p) => received.push(p),
    () => resets++,
  );
  try {
    await b.query(`SELECT pg_notify('consentry_test_channel', 'one')`);
    assert.ok(await waitFor(() => received.includes('one')));
    // Cut the listening connection from the server side, as a network blip or a restart would.
    await b.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN consentry_test_channel' AND pid <> pg_backend_pid()`);
    assert.ok(await waitFor(() => resets === 1), 'the drop is reported, so caches can be cleared');
    // Re-opened after about a second: notifications arrive again (sent until one gets through).
    for (let i = 0; i < 100 && !received.includes('two'); i++) {
      await b.query(`SELECT pg_notify('consentry_test_channel', 'two')`);
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(received.includes('two'), 'listening again after the drop');
    const { record } = await createApiKey(b, { name: 'n', tenantId: 't1' });
    const revoked: string[] = [];
    const keys = await a.listen!(
      'consentry_key_revoked',
      (id) => revoked.push(id),
      () => {},
    );
    await revokeApiKey(b, record.id);
    assert.ok(await waitFor(() => revoked.includes(record.id)), 'revoking a key announces its id');
    await keys.close();
  } finally {
    await listening.close();
    await a.close();
    await b.close();
    await storage.dispose();
  }
});
