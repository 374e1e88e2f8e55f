// The fast forward passes (fold-layers.ts for nsfwjs, age-gender-net.ts for face-api's age/gender
// net) against the libraries' own inference, on real photos: same numbers up to float rounding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type * as tfTypes from '@tensorflow/tfjs';
import sharp from 'sharp';
import { sharedPath } from '../testing/shared-path.ts';
import { fusedAgeGender, onnxAgeGender, type FaceApiAgeGenderNet } from './age-gender-net.ts';
import { FACE_API_MODEL_DIR, loadFaceApi } from './face-model.ts';
import { compileLayersModel } from './fold-layers.ts';
import { loadNudityModel, prepare, type NudityModel } from './nudity-model.ts';
import { loadOrt } from './onnx-runtime.ts';
import { initTf, type Tf } from './tf-runtime.ts';

const people = sharedPath('data', 'people');
const portraits = sharedPath('data', 'age-gender');
const skip = people && portraits ? false : 'shared photos absent (set CONSENTRY_SHARED)';

async function pixels(tf: Tf, file: string, size?: number): Promise<tfTypes.Tensor3D> {
  const { data, info } = await sharp(readFileSync(file))
    .resize(size ? { width: size, height: size, fit: 'fill' } : { width: 1024, height: 1024, fit: 'inside' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return tf.tensor3d(data, [info.height, info.width, 3], 'int32');
}

describe('fused forward passes match the libraries', { skip }, () => {
  let tf: Tf;
  let nudity: NudityModel;
  before(async () => {
    tf = await initTf('wasm');
    nudity = await loadNudityModel(tf);
  });

  it("nsfwjs with batch norms folded gives model.predict's probabilities", async () => {
    assert.equal(nudity.folded, true, 'the nsfwjs model no longer compiles; classify fell back to model.predict');
    const model = (nudity.raw as { model: Parameters<typeof compileLayersModel>[1] & { predict(x: tfTypes.Tensor): tfTypes.Tensor } }).model;
    const { forward, weights } = compileLayersModel(tf, model);
    try {
      for (const name of ['fr_two_people.jpg', 'vh_solvay1927.jpg', 'max_group.jpeg']) {
        const image = await pixels(tf, `${people}/${name}`);
        const x = prepare(tf, image);
        const [expected, actual] = tf.tidy(() => [model.predict(x).dataSync(), forward(x).dataSync()]);
        tf.dispose([image, x]);
        assert.equal(actual!.length, 5);
        for (let i = 0; i < 5; i++) assert.ok(Math.abs(actual![i]! - expected![i]!) < 1e-4, `${name} class ${i}: ${actual![i]} vs ${expected![i]}`);
      }
    } finally {
      tf.dispose(weights);
    }
  });

  it('nsfwjs on ONNX Runtime (when installed) gives the TF.js probabilities', async (t) => {
    if (!(await loadOrt())) return t.skip('onnxruntime-node is not installed');
    const onnx = await loadNudityModel(tf);
    const wasm = await loadNudityModel(tf, undefined, { runtime: 'tfjs' });
    try {
      assert.equal(onnx.runtime, 'onnxruntime');
      assert.equal(wasm.runtime, 'tfjs');
      for (const name of ['fr_two_people.jpg', 'vh_solvay1927.jpg']) {
        const image = await pixels(tf, `${people}/${name}`);
        const [a, b] = [await onnx.classify(image), await wasm.classify(image)];
        image.dispose();
        for (const k of Object.keys(a) as Array<keyof typeof a>) assert.ok(Math.abs(a[k] - b[k]) <= 2e-4, `${name} ${k}: ${a[k]} vs ${b[k]}`);
      }
    } finally {
      onnx.dispose();
      wasm.dispose();
    }
  });

  it("the fused and ONNX age/gender nets give face-api's ages and genders for a batch of faces", async () => {
    const faceapi = loadFaceApi() as unknown as {
      nets: {
        ageGenderNet: FaceApiAgeGenderNet & {
          loadFromDisk(d: string): Promise<void>;
          predictAgeAndGender(x: tfTypes.Tensor3D[]): Promise<Array<{ age: number; gender: string; genderProbability: number }>>;
        };
      };
    };
    const net = faceapi.nets.ageGenderNet;
    await net.loadFromDisk(FACE_API_MODEL_DIR());
    const fused = fusedAgeGender(tf, net);
    assert.ok(fused, 'face-api age/gender parameters not in the expected layout');
    const ort = await loadOrt();
    const onnx = ort ? await onnxAgeGender(tf, ort, net) : undefined;
    if (ort) assert.ok(onnx, 'the age/gender net did not export to ONNX');
    const crops = await Promise.all(['fairface_0001.jpg', 'fairface_0006.jpg', 'fairface_0008.jpg'].map((n) => pixels(tf, `${portraits}/${n}`, 112)));
    const batch = tf.tidy(() => tf.stack(crops.map((c) => c.toFloat()))) as tfTypes.Tensor4D;
    const floats = crops.map((c) => c.toFloat() as tfTypes.Tensor3D);
    try {
      const expected = await net.predictAgeAndGender(floats);
      for (const predict of onnx ? [fused, onnx] : [fused]) {
        const actual = await predict(batch);
        assert.equal(actual.length, expected.length);
        actual.forEach((a, i) => {
          const e = expected[i]!;
          assert.equal(a.gender, e.gender);
          assert.ok(Math.abs(a.age - e.age) < 0.01, `age ${a.age} vs ${e.age}`);
          assert.ok(Math.abs(a.genderProbability - e.genderProbability) < 1e-4);
        });
      }
    } finally {
      tf.dispose([...crops, ...floats, batch]);
    }
  });
});
