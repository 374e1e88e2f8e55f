// Fixed batch sizes (onnx-runtime.ts): a batch is cut into runs of RUN_SIZES, and the outputs are
// those of one run on the whole batch, bit for bit, on a real face net (no shared photos needed).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ageGenderGraph, AGE_GENDER_INPUT, type FaceApiAgeGenderNet } from './age-gender-net.ts';
import { FACE_API_MODEL_DIR, loadFaceApi } from './face-model.ts';
import { createSession, loadOrt, RUN_SIZES, runOnCrops, runSizes, type Ort } from './onnx-runtime.ts';
import { initTf, type Tf } from './tf-runtime.ts';

describe('runSizes', () => {
  it('cuts a batch into runs of the fixed sizes, largest first', () => {
    assert.deepEqual(runSizes(0), []);
    assert.deepEqual(runSizes(1), [1]);
    assert.deepEqual(runSizes(3), [2, 1]);
    assert.deepEqual(runSizes(13), [8, 4, 1]);
    assert.deepEqual(runSizes(16), [16]);
    assert.deepEqual(runSizes(66), [16, 16, 16, 16, 2]);
    for (let n = 0; n <= 100; n++) {
      const runs = runSizes(n);
      assert.equal(
        runs.reduce((s, x) => s + x, 0),
        n,
      );
      assert.ok(runs.every((x, i) => (RUN_SIZES as readonly number[]).includes(x) && (i === 0 || x <= runs[i - 1]!)));
    }
  });
});

describe('runOnCrops in fixed batch sizes', () => {
  let ort: Ort | undefined;
  let tf: Tf;
  let graph: Uint8Array;
  before(async () => {
    ort = await loadOrt();
    tf = await initTf('wasm');
    const net = loadFaceApi().nets.ageGenderNet;
    await net.loadFromDisk(FACE_API_MODEL_DIR());
    graph = ageGenderGraph(tf, net as unknown as FaceApiAgeGenderNet)!;
  });

  it('gives the outputs of one run on the whole batch, for every batch size up to 19', async (t) => {
    if (!ort) return t.skip('onnxruntime-node is not installed');
    const [fixed, whole] = [await createSession(ort, graph), await createSession(ort, graph)];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 255;
    for (let n = 1; n <= 19; n++) {
      const pixels = Float32Array.from({ length: n * AGE_GENDER_INPUT * AGE_GENDER_INPUT * 3 }, random);
      const crops = tf.tensor4d(pixels, [n, AGE_GENDER_INPUT, AGE_GENDER_INPUT, 3]);
      try {
        const cut = await runOnCrops(ort, fixed, crops);
        const one: Record<string, { data: unknown }> = await whole.run({ crops: new ort.Tensor('float32', pixels, [n, AGE_GENDER_INPUT, AGE_GENDER_INPUT, 3]) });
        for (const name of ['age', 'gender']) assert.deepEqual(cut[name], one[name]!.data as Float32Array, `${name}, batch of ${n}`);
      } finally {
        crops.dispose();
      }
    }
  });
});
