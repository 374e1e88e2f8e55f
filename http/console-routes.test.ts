// Notices, the console and appeals through the gateway in-process, on PGlite.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { createApiKey, createContext, createReviewService, createReviewer, defaultListStore, readConfig, verifyLog, type Category, type ConsentryContext } from '../src/internal.ts';
import { pgliteStorage, type TestStorage } from '../src/testing/test-database.ts';
import { buildApp } from './app.ts';
import { fakePromptDetector, noopEditDetector, sha256, solidPng, tableImageDetector } from './test-fixtures.ts';

const PDQ = '0123456789abcdef'.repeat(4);

describe('notices, console and appeals over HTTP', () => {
  let storage: TestStorage;
  let context: ConsentryContext;
  let app: FastifyInstance;
  let adminKey: string;
  let checkKey: string;
  let otherAdminKey: string;
  let reviewDecisionId: string;
  let blockDecisionId: string;
  let minorDecisionId: string;
  const table = new Map<string, Category[]>();
  const password = 'correct horse battery staple';

  before(async () => {
    storage = pgliteStorage();
    const db = await storage.open();
    const revealing = await solidPng(220, 180, 160);
    const explicit = await solidPng(10, 10, 10);
    table.set(sha256(revealing), ['real_person', 'suggestive']);
    table.set(sha256(explicit), ['sexual']);
    const minor = await solidPng(90, 90, 200);
    table.set(sha256(minor), ['minor', 'suggestive']);
    context = await createContext(readConfig({}, { ...storage.options, evidenceKey: randomBytes(32).toString('base64'), noticeTargetHours: 24 }), {
      db,
      promptDetectors: [fakePromptDetector],
      imageDetectors: [tableImageDetector(table)],
      editDetectors: [noopEditDetector],
    });
    app = await buildApp(context);
    adminKey = (await createApiKey(db, { name: 'admin', tenantId: 'acme', scope: 'admin' })).key;
    checkKey = (await createApiKey(db, { name: 'check', tenantId: 'acme' })).key;
    otherAdminKey = (await createApiKey(db, { name: 'other', tenantId: 'globex', scope: 'admin' })).key;
    await createReviewer(db, { name: 'rae', role: 'reviewer', tenantId: 'acme', password });
    await createReviewer(db, { name: 'ola', role: 'reviewer', tenantId: 'globex', password });
    const check = async (png: Buffer) =>
      (await app.inject({ method: 'POST', url: '/v1/check/image', headers: { authorization: `Bearer ${checkKey}` }, payload: { image: png.toString('base64') } })).json() as {
        id: string;
        verdict: string;
      };
    const review = await check(revealing);
    assert.equal(review.verdict, 'review');
    reviewDecisionId = review.id;
    const block = await check(explicit);
    assert.equal(block.verdict, 'block');
    blockDecisionId = block.id;
    minorDecisionId = (await check(minor)).id;
  });
  after(async () => {
    await app.close();
    await context.close();
    await context.db.close();
    await storage.dispose();
  });

  const notice = (extra: Record<string, unknown> = {}) => ({
    tenant: 'acme',
    role: 'SUBJECT',
    minor: false,
    subjectDeclaration: true,
    nonConsentStatement: 'Shared without my consent.',
    goodFaith: true,
    signature: 'A. Person',
    jurisdictions: ['GB'],
    hashes: [{ pdq: PDQ }],
    ...extra,
  });

  async function signIn(name = 'rae', pass = password) {
    const res = await app.inject({ method: 'POST', url: '/console/api/login', payload: { name, password: pass } });
    const cookie = String(res.headers['set-cookie'] ?? '');
    return { res, cookie: cookie.split(';')[0]!, setCookie: cookie, csrf: (res.json() as { csrfToken?: string }).csrfToken ?? '' };
  }

  it('files a notice publicly and reads its status only with the secret', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/notices', payload: notice() });
    assert.equal(res.statusCode, 201);
    const body = res.json() as { caseNumber: string; secret: string; regimes: string[]; deadlineAt: string; receivedAt: string };
    assert.deepEqual(body.regimes, ['UK_OSA_20A']);
    assert.equal(Date.parse(body.deadlineAt) - Date.parse(body.receivedAt), 24 * 3_600_000);
    const status = await app.inject({ method: 'GET', url: `/v1/notices/${body.caseNumber}`, headers: { 'x-notice-secret': body.secret } });
    assert.equal(status.statusCode, 200);
    assert.equal((status.json() as { status: string }).status, 'received');
    const wrong = await app.inject({ method: 'GET', url: `/v1/notices/${body.caseNumber}`, headers: { 'x-notice-secret': 'nope' } });
    assert.equal(wrong.statusCode, 404);
    assert.equal((wrong.json() as { error: { code: string } }).error.code, 'notice_not_found');
    const bad = await app.inject({ method: 'POST', url: '/v1/notices', payload: notice({ goodFaith: false }) });
    assert.equal(bad.statusCode, 400);
    assert.equal((bad.json() as { error: { code: string } }).error.code, 'invalid_notice');
    const unknown = await app.inject({ method: 'POST', url: '/v1/notices', payload: notice({ tenant: 'nobody' }) });
    assert.equal(unknown.statusCode, 404);
  });

  it('lets an admin key list notices of its own tenant and accept one; the hashes reach the takedown list', async () => {
    const { caseNumber } = (await app.inject({ method: 'POST', url: '/v1/notices', payload: notice({ hashes: [{ pdq: 'ab'.repeat(32) }] }) })).json() as { caseNumber: string };
    const list = (await app.inject({ method: 'GET', url: '/v1/admin/notices?open=true', headers: { authorization: `Bearer ${adminKey}` } })).json() as { data: Array<{ caseNumber: string }> };
    assert.ok(list.data.some((n) => n.caseNumber === caseNumber));
    const other = (await app.inject({ method: 'GET', url: '/v1/admin/notices', headers: { authorization: `Bearer ${otherAdminKey}` } })).json() as { data: unknown[] };
    assert.equal(other.data.length, 0);
    const forbidden = await app.inject({ method: 'GET', url: '/v1/admin/notices', headers: { authorization: `Bearer ${checkKey}` } });
    assert.equal(forbidden.statusCode, 403);
    const acted = await app.inject({
      method: 'POST',
      url: `/v1/admin/notices/${caseNumber}/actions`,
      headers: { authorization: `Bearer ${adminKey}` },
      payload: { action: 'accept', reason: 'Valid UK intimate image report.' },
    });
    assert.equal(acted.statusCode, 200);
    assert.equal((acted.json() as { notice: { status: string } }).notice.status, 'accepted');
    // The moderation events' table sequence is shared by every tenant: it is never in an answer (it would count theirs).
    assert.doesNotMatch(acted.body, /"seq"/);
    const takedown = await defaultListStore(context).get('takedown');
    assert.ok(takedown?.entries.some((e) => e.pdq === 'ab'.repeat(32)));
    const oneRes = await app.inject({ method: 'GET', url: `/v1/admin/notices/${caseNumber}`, headers: { authorization: `Bearer ${adminKey}` } });
    assert.doesNotMatch(oneRes.body, /"seq"/);
    const one = oneRes.json() as { events: Array<{ action: string; actor: string }> };
    assert.deepEqual(
      one.events.map((e) => [e.action, e.actor]),
      [
        ['receive', 'notifier'],
        ['accept', 'operator'],
      ],
    );
  });

  it('signs reviewers in with an HttpOnly, Secure, SameSite cookie and refuses a wrong password', async () => {
    const wrong = await signIn('rae', 'wrong password!!');
    assert.equal(wrong.res.statusCode, 401);
    const ok = await signIn();
    assert.equal(ok.res.statusCode, 200);
    assert.match(ok.setCookie, /HttpOnly/);
    assert.match(ok.setCookie, /Secure/);
    assert.match(ok.setCookie, /SameSite=Strict/);
    const none = await app.inject({ method: 'GET', url: '/console/api/queues' });
    assert.equal(none.statusCode, 401);
  });

  it("shows a tenant's review queue and requires the CSRF token to act", async () => {
    const { cookie, csrf } = await signIn();
    const queues = (await app.inject({ method: 'GET', url: '/console/api/queues', headers: { cookie } })).json() as {
      decisions: Array<{ decisionId: string; rules: Array<{ id: string }>; images: unknown[] }>;
    };
    const item = queues.decisions.find((d) => d.decisionId === reviewDecisionId);
    assert.ok(item, 'the review decision is queued');
    assert.deepEqual(
      item.rules.map((r) => r.id),
      ['strict.real_person_suggestive'],
    );
    assert.equal(item.images.length, 1, 'evidence keeping is on: one blurred image');
    assert.ok(!queues.decisions.some((d) => d.decisionId === blockDecisionId), 'blocks are not in the review queue');
    const other = await signIn('ola');
    const otherQueues = (await app.inject({ method: 'GET', url: '/console/api/queues', headers: { cookie: other.cookie } })).json() as { decisions: unknown[] };
    assert.equal(otherQueues.decisions.length, 0, 'another tenant sees none of it');

    const noCsrf = await app.inject({ method: 'POST', url: `/console/api/decisions/${reviewDecisionId}/actions`, headers: { cookie }, payload: { action: 'uphold', reason: 'x' } });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal((noCsrf.json() as { error: { code: string } }).error.code, 'csrf_failed');

    const image = await app.inject({ method: 'GET', url: `/console/api/decisions/${reviewDecisionId}/images/0`, headers: { cookie } });
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/jpeg');
    const twice = await app.inject({ method: 'GET', url: `/console/api/decisions/${reviewDecisionId}/images/0`, headers: { cookie } });
    assert.equal(twice.statusCode, 409, 'the same image is not shown twice in a session without asking');
    const again = await app.inject({ method: 'GET', url: `/console/api/decisions/${reviewDecisionId}/images/0?again=1`, headers: { cookie } });
    assert.equal(again.statusCode, 200);
    const revealed = await app.inject({
      method: 'POST',
      url: `/console/api/decisions/${reviewDecisionId}/images/0/reveal`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { reason: 'Need to see the clothing.' },
    });
    assert.equal(revealed.statusCode, 200);
    // The original's own size (64 px), not the blurred rendering (shrunk to 48 px, shown at 384).
    assert.equal((await sharp(revealed.rawPayload).metadata()).width, 64);
    assert.equal((await sharp(image.rawPayload).metadata()).width, 384);
    const reveal = await context.db.query<{ action: string; reason: string }>("SELECT action, reason FROM moderation_events WHERE subject_id = $1 AND action = 'reveal_image'", [reviewDecisionId]);
    assert.deepEqual(reveal.rows, [{ action: 'reveal_image', reason: 'Need to see the clothing.' }]);

    const act = await app.inject({
      method: 'POST',
      url: `/console/api/decisions/${reviewDecisionId}/actions`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { action: 'overturn', reason: 'Fully clothed portrait; not revealing.' },
    });
    assert.equal(act.statusCode, 200);
    assert.equal((act.json() as { status: string }).status, 'overturned');
    const after = (await app.inject({ method: 'GET', url: '/console/api/queues', headers: { cookie } })).json() as { decisions: Array<{ decisionId: string }> };
    assert.ok(!after.decisions.some((d) => d.decisionId === reviewDecisionId));
    const again2 = await app.inject({
      method: 'POST',
      url: `/console/api/decisions/${reviewDecisionId}/actions`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { action: 'uphold', reason: 'changed my mind' },
    });
    assert.equal(again2.statusCode, 409);
  });

  it("takes an appeal through the operator's link and lets only a person decide it", async () => {
    const link = await app.inject({ method: 'POST', url: `/v1/decisions/${blockDecisionId}/appeal-link`, headers: { authorization: `Bearer ${checkKey}` } });
    assert.equal(link.statusCode, 201);
    const { token, url } = link.json() as { token: string; url: string };
    assert.equal(url, `/appeal#${token}`);
    const ctx = (await app.inject({ method: 'GET', url: '/v1/appeals/context', headers: { 'x-appeal-token': token } })).json() as { reasons: string[] };
    assert.ok(ctx.reasons.length > 0);
    const filed = await app.inject({ method: 'POST', url: '/v1/appeals', payload: { token, statement: 'This is a photo of a black square.' } });
    assert.equal(filed.statusCode, 201);
    assert.equal((filed.json() as { status: string }).status, 'open');
    const dup = await app.inject({ method: 'POST', url: '/v1/appeals', payload: { token, statement: 'again' } });
    assert.equal(dup.statusCode, 409);
    const { cookie, csrf } = await signIn();
    const queues = (await app.inject({ method: 'GET', url: '/console/api/queues', headers: { cookie } })).json() as {
      appeals: Array<{ id: string; decisionId: string; images: unknown[]; imageNote: string }>;
    };
    const appeal = queues.appeals.find((a) => a.decisionId === blockDecisionId)!;
    assert.ok(appeal);
    const escalated = (
      await app.inject({ method: 'POST', url: `/console/api/appeals/${appeal.id}/actions`, headers: { cookie, 'x-csrf-token': csrf }, payload: { action: 'escalate', reason: 'Ask an admin.' } })
    ).json() as { status: string };
    assert.equal(escalated.status, 'escalated');
    const notAdmin = await app.inject({ method: 'POST', url: `/console/api/appeals/${appeal.id}/actions`, headers: { cookie, 'x-csrf-token': csrf }, payload: { action: 'overturn', reason: 'x' } });
    assert.equal(notAdmin.statusCode, 403);
    const badLink = await app.inject({ method: 'POST', url: '/v1/appeals', payload: { token: 'forged', statement: 'x' } });
    assert.equal(badLink.statusCode, 404);
    assert.equal((await verifyLog(context.db)).ok, true);
  });

  it('never shows the image of a decision that raises a possible minor, and nothing of images or prompts when evidence keeping is off', async () => {
    const { token } = (await app.inject({ method: 'POST', url: `/v1/decisions/${minorDecisionId}/appeal-link`, headers: { authorization: `Bearer ${checkKey}` } })).json() as { token: string };
    assert.equal((await app.inject({ method: 'POST', url: '/v1/appeals', payload: { token, statement: 'It is a blue square.' } })).statusCode, 201);
    const { cookie } = await signIn();
    const queues = (await app.inject({ method: 'GET', url: '/console/api/queues', headers: { cookie } })).json() as { appeals: Array<{ decisionId: string; images: unknown[]; imageNote: string }> };
    const appeal = queues.appeals.find((a) => a.decisionId === minorDecisionId)!;
    assert.deepEqual(appeal.images, []);
    assert.match(appeal.imageNote, /possible minor/);
    const image = await app.inject({ method: 'GET', url: `/console/api/decisions/${minorDecisionId}/images/0`, headers: { cookie } });
    assert.equal(image.statusCode, 404);
    const withoutEvidence = createReviewService({ db: context.db, log: context.log });
    const item = await withoutEvidence.decisionItem('acme', blockDecisionId);
    assert.deepEqual([item.images, item.promptEvidence], [[], null]);
    assert.match(item.imageNote, /evidence keeping is off/);
  });

  it('serves the pages with a same-origin content security policy, and no other file', async () => {
    for (const page of ['/portal', '/console', '/appeal']) {
      const res = await app.inject({ method: 'GET', url: page });
      assert.equal(res.statusCode, 200, page);
      assert.match(String(res.headers['content-security-policy']), /connect-src 'self'/);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/assets/portal.js' })).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/assets/..%2Fpackage.json' })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/assets/md5.ts' })).statusCode, 404);
  });
});
