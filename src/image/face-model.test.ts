// The face model's age/gender crops on the shared photos (real models; skips without ../shared).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type * as tfTypes from '@tensorflow/tfjs';
import { sharedPath } from '../testing/shared-path.ts';
import { decodeImage } from './decode-image.ts';
import { flatPatch, loadFaceModel, type FaceModel } from './face-model.ts';
import { initTf, type Tf } from './tf-runtime.ts';

const people = sharedPath('data', 'people');
const skip = people ? false : 'shared photos absent (set CONSENTRY_SHARED)';

describe('age and gender crops', { skip }, () => {
  let tf: Tf;
  let faces: FaceModel;
  const load = async (name: string) => {
    const d = await decodeImage(readFileSync(path.join(people!, name)), { maxBytes: 20e6, maxPixels: 40e6 });
    return tf.tensor4d(Float32Array.from(d.data), [1, d.height, d.width, 3]);
  };
  before(async () => {
    tf = await initTf('wasm');
    faces = await loadFaceModel(tf);
  });
  after(() => faces?.dispose());

  it('reads age from the box crop whatever the gender crop, so no possible-minor flag moves with it', async () => {
    for (const name of ['max_group.jpeg', 'fr_two_people.jpg', 'maxage_tom_cruise.jpg']) {
      const img = await load(name);
      const [aligned, box] = [await faces.detect(img), await faces.detect(img, { genderCrop: 'box' })];
      img.dispose();
      assert.ok(aligned.length > 0, name);
      assert.deepEqual(
        aligned.map((f) => [f.age, f.possibleMinor]),
        box.map((f) => [f.age, f.possibleMinor]),
        name,
      );
    }
  });

  it('reads gender from the aligned crops: male for the shared photos of one man, with no tensor left behind', async () => {
    let img: tfTypes.Tensor4D | undefined;
    for (const name of ['fr_obama.jpg', 'fr_obama2.jpg', 'fr_biden.jpg', 'maxage_tom_cruise.jpg']) {
      img = await load(name);
      const before = tf.memory().numTensors;
      const [face] = await faces.detect(img);
      assert.equal(tf.memory().numTensors, before, `${name}: tensors leaked`);
      img.dispose();
      assert.equal(face?.gender, 'male', name);
      assert.ok(face.genderScore > 0.5 && face.genderScore <= 1, name);
    }
  });
});

describe('flat patches are not faces (flatPatch)', () => {
  const plain = (r: number, g: number, b: number, noise = 0, side = 64) => {
    const data = new Float32Array(side * side * 3);
    for (let i = 0; i < side * side; i++) {
      const n = noise * (((i * 2654435761) >>> 0) / 2 ** 32 - 0.5);
      data.set([r + n, g + n, b + n], 3 * i);
    }
    return { data, width: side, height: side };
  };

  it('reads a plain colour, JPEG-like noise and all, as flat', () => {
    assert.ok(flatPatch(plain(250, 160, 40), [8, 8, 48, 48]));
    assert.ok(flatPatch(plain(220, 180, 150, 3), [8, 8, 48, 48]));
  });

  it('does not read a face-like pattern (dark eyes and mouth on skin) as flat', () => {
    const img = plain(200, 150, 120);
    const marks: Array<[number, number]> = [
      [24, 26],
      [40, 26],
      [32, 42],
    ];
    for (const [cx, cy] of marks) for (let y = cy - 3; y <= cy + 3; y++) for (let x = cx - 5; x <= cx + 5; x++) img.data.set([60, 40, 30], 3 * (y * 64 + x));
    assert.ok(!flatPatch(img, [8, 8, 48, 48]));
  });

  it('finds no face in a plain orange picture (the detector reads one there: a face of 16)', async () => {
    const tf = await initTf('wasm');
    const model = await loadFaceModel(tf);
    const { data } = plain(250, 160, 40, 0, 512);
    const image = tf.tensor4d(data, [1, 512, 512, 3]);
    try {
      // Without the pixels the check cannot run: the detector's own reading, a face.
      assert.ok((await model.detect(image, {})).length > 0);
      assert.deepEqual(await model.detect(image, { pixels: data }), []);
    } finally {
      image.dispose();
      model.dispose();
    }
  });
});
