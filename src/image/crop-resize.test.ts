import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cropAndResize, type NormalizedBox } from './crop-resize.ts';
import { alignedCropValues, alignedCrops } from './face-align.ts';
import { initTf } from './tf-runtime.ts';

/** A seeded generator (LCG), so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

test('cropAndResize equals TF.js WASM cropAndResize value for value: up- and downscaled, outside the image, the row-copy shortcut', async () => {
  const tf = await initTf('wasm');
  const rnd = random(20261203);
  let compared = 0;
  for (let trial = 0; trial < 12; trial++) {
    const [width, height] = [40 + Math.floor(rnd() * 400), 40 + Math.floor(rnd() * 400)];
    const data = Float32Array.from({ length: width * height * 3 }, () => Math.floor(rnd() * 256));
    const boxes: NormalizedBox[] = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => {
      const side = 3 + rnd() * width;
      const [x, y] = [-0.3 * width + rnd() * width, -0.3 * height + rnd() * height];
      return [y / height, x / width, (y + side) / height, (x + side) / width];
    });
    // Exactly the crop's size on whole pixels (the kernel copies rows), and one pixel off it.
    boxes.push([0, 0, 15 / (height - 1), 15 / (width - 1)], [1 / (height - 1), 0, 16 / (height - 1), 16 / (width - 1)]);
    const size = trial % 2 ? 16 : 23;
    const image = tf.tensor4d(data, [1, height, width, 3]);
    const want = tf.image.cropAndResize(
      image,
      boxes.map((b) => [...b]),
      boxes.map(() => 0),
      [size, size],
    );
    const expected = (await want.data()) as Float32Array;
    tf.dispose([image, want]);
    const got = cropAndResize({ data, width, height }, boxes, size);
    assert.equal(got.length, expected.length);
    for (let i = 0; i < got.length; i++) if (!Object.is(got[i], expected[i])) assert.fail(`trial ${trial}: value ${i} is ${got[i]}, TF.js gives ${expected[i]}`);
    compared += got.length;
  }
  assert.ok(compared > 10_000);
});

test('cropAndResize writes into a given batch at a crop offset and leaves the rest', () => {
  const data = Float32Array.from({ length: 8 * 8 * 3 }, (_, i) => i % 251);
  const out = new Float32Array(3 * 4 * 4 * 3).fill(-1);
  cropAndResize({ data, width: 8, height: 8 }, [[0, 0, 1, 1]], 4, out, 1);
  assert.ok(out.subarray(0, 48).every((v) => v === -1));
  assert.ok(out.subarray(96).every((v) => v === -1));
  assert.deepEqual(Array.from(out.subarray(48, 96)), Array.from(cropAndResize({ data, width: 8, height: 8 }, [[0, 0, 1, 1]], 4)));
});

test('alignedCropValues equals TF.js WASM transform (bilinear, nearest fill) value for value, at the edges too', async () => {
  const tf = await initTf('wasm');
  const rnd = random(7);
  for (let trial = 0; trial < 8; trial++) {
    const [width, height] = [30 + Math.floor(rnd() * 300), 30 + Math.floor(rnd() * 300)];
    const data = Float32Array.from({ length: width * height * 3 }, () => Math.floor(rnd() * 256));
    // Eyes and mouth somewhere in (or partly off) the image, turned and scaled.
    const faces = Array.from({ length: 3 }, () => {
      const [cx, cy, s, turn] = [-20 + rnd() * (width + 40), -20 + rnd() * (height + 40), 5 + rnd() * 80, (rnd() - 0.5) * 1.5];
      const at = (x: number, y: number) => ({ x: cx + s * (x * Math.cos(turn) - y * Math.sin(turn)), y: cy + s * (x * Math.sin(turn) + y * Math.cos(turn)) });
      return [at(-0.5, -0.3), at(0.5, -0.3), at(0, 0.6)];
    });
    const size = 19;
    const image = tf.tensor4d(data, [1, height, width, 3]);
    const want = alignedCrops(tf, image, faces, size);
    const expected = (await want.data()) as Float32Array;
    tf.dispose([image, want]);
    const got = new Float32Array(expected.length + size * size * 3);
    alignedCropValues({ data, width, height }, faces, size, got, 1);
    for (let i = 0; i < expected.length; i++) {
      if (!Object.is(got[i + size * size * 3], expected[i])) assert.fail(`trial ${trial}: value ${i} is ${got[i + size * size * 3]}, TF.js gives ${expected[i]}`);
    }
  }
});
