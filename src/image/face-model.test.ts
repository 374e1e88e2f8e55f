// The face model's age/gender crops on the shared photos (real models; skips without ../shared).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type * as tfTypes from '@tensorflow/tfjs';
import { sharedPath } from '../testing/shared-path.ts';
import { decodeImage } from './decode-image.ts';
import { loadFaceModel, type FaceModel } from './face-model.ts';
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
