import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySimilarity, canonicalPoint, chipFit, chipToImage, fitSimilarity, type Point } from './face-chip.ts';
import { initTf } from './tf-runtime.ts';
import { alignedChips } from './face-chip.ts';

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

test('alignedChips samples pixel centres: an identity transform copies the image, a shift moves it, a mirror flips it', async () => {
  const tf = await initTf('wasm');
  const pixels = Float32Array.from({ length: 8 * 8 * 3 }, (_, i) => i % 251);
  const image = tf.tensor4d(pixels, [1, 8, 8, 3]);
  const copy = await alignedChips(tf, image, [{ a: 1, b: 0, tx: 0, ty: 0 }], 8, { mirror: true });
  const data = await copy.data();
  assert.deepEqual(copy.shape, [2, 8, 8, 3]);
  assert.deepEqual(Array.from(data.slice(0, 192)), Array.from(pixels));
  // The mirror: row 2's first pixel is the original row 2's last pixel.
  assert.deepEqual(Array.from(data.slice(192 + 2 * 8 * 3, 192 + 2 * 8 * 3 + 3)), Array.from(pixels.slice((2 * 8 + 7) * 3, (2 * 8 + 7) * 3 + 3)));
  // Shifted by whole pixels: the chip's (0, 0) is the image's (2, 3).
  const shifted = await alignedChips(tf, image, [{ a: 1, b: 0, tx: 2, ty: 3 }], 4);
  const s = await shifted.data();
  assert.deepEqual(Array.from(s.slice(0, 3)), Array.from(pixels.slice((3 * 8 + 2) * 3, (3 * 8 + 2) * 3 + 3)));
  tf.dispose([image, copy, shifted]);
});

test('a large face is box-filtered: a shrunk stripe pattern averages to grey, not to one stripe', async () => {
  const tf = await initTf('wasm');
  // One-pixel vertical stripes of 0 and 200, shrunk 4x: each chip pixel covers two of each.
  const pixels = Float32Array.from({ length: 64 * 64 * 3 }, (_, i) => ((Math.floor(i / 3) % 64) % 2 === 0 ? 0 : 200));
  const image = tf.tensor4d(pixels, [1, 64, 64, 3]);
  const chip = await alignedChips(tf, image, [{ a: 4, b: 0, tx: 0, ty: 0 }], 16);
  const d = await chip.data();
  for (const x of [2, 8, 13]) assert.ok(Math.abs(d[(8 * 16 + x) * 3]! - 100) < 1e-3, `pixel ${x}: ${d[(8 * 16 + x) * 3]}`);
  // Outside the image the chip is black.
  const outside = await alignedChips(tf, image, [{ a: 1, b: 0, tx: 60, ty: 0 }], 8);
  assert.equal((await outside.data())[(0 * 8 + 7) * 3], 0);
  tf.dispose([image, chip, outside]);
});

test('the three-channel sampling gives the same chips as the general one (a fourth channel added), pooled, rotated and at the edges', async () => {
  const tf = await initTf('wasm');
  const [w, h] = [97, 83];
  const rgb = Float32Array.from({ length: w * h * 3 }, (_, i) => (i * 7919) % 256);
  const rgba = Float32Array.from({ length: w * h * 4 }, (_, i) => (i % 4 === 3 ? 1 : rgb[Math.floor(i / 4) * 3 + (i % 4)]!));
  const [three, four] = [tf.tensor4d(rgb, [1, h, w, 3]), tf.tensor4d(rgba, [1, h, w, 4])];
  // Scales 0.4 to 5 (no subsampling, 2-3 subsamples, pooled), turned, and running past every edge.
  const transforms = [0.4, 1, 1.7, 2.6, 5].flatMap((k, i) => [-0.5, 0.3].map((angle) => ({ a: k * Math.cos(angle), b: k * Math.sin(angle), tx: i * 20 - 15, ty: i * 15 - 10 })));
  const [a, b] = [await alignedChips(tf, three, transforms, 20, { mirror: true, pixels: rgb }), await alignedChips(tf, four, transforms, 20, { mirror: true })];
  const [x, y] = [await a.data(), await b.data()];
  let differing = 0;
  for (let p = 0; p < x.length / 3; p++) for (let c = 0; c < 3; c++) if (x[p * 3 + c] !== y[p * 4 + c]) differing++;
  assert.equal(differing, 0);
  assert.ok(x.some((v) => v > 0) && x.some((v) => v === 0), 'chips with image and outside pixels');
  tf.dispose([three, four, a, b]);
});
