import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createApiKey, createContext, readConfig, type ConsentryContext, type Database } from '../src/internal.ts';
import { postgresStorage } from '../src/testing/test-database.ts';
import { buildApp } from './app.ts';
import { fakePromptDetector, freshGateway, noopEditDetector } from './test-fixtures.ts';

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`admin API on ${kind}`, () => {
    const gw = freshGateway(kind);
    const { it } = gw;
    const auth = (k: string) => ({ authorization: `Bearer ${k}` });
    const prompt = (k: string, text = 'a lighthouse at dusk') => gw.app.inject({ method: 'POST', url: '/v1/check/prompt', headers: auth(k), payload: { prompt: text, mode: 'generate' } });

    it('an admin creates, lists and revokes keys of its own tenant; a revoked key stops at once on this gateway', async () => {
      const created = await gw.app.inject({ method: 'POST', url: '/v1/keys', headers: auth(gw.admin), payload: { name: 'mobile app', rateLimitPerMinute: 50 } });
      assert.equal(created.statusCode, 201, created.body);
      const made = created.json();
      assert.match(made.key, /^csk_/);
      assert.equal(made.tenantId, 'acme');
      assert.equal(made.scope, 'check');
      assert.equal(made.rateLimitPerMinute, 50);
      assert.equal((await prompt(made.key)).statusCode, 200, 'the new key works');

      const listed = await gw.app.inject({ url: '/v1/keys', headers: auth(gw.admin) });
      assert.equal(listed.statusCode, 200);
      const names = listed.json().data.map((k: { name: string }) => k.name);
      assert.deepEqual(names, ['acme admin', 'acme app', 'mobile app']);
      assert.ok(!listed.body.includes(made.key), 'secrets are never listed');
      assert.ok(listed.json().data.every((k: { tenantId: string }) => k.tenantId === 'acme'));

      // Another tenant's admin neither sees nor revokes it.
      assert.ok(!(await gw.app.inject({ url: '/v1/keys', headers: auth(gw.otherAdmin) })).body.includes(made.id));
      const foreign = await gw.app.inject({ method: 'DELETE', url: `/v1/keys/${made.id}`, headers: auth(gw.otherAdmin) });
      assert.equal(foreign.statusCode, 404);
      assert.equal(foreign.json().error.code, 'key_not_found');
      assert.equal((await prompt(made.key)).statusCode, 200, 'still live after the foreign attempt');

      const revoked = await gw.app.inject({ method: 'DELETE', url: `/v1/keys/${made.id}`, headers: auth(gw.admin) });
      assert.equal(revoked.statusCode, 200, revoked.body);
      assert.equal(revoked.json().id, made.id);
      // The key was cached by its successful requests above: revoking here drops it from the cache.
      assert.equal((await prompt(made.key)).statusCode, 401);
      assert.equal((await gw.app.inject({ method: 'DELETE', url: `/v1/keys/${made.id}`, headers: auth(gw.admin) })).statusCode, 404, 'already revoked');
      const withRevoked = await gw.app.inject({ url: '/v1/keys?revoked=true', headers: auth(gw.admin) });
      assert.ok(withRevoked.json().data.some((k: { id: string; revokedAt: string | null }) => k.id === made.id && k.revokedAt));
      assert.ok(!(await gw.app.inject({ url: '/v1/keys', headers: auth(gw.admin) })).json().data.some((k: { id: string }) => k.id === made.id));
    });

    it('key administration needs an admin key and valid input; nothing is written otherwise', async () => {
      const before = (await gw.db.query<{ n: string }>('SELECT count(*)::text AS n FROM api_keys')).rows[0]!.n;
      assert.equal((await gw.app.inject({ url: '/v1/keys', headers: auth(gw.check) })).statusCode, 403);
      assert.equal((await gw.app.inject({ method: 'POST', url: '/v1/keys', headers: auth(gw.check), payload: { name: 'x' } })).statusCode, 403);
      assert.equal((await gw.app.inject({ method: 'POST', url: '/v1/keys', payload: { name: 'x' } })).statusCode, 401);
      for (const payload of [{}, { name: '' }, { name: 'x', scope: 'root' }, { name: 'x', rateLimitPerMinute: 0 }, { name: 'x', tenantId: 'globex' }]) {
        const res = await gw.app.inject({ method: 'POST', url: '/v1/keys', headers: auth(gw.admin), payload });
        assert.equal(res.statusCode, 400, JSON.stringify(payload));
        assert.equal(res.json().error.code, 'invalid_input');
      }
      const malformed = await gw.app.inject({ method: 'POST', url: '/v1/keys', headers: { ...auth(gw.admin), 'content-type': 'application/json' }, payload: '{"name":' });
      assert.equal(malformed.statusCode, 400);
      assert.equal((await gw.app.inject({ method: 'DELETE', url: '/v1/keys/not-a-uuid', headers: auth(gw.admin) })).statusCode, 404);
      assert.equal((await gw.db.query<{ n: string }>('SELECT count(*)::text AS n FROM api_keys')).rows[0]!.n, before);
    });

    it('log head, verify against anchors, and a tenant-scoped export', async () => {
      await prompt(gw.check, 'a harbour at dawn');
      await prompt(gw.otherAdmin, 'a red bicycle');
      const head = (await gw.app.inject({ url: '/v1/log/head', headers: auth(gw.admin) })).json().head;
      assert.ok(Number.isInteger(head.seq) && /^[0-9a-f]{64}$/.test(head.entryHash));
      // Each tenant's head is its own newest entry (globex wrote last), the one its export ends with.
      const globexHead = (await gw.app.inject({ url: '/v1/log/head', headers: auth(gw.otherAdmin) })).json().head;
      assert.ok(globexHead.seq > head.seq);
      const acmeLines = (await gw.app.inject({ url: '/v1/log/export', headers: auth(gw.admin) })).body.trim().split('\n');
      const acmeLast = JSON.parse(acmeLines.at(-1)!);
      assert.deepEqual([acmeLast.seq, acmeLast.entryHash], [head.seq, head.entryHash]);
      assert.equal((await gw.app.inject({ url: '/v1/log/head', headers: auth(gw.check) })).statusCode, 403);

      const anchored = await gw.app.inject({ url: `/v1/log/verify?anchors=${head.seq}:${head.entryHash}`, headers: auth(gw.admin) });
      assert.equal(anchored.json().ok, true, anchored.body);
      assert.equal(anchored.json().anchorsMatched, 1);
      const wrong = await gw.app.inject({ url: `/v1/log/verify?anchors=${head.seq}:${'0'.repeat(64)}`, headers: auth(gw.admin) });
      assert.equal(wrong.json().ok, false);
      assert.match(wrong.json().firstBroken.reason, /anchor/);
      const missing = await gw.app.inject({ url: `/v1/log/verify?anchors=${head.seq + 1000}:${head.entryHash}`, headers: auth(gw.admin) });
      assert.equal(missing.json().ok, false);
      assert.match(missing.json().firstBroken.reason, /not in the log/);
      // Tenant-scoped figures only: this tenant's count and head, never the chain's (globex wrote last).
      const verified = anchored.json();
      assert.deepEqual(Object.keys(verified).sort(), ['anchorsMatched', 'entries', 'head', 'ok']);
      assert.deepEqual(verified.head, head);
      assert.equal(verified.entries, acmeLines.length);
      assert.ok(!anchored.body.includes(globexHead.entryHash));
      // An anchor on another tenant's entry and one past the end answer alike: no probing of the log's length.
      const foreign = (await gw.app.inject({ url: `/v1/log/verify?anchors=${globexHead.seq}:${globexHead.entryHash}`, headers: auth(gw.admin) })).json();
      const beyond = (await gw.app.inject({ url: `/v1/log/verify?anchors=${globexHead.seq + 1}:${globexHead.entryHash}`, headers: auth(gw.admin) })).json();
      assert.equal(foreign.ok, false);
      assert.equal(foreign.firstBroken.reason.replace(/\d+/g, 'N'), beyond.firstBroken.reason.replace(/\d+/g, 'N'));
      const bad = await gw.app.inject({ url: '/v1/log/verify?anchors=twelve:abc', headers: auth(gw.admin) });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.code, 'invalid_anchor');

      const jsonl = await gw.app.inject({ url: '/v1/log/export', headers: auth(gw.admin) });
      assert.equal(jsonl.statusCode, 200);
      assert.match(String(jsonl.headers['content-type']), /ndjson/);
      const entries = jsonl.body
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.ok(entries.length >= 1 && entries.every((e) => e.tenantId === 'acme'), "only this tenant's entries");
      const csv = await gw.app.inject({ url: '/v1/log/export?format=csv&since=2000-01-01', headers: auth(gw.otherAdmin) });
      assert.match(csv.body.split('\n')[0]!, /^seq,id,tenant_id/);
      assert.ok(
        csv.body
          .trim()
          .split('\n')
          .slice(1)
          .every((l) => l.split(',')[2] === 'globex'),
      );
      assert.equal((await gw.app.inject({ url: '/v1/log/export?since=yesterday', headers: auth(gw.admin) })).statusCode, 400);
      assert.equal((await gw.app.inject({ url: '/v1/log/export?format=xml', headers: auth(gw.admin) })).statusCode, 400);
    });

    it('the admin routes are in the OpenAPI document', async () => {
      const paths = (await gw.app.inject({ url: '/openapi.json' })).json().paths;
      for (const path of ['/v1/keys', '/v1/keys/{id}', '/v1/log/head', '/v1/log/verify', '/v1/log/export']) assert.ok(paths[path], path);
    });
  });
}

