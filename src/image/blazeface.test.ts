// The direct BlazeFace call must give exactly Human.detect's boxes and scores (Human's own pipeline
// is the reference; blazeface.ts only drops work whose results we never read).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type * as tfTypes from '@tensorflow/tfjs';
import { photoPixels } from '../testing/photo-pixels.ts';
import { sharedPath } from '../testing/shared-path.ts';
import { loadBlazeFace, type BlazeFace } from './blazeface.ts';
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
