import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySimilarity, canonicalPoint, chipFit, chipToImage, fitSimilarity, transformParams, type Point } from './face-align.ts';
import { initTf } from './tf-runtime.ts';
import { alignedChips } from './face-align.ts';

/** dlib's mean face placed in an image by a known similarity (all 68 points; 0-16 spread on a jaw). */
function faceAt(scale: number, angle: number, x: number, y: number): Point[] {
  const t = { a: scale * Math.cos(angle), b: scale * Math.sin(angle), tx: x, ty: y };
  return Array.from({ length: 68 }, (_, i) => applySimilarity(t, i >= 17 ? canonicalPoint(i, 1, 0) : { x: i / 16, y: 0.5 + 0.4 * Math.sin((Math.PI * i) / 16) }));
}

test('fitSimilarity recovers a rotation, scale and shift exactly from clean points', () => {
  const from = [
    { x: 0, y: 0 },
    { x: 1, y: 0 },
    { x: 0, y: 2 },
    { x: 3, y: 1 },
  ];
  const truth = { a: 2 * Math.cos(0.3), b: 2 * Math.sin(0.3), tx: 5, ty: -7 };
  const fit = fitSimilarity(
    from,
    from.map((p) => applySimilarity(truth, p)),
  );
  for (const k of ['a', 'b', 'tx', 'ty'] as const) assert.ok(Math.abs(fit[k] - truth[k]) < 1e-9, k);
});

test('chipToImage maps the chip’s canonical points onto the face, whatever its pose', () => {
  const marks = faceAt(120, -0.4, 300, 200);
  const t = chipToImage(marks, 150, 0.25);
  for (const i of [36, 45, 30, 48, 54]) {
    const p = applySimilarity(t, canonicalPoint(i, 150, 0.25));
    assert.ok(Math.hypot(p.x - marks[i]!.x, p.y - marks[i]!.y) < 1e-6, `landmark ${i}`);
  }
});

test('chipFit accepts a face-shaped fit and rejects collapsed or scattered landmarks', () => {
  const good = chipFit(faceAt(100, 0.1, 50, 60), 100);
  assert.equal(good.usable, true);
  // The chip is the face plus a quarter on each side: 1.5 times the mean face.
  assert.ok(good.residual < 1e-6 && Math.abs(good.scaleRatio - 1.5) < 1e-6);
  // Landmarks collapsed into a small cluster (a profile's failed fit): a fifth of the face.
  const collapsed = chipFit(faceAt(20, 0, 90, 90), 100);
  assert.equal(collapsed.usable, false);
  // Scattered: the same face with every point moved at random by a third of its size.
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 33;
  const scattered = chipFit(
    faceAt(100, 0, 50, 60).map((p) => ({ x: p.x + rnd(), y: p.y + rnd() })),
    100,
  );
  assert.equal(scattered.usable, false);
});

test('transformParams samples pixel centres: an identity transform copies the image', async () => {
  const tf = await initTf('wasm');
  const pixels = Float32Array.from({ length: 8 * 8 * 3 }, (_, i) => i % 251);
  const image = tf.tensor4d(pixels, [1, 8, 8, 3]);
  const copy = alignedChips(tf, image, [{ a: 1, b: 0, tx: 0, ty: 0 }], 8);
  assert.deepEqual(Array.from(await copy.data()), Array.from(pixels));
  // Shifted by whole pixels: the chip's (0, 0) is the image's (2, 3).
  const shifted = alignedChips(tf, image, [{ a: 1, b: 0, tx: 2, ty: 3 }], 4);
  const data = await shifted.data();
  assert.deepEqual(Array.from(data.slice(0, 3)), Array.from(pixels.slice((3 * 8 + 2) * 3, (3 * 8 + 2) * 3 + 3)));
  assert.deepEqual(transformParams({ a: 1, b: 0, tx: 0, ty: 0 }), [1, -0, 0, 0, 1, 0, 0, 0]);
  tf.dispose([image, copy, shifted]);
});

test('a large face is box-filtered before the warp: a flat region stays flat, at the right place', async () => {
  const tf = await initTf('wasm');
  // Left half 0, right half 200; a 4x shrink of a 64 px square into a 16 px chip.
  const image = tf.tidy(() => tf.concat([tf.zeros([1, 64, 32, 3]), tf.fill([1, 64, 32, 3], 200)], 2) as ReturnType<typeof tf.zeros>) as import('@tensorflow/tfjs').Tensor4D;
  const chip = alignedChips(tf, image, [{ a: 4, b: 0, tx: 0, ty: 0 }], 16);
  const d = await chip.data();
  const at = (x: number, y: number) => d[(y * 16 + x) * 3]!;
  assert.equal(at(2, 8), 0);
  assert.equal(at(13, 8), 200);
  tf.dispose([image, chip]);
});
