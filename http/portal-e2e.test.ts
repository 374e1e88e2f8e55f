// End to end in Debian's Chromium: a person hashes a photo in the portal (only hashes leave the
// page), the notice is worked in the console with the keyboard, the hash lands on the takedown
// list and the gateway then refuses that photo and a re-encoded copy; a review decision and an
// appeal are decided with the keyboard; every event is in the hash-chained log; axe-core finds no
// accessibility violation on any page; screenshots go to test-artifacts/screenshots/. The console in
// French, Spanish and German: a reviewer blocks one image and allows another with the keyboard, is
// not shown an image twice without asking, and the events are in the log.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import {
  createApiKey,
  createContext,
  createHashListDetector,
  createReviewer,
  defaultListStore,
  definePolicy,
  STRICT_POLICY,
  hammingDistance,
  hashImage,
  readConfig,
  verifyLog,
  type Category,
  type ConsentryContext,
  type Detector,
  type HashList,
} from '../src/internal.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
import { pgliteStorage, type TestStorage } from '../src/testing/test-database.ts';
import { buildApp } from './app.ts';
import { fakePromptDetector, noopEditDetector, sha256, solidPng, tableImageDetector } from './test-fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';
const PHOTO = sharedPath('data', 'people', 'fr_obama.jpg');
const SCREENSHOTS = fileURLToPath(new URL('../test-artifacts/screenshots/', import.meta.url));
const skip = !existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install -y chromium); the browser tests are skipped` : !PHOTO ? 'the shared photos are not there (CONSENTRY_SHARED)' : false;

type Page = import('playwright-core').Page;
type Browser = import('playwright-core').Browser;

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in the page; returns the violations. */
async function axe(page: Page): Promise<Array<{ id: string; help: string; nodes: number }>> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const result = await (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }> }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
  });
}

/** A hash-list detector over the lists as they are now (notices change them while the test runs). */
function liveHashListDetector(context: () => ConsentryContext): Detector {
  return {
    name: 'hash-list',
    accepts: ['image', 'edit'],
    async detect(subject) {
      const store = defaultListStore(context());
      const lists = (await Promise.all((await store.names()).map((n) => store.get(n)))).filter((l): l is HashList => !!l);
      return createHashListDetector({ lists }).detect(subject);
    },
  };
}

describe('portal, notices and console in Chromium', { skip }, () => {
  let storage: TestStorage;
  let context: ConsentryContext;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let checkKey: string;
  let photo: Buffer;
  let reviewDecisionId: string;
  let blockDecisionId: string;
  let revealing2: Buffer;
  let artwork: Buffer;
  let check: (png: Buffer) => Promise<{ id: string; verdict: string; rules: Array<{ id: string }>; allowList?: { lifted: string[] } }>;
  const password = 'a long reviewer passphrase';
  const axeResults: Record<string, unknown[]> = {};

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    photo = readFileSync(PHOTO!);
    storage = pgliteStorage();
    const db = await storage.open();
    const revealing = await solidPng(220, 180, 160);
    const explicit = await solidPng(10, 10, 10);
    revealing2 = await solidPng(200, 170, 150);
    artwork = await solidPng(120, 60, 200);
    const table = new Map<string, Category[]>([
      [sha256(revealing), ['real_person', 'suggestive']],
      [sha256(revealing2), ['real_person', 'suggestive']],
      [sha256(explicit), ['sexual']],
      [sha256(artwork), ['suggestive']],
    ]);
    // The strict policy, plus a review for revealing images of no real person (artwork), which an
    // allow-list entry may lift.
    const policy = definePolicy({
      id: 'strict-art',
      version: '1',
      rules: [...STRICT_POLICY.rules, { id: 'art.suggestive', when: { all: ['suggestive'], none: ['real_person'] }, verdict: 'review', reason: 'Revealing artwork is looked at by a person.' }],
    });
    // A one-hour target: a fresh notice is at once "due within the hour" in the console.
    context = await createContext(readConfig({}, { ...storage.options, evidenceKey: randomBytes(32).toString('base64'), noticeTargetHours: 1 }), {
      db,
      policy,
      protectPollMs: 0,
      promptDetectors: [fakePromptDetector],
      imageDetectors: [tableImageDetector(table), liveHashListDetector(() => context)],
      editDetectors: [noopEditDetector],
    });
    app = await buildApp(context);
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    checkKey = (await createApiKey(db, { name: 'check', tenantId: 'acme' })).key;
    await createReviewer(db, { name: 'rae', role: 'admin', tenantId: 'acme', password });
    check = async (png: Buffer) =>
      (await (
        await fetch(`${base}/v1/check/image`, {
          method: 'POST',
          headers: { authorization: `Bearer ${checkKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ image: png.toString('base64') }),
        })
      ).json()) as { id: string; verdict: string; rules: Array<{ id: string }>; allowList?: { lifted: string[] } };
    reviewDecisionId = (await check(revealing)).id;
    await check(revealing2);
    blockDecisionId = (await check(explicit)).id;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await context?.close();
    await context?.db.close();
    await storage?.dispose();
  });

  let caseNumber = '';
  let secret = '';

  it('hashes a photo in the browser and sends only hashes: no request carries the image bytes', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const bodies: Array<{ url: string; body: Buffer }> = [];
    await page.route('**/*', async (route) => {
      bodies.push({ url: route.request().url(), body: route.request().postDataBuffer() ?? Buffer.alloc(0) });
      await route.continue();
    });
    await page.goto(`${base}/portal?tenant=acme&lang=en`);
    axeResults['portal (empty)'] = await axe(page);
    await page.setInputFiles('#files', PHOTO!);
    await page.getByText('Fingerprint ready').waitFor({ timeout: 30_000 });
    await page.getByLabel('I am the person in the image').check();
    await page.getByLabel('Where do you live?').selectOption('US');
    await page.getByLabel(/In your own words/).fill('I never agreed to this photo being shared.');
    await page.getByLabel(/I declare in good faith/).check();
    await page.getByLabel(/Where did you see it/).fill('https://example.com/post/1\n');
    await page.getByLabel(/Your signature/).fill('Barack Example');
    await page.getByRole('button', { name: 'Send the fingerprints' }).click();
    await page.locator('#receipt:not([hidden])').waitFor();
    caseNumber = (await page.locator('#case-out').textContent())!;
    secret = (await page.locator('#secret-out').textContent())!;
    assert.match(caseNumber, /^N-/);
    const stored = (await context.db.query<{ content_locators: string[]; channel: string }>('SELECT content_locators, channel FROM notices WHERE case_number = $1', [caseNumber])).rows[0]!;
    assert.deepEqual([stored.content_locators, stored.channel], [['https://example.com/post/1'], 'web_form']);
    axeResults['portal (receipt)'] = await axe(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'portal.png'), fullPage: true });

    // No request body holds the photo, any 48-byte slice of it, or that slice in base64.
    const slices = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => photo.subarray(Math.floor(photo.length * f), Math.floor(photo.length * f) + 48));
    for (const { url, body } of bodies) {
      assert.ok(body.length < photo.length / 4, `${url} sent ${body.length} bytes`);
      for (const s of slices) {
        assert.equal(body.indexOf(s), -1, `${url} carries image bytes`);
        assert.ok(!body.toString('latin1').includes(s.toString('base64').slice(4, 40)), `${url} carries base64 image bytes`);
      }
    }
    const sent = bodies.find((b) => b.url.endsWith('/v1/notices'))!;
    const { hashes } = JSON.parse(sent.body.toString()) as { hashes: Array<{ pdq: string; md5: string; sha256: string }> };
    const node = await hashImage(photo);
    assert.equal(hashes[0]!.sha256, createHash('sha256').update(photo).digest('hex'));
    assert.equal(hashes[0]!.md5, createHash('md5').update(photo).digest('hex'));
    const distance = hammingDistance(hashes[0]!.pdq, node.pdq);
    assert.ok(distance <= 31, `the browser's PDQ is ${distance} bits from Node's`);
    console.log(`# browser PDQ vs Node (sharp) PDQ of ${PHOTO}: ${distance} bits apart`);
    await page.close();
  });

  it('works the notice in the console with the keyboard: due within the hour, escalated, accepted; the hash reaches the list', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${base}/console`);
    axeResults['console (sign-in)'] = await axe(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-sign-in.png'), fullPage: true });
    await page.getByLabel('Name').fill('rae');
    await page.getByLabel('Password').fill(password);
    await page.keyboard.press('Enter');
    await page.locator('#app:not([hidden])').waitFor();
    const cookie = (await page.context().cookies()).find((c) => c.name === 'consentry_console')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.secure, true);
    assert.equal(cookie.sameSite, 'Strict');

    await page.locator('body').focus();
    await page.keyboard.press('2');
    await page.getByRole('heading', { name: `Notice ${caseNumber}` }).waitFor();
    await page.getByText('due within the hour').waitFor();
    axeResults['console (notice)'] = await axe(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-notice.png'), fullPage: true });
    await page.keyboard.press('e');
    await page.keyboard.type('Checking the regimes before deciding.');
    await page.keyboard.press('Enter');
    await page.getByText('escalate recorded.').waitFor();
    assert.equal((await context.db.query<{ status: string }>('SELECT status FROM notices WHERE case_number = $1', [caseNumber])).rows[0]!.status, 'escalated');
    await page.keyboard.press('u');
    await page.keyboard.type('The person depicted; not consensual.');
    await page.keyboard.press('Enter');
    await page.getByText('accept recorded.').waitFor();
    await page.close();

    const status = (await (await fetch(`${base}/v1/notices/${caseNumber}`, { headers: { 'x-notice-secret': secret } })).json()) as { status: string; outcome: string; regimes: Array<{ id: string }> };
    assert.deepEqual([status.status, status.outcome, status.regimes.map((r) => r.id)], ['accepted', 'REMOVED', ['TIDA3']]);
    const list = await defaultListStore(context).get('takedown');
    assert.ok(list?.entries.some((e) => e.sha256 === createHash('sha256').update(photo).digest('hex')));
  });

  it('the gateway then refuses that photo and a re-encoded, resized copy of it', async () => {
    const copy = await sharp(photo).rotate().resize({ width: 800 }).jpeg({ quality: 70 }).toBuffer();
    for (const [name, bytes] of [
      ['the photo', photo],
      ['a re-encoded copy', copy],
    ] as const) {
      const res = await fetch(`${base}/v1/check/image`, {
        method: 'POST',
        headers: { authorization: `Bearer ${checkKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ image: bytes.toString('base64') }),
      });
      const decision = (await res.json()) as { verdict: string; rules: Array<{ id: string }>; categories: Array<{ category: string; evidence: Array<{ kind: string; list?: string }> }> };
      assert.equal(decision.verdict, 'block', name);
      assert.ok(
        decision.rules.some((r) => r.id === 'floor.known_image'),
        name,
      );
      assert.ok(
        decision.categories.some((c) => c.evidence.some((e) => e.kind === 'hash' && e.list === 'takedown')),
        name,
      );
    }
  });

  it('takes an appeal on the appeal page, then a reviewer works a review item and the appeal with the keyboard', async () => {
    const link = (await (await fetch(`${base}/v1/decisions/${blockDecisionId}/appeal-link`, { method: 'POST', headers: { authorization: `Bearer ${checkKey}` } })).json()) as { url: string };
    const appealPage = await browser.newPage({ bypassCSP: true });
    await appealPage.goto(`${base}${link.url.replace('/appeal', '/appeal?lang=fr')}`);
    await appealPage.locator('#appeal-form:not([hidden])').waitFor();
    assert.equal(await appealPage.locator('html').getAttribute('lang'), 'fr');
    axeResults.appeal = await axe(appealPage);
    await appealPage.getByLabel('Pourquoi la décision est-elle erronée ?').fill('C’est un carré noir, rien de plus.');
    await appealPage.getByRole('button', { name: 'Envoyer pour examen par une personne' }).click();
    await appealPage.getByText(/Votre numéro de recours est A-/).waitFor();
    await appealPage.screenshot({ path: join(SCREENSHOTS, 'appeal.png'), fullPage: true });
    await appealPage.close();

    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${base}/console`);
    await page.getByLabel('Name').fill('rae');
    await page.getByLabel('Password').fill(password);
    await page.keyboard.press('Enter');
    await page.locator('#app:not([hidden])').waitFor();
    await page.getByRole('heading', { name: /^Decision / }).waitFor();
    await page.getByRole('button', { name: 'Show blurred image' }).click();
    await page.locator('img.blurred').waitFor();
    axeResults['console (review item)'] = await axe(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-review.png'), fullPage: true });
    // j and k move through the queue.
    const current = () => page.locator('#queue li[aria-current=true]').evaluate((li) => Array.from(li.parentElement!.children).indexOf(li));
    assert.equal(await current(), 0);
    await page.keyboard.press('j');
    assert.equal(await current(), 1);
    await page.keyboard.press('k');
    assert.equal(await current(), 0);
    await page.keyboard.press('o');
    await page.keyboard.type('A clothed portrait; nothing revealing.');
    await page.keyboard.press('Enter');
    await page.getByText('overturn recorded.').waitFor();
    await page.keyboard.press('3');
    await page.getByRole('heading', { name: /^Appeal A-/ }).waitFor();
    axeResults['console (appeal)'] = await axe(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-appeal.png'), fullPage: true });
    await page.keyboard.press('u');
    await page.keyboard.type('Sexual content under the strict policy; the block stands.');
    await page.keyboard.press('Enter');
    await page.getByText('uphold recorded.').waitFor();
    await page.close();

    const { rows } = await context.db.query<{ subject_kind: string; action: string; actor: string; log_id: string }>('SELECT subject_kind, action, actor, log_id FROM moderation_events ORDER BY seq');
    assert.deepEqual(
      rows.map((r) => `${r.subject_kind}:${r.action}:${r.actor}`),
      ['notice:receive:notifier', 'notice:escalate:reviewer', 'notice:accept:reviewer', 'appeal:appeal:end_user', 'decision:overturn:reviewer', 'appeal:uphold:reviewer'],
    );
    const logged = await context.db.query<{ n: string }>("SELECT count(*)::text AS n FROM decision_log WHERE kind = 'moderation' AND id = ANY($1)", [rows.map((r) => r.log_id)]);
    assert.equal(Number(logged.rows[0]!.n), rows.length, 'every event is in the log');
    assert.equal((await verifyLog(context.db)).ok, true);
    assert.equal((await context.db.query<{ status: string }>('SELECT status FROM decision_reviews WHERE decision_id = $1', [reviewDecisionId])).rows[0]!.status, 'overturned');
  });

  it('works the console in French with the keyboard: blocks one image, allows another, shows no image twice without asking; Spanish and German too', async () => {
    const artDecision = await check(artwork);
    assert.equal(artDecision.verdict, 'review');
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${base}/console?lang=fr`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    axeResults['console (sign-in, fr)'] = await axe(page);
    await page.getByLabel('Nom', { exact: true }).fill('rae');
    await page.getByLabel('Mot de passe').fill(password);
    await page.keyboard.press('Enter');
    await page.locator('#app:not([hidden])').waitFor();
    await page.getByRole('tab', { name: /Revue/ }).waitFor();
    await page.getByText('Touches :').waitFor();

    // The first item left is the second revealing image (a real person): block, never allow.
    await page.getByRole('heading', { name: /^Décision / }).waitFor();
    await page.getByText(/aucune autorisation n’est possible/).waitFor();
    assert.equal(await page.getByRole('button', { name: /autoriser cette image exacte/ }).count(), 0);
    // Shown once blurred with `v`; after moving away and back, `v` does not show it again unasked.
    await page.locator('body').focus();
    await page.keyboard.press('v');
    await page.locator('img.blurred').waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('v');
    await page.getByText('Vous avez déjà vu cette image pendant cette session.').waitFor();
    assert.equal(await page.locator('img.blurred').count(), 0);
    await page.keyboard.press('Enter'); // the focused "La revoir": the reviewer asks
    await page.locator('img.blurred').waitFor();
    axeResults['console (review item, fr)'] = await axe(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-review-fr.png'), fullPage: true });
    await page.locator('body').focus();
    await page.keyboard.press('b');
    await page.getByRole('heading', { name: 'Confirmer et bloquer l’image : motif' }).waitFor();
    await page.keyboard.type('Photo réelle et suggestive ; elle reste bloquée.');
    await page.keyboard.press('Enter');
    await page.getByText(/confirmation : enregistré\. L’image est sur la liste de blocage/).waitFor();

    // Next is the artwork: overturn and allow that exact image.
    await page.getByRole('button', { name: /autoriser cette image exacte/ }).waitFor();
    await page.locator('body').focus();
    await page.keyboard.press('a');
    await page.keyboard.type('Une peinture ; rien de réel.');
    await page.keyboard.press('Enter');
    await page.getByText(/infirmation : enregistré\. L’image exacte est sur la liste d’autorisation/).waitFor();

    for (const lang of ['es', 'de']) {
      await page.selectOption('#lang', lang);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      await page.keyboard.press('3');
      axeResults[`console (appeals, ${lang})`] = await axe(page);
    }
    await page.getByRole('tab', { name: /Beschwerden/ }).waitFor();
    await page.getByText(/Aufhebung: gespeichert\. Genau dieses Bild steht auf der Erlaubnisliste/).waitFor();
    await page.getByText('Tasten:').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'console-de.png'), fullPage: true });
    await page.close();

    const events = await context.db.query<{ subject_id: string; action: string; actor: string; details: { list?: { name: string; kind: string } }; log_id: string }>(
      "SELECT subject_id, action, actor, details, log_id FROM moderation_events WHERE subject_kind = 'decision' AND details::text LIKE '%\"list\"%' ORDER BY seq",
    );
    assert.deepEqual(
      events.rows.map((e) => `${e.action}:${e.actor}:${e.details.list?.name}`),
      ['uphold:reviewer:review-block', 'overturn:reviewer:review-allow'],
    );
    assert.equal(events.rows[1]!.subject_id, artDecision.id);
    for (const e of events.rows) assert.equal((await context.log.get(e.log_id, 'acme'))?.kind, 'moderation', 'the event is in the log');
    assert.equal((await verifyLog(context.db)).ok, true);
    const blocked = await check(revealing2);
    assert.equal(blocked.verdict, 'block');
    assert.ok(blocked.rules.some((r) => r.id === 'floor.known_image'));
    const allowed = await check(artwork);
    assert.equal(allowed.verdict, 'allow');
    assert.deepEqual(allowed.allowList?.lifted, ['art.suggestive']);
  });

  it('the portal in French, Spanish and German passes axe too', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    for (const lang of ['fr', 'es', 'de']) {
      await page.goto(`${base}/portal?lang=${lang}`);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      axeResults[`portal (${lang})`] = await axe(page);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-de.png'), fullPage: true });
    await page.close();
  });

  it("hashes every shared photo of people in the browser within the match threshold of Node's hash", async () => {
    const folder = sharedPath('data', 'people')!;
    const files = readdirSync(folder)
      .filter((f) => /\.jpe?g$/i.test(f))
      .map((f) => join(folder, f));
    const page = await browser.newPage({ bypassCSP: true });
    let sent: Buffer | undefined;
    await page.route('**/v1/notices', async (route) => {
      sent = route.request().postDataBuffer() ?? undefined;
      await route.fulfill({ status: 400, contentType: 'application/json', body: '{"error":{"message":"measurement only"}}' });
    });
    await page.goto(`${base}/portal?tenant=acme`);
    const started = Date.now();
    await page.setInputFiles('#files', files);
    await page.waitForFunction((n) => document.querySelectorAll('#previews li').length === n && !document.getElementById('hash-status')!.textContent, files.length, { timeout: 120_000 });
    const ms = Date.now() - started;
    await page.getByLabel(/In your own words/).fill('measurement');
    await page.getByLabel(/I declare in good faith/).check();
    await page.getByLabel(/Your signature/).fill('measurement');
    await page.getByRole('button', { name: 'Send the fingerprints' }).click();
    await page.getByText('measurement only').waitFor();
    await page.close();
    const { hashes } = JSON.parse(sent!.toString()) as { hashes: Array<{ pdq: string; sha256: string }> };
    assert.equal(hashes.length, files.length);
    const distances: number[] = [];
    for (const [i, file] of files.entries()) {
      const node = await hashImage(readFileSync(file));
      assert.equal(hashes[i]!.sha256, node.sha256);
      distances.push(hammingDistance(hashes[i]!.pdq, node.pdq));
    }
    console.log(`# browser vs Node PDQ on ${files.length} shared photos: distances ${distances.join(', ')} bits (max ${Math.max(...distances)}); ${ms} ms to hash them all in the page`);
    assert.ok(Math.max(...distances) <= 31, `distances ${distances.join(', ')}`);
  });

  it('axe-core finds no WCAG A/AA violation on any page', () => {
    assert.ok(Object.keys(axeResults).length >= 12, `pages checked: ${Object.keys(axeResults).join(', ')}`);
    for (const [name, violations] of Object.entries(axeResults)) assert.deepEqual(violations, [], name);
  });
});
