// MoveNet called directly on ONNX Runtime (movenet.ts) must give Human.detect's poses: its input
// equal to Human's padded, resized, truncated crop; its decoded keypoints equal to the TF.js graph's
// own output; and on every body region of the shared photos the same keypoints and body box.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type * as tfTypes from '@tensorflow/tfjs';
import { photoPixels } from '../testing/photo-pixels.ts';
import { sharedPath } from '../testing/shared-path.ts';
import { bodyRegion, MAX_REGIONS } from './analyze-image.ts';
import { loadBlazeFace } from './blazeface.ts';
import { tfGraphToOnnx, UnsupportedGraphOpError } from './graph-to-onnx.ts';
import { MAX_FACES, MIN_FACE_SCORE } from './face-model.ts';
import { decodeSinglePose, loadMoveNetOnnx, moveNetInput, moveNetModelPath, type MoveNet } from './movenet.ts';
import { loadOrt } from './onnx-runtime.ts';
import type { RgbPixels } from './pixels.ts';
import { bodyBoxFromPose, loadPoseFinder, MIN_KEYPOINT_SCORE, type PoseFinder } from './pose-region.ts';
import { initTf, type Tf } from './tf-runtime.ts';

type Box = [number, number, number, number];

/** Human's padInput on a crop, with TF.js ops (tf.pad, resizeBilinear, cast to int32). */
function humanInput(tf: Tf, image: RgbPixels, box: Box, size: number): Int32Array {
  return tf.tidy(() => {
    const whole = tf.tensor3d(Float32Array.from(image.data), [image.height, image.width, 3]);
    const crop = tf.slice(whole, [box[1], box[0], 0], [box[3], box[2], 3]);
    const [h, w] = [box[3], box[2]];
    const padY = w > h ? Math.trunc((w - h) / 2) : 0;
    const padX = h > w ? Math.trunc((h - w) / 2) : 0;
    const padded = tf.pad(crop, [
      [padY, padY],
      [padX, padX],
      [0, 0],
    ]);
    return tf.cast(tf.image.resizeBilinear(padded as tfTypes.Tensor3D, [size, size]), 'int32').dataSync() as Int32Array;
  });
}

describe('MoveNet input', () => {
  it('equals tf.pad + resizeBilinear + cast on crops of every shape (wide, tall, square, larger and smaller than 192)', async () => {
    const tf = await initTf('wasm');
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 256;
    const image = { data: Float32Array.from({ length: 500 * 400 * 3 }, () => Math.floor(random())), width: 500, height: 400 };
    for (const box of [
      [0, 0, 500, 400],
      [13, 7, 301, 377],
      [100, 50, 97, 96],
      [499, 399, 1, 1],
      [20, 30, 150, 40],
      [0, 0, 192, 192],
      [250, 10, 249, 389],
    ] as Box[]) {
      const { pixels } = moveNetInput(image, box, 192);
      assert.deepEqual(Array.from(pixels), Array.from(humanInput(tf, image, box, 192)), `box ${box}`);
    }
  });
});

describe('graph export', () => {
  it('refuses an op it does not know, so that the caller falls back', async () => {
    const tf = await initTf('wasm');
    const topology = {
      node: [
        { name: 'x', op: 'Placeholder' },
        { name: 'y', op: 'Softplus', input: ['x'] },
      ],
    };
    assert.throws(() => tfGraphToOnnx(tf, topology, {}, ['y'], [1, 4, 4, 3]), UnsupportedGraphOpError);
  });
});

const people = sharedPath('data', 'people');

