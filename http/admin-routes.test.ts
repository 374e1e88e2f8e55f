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
      assert.ok(Number.isInteger(head.position) && head.position >= 1 && /^[0-9a-f]{64}$/.test(head.entryHash));
      // Each tenant's head is its own newest entry (globex wrote last), the one its export ends with.
      const globexHead = (await gw.app.inject({ url: '/v1/log/head', headers: auth(gw.otherAdmin) })).json().head;
      assert.notEqual(globexHead.entryHash, head.entryHash);
      const acmeLines = (await gw.app.inject({ url: '/v1/log/export', headers: auth(gw.admin) })).body.trim().split('\n');
      const acmeLast = JSON.parse(acmeLines.at(-1)!);
      assert.deepEqual([acmeLast.position, acmeLast.entryHash], [head.position, head.entryHash]);
      assert.equal(head.position, acmeLines.length, "the head's position is the tenant's entry count");
      assert.equal((await gw.app.inject({ url: '/v1/log/head', headers: auth(gw.check) })).statusCode, 403);

      const anchored = await gw.app.inject({ url: `/v1/log/verify?anchors=${head.position}:${head.entryHash}`, headers: auth(gw.admin) });
      assert.equal(anchored.json().ok, true, anchored.body);
      assert.equal(anchored.json().anchorsMatched, 1);
      const wrong = await gw.app.inject({ url: `/v1/log/verify?anchors=${head.position}:${'0'.repeat(64)}`, headers: auth(gw.admin) });
      assert.equal(wrong.json().ok, false);
      assert.match(wrong.json().firstBroken.reason, /anchor/);
      assert.equal(wrong.json().firstBroken.position, head.position);
      const missing = await gw.app.inject({ url: `/v1/log/verify?anchors=${head.position + 1000}:${head.entryHash}`, headers: auth(gw.admin) });
      assert.equal(missing.json().ok, false);
      assert.match(missing.json().firstBroken.reason, /not in the log/);
      // Tenant-scoped figures only: this tenant's count and head, never the chain's (globex wrote last).
      const verified = anchored.json();
      assert.deepEqual(Object.keys(verified).sort(), ['anchorsMatched', 'entries', 'head', 'ok']);
      assert.deepEqual(verified.head, head);
      assert.equal(verified.entries, acmeLines.length);
      assert.ok(!anchored.body.includes(globexHead.entryHash));
      // Globex's own anchor means nothing in acme's positions: the same answer as a position past the end.
      const foreign = (await gw.app.inject({ url: `/v1/log/verify?anchors=${globexHead.position}:${globexHead.entryHash}`, headers: auth(gw.admin) })).json();
      assert.equal(foreign.ok, false);
      const bad = await gw.app.inject({ url: '/v1/log/verify?anchors=twelve:abc', headers: auth(gw.admin) });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.code, 'invalid_anchor');
      assert.match(bad.json().error.message, /POSITION HASH/);

      const jsonl = await gw.app.inject({ url: '/v1/log/export', headers: auth(gw.admin) });
      assert.equal(jsonl.statusCode, 200);
      assert.match(String(jsonl.headers['content-type']), /ndjson/);
      const entries = jsonl.body
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.ok(entries.length >= 1 && entries.every((e) => e.tenantId === 'acme'), "only this tenant's entries");
      assert.deepEqual(
        entries.map((e) => e.position),
        entries.map((_, i) => i + 1),
        "positions count this tenant's entries from 1",
      );
      const csv = await gw.app.inject({ url: '/v1/log/export?format=csv&since=2000-01-01', headers: auth(gw.otherAdmin) });
      assert.equal(csv.body.split('\n')[0], 'position,id,tenant_id,created_at,kind,verdict,policy_id,policy_version,parent_id,categories,reasons,input_sha256,entry_hash');
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

    it("no tenant-scoped log answer lets one tenant count another's decisions (no chain seq, no other tenant's hash)", async () => {
      const acmeFigures = async () => {
        const head = (await gw.app.inject({ url: '/v1/log/head', headers: auth(gw.admin) })).json().head;
        const verify = (await gw.app.inject({ url: '/v1/log/verify', headers: auth(gw.admin) })).json();
        const lines = (await gw.app.inject({ url: '/v1/log/export', headers: auth(gw.admin) })).body.trim().split('\n');
        return { head, verify, lines, last: JSON.parse(lines.at(-1)!) };
      };
      await prompt(gw.check, 'a kite over a beach');
      const before = await acmeFigures();
      // Globex makes 7 decisions, then acme one: acme's figures move by its own one only.
      for (let i = 0; i < 7; i++) await prompt(gw.otherAdmin, `a teapot number ${i}`);
      await prompt(gw.check, 'a lantern in the fog');
      const after = await acmeFigures();
      assert.equal(after.head.position - before.head.position, 1, "the head moved by acme's own decision only");
      assert.equal(after.verify.head.position - before.verify.head.position, 1);
      assert.equal(after.verify.entries - before.verify.entries, 1);
      assert.equal(after.last.position - before.last.position, 1);
      const globexHashes = (await gw.app.inject({ url: '/v1/log/export', headers: auth(gw.otherAdmin) })).body
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).entryHash as string);
      for (const answer of [JSON.stringify(after.head), JSON.stringify(after.verify), after.lines.join('\n')]) {
        assert.doesNotMatch(answer, /"seq"|"prevHash"|"prev_hash"|"headSeq"|"checked"/, answer.slice(0, 300));
        for (const h of globexHashes) assert.ok(!answer.includes(h), "no hash of globex's entries in acme's answers");
      }
      const csv = (await gw.app.inject({ url: '/v1/log/export?format=csv', headers: auth(gw.admin) })).body;
      assert.doesNotMatch(csv.split('\n')[0]!, /seq|prev_hash/);
      for (const h of globexHashes) assert.ok(!csv.includes(h));
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
