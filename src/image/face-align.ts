// Landmark-aligned face crops for the gender reading of the age/gender net: a similarity transform (scale, rotation, shift)
// takes the eye and mouth centres of the refined 68 landmarks (face-embedding.ts's two passes, which
// pass its fit check) onto fixed positions in the crop, so
// every face reaches the net upright, centred and at one scale. The template and its zoom were
// measured on the tuning split of the shared portraits (BENCHMARKS.md, "Age and gender: aligned
// crops" and "Age and gender: refined landmarks"; bench/age-gender-variants-eval.ts,
// bench/age-gender-refined-eval.ts). Age is not read here: aligned crops, from single-pass or refined
// landmarks, read no better than the box crop on tuning and moved adults' estimates under 28.
import type * as tfTypes from '@tensorflow/tfjs';
import { fitSimilarity, type Point } from './face-chip.ts';
import type { RgbPixels } from './pixels.ts';
import type { Tf } from './tf-runtime.ts';

// One least-squares similarity fit for both alignments (face-chip.ts); re-exported for the gender crop's callers.
export { fitSimilarity, type Point };

/**
 * Mean eye and mouth centres of the tuning portraits' refined landmarks in the square crop of the
 * detector's box (0..1 of the crop), mirrored to be left-right symmetric. (The single landmark pass
 * on the detector's 1.4x box put them at eyes 0.365/0.635, 0.324 and mouth 0.641.)
 */
const BOX_TEMPLATE: readonly Point[] = [
  { x: 0.377, y: 0.337 },
  { x: 0.623, y: 0.337 },
  { x: 0.5, y: 0.616 },
];
/**
 * The aligned crop shows 1/ALIGN_ZOOM of the box crop's width: the net, trained on face-api's tight
 * SSD boxes, read gender better from tighter crops (tuning log-loss 0.45 at zoom 1, 0.25-0.31 from
 * 1.2 to 1.5); 1.3 is the middle of that plateau, not its best point.
 */
export const ALIGN_ZOOM = 1.3;
export const ALIGN_TEMPLATE: readonly Point[] = BOX_TEMPLATE.map((p) => ({ x: 0.5 + (p.x - 0.5) * ALIGN_ZOOM, y: 0.5 + (p.y - 0.5) * ALIGN_ZOOM }));

const mean = (ps: readonly Point[]): Point => ({ x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length });

/** Left eye, right eye and mouth centres from face-api's 68 points (image order), or undefined. */
export function keyPointsFrom68(points: readonly Point[]): Point[] | undefined {
  if (points.length < 68) return undefined;
  return [mean(points.slice(36, 42)), mean(points.slice(42, 48)), mean(points.slice(48, 68))];
}

/** Where the template's points fall in a square box crop, for faces without landmarks. */
export function keyPointsFromBox(box: readonly [number, number, number, number]): Point[] {
  const side = Math.max(box[2], box[3]);
  const [x, y] = [box[0] + box[2] / 2 - side / 2, box[1] + box[3] / 2 - side / 2];
  return BOX_TEMPLATE.map((p) => ({ x: x + p.x * side, y: y + p.y * side }));
}

/**
 * Whether the key points look like a face where the detector put one: against the template's place
 * in the box crop, the fitted similarity scales by 2/3 to 3/2 and turns by at most 45 degrees, and
 * its residual stays within a quarter of the eye distance. Landmarks fail on partial, tiny or
 * crowded faces (the 1927 group photo; a kiss whose two faces share a box); such faces keep the box
 * crop. Loose sanity bounds, not fitted to labels: with single-pass landmarks and their template the
 * tuning portraits spanned scales 0.74-1.13, turns up to 19 degrees and residuals up to 0.16, but for
 * one kiss at 0.35. face-model.ts also requires face-chip.ts's fit check (chipFit) of the landmarks.
 */