describe('MoveNet on ONNX Runtime', { skip: people ? false : 'shared photos absent (set CONSENTRY_SHARED)' }, () => {
  let tf: Tf;
  let direct: MoveNet;
  let human: PoseFinder;
  let graph: tfTypes.GraphModel;
  const regions: Array<{ name: string; image: RgbPixels; face: Box; guess: Box }> = [];
  before(async () => {
    tf = await initTf('wasm');
    const ort = await loadOrt();
    assert.ok(ort, 'onnxruntime-node is installed with the project');
    direct = await loadMoveNetOnnx(tf, ort);
    human = await loadPoseFinder(tf, { runtime: 'tfjs' });
    // The default finder is the direct path; the TF.js one (the fallback) is Human's.
    assert.equal((await loadPoseFinder(tf)).runtime, 'onnxruntime');
    assert.equal((human as PoseFinder & { runtime: string }).runtime, 'tfjs');
    graph = await tf.loadGraphModel(`file://${moveNetModelPath()}`);
    const faces = await loadBlazeFace(tf, { maxDetected: MAX_FACES, minConfidence: MIN_FACE_SCORE });
    for (const name of ['fr_two_people.jpg', 'max_group.jpeg', 'vh_solvay1927.jpg', 'fr_obama.jpg']) {
      const { data, info } = await photoPixels(`${people}/${name}`);
      const image = { data: Float32Array.from(data), width: info.width, height: info.height };
      const batch = tf.tensor4d(image.data, [1, info.height, info.width, 3]);
      const found = await faces.detect(batch);
      batch.dispose();
      for (const { box } of found.sort((a, b) => b.box[2] * b.box[3] - a.box[2] * a.box[3]).slice(0, MAX_REGIONS)) {
        const guess = bodyRegion(box, info.width, info.height);
        if (guess[2] >= 16 && guess[3] >= 16) regions.push({ name, image, face: box, guess });
      }
    }
    faces.dispose();
  });

  it('decodes the heads as the TF.js graph does (keypoints within 1e-3 of the crop, scores within 1e-3)', async () => {
    assert.ok(regions.length >= 8);
    for (const { name, image, guess } of regions) {
      const { pixels } = moveNetInput(image, guess, 192);
      const expected = tf.tidy(() => (graph.execute(tf.tensor4d(Int32Array.from(pixels), [1, 192, 192, 3], 'int32')) as tfTypes.Tensor).dataSync());
      const pose = await direct.detect(image, guess, 0);
      // detect() reports Human's rounded positions; compare the graph's raw output through the same decode.
      assert.ok(pose.keypoints.length > 0, name);
      const raw = await rawDecode(pixels);
      for (let k = 0; k < 17; k++) {
        for (let j = 0; j < 3; j++) assert.ok(Math.abs(raw[k]![j]! - expected[k * 3 + j]!) < 1e-3, `${name} keypoint ${k} value ${j}: ${raw[k]![j]} vs ${expected[k * 3 + j]}`);
      }
    }
  });

  it("gives Human.detect's keypoints and the same body box on every region of the shared photos", async () => {
    for (const { name, image, face, guess } of regions) {
      const [a, b] = [await human(image, guess), await direct.detect(image, guess, MIN_KEYPOINT_SCORE)];
      assert.ok(a, name);
      assert.deepEqual(
        b.keypoints.map((k) => k.part),
        a.keypoints.map((k) => k.part),
        `${name} ${guess}`,
      );
      b.keypoints.forEach((k, i) => {
        const h = a.keypoints[i]!;
        // Human's jitter filter may keep a previous call's point when they differ by < 0.5% of the crop.
        const slack = 0.005 * Math.max(guess[2], guess[3]) + 1;
        assert.ok(Math.abs(k.position[0] - h.position[0]) <= slack && Math.abs(k.position[1] - h.position[1]) <= slack, `${name} ${k.part}`);
        assert.ok(Math.abs(k.score - h.score) <= 0.02, `${name} ${k.part} score`);
      });
      assert.deepEqual(bodyBoxFromPose(b, [guess[0], guess[1]], face, image.width, image.height), bodyBoxFromPose(a, [guess[0], guess[1]], face, image.width, image.height), name);
    }
  });

  /** The direct path's decode of one input, before Human's post-processing. */
  async function rawDecode(pixels: Float32Array): Promise<Array<[number, number, number]>> {
    const heads = tf.tidy(() => {
      const outputs = [
        'StatefulPartitionedCall/Sigmoid',
        'StatefulPartitionedCall/Sigmoid_1',
        'StatefulPartitionedCall/kpt_regress_0/conv2d_6/BiasAdd',
        'StatefulPartitionedCall/kpt_offset_0/conv2d_7/BiasAdd',
      ];
      const t = graph.execute(tf.tensor4d(Int32Array.from(pixels), [1, 192, 192, 3], 'int32'), outputs) as tfTypes.Tensor[];
      // The TF.js heads are NHWC; the decode reads NCHW (ONNX Runtime's layout).
      return t.map((x) => tf.transpose(x, [0, 3, 1, 2]).dataSync() as Float32Array);
    });
    const w = graph.weights as Record<string, tfTypes.Tensor[]>;
    const v = (n: string) => w[n]![0]!.dataSync() as Float32Array;
    const scale = v('StatefulPartitionedCall/Reshape_13');
    return decodeSinglePose(heads[0]!, heads[1]!, heads[2]!, heads[3]!, {
      grid: 48,
      centerWeight: v('ConstantFolding/StatefulPartitionedCall/truediv_2_recip'),
      gridY: v('StatefulPartitionedCall/strided_slice_3'),
      gridX: v('StatefulPartitionedCall/strided_slice_4'),
      distanceBias: v('StatefulPartitionedCall/add_5/y')[0]!,
      scaleY: scale[0]!,
      scaleX: scale[1]!,
    });
  }
});
