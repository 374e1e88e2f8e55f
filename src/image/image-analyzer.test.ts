// The pooled analyzer and the detectors end to end, with the real models in one worker thread.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { InvalidInputError } from '../errors.ts';
import { createGuard } from '../guard.ts';
import { sharedPath } from '../testing/shared-path.ts';
import { createImageAnalyzer, type PooledImageAnalyzer } from './image-analyzer.ts';
import { createEditDetector, createImageDetector } from './image-detectors.ts';

const people = sharedPath('data', 'people');

describe('pooled image analyzer and detectors', { skip: people ? false : 'shared photos absent (set CONSENTRY_SHARED)' }, () => {
  let analyzer: PooledImageAnalyzer;
  const photo = (name: string) => readFileSync(`${people}/${name}`);

  before(async () => {
    analyzer = createImageAnalyzer({ workers: 1, timeoutMs: 60_000, maxBytes: 5_000_000, maxPixels: 30_000_000 });
    await analyzer.ready();
  });
  after(() => analyzer.close());

  it('analyses a photo in a worker', async () => {
    const a = await analyzer.analyze(photo('fr_biden.jpg'));
    assert.equal(a.faces.length, 1);
    assert.equal(a.nudity.level, 'none');
    assert.equal(a.faces[0]!.embedding, undefined, 'embeddings only when asked');
  });

  it('with preloadAll, loads the on-demand models before ready and analyses the same', async () => {
    // A close crop the small nudity model asks a second opinion on, and a group photo MoveNet splits.
    const angry = photo('max_angry.jpg');
    const { width = 0, height = 0 } = await sharp(angry).metadata();
    const crop = await sharp(angry)
      .extract({ left: Math.round(width * 0.25), top: Math.round(height * 0.1), width: Math.round(width * 0.5), height: Math.round(height * 0.5) })
      .jpeg()
      .toBuffer();
    const preloaded = createImageAnalyzer({ workers: 1, timeoutMs: 60_000, preloadAll: true });
    try {
      await preloaded.ready();
      for (const bytes of [crop, photo('max_group.jpeg')]) {
        const [a, b] = await Promise.all([analyzer.analyze(bytes, { regions: true }), preloaded.analyze(bytes, { regions: true })]);
        assert.deepEqual(b.nudity, a.nudity);
        assert.deepEqual(
          b.faces.map((f) => [f.box, f.age, f.region]),
          a.faces.map((f) => [f.box, f.age, f.region]),
        );
      }
    } finally {
      await preloaded.close();
    }
  });

  it('refuses bad input with a stable code, before or inside the worker', async () => {
    await assert.rejects(analyzer.analyze(new Uint8Array(5_000_001)), (e: unknown) => e instanceof InvalidInputError && e.code === 'image_too_large');
    await assert.rejects(analyzer.analyze(Buffer.from('GIF89a-not-really')), (e: unknown) => e instanceof InvalidInputError && ['image_corrupt', 'unsupported_image'].includes(e.code));
    const huge = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    await assert.rejects(analyzer.analyze(huge), (e: unknown) => e instanceof InvalidInputError && e.code === 'image_too_large');
  });

  it('allows a benign photo and an unchanged edit; blocks, fail-closed, an image it cannot read', async () => {
    const guard = createGuard({ detectors: [createImageDetector(analyzer), createEditDetector(analyzer)] });
    const image = await guard.check({ kind: 'image', bytes: photo('fr_obama2.jpg'), label: 'fr_obama2.jpg' });
    assert.equal(image.decision.verdict, 'allow');
    assert.ok(image.detection.signals.some((s) => s.category === 'real_person'));

    const resized = await sharp(photo('fr_obama2.jpg')).resize(400).jpeg().toBuffer();
    const edit = await guard.check({ kind: 'edit', before: { kind: 'image', bytes: photo('fr_obama2.jpg') }, after: { kind: 'image', bytes: resized } });
    assert.equal(edit.decision.verdict, 'allow', edit.decision.reasons.join(' '));
    const details = edit.detection.details['edit-comparison'] as { comparison: { people: unknown[]; undressingEdit: boolean } };
    assert.equal(details.comparison.people.length, 1);
    assert.equal(details.comparison.undressingEdit, false);

    const broken = await guard.check({ kind: 'image', bytes: Buffer.from('not an image') });
    assert.equal(broken.decision.verdict, 'block');
    assert.equal(broken.decision.unavailable[0]?.detector, 'image-analysis');
  });
});