export function plausibleAlignment(keyPoints: readonly Point[], box: readonly [number, number, number, number]): boolean {
  const fromBox = keyPointsFromBox(box);
  const t = fitSimilarity(fromBox, keyPoints);
  const scale = Math.hypot(t.a, t.b);
  const turn = Math.abs(Math.atan2(t.b, t.a));
  const residual = Math.sqrt(fromBox.reduce((sum, p, i) => sum + (t.a * p.x - t.b * p.y + t.tx - keyPoints[i]!.x) ** 2 + (t.b * p.x + t.a * p.y + t.ty - keyPoints[i]!.y) ** 2, 0) / fromBox.length);
  const eyeDistance = scale * Math.hypot(fromBox[1]!.x - fromBox[0]!.x, fromBox[1]!.y - fromBox[0]!.y);
  return scale >= 2 / 3 && scale <= 3 / 2 && turn <= Math.PI / 4 && residual <= eyeDistance / 4;
}

/**
 * The projective transform (tf.image.transform's 8 numbers) taking a crop pixel of a size x size
 * aligned crop to the image point it shows.
 */
export function alignTransform(keyPoints: readonly Point[], size: number): number[] {
  const t = fitSimilarity(
    ALIGN_TEMPLATE.map((p) => ({ x: p.x * size, y: p.y * size })),
    keyPoints,
  );
  return [t.a, -t.b, t.tx, t.b, t.a, t.ty, 0, 0];
}

/**
 * The same aligned crops cut from pixels in memory, written into `out` from crop `offset`: TF.js
 * WASM's transform kernel (bilinear, fill mode 'nearest') in float32, value for value
 * (face-align.test.ts), without the image in the WASM heap or a read-back.
 */
export function alignedCropValues(image: RgbPixels, keyPoints: readonly Point[][], size: number, out: Float32Array, offset: number): void {
  const { data, width, height } = image;
  const maxX = f32(width - 1);
  const maxY = f32(height - 1);
  const stride = width * 3;
  for (let f = 0; f < keyPoints.length; f++) {
    const t = alignTransform(keyPoints[f]!, size);
    const [a0, a1, a2, b0, b1, b2] = [f32(t[0]!), f32(t[1]!), f32(t[2]!), f32(t[3]!), f32(t[4]!), f32(t[5]!)];
    let o = (offset + f) * size * size * 3;
    for (let outY = 0; outY < size; outY++) {
      const rowX = f32(a1 * outY);
      const rowY = f32(b1 * outY);
      for (let outX = 0; outX < size; outX++, o += 3) {
        // The projective row is (0, 0): the divisor is 1, and the division changes nothing. The
        // 'nearest' fill clamps the point into the image, in float32.
        const x = Math.max(0, Math.min(f32(f32(f32(a0 * outX) + rowX) + a2), maxX));
        const y = Math.max(0, Math.min(f32(f32(f32(b0 * outX) + rowY) + b2), maxY));
        const xFloor = Math.floor(x);
        const yFloor = Math.floor(y);
        const wLeft = f32(xFloor + 1 - x);
        const wRight = f32(x - xFloor);
        const wTop = f32(yFloor + 1 - y);
        const wBottom = f32(y - yFloor);
        // Reads past the last row or column give the fill value, 0 (their weight is then 0 too).
        const hasRight = xFloor + 1 < width;
        const hasBottom = yFloor + 1 < height;
        const tl = yFloor * stride + xFloor * 3;
        const bl = tl + stride;
        for (let c = 0; c < 3; c++) {
          const top = f32(f32(wLeft * data[tl + c]!) + f32(wRight * (hasRight ? data[tl + 3 + c]! : 0)));
          const bottom = hasBottom ? f32(f32(wLeft * data[bl + c]!) + f32(wRight * (hasRight ? data[bl + 3 + c]! : 0))) : 0;
          out[o + c] = f32(f32(wTop * top) + f32(wBottom * bottom));
        }
      }
    }
  }
}

const f32 = Math.fround;

/** Aligned crops [n, size, size, 3] of one image [1, h, w, 3], one per face's key points. */
export function alignedCrops(tf: Tf, image: tfTypes.Tensor4D, keyPoints: readonly Point[][], size: number): tfTypes.Tensor4D {
  return tf.tidy(() => tf.concat(keyPoints.map((points) => tf.image.transform(image, tf.tensor2d([alignTransform(points, size)]), 'bilinear', 'nearest', 0, [size, size])))) as tfTypes.Tensor4D;
}
