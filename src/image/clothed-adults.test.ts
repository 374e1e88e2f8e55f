// The shared photos of clothed adults (54 FairFace portraits, 11 photos), through the real models and
// the strict policy: what a new user's ordinary photos get. Skips when ../shared is absent.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { STRICT_POLICY } from '../policy/builtin-policies.ts';
import { decide } from '../policy/decide.ts';
import { sharedPath } from '../testing/shared-path.ts';
import type { ImageAnalysis } from './analysis-types.ts';
import { analyzeBytes, loadImageModels, type ImageModels } from './analyze-image.ts';
import { detectionFromAnalysis, imageSignals } from './image-detectors.ts';

const portraits = sharedPath('data', 'age-gender');
const people = sharedPath('data', 'people');
const skip = portraits && people ? false : 'shared photos absent (set CONSENTRY_SHARED)';
const limits = { maxBytes: 20_000_000, maxPixels: 40_000_000 };

/**
 * Portraits still rated above none, measured (BENCHMARKS.md, "Clothed portraits rated none"): close-ups
 * the models read partial/explicit, capped at suggestive for want of body skin, that the stricter
 * second test cannot clear (0037: a dim, warm picture whose background is skin-coloured; 0075: hands
 * clapping beside the face; 0030: a face filling 60% of the frame, whose few rows below the chin are
 * mostly neck, which cannot be told from bare shoulders). Listed by name so that any new one fails
 * (12 of 54 before the second opinion, 7 before the second test).
 */
const KNOWN_ABOVE_NONE = ['fairface_0030.jpg', 'fairface_0037.jpg', 'fairface_0075.jpg'];
/** Close-ups the models read partial/explicit that the second test rates none (0008 and 0025 were blocked as floor.minor_sexualised before). */
const CLEARED_CLOSE_UPS = ['fairface_0008.jpg', 'fairface_0016.jpg', 'fairface_0023.jpg', 'fairface_0025.jpg'];
/** Portraits still rated partial or explicit after the body-skin cap, measured (BENCHMARKS.md, "Body skin"). */
const KNOWN_UNDRESSED: string[] = [];

