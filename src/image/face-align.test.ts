import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALIGN_TEMPLATE, alignedCrops, alignTransform, fitSimilarity, keyPointsFrom68, keyPointsFromBox, plausibleAlignment, type Point } from './face-align.ts';
import { initTf } from './tf-runtime.ts';

const apply = (t: number[], p: Point): Point => ({ x: t[0]! * p.x + t[1]! * p.y + t[2]!, y: t[3]! * p.x + t[4]! * p.y + t[5]! });
const close = (a: Point, b: Point, eps = 1e-6) => assert.ok(Math.hypot(a.x - b.x, a.y - b.y) < eps, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);

describe('landmark-aligned face crops', () => {
  it('maps the template exactly onto key points that are a rotated, scaled, shifted template', () => {
    const size = 112;
    const [angle, scale, dx, dy] = [0.4, 2.5, 300, 120];
    const points = ALIGN_TEMPLATE.map((p) => ({
      x: scale * (Math.cos(angle) * p.x * size - Math.sin(angle) * p.y * size) + dx,
      y: scale * (Math.sin(angle) * p.x * size + Math.cos(angle) * p.y * size) + dy,
    }));
    const t = alignTransform(points, size);
    ALIGN_TEMPLATE.forEach((p, i) => close(apply(t, { x: p.x * size, y: p.y * size }), points[i]!));
    assert.ok(Math.abs(Math.hypot(t[0]!, t[3]!) - scale) < 1e-9);
  });

  it('rejects coincident points instead of dividing by zero', () => {
    const p = { x: 1, y: 1 };
    assert.throws(() => fitSimilarity([p, p, p], [p, p, p]), RangeError);
  });

  it('takes eye and mouth centres from the 68 points, and falls back to the box', () => {
    const marks = Array.from({ length: 68 }, (_, i) => ({ x: i, y: 2 * i }));
    assert.deepEqual(keyPointsFrom68(marks), [
      { x: 38.5, y: 77 },
      { x: 44.5, y: 89 },
      { x: 57.5, y: 115 },
    ]);
    assert.equal(keyPointsFrom68(marks.slice(0, 20)), undefined);
    // A box's fallback points, aligned, give the centre of the box's square crop, zoomed in.
    const box: [number, number, number, number] = [100, 50, 200, 200];
    const t = alignTransform(keyPointsFromBox(box), 112);
    close(apply(t, { x: 56, y: 56 }), { x: 200, y: 150 }, 1e-6);
    assert.ok(t[0]! < 200 / 112, 'the aligned crop is tighter than the box crop');
  });

  it('keeps the box crop where the landmarks cannot be a face in that box', () => {
    const box: [number, number, number, number] = [100, 100, 200, 200];
    const centre = { x: 200, y: 200 };
    const turned = (deg: number, scale = 1) =>
      keyPointsFromBox(box).map((p) => {
        const [dx, dy, r] = [p.x - centre.x, p.y - centre.y, (deg * Math.PI) / 180];
        return { x: centre.x + scale * (Math.cos(r) * dx - Math.sin(r) * dy), y: centre.y + scale * (Math.sin(r) * dx + Math.cos(r) * dy) };
      });
    assert.equal(plausibleAlignment(turned(0), box), true);
    assert.equal(plausibleAlignment(turned(20, 1.2), box), true);
    assert.equal(plausibleAlignment(turned(60), box), false, 'turned 60 degrees');
    assert.equal(plausibleAlignment(turned(0, 0.4), box), false, 'far smaller than the box');
    assert.equal(plausibleAlignment(turned(0, 2), box), false, 'far larger than the box');
    const [left, right, mouth] = keyPointsFromBox(box);
    assert.equal(plausibleAlignment([left!, right!, { x: mouth!.x, y: left!.y - 40 }], box), false, 'mouth above the eyes');
    assert.equal(plausibleAlignment([{ x: 195, y: left!.y }, { x: 205, y: left!.y }, mouth!], box), false, 'eyes together');
  });

  it('crops a tilted face upright: the crop of a rotated image equals the crop of the straight one', async () => {
    const tf = await initTf('cpu');
    // A synthetic "face": bright eyes and mouth on a dark square, then the same rotated by 90 degrees.
    const size = 64;
    const img = tf.buffer([1, size, size, 3], 'float32');
    const spots = [
      [20, 22],
      [20, 42],
      [44, 32],
    ];
    for (const [r, c] of spots) for (let k = 0; k < 3; k++) for (let dr = -2; dr <= 2; dr++) for (let dc = -2; dc <= 2; dc++) img.set(255, 0, r! + dr, c! + dc, k);
    const straight = img.toTensor() as import('@tensorflow/tfjs').Tensor4D;
    const rotated = tf.reverse(tf.transpose(straight, [0, 2, 1, 3]), 1) as import('@tensorflow/tfjs').Tensor4D;
    const pts = spots.map(([r, c]) => ({ x: c!, y: r! }));
    const rotPts = pts.map((p) => ({ x: p.y, y: size - 1 - p.x }));
    const a = alignedCrops(tf, straight, [pts], 32);
    const b = alignedCrops(tf, rotated, [rotPts], 32);
    const diff = tf.mean(tf.abs(tf.sub(a, b))).dataSync()[0]!;
    assert.ok(diff < 4, `mean absolute difference ${diff}`);
    assert.ok(tf.max(a).dataSync()[0]! > 200, 'the spots are inside the crop');
    tf.dispose([straight, rotated, a, b]);
  });
});
