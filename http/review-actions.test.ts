// The console's list and release actions through the gateway in-process, on PGlite: an upheld
// review's image goes on the tenant's block list and stays down (near-duplicates too); an overturned
// one may go on its allow list, which lifts only non-floor rules of that exact image; overturning a
// held output releases its kept bytes once, by a link sent to the operator's webhook, and never for
// a possible minor or a floor.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import {
  createApiKey,
  createContext,
  createReviewer,
  createReviewService,
  definePolicy,
  hammingDistance,
  hashImage,
  readConfig,
  signIn as signInReviewer,
  verifyLog,
  type Category,
  type ConsentryContext,
} from '../src/internal.ts';
import { pgliteStorage, postgresStorage, type TestStorage } from '../src/testing/test-database.ts';
import { buildApp } from './app.ts';
import { fakePromptDetector, noopEditDetector, sha256, tableImageDetector } from './test-fixtures.ts';

/** An abstract test card (no people) with enough texture for a PDQ hash of good quality. */
async function card(seed: number, size = 256): Promise<Buffer> {
  const px = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 3;
      px[o] = 128 + 120 * Math.sin((x * seed) / 17 + y / (5 + seed));
      px[o + 1] = (x + y * seed) % 256;
      px[o + 2] = ((x >> 5) + (y >> 5) + seed) % 2 ? 220 : 30;
    }
  }
  return sharp(px, { raw: { width: size, height: size, channels: 3 } })
    .png()
    .toBuffer();
}

/** A policy with a non-floor `review` for revealing or sexual artwork, as an art platform might set. */
const ART_POLICY = definePolicy({
  id: 'art',
  version: '1',
  rules: [
    { id: 'art.suggestive', when: { any: ['suggestive'] }, verdict: 'review', reason: 'Revealing artwork is looked at by a person.' },
    { id: 'art.sexual', when: { any: ['sexual'] }, verdict: 'review', reason: 'Nude artwork is looked at by a person.' },
  ],
});

interface Hook {
  type: string;
  decisionId: string;
  release?: { status: string; url?: string; reason?: string; code?: string };
}