describe('clothed adults through the real models and the strict policy', { skip }, () => {
  let models: ImageModels;
  const results = new Map<string, ImageAnalysis>();
  before(async () => {
    models = await loadImageModels();
    for (const dir of [portraits!, people!]) {
      for (const name of readdirSync(dir)
        .filter((n) => /\.(jpe?g|png)$/i.test(n))
        .sort()) {
        results.set(name, await analyzeBytes(models, readFileSync(path.join(dir, name)), limits));
      }
    }
  });
  after(() => models?.close());

  it('blocks no shared portrait or photo as a sexualised minor', () => {
    const fired = [...results].filter(([, a]) => decide(detectionFromAnalysis(a), STRICT_POLICY).rules.some((r) => r.id === 'floor.minor_sexualised')).map(([n]) => n);
    assert.deepEqual(fired, []);
  });

  it('rates the wider photos none, and no portrait above none beyond the three measured', () => {
    const photos = [...results].filter(([n]) => !n.startsWith('fairface_'));
    assert.deepEqual(
      photos.filter(([, a]) => a.nudity.level !== 'none').map(([n]) => n),
      [],
    );
    const above = [...results].filter(([n, a]) => n.startsWith('fairface_') && a.nudity.level !== 'none').map(([n]) => n);
    assert.deepEqual(
      above.filter((n) => !KNOWN_ABOVE_NONE.includes(n)),
      [],
      `above none: ${above.join(', ')}`,
    );
  });

  it('rates the clothed close-ups that the models read partial/explicit none, keeping the models’ reading as evidence', () => {
    for (const name of CLEARED_CLOSE_UPS) {
      const n = results.get(name)!.nudity;
      assert.equal(n.level, 'none', `${name}: ${JSON.stringify(n.bodySkin)}`);
      assert.equal(n.bodySkin?.clothedCloseUp, true, name);
    }
    for (const [name, a] of results) {
      if (!a.nudity.bodySkin?.clothedCloseUp) continue;
      assert.ok(a.nudity.bodySkin.cappedFrom && a.nudity.classes.Porn + a.nudity.classes.Hentai >= 0.3, `${name}: the models' reading is kept`);
      assert.ok(!imageSignals(a).some((s) => s.category === 'sexual' || s.category === 'suggestive'), name);
    }
  });

  it('rates no clothed portrait or photo partial or explicit: without body skin the reading is capped at suggestive', () => {
    const undressed = [...results].filter(([, a]) => a.nudity.level === 'partial' || a.nudity.level === 'explicit');
    assert.deepEqual(
      undressed.map(([n]) => n).filter((n) => !KNOWN_UNDRESSED.includes(n)),
      [],
      undressed.map(([n, a]) => `${n}: ${a.nudity.level} ${JSON.stringify(a.nudity.bodySkin)}`).join('; '),
    );
    const capped = [...results].filter(([, a]) => a.nudity.bodySkin?.cappedFrom);
    assert.ok(capped.length > 0, 'no portrait took the cap: the test no longer exercises it');
    for (const [name, a] of capped) {
      assert.equal(a.nudity.level, a.nudity.bodySkin?.clothedCloseUp ? 'none' : 'suggestive', name);
      assert.ok(a.nudity.classes.Porn + a.nudity.classes.Hentai >= 0.3, `${name}: the models' reading is kept as evidence`);
      const decision = decide(detectionFromAnalysis(a), STRICT_POLICY);
      assert.ok(!decision.rules.some((r) => r.id === 'strict.sexual' || r.id === 'floor.real_person_sexualised'), `${name}: ${decision.rules.map((r) => r.id)}`);
    }
  });

  it('does not clear those close-ups once the frame below the face is painted in the face’s skin colour, under other light or a cast', async () => {
    // Benign stand-ins for bare shoulders in a tight crop: the rows below the face's chin (under half a
    // face area of the frame) painted with the face's own median colour plus noise.
    const variants: Array<[number, [number, number, number]]> = [
      [0.3, [1, 1, 1]],
      [1, [1, 1, 1]],
      [3, [1, 1, 1]],
      [1, [1.12, 1, 0.88]],
      [1, [0.88, 1, 1.12]],
    ];
    for (const name of CLEARED_CLOSE_UPS) {
      const bytes = readFileSync(path.join(portraits!, name));
      const { data, info } = await sharp(bytes).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const [fx, fy, fw, fh] = [...results.get(name)!.faces].sort((p, q) => q.score - p.score)[0]!.box;
      const channel = (c: number) => {
        const v: number[] = [];
        for (let y = Math.round(fy + 0.45 * fh); y < fy + 0.75 * fh; y++) for (let x = Math.round(fx + 0.3 * fw); x < fx + 0.7 * fw; x++) v.push(data[(y * info.width + x) * 3 + c]!);
        return v.sort((p, q) => p - q)[v.length >> 1]!;
      };
      const tone = [channel(0), channel(1), channel(2)];
      let seed = 7;
      for (const [light, cast] of variants) {
        const out = Buffer.from(data);
        for (let i = Math.max(0, Math.round(fy + 1.05 * fh)) * info.width * 3; i < out.length; i++) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          out[i] = Math.max(0, Math.min(255, Math.round(tone[i % 3]! * light * cast[i % 3]! + (seed % 13) - 6)));
        }
        const painted = await sharp(out, { raw: { width: info.width, height: info.height, channels: 3 } })
          .jpeg({ quality: 92 })
          .toBuffer();
        const n = (await analyzeBytes(models, painted, limits)).nudity;
        assert.ok(n.bodySkin?.cappedFrom, `${name} x${light} ${cast}: the models still read it partial/explicit, so the test reaches the second test`);
        assert.notEqual(n.bodySkin?.clothedCloseUp, true, `${name} x${light} ${cast}: ${JSON.stringify(n.bodySkin)}`);
      }
    }
  });

  it('asks the second model whenever the first rates a portrait partial or explicit', () => {
    for (const [name, a] of results) {
      const first = a.nudity.opinions?.[0];
      if (first) assert.equal(a.nudity.opinions!.length, 2, name);
      if (!first) assert.ok(a.nudity.classes.Porn + a.nudity.classes.Hentai < 0.3, `${name} was rated partial or more by one model alone`);
    }
  });

  it('does not rate a 32 x 32 thumbnail nude with confidence', async () => {
    for (const name of ['fairface_0025.jpg', 'fairface_0075.jpg', 'fairface_0001.jpg']) {
      const tiny = await sharp(readFileSync(path.join(portraits!, name)))
        .resize(32, 32)
        .gif()
        .toBuffer();
      const a = await analyzeBytes(models, tiny, limits);
      assert.equal(a.nudity.lowResolution, true);
      assert.ok(a.nudity.level === 'none' || a.nudity.level === 'suggestive', `${name} at 32 px: ${a.nudity.level}`);
    }
  });
});
