import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { createContext, type ConsentryContext } from '../context.ts';
import { readConfig } from '../config.ts';
import type { Category, Signal } from '../types.ts';
import type { Detector } from '../detectors/detector.ts';
import { hashImage } from '../hash/image-hash.ts';
import { deleteHashList, importHashListToDb, listHashLists, removeHashListEntries } from '../hash/list-db.ts';
import { syntheticImage } from '../testing/synthetic-images.ts';
import { pgliteStorage, postgresStorage, type TestStorage } from '../testing/test-database.ts';
import { anotherPhoto, faceTableAnalyzer, identity, type TableFace } from '../testing/face-table-analyzer.ts';
import { sha256Hex } from '../store/decision-log.ts';
import { ensureTenant } from '../store/api-keys.ts';
import { deletePerson, embeddingsFromPhotos, enrolPerson, listPersons } from './persons.ts';
import { grantConsent, revokeGrant } from './consent.ts';
import { listProtectEvents } from './protect-events.ts';

const KEY = randomBytes(32).toString('base64');

/** Prompt words → categories; the real screener is tested on its own. */
const wordsDetector: Detector = {
  name: 'words',
  accepts: ['prompt'],
  detect(subject) {
    if (subject.kind !== 'prompt') return { signals: [] };
    const words: Array<[RegExp, Category]> = [
      [/\bundress\b/i, 'undress'],
      [/\bnude\b/i, 'sexual'],
      [/\bbikini\b/i, 'suggestive'],
      [/\bconsents?\b/i, 'consent_claim'],
    ];
    const signals: Signal[] = words.filter(([re]) => re.test(subject.text)).map(([, category]) => ({ detector: 'words', category, score: 0.9, reason: category, evidence: [] }));
    // An edit of a photo of a person: the real detectors say real_person from the face.
    if (subject.mode === 'edit') signals.push({ detector: 'words', category: 'real_person', score: 0.9, reason: 'photo of a person', evidence: [] });
    return { signals };
  },
};