test('a key revoked through one gateway stops at once on another gateway sharing the PostgreSQL', async (t) => {
  const storage = await postgresStorage();
  if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
  const opened: Array<{ app: FastifyInstance; context: ConsentryContext; db: Database }> = [];
  try {
    for (let i = 0; i < 2; i++) {
      const db = await storage.open();
      const context = await createContext(readConfig({}, storage.options), { db, promptDetectors: [fakePromptDetector], editDetectors: [noopEditDetector] });
      opened.push({ db, context, app: await buildApp(context) });
    }
    const [a, b] = opened as [(typeof opened)[0], (typeof opened)[0]];
    const admin = (await createApiKey(a.db, { name: 'admin', tenantId: 'acme', scope: 'admin' })).key;
    const { key, record } = await createApiKey(a.db, { name: 'app', tenantId: 'acme' });
    const onB = () => b.app.inject({ method: 'POST', url: '/v1/check/prompt', headers: { authorization: `Bearer ${key}` }, payload: { prompt: 'a lighthouse', mode: 'generate' } });
    assert.equal((await onB()).statusCode, 200, 'gateway B now has the key in its cache');
    // Gateway B's listening connection is opened in the background when its app is built.
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    assert.equal((await a.app.inject({ method: 'DELETE', url: `/v1/keys/${record.id}`, headers: { authorization: `Bearer ${admin}` } })).statusCode, 200);
    let status = 200;
    while (status === 200 && Date.now() - started < 5000) {
      await new Promise((r) => setTimeout(r, 25));
      status = (await onB()).statusCode;
    }
    assert.equal(status, 401);
    const ms = Date.now() - started;
    assert.ok(ms < 2000, `gateway B refused the key after ${ms} ms, well inside its 10 s cache`);
  } finally {
    for (const o of opened) {
      await o.app.close();
      await o.context.close();
      await o.db.close();
    }
    await storage.dispose();
  }
});
