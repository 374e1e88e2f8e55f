// One decode per image: the decode function counts its calls (decodeCount), and every check path
// (scan, scan-edit, the gateway's image and edit checks) is driven with the real models and the
// hash-list detector, counting decodes per image.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { checkImageInput } from '../checks/image-input.ts';
import { readConfig } from '../config.ts';
import { createContext, type ConsentryContext } from '../context.ts';
import { InvalidInputError } from '../errors.ts';
import { createHashListDetector } from '../hash/hash-list-detector.ts';
import type { HashList } from '../hash/hash-list.ts';
import { hashImage } from '../hash/image-hash.ts';
import { createApiKey } from '../store/api-keys.ts';
import type { Database } from '../store/index.ts';
import { imageSubject } from '../subjects.ts';
import { pgliteStorage, type TestStorage } from '../testing/test-database.ts';
import { sharedPath } from '../testing/shared-path.ts';
import { syntheticImage } from '../testing/synthetic-images.ts';
import { createCachedAnalyzer } from './cached-analyzer.ts';
import { decodeCount } from './decode-image.ts';
import { createImageAnalyzer, type PooledImageAnalyzer } from './image-analyzer.ts';
import { createEditDetector, createImageDetector } from './image-detectors.ts';
import { decodeShared } from './shared-decode.ts';

const people = sharedPath('data', 'people');
const limits = { maxBytes: 20_000_000, maxPixels: 40_000_000 };

/** Decodes run by `work`, in this thread (where every decode now runs: workers get pixels). */
async function decodesDuring(work: () => Promise<unknown>): Promise<number> {
  const before = decodeCount();
  await work();
  return decodeCount() - before;
}

/** A 4000 x 4000 PNG (small file, 48 MB of pixels): tens of milliseconds to decode, far over a 1 ms budget. */
async function slowToDecode(): Promise<Buffer> {
  return sharp({ create: { width: 4000, height: 4000, channels: 3, background: '#7a9' } })
    .png()
    .toBuffer();
}

describe('one decode per image', () => {
  it('callers of the same bytes share one decode; a copy of the bytes is decoded on its own', async () => {
    const bytes = await syntheticImage(1);
    const n = await decodesDuring(async () => {
      const [a, b] = await Promise.all([decodeShared(bytes, limits), decodeShared(bytes, limits)]);
      assert.equal(a, b);
      await checkImageInput(bytes, limits);
    });
    assert.equal(n, 1);
    assert.equal(await decodesDuring(() => decodeShared(Buffer.from(bytes), limits)), 1);
  });

  it('shares a decode for the image time budget only', async () => {
    const bytes = await syntheticImage(3);
    assert.equal(await decodesDuring(() => decodeShared(bytes, { ...limits, budgetMs: 200 })), 1);
    assert.equal(await decodesDuring(() => decodeShared(bytes, { ...limits, budgetMs: 200 })), 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await decodesDuring(() => decodeShared(bytes, { ...limits, budgetMs: 200 })), 1);
  });

  it('applies each caller its own limits to the shared decode', async () => {
    const bytes = await syntheticImage(2, { size: 300 });
    await decodeShared(bytes, limits);
    await assert.rejects(decodeShared(bytes, { maxBytes: limits.maxBytes, maxPixels: 300 * 300 - 1 }), (e: unknown) => e instanceof InvalidInputError && e.code === 'image_too_large');
  });

  it('a decode that overruns the image time budget fails with image_too_costly, an input error and not a refusal', async () => {
    const slow = await slowToDecode();
    await assert.rejects(decodeShared(slow, { ...limits, budgetMs: 1 }), (e: unknown) => e instanceof InvalidInputError && e.code === 'image_too_costly');
    await assert.rejects(checkImageInput(Buffer.from(slow), { ...limits, decodeTimeoutMs: 1 }), (e: unknown) => e instanceof InvalidInputError && e.code === 'image_too_costly');
    // The same image within a budget it fits decodes.
    const decoded = await decodeShared(Buffer.from(slow), { ...limits, budgetMs: 60_000 });
    assert.equal(decoded.originalWidth, 4000);
  });
});

