// The identity embedding through the product's own analysis, on the shared photos (issue 12's
// target): every same-person pair across different photos matched, no different-person pair of
// the people photos matched, and a profile face is not identified. Who is who:
// shared/data/people/README.md (the four fr_obama* photos and the left face of fr_two_people.jpg
// are Obama; fr_biden.jpg and the right face of fr_two_people.jpg are Biden).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { sharedPath } from '../testing/shared-path.ts';
import type { FaceResult } from './analysis-types.ts';
import { analyzeBytes, loadImageModels, type ImageModels } from './analyze-image.ts';
import { faceSimilarity, SAME_PERSON_SIMILARITY } from './compare-edit.ts';
import { applySimilarity, canonicalPoint, type Point } from './face-chip.ts';
import { faceEmbeddings, refineLandmarks } from './face-embedding.ts';
import { initTf } from './tf-runtime.ts';

const people = sharedPath('data', 'people');
const portraits = sharedPath('data', 'age-gender');
const limits = { maxBytes: 20_000_000, maxPixels: 40_000_000 };
const skip = people && portraits ? false : 'shared photos absent (set CONSENTRY_SHARED)';

describe('face identity on the shared photos', { skip }, () => {
  let models: ImageModels;
  const faces: Array<{ name: string; who: string; face: FaceResult }> = [];
  before(async () => {
    models = await loadImageModels();
    for (const name of readdirSync(people!)
      .filter((n) => /\.(jpe?g|png)$/i.test(n))
      .sort()) {
      const a = await analyzeBytes(models, readFileSync(`${people}/${name}`), limits, { embeddings: true });
      const bySize = a.faces.map((f, i) => ({ f, i })).sort((p, q) => q.f.box[2] * q.f.box[3] - p.f.box[2] * p.f.box[3]);
      const two = bySize.slice(0, 2).sort((p, q) => p.f.box[0] - q.f.box[0]);
      a.faces.forEach((face, i) => {
        let who = `${name}#${i}`;
        if (name.startsWith('fr_obama') && i === bySize[0]!.i) who = 'obama';
        if (name === 'fr_biden.jpg' && i === bySize[0]!.i) who = 'biden';
        if (name === 'fr_two_people.jpg') who = i === two[0]!.i ? 'obama' : i === two[1]!.i ? 'biden' : who;
        faces.push({ name, who, face });
      });
    }
  });

  it('matches every same-person pair across photos and no different-person pair', () => {
    let genuine = 0;
    let impostors = 0;
    for (let i = 0; i < faces.length; i++)
      for (let j = i + 1; j < faces.length; j++) {
        const [a, b] = [faces[i]!, faces[j]!];
        const s = faceSimilarity(a.face, b.face);
        if (a.who === b.who) {
          genuine++;
          assert.ok(s !== undefined && s >= SAME_PERSON_SIMILARITY, `${a.name} ~ ${b.name} (${a.who}): ${s}`);
        } else if (s !== undefined) {
          impostors++;
          assert.ok(s < SAME_PERSON_SIMILARITY, `${a.name}#${a.face.box} ~ ${b.name}#${b.face.box}: ${s}`);
        }
      }
    assert.equal(genuine, 11, 'the 10 Obama pairs and the Biden pair');
    assert.ok(impostors > 500, `only ${impostors} different-person pairs compared`);
  });

  it('gives no embedding to a face seen in profile, whose landmarks do not fit a face', async () => {
    // fairface_0465.jpg: a man in profile (a tuning portrait); its chip was skin, and matched strangers at 0.99.
    const a = await analyzeBytes(models, readFileSync(`${portraits}/fairface_0465.jpg`), limits, { embeddings: true });
    assert.ok(a.faces.length >= 1, 'the face is still found (and still counted for age and nudity)');
    assert.ok(
      a.faces.every((f) => f.embedding === undefined),
      'no identity for a profile',
    );
    // A frontal portrait keeps its embedding.
    const b = await analyzeBytes(models, readFileSync(`${portraits}/fairface_0011.jpg`), limits, { embeddings: true });
    assert.equal(b.faces[0]?.embedding?.length, 128);
  });
});

describe('refined landmarks shared between the gender crop and the embedding', () => {
  type Box = [number, number, number, number];
  /** A fake landmark net: dlib's mean face filling the square around each box, and a log of the boxes it saw. */
  const fakeNet =
    (seen: Box[][]) =>
    async (_image: unknown, boxes: Box[]): Promise<Point[][]> => {
      seen.push(boxes);
      return boxes.map((b) => {
        const side = Math.max(b[2], b[3]);
        const t = { a: side, b: 0, tx: b[0] + b[2] / 2 - side / 2, ty: b[1] + b[3] / 2 - side / 2 };
        return Array.from({ length: 68 }, (_, i) => applySimilarity(t, i >= 17 ? canonicalPoint(i, 1, 0) : { x: i / 16, y: 0.5 + 0.4 * Math.sin((Math.PI * i) / 16) }));
      });
    };

  it('finds the landmarks in two passes (face-sized box, then around the first landmarks), and the embedding reuses them', async () => {
    const tf = await initTf('cpu');
    const image = tf.randomUniform([1, 200, 200, 3], 0, 255) as import('@tensorflow/tfjs').Tensor4D;
    const boxes: Box[] = [[30, 30, 140, 140]];
    const seen: Box[][] = [];
    const refined = await refineLandmarks(fakeNet(seen) as never, image, boxes);
    assert.equal(seen.length, 2, 'two landmark passes');
    assert.ok(Math.abs(seen[0]![0]![2] - 100) < 1e-9, `first pass on the face-sized box (140 / 1.4): ${seen[0]![0]}`);
    assert.equal(refined.landmarks[0]!.length, 68);
    assert.equal(refined.fits[0]!.usable, true, 'the mean face fits');
    const descriptors = async (chips: import('@tensorflow/tfjs').Tensor4D) => Array.from({ length: chips.shape[0] }, (_, k) => Float32Array.from({ length: 128 }, (_, j) => ((j * 7 + k) % 13) - 6));
    const again: Box[][] = [];
    const shared = await faceEmbeddings(tf, image, boxes, { landmarks: fakeNet(again) as never, descriptors }, refined);
    assert.equal(again.length, 0, 'no landmark pass when the refined landmarks are given');
    const own = await faceEmbeddings(tf, image, boxes, { landmarks: fakeNet(again) as never, descriptors });
    assert.equal(again.length, 2, 'two passes of its own otherwise');
    assert.deepEqual(shared, own);
    image.dispose();
  });
});
