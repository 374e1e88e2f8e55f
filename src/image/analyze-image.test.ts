// The real models on the benign shared photos: no mocks. Models load once for the file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import sharp from 'sharp';
import { sharedPath } from '../testing/shared-path.ts';
import type { AnalyzeOptions, ImageAnalysis } from './analysis-types.ts';
import { analyzeBytes, loadImageModels, type ImageModels } from './analyze-image.ts';
import { createCachedAnalyzer } from './cached-analyzer.ts';
import { compareEdit, faceSimilarity, SAME_PERSON_SIMILARITY } from './compare-edit.ts';
import { loadFaceApi } from './face-model.ts';

const people = sharedPath('data', 'people');
const limits = { maxBytes: 20_000_000, maxPixels: 40_000_000 };
const skip = people ? false : 'shared photos absent (set CONSENTRY_SHARED)';

describe('image analysis with the real models', { skip }, () => {
  let models: ImageModels;
  const full: AnalyzeOptions = { embeddings: true, regions: true };
  const photo = (name: string) => readFileSync(`${people}/${name}`);
  const analyze = (bytes: Uint8Array, options: AnalyzeOptions = {}) => analyzeBytes(models, bytes, limits, options);
  let obama: ImageAnalysis;
  let tensorsAfterFirst = 0;

  before(async () => {
    models = await loadImageModels();
    // The lazily loaded models hold their weights as tensors: load them before counting.
    await models.pose?.();
    await models.secondOpinion?.();
    obama = await analyze(photo('fr_obama.jpg'), full);
    await analyze(photo('fr_two_people.jpg'), full);
    tensorsAfterFirst = models.tf.memory().numTensors;
  });

  it('runs nsfwjs, Human and face-api on one tfjs instance with the WASM backend', () => {
    assert.equal(models.tf.getBackend(), 'wasm');
    const faceapi = loadFaceApi() as unknown as { tf: { engine(): unknown } };
    assert.equal(faceapi.tf.engine(), models.tf.engine());
  });

  it('finds one adult male face and no nudity in a portrait', () => {
    assert.equal(obama.nudity.level, 'none');
    assert.equal(obama.nudity.drawn, false);
    assert.ok(obama.nudity.classes.Neutral > 0.9);
    assert.equal(obama.faces.length, 1);
    const [face] = obama.faces;
    assert.equal(face!.gender, 'male');
    assert.ok(face!.age > 35 && face!.age < 70, `age ${face!.age}`);
    assert.equal(face!.possibleMinor, false);
    assert.equal(face!.embedding?.length, 128);
    assert.ok(Math.abs(Math.hypot(...face!.embedding!) - 1) < 1e-3, 'unit embedding');
    // The box is in the original's pixels (910 x 1137), around the upper middle.
    assert.equal(obama.width, 910);
    const [x, y, w, h] = face!.box;
    assert.ok(x > 150 && x + w < 800 && y < 600 && w > 200 && h > 200, `box ${face!.box}`);
    assert.ok(face!.region && face!.region.nudity.level === 'none');
  });

  it('counts the people in group photos', async () => {
    assert.equal((await analyze(photo('fr_two_people.jpg'))).personCount, 2);
    const solvay = await analyze(photo('vh_solvay1927.jpg'));
    // 29 people; the detector finds most at the analysis resolution (BENCHMARKS.md has the count).
    assert.ok(solvay.personCount >= 20 && solvay.personCount <= 29, `found ${solvay.personCount}`);
    assert.equal(solvay.nudity.level, 'none');
  });

  it('tells the same person from a different one by embedding', async () => {
    const obama2 = await analyze(photo('fr_obama2.jpg'), { embeddings: true });
    const biden = await analyze(photo('fr_biden.jpg'), { embeddings: true });
    const same = faceSimilarity(obama.faces[0]!, obama2.faces[0]!)!;
    const other = faceSimilarity(obama.faces[0]!, biden.faces[0]!)!;
    assert.ok(same >= SAME_PERSON_SIMILARITY, `same person ${same}`);
    assert.ok(other < SAME_PERSON_SIMILARITY, `different people ${other}`);
  });

  describe('benign edits of a real photo are not flagged', () => {
    const source = () => photo('fr_obama.jpg');
    const edits: Record<string, () => Promise<Buffer>> = {
      identical: async () => source(),
      'resized to half': () => sharp(source()).resize(455).jpeg({ quality: 85 }).toBuffer(),
      'colour adjusted': () => sharp(source()).modulate({ brightness: 1.15, saturation: 0.7, hue: 12 }).jpeg().toBuffer(),
      'cropped and saved as WebP': () => sharp(source()).extract({ left: 100, top: 0, width: 700, height: 700 }).webp({ quality: 70 }).toBuffer(),
    };
    for (const [name, make] of Object.entries(edits)) {
      it(name, async () => {
        const edited = await analyze(await make(), full);
        const cmp = compareEdit(obama, edited);
        assert.equal(cmp.people.length, 1, 'the person is matched across the edit');
        assert.ok(cmp.people[0]!.similarity >= SAME_PERSON_SIMILARITY);
        assert.equal(cmp.undressingEdit, false, cmp.reasons.join(' '));
        assert.equal(cmp.unattributedRise, false);
      });
    }
  });

  it('puts each person of a group photo in their own body region, from a pose', async () => {
    const two = await analyze(photo('fr_two_people.jpg'), { regions: true });
    const regions = two.faces.map((f) => f.region!);
    assert.equal(regions.length, 2);
    assert.deepEqual(
      regions.map((r) => r.basis),
      ['pose', 'pose'],
    );
    const [a, b] = regions.map((r) => r.box);
    const overlapX = Math.min(a![0] + a![2], b![0] + b![2]) - Math.max(a![0], b![0]);
    assert.ok(overlapX <= 0.05 * Math.min(a![2], b![2]), `regions overlap by ${overlapX} px`);
    two.faces.forEach((f) => {
      const [x, y, w, h] = f.region!.box;
      assert.ok(f.box[0] >= x && f.box[1] >= y && f.box[0] + f.box[2] <= x + w && f.box[1] + f.box[3] <= y + h, 'the region holds its own face');
    });
  });

  it('leaves no tensors behind (a worker runs for days)', () => {
    assert.equal(models.tf.memory().numTensors, tensorsAfterFirst);
  });

  it('gives the scan of an image the cache derives from its edit analysis (the extras dropped)', async () => {
    const cached = createCachedAnalyzer({ analyze: (bytes, options) => analyze(bytes, options), close: async () => {} });
    const noTimings = (a: ImageAnalysis) => ({ ...a, timings: undefined });
    for (const name of ['fr_two_people.jpg', 'max_group.jpeg']) {
      const bytes = photo(name);
      const edit = await cached.analyze(bytes, full);
      assert.ok(edit.faces.some((f) => f.embedding) && edit.faces.some((f) => f.region), name);
      for (const options of [{}, { embeddings: true }, { regions: true }]) {
        assert.deepEqual(noTimings(await cached.analyze(bytes, options)), noTimings(await analyze(bytes, options)), `${name} ${JSON.stringify(options)}`);
      }
    }
  });
});