describe('one decode per image on every check path, with the real models', { skip: people ? false : 'shared photos absent (set CONSENTRY_SHARED)' }, () => {
  let storage: TestStorage;
  let db: Database;
  let pool: PooledImageAnalyzer;
  let context: ConsentryContext;
  let lists: HashList[];
  const photo = (name: string) => readFileSync(`${people}/${name}`);

  before(async () => {
    storage = pgliteStorage();
    db = await storage.open();
    await createApiKey(db, { name: 'gateway', tenantId: 'gw', rateLimitPerMinute: 1000 });
    const config = readConfig({}, { ...storage.options, workers: 1, checkTimeoutMs: 120_000 });
    pool = createImageAnalyzer({ workers: 1, timeoutMs: config.checkTimeoutMs, maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels });
    const analyzer = createCachedAnalyzer(pool);
    // A list that none of the photos is on: every image is hashed, none matches.
    const unrelated = await hashImage(await syntheticImage(7));
    lists = [
      {
        name: 'takedowns',
        source: 'test',
        purpose: 'takedown',
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
        entries: [{ id: 'x', pdq: unrelated.pdq, addedAt: new Date().toISOString() }],
      },
    ];
    // Under its own name: the context's own hash-list detector (no lists for these tenants) runs too.
    let hashes = createHashListDetector({ lists, maxPixels: config.maxImagePixels, maxBytes: config.maxImageBytes, budgetMs: config.checkTimeoutMs });
    hashes = { ...hashes, name: 'test-hash-list' };
    context = await createContext(config, { db, imageAnalyzer: analyzer, imageDetectors: [createImageDetector(analyzer), hashes], editDetectors: [createEditDetector(analyzer), hashes] });
    await pool.ready();
  });
  after(async () => {
    await context?.close();
    await pool?.close();
    await storage?.dispose();
  });

  it('scan: validation, hashing and the models share one decode', async () => {
    const bytes = photo('fr_biden.jpg');
    let detection: Awaited<ReturnType<ConsentryContext['guard']['check']>>['detection'] | undefined;
    const n = await decodesDuring(async () => {
      const { subject } = await imageSubject(bytes, limits, 'photo');
      ({ detection } = await context.guard.check(subject, { request: { tenantId: 'scan', request: 'image' } }));
    });
    assert.equal(n, 1);
    assert.ok(detection!.details['image-analysis'], 'the models ran');
    assert.equal((detection!.details['test-hash-list'] as { images: unknown[] }).images.length, 1, 'the image was hashed');
  });

  it('scan-edit: one decode for each of the two images', async () => {
    const [a, b] = [photo('fr_obama.jpg'), photo('fr_obama2.jpg')];
    let detection: Awaited<ReturnType<ConsentryContext['guard']['check']>>['detection'] | undefined;
    const n = await decodesDuring(async () => {
      const [before, after] = await Promise.all([imageSubject(a, limits, 'before'), imageSubject(b, limits, 'after')]);
      ({ detection } = await context.guard.check({ kind: 'edit', before: before.subject, after: after.subject }, { request: { tenantId: 'scan', request: 'edit' } }));
    });
    assert.equal(n, 2);
    assert.ok(detection!.details['edit-comparison'], 'the comparison ran');
    assert.equal((detection!.details['test-hash-list'] as { images: unknown[] }).images.length, 2);
  });

  it('gateway: an image check and an edit check decode each image once, the PDQ record included', async () => {
    const image = photo('max_angry.jpg');
    let pdq: string | null | undefined;
    assert.equal(
      await decodesDuring(async () => {
        const decision = await context.checks.checkImage({ tenantId: 'gw' }, { image });
        assert.equal(decision.unavailable.length, 0, JSON.stringify(decision.unavailable));
        pdq = decision.inputs[0]!.pdq;
      }),
      1,
    );
    assert.match(pdq ?? '', /^[0-9a-f]{64}$/);
    const images = [photo('fr_two_people.jpg'), photo('max_surprised.jpeg')];
    assert.equal(await decodesDuring(() => context.checks.checkEdit({ tenantId: 'gw' }, { prompt: 'make the background blue', images })), 2);
  });

  it('gateway: an image whose decode overruns the budget is refused as input (image_too_costly) and nothing is logged', async () => {
    const tight = await createContext(readConfig({}, { ...storage.options, workers: 1, checkTimeoutMs: 1 }), { db, imageAnalyzer: createCachedAnalyzer(pool), imageDetectors: [], editDetectors: [] });
    try {
      const count = async () => Number((await db.query<{ n: string }>('SELECT count(*)::text AS n FROM decision_log')).rows[0]!.n);
      const logged = await count();
      await assert.rejects(tight.checks.checkImage({ tenantId: 'gw' }, { image: await slowToDecode() }), (e: unknown) => e instanceof InvalidInputError && e.code === 'image_too_costly');
      assert.equal(await count(), logged);
    } finally {
      await tight.close();
    }
  });
});
