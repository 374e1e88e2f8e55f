// The direct BlazeFace call must give exactly Human.detect's boxes and scores (Human's own pipeline
// is the reference; blazeface.ts only drops work whose results we never read).
import assert from 'node:assert/strict';
import { before, describe, it, test } from 'node:test';
import type * as tfTypes from '@tensorflow/tfjs';
import { photoPixels } from '../testing/photo-pixels.ts';
import { sharedPath } from '../testing/shared-path.ts';
import { blazeFaceInput, loadBlazeFace, type BlazeFace } from './blazeface.ts';
import { humanConfig, loadHuman, MAX_FACES, MIN_FACE_SCORE } from './face-model.ts';
import { initTf, type Tf } from './tf-runtime.ts';

const people = sharedPath('data', 'people');
const skip = people ? false : 'shared photos absent (set CONSENTRY_SHARED)';

describe('direct BlazeFace', { skip }, () => {
  let tf: Tf;
  let blaze: BlazeFace;
  let wasm: BlazeFace;
  let human: Awaited<ReturnType<typeof loadHuman>>;
  before(async () => {
    tf = await initTf('wasm');
    // The default runtime (ONNX Runtime when installed) and TF.js must both reproduce Human.
    blaze = await loadBlazeFace(tf, { maxDetected: MAX_FACES, minConfidence: MIN_FACE_SCORE });
    wasm = await loadBlazeFace(tf, { maxDetected: MAX_FACES, minConfidence: MIN_FACE_SCORE, runtime: 'tfjs' });
    human = await loadHuman(humanConfig());
  });

  for (const name of ['vh_solvay1927.jpg', 'max_group.jpeg', 'fr_two_people.jpg', 'fr_obama_partial_face.jpg']) {
    it(`gives Human.detect's boxes and scores on ${name}`, async () => {
      const { data, info } = await photoPixels(`${people}/${name}`);
      const x = tf.tidy(() => tf.tensor3d(data, [info.height, info.width, 3], 'int32').toFloat().expandDims(0)) as tfTypes.Tensor4D;
      try {
        const expected = (await human.detect(x)).face.map((f) => ({ box: f.box, score: f.score }));
        assert.ok(expected.length > 0);
        assert.deepEqual(await blaze.detect(x), expected, `runtime ${blaze.runtime}`);
        assert.deepEqual(await wasm.detect(x), expected, 'runtime tfjs');
      } finally {
        x.dispose();
      }
    });
  }
});

test('blazeFaceInput equals resizeBilinear / 127.5 - 1 on TF.js WASM value for value, down- and upscaled', async () => {
  const tf = await initTf('wasm');
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const [width, height] of [
    [1024, 683],
    [300, 911],
    [97, 130],
    [256, 256],
  ] as const) {
    const data = Float32Array.from({ length: width * height * 3 }, () => Math.floor(rnd() * 256));
    const image = tf.tensor4d(data, [1, height, width, 3]);
    const want = tf.tidy(() => tf.sub(tf.div(tf.image.resizeBilinear(image, [256, 256]), 127.5), 1));
    const expected = (await want.data()) as Float32Array;
    tf.dispose([image, want]);
    const got = blazeFaceInput({ data, width, height }, 256);
    for (let i = 0; i < got.length; i++) if (!Object.is(got[i], expected[i])) assert.fail(`${width} x ${height}: value ${i} is ${got[i]}, TF.js gives ${expected[i]}`);
  }
});