for (const kind of ['pglite', 'postgres'] as const)
  describe(`review actions on ${kind}: block and allow lists, releasing overturned outputs`, () => {
    let storage: TestStorage | undefined;
    let context: ConsentryContext;
    let app: FastifyInstance;
    let hookServer: Server;
    const hooks: Hook[] = [];
    const table = new Map<string, Category[]>();
    const keys: Record<string, string> = {};
    const password = 'a long reviewer passphrase';
    const images: Record<string, Buffer> = {};

    before(async () => {
      hookServer = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          hooks.push(JSON.parse(Buffer.concat(chunks).toString()) as Hook);
          res.end('ok');
        });
      });
      await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
      storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
      if (!storage) return;
      const db = await storage.open();
      for (const [name, seed] of [
        ['stay', 2],
        ['art', 3],
        ['person', 5],
        ['output', 6],
        ['minorOutput', 7],
        ['floorOutput', 8],
        ['keptOff', 9],
      ] as const)
        images[name] = await card(seed);
      images.stayCopy = await sharp(images.stay!).resize(220).jpeg({ quality: 75 }).toBuffer();
      images.artCopy = await sharp(images.art!).resize(220).jpeg({ quality: 75 }).toBuffer();
      for (const name of ['stay', 'stayCopy', 'art', 'artCopy', 'output', 'keptOff']) table.set(sha256(images[name]!), ['suggestive']);
      table.set(sha256(images.person!), ['real_person', 'suggestive']);
      table.set(sha256(images.minorOutput!), ['minor', 'suggestive']);
      table.set(sha256(images.floorOutput!), ['real_person', 'sexual']);
      context = await createContext(
        readConfig({}, { ...storage.options, evidenceKey: randomBytes(32).toString('base64'), noticeWebhookUrl: `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook` }),
        { db, policy: ART_POLICY, protectPollMs: 0, promptDetectors: [fakePromptDetector], imageDetectors: [tableImageDetector(table)], editDetectors: [noopEditDetector] },
      );
      app = await buildApp(context);
      keys.acme = (await createApiKey(db, { name: 'check', tenantId: 'acme' })).key;
      keys.globex = (await createApiKey(db, { name: 'check', tenantId: 'globex' })).key;
      keys.acmeAdmin = (await createApiKey(db, { name: 'admin', tenantId: 'acme', scope: 'admin' })).key;
      await createReviewer(db, { name: 'rae', role: 'admin', tenantId: 'acme', password });
    });
    after(async () => {
      hookServer.close();
      if (!storage) return;
      await app.close();
      await context.close();
      await context.db.close();
      await storage.dispose();
    });

    const check = async (bytes: Buffer, tenant = 'acme') => {
      const res = await app.inject({ method: 'POST', url: '/v1/check/image', headers: { authorization: `Bearer ${keys[tenant]}` }, payload: { image: bytes.toString('base64') } });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { id: string; verdict: string; rules: Array<{ id: string; floor: boolean }>; allowList?: { entries: string[]; lifted: string[] }; categories: Array<{ category: string }> };
    };
    let session: { cookie: string; csrf: string } | undefined;
    async function console_() {
      if (session) return session;
      const res = await app.inject({ method: 'POST', url: '/console/api/login', payload: { name: 'rae', password } });
      session = { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: (res.json() as { csrfToken: string }).csrfToken };
      return session;
    }
    const act = async (kind: 'decisions' | 'appeals', id: string, payload: Record<string, unknown>) => {
      const { cookie, csrf } = await console_();
      return app.inject({ method: 'POST', url: `/console/api/${kind}/${id}/actions`, headers: { cookie, 'x-csrf-token': csrf }, payload });
    };

    it('an upheld review goes on the block list with its recorded hashes: the image and a re-encoded copy are then refused, in this tenant only', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const first = await check(images.stay!);
      assert.equal(first.verdict, 'review');
      const { cookie } = await console_();
      const queue = (await app.inject({ method: 'GET', url: '/console/api/queues', headers: { cookie } })).json() as {
        decisions: Array<{ decisionId: string; lists: { images: number; block: boolean; allow: boolean } }>;
      };
      assert.deepEqual(queue.decisions.find((d) => d.decisionId === first.id)!.lists, { images: 1, block: true, allow: true, allowNote: '', allowCode: null });
      const wrongPair = await act('decisions', first.id, { action: 'overturn', reason: 'x', list: 'block' });
      assert.equal(wrongPair.statusCode, 400, 'block goes with uphold');
      assert.equal((wrongPair.json() as { error: { code: string } }).error.code, 'invalid_moderation_event');

      const res = await act('decisions', first.id, { action: 'uphold', reason: 'Keep this one down.', list: 'block' });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { status: string; listed: { list: string; kind: string; entryIds: string[]; added: number } };
      assert.equal(body.status, 'upheld');
      assert.deepEqual([body.listed.list, body.listed.kind, body.listed.added], ['review-block', 'block', 1]);

      assert.ok(hammingDistance((await hashImage(images.stay!)).pdq, (await hashImage(images.stayCopy!)).pdq) <= 31);
      for (const bytes of [images.stay!, images.stayCopy!]) {
        const again = await check(bytes);
        assert.equal(again.verdict, 'block');
        assert.ok(again.rules.some((r) => r.id === 'floor.known_image' && r.floor));
      }
      assert.equal((await check(images.stay!, 'globex')).verdict, 'review', "another tenant's checks do not see this tenant's list");

      const { rows } = await context.db.query<{ details: { list: { name: string; entries: Array<{ sha256: string; pdq: string }> } }; log_id: string }>(
        "SELECT details, log_id FROM moderation_events WHERE subject_id = $1 AND action = 'uphold'",
        [first.id],
      );
      assert.equal(rows[0]!.details.list.name, 'review-block');
      assert.equal(rows[0]!.details.list.entries[0]!.sha256, sha256(images.stay!));
      const logged = (await context.log.get(rows[0]!.log_id, 'acme'))!;
      assert.equal(logged.kind, 'moderation');
      assert.deepEqual((logged.decision as unknown as { moderation: { details: { list: { name: string } } } }).moderation.details.list.name, 'review-block');
    });

    it('an overturned review may go on the allow list: that exact image is then allowed, a re-encoded copy is still reviewed, and a floor is never lifted', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const first = await check(images.art!);
      assert.equal(first.verdict, 'review');
      const wrongPair = await act('decisions', first.id, { action: 'uphold', reason: 'x', list: 'allow' });
      assert.equal(wrongPair.statusCode, 400, 'allow goes with overturn');
      const res = await act('decisions', first.id, { action: 'overturn', reason: 'A painting; fine here.', list: 'allow' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal((res.json() as { listed: { list: string } }).listed.list, 'review-allow');

      const again = await check(images.art!);
      assert.equal(again.verdict, 'allow');
      assert.deepEqual(again.allowList?.lifted, ['art.suggestive']);
      assert.equal((await check(images.artCopy!)).verdict, 'review', 'only the exact image is allowed');
      assert.equal((await check(images.art!, 'globex')).verdict, 'review', "another tenant's checks do not see this tenant's list");

      // The same exact image, now read as a real person sexualised or as a possible minor: floors hold.
      const key = sha256(images.art!);
      for (const found of [
        ['real_person', 'sexual'],
        ['minor', 'suggestive'],
      ] as Category[][]) {
        table.set(key, found);
        const d = await check(images.art!);
        assert.equal(d.verdict, 'block', found.join('+'));
        assert.ok(d.rules.some((r) => r.floor));
        assert.equal(d.allowList, undefined);
      }
      // A real person without a floor: the entry does not count either.
      table.set(key, ['real_person', 'suggestive']);
      assert.equal((await check(images.art!)).verdict, 'review');
      table.set(key, ['suggestive']);

      // In an edit, beside a prompt, the allowed image lifts nothing.
      const edit = await app.inject({
        method: 'POST',
        url: '/v1/check/edit',
        headers: { authorization: `Bearer ${keys.acme}` },
        payload: { prompt: 'make it nude', images: [images.art!.toString('base64')] },
      });
      assert.equal((edit.json() as { verdict: string; allowList?: unknown }).verdict, 'review');
      assert.equal((edit.json() as { allowList?: unknown }).allowList, undefined);
    });

    it('refuses an allow entry for a decision that involved a real person', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const d = await check(images.person!);
      assert.equal(d.verdict, 'review');
      const { cookie } = await console_();
      const queue = (await app.inject({ method: 'GET', url: '/console/api/queues', headers: { cookie } })).json() as {
        decisions: Array<{ decisionId: string; lists: { block: boolean; allow: boolean; allowNote: string } }>;
      };
      const lists = queue.decisions.find((x) => x.decisionId === d.id)!.lists;
      assert.deepEqual([lists.block, lists.allow], [true, false]);
      assert.match(lists.allowNote, /real_person/);
      const res = await act('decisions', d.id, { action: 'overturn', reason: 'Looks fine.', list: 'allow' });
      assert.equal(res.statusCode, 409);
      assert.equal((res.json() as { error: { code: string } }).error.code, 'allow_list_refused');
      const { rows } = await context.db.query('SELECT 1 FROM moderation_events WHERE subject_id = $1', [d.id]);
      assert.equal(rows.length, 0, 'a refused action records no event');
    });

    it('never shows a reviewer the same image twice in one session without asking: across decisions, and after an unblurred look', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const a = await check(images.keptOff!);
      const b = await check(images.keptOff!);
      const login = await app.inject({ method: 'POST', url: '/console/api/login', payload: { name: 'rae', password } });
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      const csrf = (login.json() as { csrfToken: string }).csrfToken;
      const get = (id: string, again = false) => app.inject({ method: 'GET', url: `/console/api/decisions/${id}/images/0${again ? '?again=1' : ''}`, headers: { cookie } });
      assert.equal((await get(a.id)).statusCode, 200);
      const twice = await get(b.id);
      assert.equal(twice.statusCode, 409, 'the same image under another decision');
      assert.equal((twice.json() as { error: { code: string } }).error.code, 'image_seen');
      assert.equal((await get(b.id, true)).statusCode, 200, 'unless the reviewer asks');

      const fresh = await app.inject({ method: 'POST', url: '/console/api/login', payload: { name: 'rae', password } });
      const cookie2 = String(fresh.headers['set-cookie']).split(';')[0]!;
      const csrf2 = (fresh.json() as { csrfToken: string }).csrfToken;
      const revealed = await app.inject({
        method: 'POST',
        url: `/console/api/decisions/${a.id}/images/0/reveal`,
        headers: { cookie: cookie2, 'x-csrf-token': csrf2 },
        payload: { reason: 'Check it.' },
      });
      assert.equal(revealed.statusCode, 200);
      const after = await app.inject({ method: 'GET', url: `/console/api/decisions/${a.id}/images/0`, headers: { cookie: cookie2 } });
      assert.equal(after.statusCode, 409, 'an unblurred look counts as seeing it');
      // Another session starts afresh.
      assert.ok(csrf);
      assert.equal((await get(a.id)).statusCode, 409);
      const third = await app.inject({ method: 'POST', url: '/console/api/login', payload: { name: 'rae', password } });
      assert.equal((await app.inject({ method: 'GET', url: `/console/api/decisions/${a.id}/images/0`, headers: { cookie: String(third.headers['set-cookie']).split(';')[0]! } })).statusCode, 200);
    });

    it('overturning a held output releases its kept bytes once, by a link in the webhook, to an API key of the tenant', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const pre = await context.checks.checkPrompt({ tenantId: 'acme' }, { prompt: 'a landscape painting', mode: 'generate' });
      const out = await context.checks.checkOutput({ tenantId: 'acme' }, { decisionId: pre.id, inputs: [], outputs: [images.output!] });
      assert.equal(out.verdict, 'review');
      const { cookie } = await console_();
      const queue = (await app.inject({ method: 'GET', url: '/console/api/queues', headers: { cookie } })).json() as { decisions: Array<{ decisionId: string; release: { possible: boolean } }> };
      assert.equal(queue.decisions.find((d) => d.decisionId === out.id)!.release.possible, true);
      const res = await act('decisions', out.id, { action: 'overturn', reason: 'A landscape.' });
      assert.equal(res.statusCode, 200, res.body);
      const released = (res.json() as { released: { status: string; url?: string; images: number } }).released;
      assert.deepEqual([released.status, released.images, released.url], ['available', 1, undefined], 'the reviewer does not get the link');
      const hook = hooks.find((h) => h.decisionId === out.id)!;
      assert.equal(hook.type, 'decision.overturned');
      assert.equal(hook.release?.status, 'available');
      assert.ok(!JSON.stringify(hook).includes(images.output!.toString('base64').slice(0, 40)), 'the webhook carries no bytes');

      const url = hook.release!.url!;
      assert.equal((await app.inject({ method: 'GET', url })).statusCode, 401);
      const other = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${keys.globex}` } });
      assert.equal(other.statusCode, 404, "another tenant's key");
      const fetched = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${keys.acme}` } });
      assert.equal(fetched.statusCode, 200, fetched.body);
      const body = fetched.json() as { decisionId: string; images: Array<{ sha256: string; format: string; data: string }> };
      assert.equal(body.decisionId, out.id);
      assert.ok(Buffer.from(body.images[0]!.data, 'base64').equals(images.output!));
      assert.equal(body.images[0]!.format, 'png');
      const second = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${keys.acme}` } });
      assert.equal(second.statusCode, 404);
      assert.equal((second.json() as { error: { code: string } }).error.code, 'release_not_found');
      const events = await context.db.query<{ action: string; actor: string }>('SELECT action, actor FROM moderation_events WHERE subject_id = $1 ORDER BY seq', [out.id]);
      assert.deepEqual(
        events.rows.map((e) => `${e.action}:${e.actor}`),
        ['overturn:reviewer', 'release:operator'],
      );
      // A lost link can be replaced by an admin key; the replacement works once, the old one never.
      const relink = () => app.inject({ method: 'POST', url: `/v1/decisions/${out.id}/release-link`, headers: { authorization: `Bearer ${keys.acmeAdmin}` } });
      const forbidden = await app.inject({ method: 'POST', url: `/v1/decisions/${out.id}/release-link`, headers: { authorization: `Bearer ${keys.acme}` } });
      assert.equal(forbidden.statusCode, 403, 'an admin key');
      const first = (await relink()).json() as { url: string };
      const newer = await relink();
      assert.equal(newer.statusCode, 201);
      assert.equal((await app.inject({ method: 'GET', url: first.url, headers: { authorization: `Bearer ${keys.acme}` } })).statusCode, 404, 'replaced');
      const fetchedAgain = await app.inject({ method: 'GET', url: (newer.json() as { url: string }).url, headers: { authorization: `Bearer ${keys.acme}` } });
      assert.equal(fetchedAgain.statusCode, 200);
      const releases = await context.db.query("SELECT 1 FROM moderation_events WHERE subject_id = $1 AND action = 'release'", [out.id]);
      assert.equal(releases.rows.length, 2, 'each fetch is logged');
      const notOverturned = await app.inject({ method: 'POST', url: `/v1/decisions/${pre.id}/release-link`, headers: { authorization: `Bearer ${keys.acmeAdmin}` } });
      assert.equal((notOverturned.json() as { error: { code: string } }).error.code, 'moderation_conflict');
      const openapi = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
      assert.ok(openapi.paths['/v1/releases/{token}']);
    });

    it('never releases the output of a decision that involved a possible minor, even when an appeal against it is overturned', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const pre = await context.checks.checkPrompt({ tenantId: 'acme' }, { prompt: 'a landscape painting', mode: 'generate' });
      const out = await context.checks.checkOutput({ tenantId: 'acme' }, { decisionId: pre.id, inputs: [], outputs: [images.minorOutput!] });
      assert.equal(out.verdict, 'block');
      const { token } = (await app.inject({ method: 'POST', url: `/v1/decisions/${out.id}/appeal-link`, headers: { authorization: `Bearer ${keys.acme}` } })).json() as { token: string };
      assert.equal((await app.inject({ method: 'POST', url: '/v1/appeals', payload: { token, statement: 'It is a test card.' } })).statusCode, 201);
      const { cookie } = await console_();
      const queue = (await app.inject({ method: 'GET', url: '/console/api/queues', headers: { cookie } })).json() as {
        appeals: Array<{ id: string; decisionId: string; release: { possible: boolean; note: string } }>;
      };
      const appeal = queue.appeals.find((a) => a.decisionId === out.id)!;
      assert.deepEqual([appeal.release.possible, /possible minor/.test(appeal.release.note)], [false, true]);
      const res = await act('appeals', appeal.id, { action: 'overturn', reason: 'Mistaken age estimate.' });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual((res.json() as { released: { status: string; code: string } }).released.status, 'withheld');
      assert.equal(hooks.find((h) => h.decisionId === out.id)!.release?.code, 'release_refused');
      const { rows } = await context.db.query('SELECT 1 FROM output_releases WHERE decision_id = $1', [out.id]);
      assert.equal(rows.length, 0, 'no link exists');
    });

    it('never releases the output of a decision where a floor fired, and the fetch route refuses it too', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const pre = await context.checks.checkPrompt({ tenantId: 'acme' }, { prompt: 'a landscape painting', mode: 'generate' });
      const out = await context.checks.checkOutput({ tenantId: 'acme' }, { decisionId: pre.id, inputs: [], outputs: [images.floorOutput!] });
      assert.ok(out.rules.some((r) => r.id === 'floor.real_person_sexualised'));
      const { token } = (await app.inject({ method: 'POST', url: `/v1/decisions/${out.id}/appeal-link`, headers: { authorization: `Bearer ${keys.acme}` } })).json() as { token: string };
      await app.inject({ method: 'POST', url: '/v1/appeals', payload: { token, statement: 'It is a test card.' } });
      const { cookie } = await console_();
      const queue = (await app.inject({ method: 'GET', url: '/console/api/queues', headers: { cookie } })).json() as { appeals: Array<{ id: string; decisionId: string }> };
      const res = await act('appeals', queue.appeals.find((a) => a.decisionId === out.id)!.id, { action: 'overturn', reason: 'Not a real person.' });
      const released = (res.json() as { released: { status: string; reason: string } }).released;
      assert.equal(released.status, 'withheld');
      assert.match(released.reason, /floor\.real_person_sexualised/);
      const relink = await app.inject({ method: 'POST', url: `/v1/decisions/${out.id}/release-link`, headers: { authorization: `Bearer ${keys.acmeAdmin}` } });
      assert.equal((relink.json() as { error: { code: string } }).error.code, 'release_refused');
      // Even a link that somehow exists is refused at fetch time.
      const forged = 'forged-link-token';
      await context.db.query("INSERT INTO output_releases (token_hash, tenant_id, decision_id, created_at, expires_at) VALUES ($1, 'acme', $2, now(), now() + interval '1 hour')", [
        sha256(Buffer.from(forged)),
        out.id,
      ]);
      const fetched = await app.inject({ method: 'GET', url: `/v1/releases/${forged}`, headers: { authorization: `Bearer ${keys.acme}` } });
      assert.equal(fetched.statusCode, 403);
      assert.equal((fetched.json() as { error: { code: string } }).error.code, 'release_refused');
    });

    it('says plainly that the bytes were not kept when evidence keeping is off', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const pre = await context.checks.checkPrompt({ tenantId: 'acme' }, { prompt: 'a landscape painting', mode: 'generate' });
      const out = await context.checks.checkOutput({ tenantId: 'acme' }, { decisionId: pre.id, inputs: [], outputs: [images.keptOff!] });
      const sent: Hook[] = [];
      const service = createReviewService({
        db: context.db,
        log: context.log,
        webhookUrl: 'http://webhook.invalid/',
        fetch: (async (_url: string, init: { body: string }) => {
          sent.push(JSON.parse(init.body) as Hook);
          return new Response('ok');
        }) as unknown as typeof fetch,
      });
      const { session: reviewer } = await signInReviewer(context.db, 'rae', password);
      const result = await service.act(reviewer, { kind: 'decision', id: out.id }, 'overturn', 'A landscape.');
      assert.equal(result.released?.status, 'not_kept');
      assert.equal(sent[0]!.release?.status, 'not_kept');
      assert.match(sent[0]!.release!.reason!, /Evidence keeping is off/);
      assert.equal((await verifyLog(context.db)).ok, true);
    });
  });