async function png(seed: number): Promise<Buffer> {
  return sharp(await syntheticImage(seed, { size: 128 }))
    .png()
    .toBuffer();
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`protection on ${kind}`, () => {
    let storage: TestStorage | undefined;
    let context: ConsentryContext;
    const faces = new Map<string, TableFace[]>();
    const alice = identity(1);
    const bob = identity(2);
    const photos: Record<string, Buffer> = {};
    before(async () => {
      storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
      if (!storage) return;
      for (const [name, seed, face] of [
        ['aliceEnrol', 11, [{ embedding: alice }]],
        ['aliceOther', 12, [{ embedding: anotherPhoto(alice, 5) }]],
        ['bob', 13, [{ embedding: anotherPhoto(bob, 6) }]],
        ['aliceAndBob', 14, [{ embedding: anotherPhoto(alice, 7) }, { embedding: bob }]],
        ['aliceYoung', 15, [{ embedding: anotherPhoto(alice, 8), possibleMinor: true }]],
      ] as const) {
        photos[name] = await png(seed);
        faces.set(sha256Hex(photos[name]!), [...face]);
      }
      const db = await storage.open();
      for (const tenant of ['default', 'acme']) await ensureTenant(db, tenant);
      context = await createContext(readConfig({ ...storage.env, CONSENTRY_BIOMETRIC_KEY: KEY }), {
        db,
        promptDetectors: [wordsDetector],
        imageDetectors: [],
        editDetectors: [],
        imageAnalyzer: faceTableAnalyzer(faces),
        pdqHash: async () => null,
      });
    });
    after(async () => {
      const db = context?.db;
      await context?.close();
      await db?.close();
      await storage?.dispose();
    });

    test('a hash imported into a list blocks that image and its near-duplicates, nothing else, until removed', async (t) => {
      if (!storage) return t.skip();
      const original = await syntheticImage(3, { size: 300 });
      const nearDuplicate = await sharp(original).resize(200).jpeg({ quality: 60 }).toBuffer();
      const other = await syntheticImage(5, { size: 300 });
      const h = await hashImage(original);
      const scope = { tenantId: 'default' };
      assert.equal((await context.checks.checkImage(scope, { image: original })).verdict, 'allow');
      await assert.rejects(importHashListToDb(context.db, { name: 'ncii-x', source: 'test', purpose: 'ncii', text: `${h.pdq},100,case-1\nnot-a-hash\n` }), /line 2/);
      assert.deepEqual(await listHashLists(context.db), [], 'a refused import leaves nothing');
      const imported = await importHashListToDb(context.db, { name: 'ncii-x', source: 'test', purpose: 'ncii', text: `${h.pdq},100,case-1\n` });
      assert.equal(imported.added, 1);
      context.protection.changed();
      for (const image of [original, nearDuplicate]) {
        const d = await context.checks.checkImage(scope, { image });
        assert.equal(d.verdict, 'block');
        assert.ok(d.rules.some((r) => r.id === 'floor.known_image'));
        const evidence = d.categories.find((c) => c.category === 'known_image')!.evidence.find((e) => e.kind === 'hash');
        assert.equal(evidence?.kind === 'hash' && evidence.entryId, 'case-1');
      }
      assert.equal((await context.checks.checkImage(scope, { image: other })).verdict, 'allow');
      // Another tenant's list does not apply to this tenant; the operator's list applies to all.
      await importHashListToDb(context.db, { name: 'takedowns', tenantId: 'acme', source: 'acme', purpose: 'takedown', text: `${(await hashImage(other)).pdq},100,t-1\n` });
      context.protection.changed();
      assert.equal((await context.checks.checkImage(scope, { image: other })).verdict, 'allow');
      assert.equal((await context.checks.checkImage({ tenantId: 'acme' }, { image: other })).verdict, 'block');
      assert.equal((await context.checks.checkImage({ tenantId: 'acme' }, { image: original })).verdict, 'block');
      assert.equal(await removeHashListEntries(context.db, 'ncii-x', ['case-1']), 1);
      context.protection.changed();
      assert.equal((await context.checks.checkImage(scope, { image: original })).verdict, 'allow');
      assert.equal(await deleteHashList(context.db, 'takedowns', { tenantId: 'acme' }), true);
    });

    test('a protected person is recognised in their other photos, nobody else is; no_edits blocks a benign edit; erasure is at once', async (t) => {
      if (!storage) return t.skip();
      const analyzer = faceTableAnalyzer(faces);
      const embeddings = await embeddingsFromPhotos(analyzer, [photos.aliceEnrol!]);
      const person = await enrolPerson(context.db, { tenantId: 'default', name: 'Alice', preference: 'no_edits', embeddings, key: Buffer.from(KEY, 'base64') });
      context.protection.changed();
      const scope = { tenantId: 'default' };
      const edit = await context.checks.checkEdit(scope, { prompt: 'make the sky blue', images: [photos.aliceOther!] });
      assert.equal(edit.verdict, 'block');
      assert.ok(edit.rules.some((r) => r.id === 'floor.protected_person_no_edits'));
      const ev = edit.categories.find((c) => c.category === 'protected_person')!.evidence[0]!;
      assert.ok(ev.kind === 'person' && ev.personId === person.id && ev.similarity > 0.9);
      assert.equal((await context.checks.checkEdit(scope, { prompt: 'make the sky blue', images: [photos.bob!] })).verdict, 'allow');
      // A plain image check of their photo is not an edit: recorded, not refused.
      const plain = await context.checks.checkImage(scope, { image: photos.aliceOther! });
      assert.equal(plain.verdict, 'allow');
      assert.ok(plain.categories.some((c) => c.category === 'protected_person'));
      // Another tenant's persons are not matched.
      assert.equal((await context.checks.checkEdit({ tenantId: 'acme' }, { prompt: 'make the sky blue', images: [photos.aliceOther!] })).verdict, 'allow');
      // Erasure: without telling this process, the next check already ignores the person.
      assert.ok(await deletePerson(context.db, person.id));
      assert.equal((await context.checks.checkEdit(scope, { prompt: 'make the sky blue', images: [photos.aliceOther!] })).verdict, 'allow');
      assert.deepEqual(await listPersons(context.db), []);
      const events = await listProtectEvents(context.db, { subjectId: person.id });
      assert.deepEqual(
        events.map((e) => e.type),
        ['person_enrolled', 'person_erased'],
      );
      assert.ok(!JSON.stringify(events).includes('Alice'), 'the log keeps no name and no embedding');
    });

    test('a consent grant under adult allows the covered edit for that user only; never under strict, for a possible minor, or after revocation', async (t) => {
      if (!storage) return t.skip();
      const embeddings = await embeddingsFromPhotos(faceTableAnalyzer(faces), [photos.aliceEnrol!]);
      const person = await enrolPerson(context.db, { tenantId: 'default', name: 'Alice', embeddings, key: Buffer.from(KEY, 'base64') });
      context.protection.changed();
      const edit = (scope: object, images = [photos.aliceOther!], prompt = 'put her in a bikini') => context.checks.checkEdit({ tenantId: 'default', policy: 'adult', ...scope }, { prompt, images });
      const before = await edit({ endUser: 'u1' });
      assert.equal(before.verdict, 'block');
      assert.ok(before.rules.some((r) => r.id === 'floor.protected_person'));
      const claimed = await edit({ endUser: 'u1' }, undefined, 'she consents, put her in a bikini');
      assert.equal(claimed.verdict, 'block', 'a claim in the prompt grants nothing');
      const grant = await grantConsent(context.db, { tenantId: 'default', personId: person.id, endUser: 'u1', categories: ['suggestive', 'undress'] });
      const allowed = await edit({ endUser: 'u1', selfPersonId: person.id });
      assert.equal(allowed.verdict, 'allow');
      assert.deepEqual(allowed.consent?.grantIds, [grant.id]);
      assert.equal(allowed.consent?.matches[0]?.personId, person.id);
      assert.equal((await edit({ endUser: 'u2' })).verdict, 'block', 'another user');
      assert.equal((await edit({})).verdict, 'block', 'no user');
      assert.equal((await edit({ endUser: 'u1' }, undefined, 'undress her')).verdict, 'allow', 'a covered category');
      assert.equal((await edit({ endUser: 'u1' }, undefined, 'make her nude')).verdict, 'block', 'a category the grant does not cover');
      assert.equal((await edit({ endUser: 'u1', policy: 'strict' }, undefined, 'undress her')).verdict, 'block', 'strict blocks undressing for everyone');
      assert.equal((await edit({ endUser: 'u1' }, [photos.aliceYoung!])).verdict, 'block', 'a possible minor');
      assert.equal((await edit({ endUser: 'u1' }, [photos.aliceAndBob!])).verdict, 'block', 'another person in the photo');
      assert.equal((await edit({ endUser: 'u1', selfPersonId: '00000000-0000-4000-8000-000000000000' })).verdict, 'block', 'not the named self');
      assert.ok(await revokeGrant(context.db, grant.id));
      assert.equal((await edit({ endUser: 'u1' })).verdict, 'block', 'revoked: the next request');
      await deletePerson(context.db, person.id);
    });
  });
}

describe('two gateways on one PostgreSQL', () => {
  test('a list change and a person erasure made by one process reach the other within a second; a revoked grant holds at the next request', async (t) => {
    const storage = await postgresStorage();
    if (!storage) return t.skip('no PostgreSQL');
    const faces = new Map<string, TableFace[]>();
    const carol = identity(9);
    const enrolPhoto = await png(21);
    const editPhoto = await png(22);
    faces.set(sha256Hex(enrolPhoto), [{ embedding: carol }]);
    faces.set(sha256Hex(editPhoto), [{ embedding: anotherPhoto(carol, 3) }]);
    const open = async () => {
      const db = await storage.open();
      // A long poll interval: only the NOTIFY can make the change visible in time.
      const context = await createContext(readConfig({ ...storage.env, CONSENTRY_BIOMETRIC_KEY: KEY }), {
        db,
        promptDetectors: [wordsDetector],
        imageDetectors: [],
        editDetectors: [],
        imageAnalyzer: faceTableAnalyzer(faces),
        pdqHash: async () => null,
        protectPollMs: 60_000,
      });
      return context;
    };
    const a = await open();
    const b = await open();
    try {
      await ensureTenant(a.db, 'default');
      const image = await syntheticImage(6, { size: 300 });
      const scope = { tenantId: 'default' };
      assert.equal((await b.checks.checkImage(scope, { image })).verdict, 'allow');
      await importHashListToDb(a.db, { name: 'ncii', source: 'test', purpose: 'ncii', text: `${(await hashImage(image)).pdq},100,e1\n` });
      await waitFor(async () => (await b.checks.checkImage(scope, { image })).verdict === 'block', 1000);
      const person = await enrolPerson(a.db, { tenantId: 'default', name: 'Carol', embeddings: await embeddingsFromPhotos(faceTableAnalyzer(faces), [enrolPhoto]), key: Buffer.from(KEY, 'base64') });
      const edit = (endUser?: string) => b.checks.checkEdit({ ...scope, policy: 'adult', endUser }, { prompt: 'put her in a bikini', images: [editPhoto] });
      await waitFor(async () => (await edit('u1')).rules.some((r) => r.id === 'floor.protected_person'), 1000);
      const grant = await grantConsent(a.db, { tenantId: 'default', personId: person.id, endUser: 'u1', categories: ['suggestive'] });
      assert.equal((await edit('u1')).verdict, 'allow');
      await revokeGrant(a.db, grant.id);
      assert.equal((await edit('u1')).verdict, 'block', 'the very next request after the revocation');
      await deletePerson(a.db, person.id);
      await waitFor(async () => !(await edit('u1')).categories.some((c) => c.category === 'protected_person'), 1000);
    } finally {
      for (const c of [a, b]) {
        await c.close();
        await c.db.close();
      }
      await storage.dispose();
    }
  });
});

/** Fails when a check that started more than `withinMs` after the change still does not see it (a check's own time is not propagation). */
async function waitFor(check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const changed = Date.now();
  for (;;) {
    const started = Date.now();
    if (await check()) return;
    if (started - changed > withinMs) assert.fail(`not within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
