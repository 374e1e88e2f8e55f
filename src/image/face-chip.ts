// Similarity alignment of a face crop from its 68 landmarks: the crop is rotated, scaled and moved
// so the eyes, nose and mouth land on a canonical face, as the recognition nets' training crops did.
// face-api's recognition net is dlib's ResNet (dlib_face_recognition_resnet_model_v1), trained on
// dlib's face chips: get_face_chip_details(shape, 150, 0.25) fits dlib's mean face (points 27-54 and
// 60-64 of the 68, without eyebrows, jaw or lower lip) with a least-squares similarity transform.
// No Node API: geometry, and the warp (one tf.image.transform per face).
import type { Tensor4D } from '@tensorflow/tfjs';
import type { Tf } from './tf-runtime.ts';
import type { CropValues } from './onnx-runtime.ts';

export interface Point {
  x: number;
  y: number;
}

/** dlib's mean face, points 17-67 of the 68 (dlib/image_transforms/interpolation.h), in a unit square. */
const MEAN_FACE_X = [
  0.000213256, 0.0752622, 0.18113, 0.29077, 0.393397, 0.586856, 0.689483, 0.799124, 0.904991, 0.98004, 0.490127, 0.490127, 0.490127, 0.490127, 0.36688, 0.426036, 0.490127, 0.554217, 0.613373,
  0.121737, 0.187122, 0.265825, 0.334606, 0.260918, 0.182743, 0.645647, 0.714428, 0.793132, 0.858516, 0.79751, 0.719335, 0.254149, 0.340985, 0.428858, 0.490127, 0.551395, 0.639268, 0.726104, 0.642159,
  0.556721, 0.490127, 0.423532, 0.338094, 0.290379, 0.428096, 0.490127, 0.552157, 0.689874, 0.553364, 0.490127, 0.42689,
];
const MEAN_FACE_Y = [
  0.106454, 0.038915, 0.0187482, 0.0344891, 0.0773906, 0.0773906, 0.0344891, 0.0187482, 0.038915, 0.106454, 0.203352, 0.307009, 0.409805, 0.515625, 0.587326, 0.609345, 0.628106, 0.609345, 0.587326,
  0.216423, 0.178758, 0.179852, 0.231733, 0.245099, 0.244077, 0.231733, 0.179852, 0.178758, 0.216423, 0.244077, 0.245099, 0.780233, 0.745405, 0.727388, 0.742578, 0.727388, 0.745405, 0.780233,
  0.864805, 0.902192, 0.909281, 0.902192, 0.864805, 0.784792, 0.778746, 0.785343, 0.778746, 0.784792, 0.824182, 0.831803, 0.824182,
];

/** The landmarks dlib fits: 27-54 and 60-64 (no eyebrows, no jaw, no lower lip). */
export const CHIP_LANDMARKS: readonly number[] = Array.from({ length: 68 }, (_, i) => i).filter((i) => i >= 27 && !(i >= 55 && i <= 59) && !(i >= 65 && i <= 67));

/** Where dlib puts landmark i (17-67) in a `size` x `size` chip with the given padding (a share of the face on each side). */
export function canonicalPoint(i: number, size: number, padding: number): Point {
  return { x: ((padding + MEAN_FACE_X[i - 17]!) / (2 * padding + 1)) * size, y: ((padding + MEAN_FACE_Y[i - 17]!) / (2 * padding + 1)) * size };
}

/** A similarity transform p → (a·x − b·y + tx, b·x + a·y + ty): scale √(a²+b²), rotation atan2(b, a). */
export interface Similarity {
  a: number;
  b: number;
  tx: number;
  ty: number;
}

/** The least-squares similarity transform taking `from[i]` to `to[i]` (Umeyama, no reflection). */
export function fitSimilarity(from: readonly Point[], to: readonly Point[]): Similarity {
  const n = from.length;
  if (n < 2 || to.length !== n) throw new RangeError('fitSimilarity needs two or more point pairs');
  let fx = 0;
  let fy = 0;
  let gx = 0;
  let gy = 0;
  for (let i = 0; i < n; i++) {
    fx += from[i]!.x / n;
    fy += from[i]!.y / n;
    gx += to[i]!.x / n;
    gy += to[i]!.y / n;
  }
  // With centred points u (from) and v (to): a = Σ(u·v) / Σ|u|², b = Σ(u × v) / Σ|u|².
  let uu = 0;
  let dotSum = 0;
  let crossSum = 0;
  for (let i = 0; i < n; i++) {
    const ux = from[i]!.x - fx;
    const uy = from[i]!.y - fy;
    const vx = to[i]!.x - gx;
    const vy = to[i]!.y - gy;
    uu += ux * ux + uy * uy;
    dotSum += ux * vx + uy * vy;
    crossSum += ux * vy - uy * vx;
  }
  if (uu === 0) throw new RangeError('fitSimilarity: the source points coincide');
  const a = dotSum / uu;
  const b = crossSum / uu;
  return { a, b, tx: gx - (a * fx - b * fy), ty: gy - (b * fx + a * fy) };
}

export function applySimilarity(t: Similarity, p: Point): Point {
  return { x: t.a * p.x - t.b * p.y + t.tx, y: t.b * p.x + t.a * p.y + t.ty };
}

/**
 * The transform from a chip's pixels to the image's, for a face whose 68 landmarks (image pixels)
 * are given: dlib's fit of its mean face at `size` and `padding` (dlib's recognition chips: 150, 0.25).
 */
export function chipToImage(landmarks: readonly Point[], size: number, padding: number): Similarity {
  if (landmarks.length !== 68) throw new RangeError(`chipToImage needs 68 landmarks, got ${landmarks.length}`);
  return fitSimilarity(
    CHIP_LANDMARKS.map((i) => canonicalPoint(i, size, padding)),
    CHIP_LANDMARKS.map((i) => landmarks[i]!),
  );
}

/** The chip's scale: image pixels per chip pixel (how much the warp shrinks the face). */
export function chipScale(t: Similarity): number {
  return Math.hypot(t.a, t.b);
}

/** Most samples per axis of a chip pixel (a shrink by more than this is box-filtered at this rate). */
const MAX_SUBSAMPLES = 3;

/**
 * Aligned chips [n, size, size, c] cut from `image` [1, h, w, c] by the chip-to-image transforms,
 * sampled in plain JavaScript from a read of the region each chip covers. Where the chip shrinks the
 * face by k ≥ 2, the region is first averaged over k x k blocks (a box filter, so a large face is not
 * aliased into a noisy chip); each chip pixel then averages n x n bilinear samples, n the remaining
 * shrink rounded (at most 3). Outside the image is black, as in dlib's chips.
 * With `mirror`, the chips' mirror images follow them (chip i's mirror at n + i). `pixels`: the
 * image's values when the caller holds them already (reading a megapixel tensor back costs ~6 ms
 * and a 12 MB copy).
 */
export async function alignedChips(tf: Tf, image: Tensor4D, transforms: readonly Similarity[], size: number, options: { mirror?: boolean; pixels?: Float32Array } = {}): Promise<Tensor4D> {
  const chips = await alignedChipValues(tf, image, transforms, size, options);
  return tf.tensor4d(chips.values, [...chips.shape]);
}

/** The same chips as values in memory, for a net on ONNX Runtime (no tensor in the WASM heap to read back). */
export async function alignedChipValues(tf: Tf, image: Tensor4D, transforms: readonly Similarity[], size: number, options: { mirror?: boolean; pixels?: Float32Array } = {}): Promise<CropValues> {
  const [, imageHeight, imageWidth, channels] = image.shape;
  const n = transforms.length;
  const out = new Float32Array((options.mirror ? 2 : 1) * n * size * size * channels);
  const acc = new Float64Array(channels);
  let imageValues = options.pixels;
  for (const [f, whole] of transforms.entries()) {
    // Only the region the chip covers is sampled.
    const corners = [0, size].flatMap((y) => [0, size].map((x) => applySimilarity(whole, { x, y })));
    const left = Math.max(0, Math.min(imageWidth - 1, Math.floor(Math.min(...corners.map((p) => p.x))) - 1));
    const top = Math.max(0, Math.min(imageHeight - 1, Math.floor(Math.min(...corners.map((p) => p.y))) - 1));
    let width = Math.max(1, Math.min(imageWidth, Math.ceil(Math.max(...corners.map((p) => p.x))) + 1) - left);
    let height = Math.max(1, Math.min(imageHeight, Math.ceil(Math.max(...corners.map((p) => p.y))) + 1) - top);
    let t = { ...whole, tx: whole.tx - left, ty: whole.ty - top };
    // A shrink by k ≥ 2: average k x k blocks first (WASM's pooling), then sample the pooled pixels.
    const k = Math.floor(chipScale(whole));
    const pooled = k >= 2 && width >= k && height >= k;
    // The region's rows copied out of one read of the image: tf.slice on the WASM backend copies
    // pixel by pixel in JavaScript (~1 ms per 10k pixels), one read of the whole image ~3 ms a megapixel.
    imageValues ??= (await image.data()) as Float32Array;
    const rows = new Float32Array(height * width * channels);
    for (let r = 0; r < height; r++) {
      const from = ((top + r) * imageWidth + left) * channels;
      rows.set(imageValues.subarray(from, from + width * channels), r * width * channels);
    }
    let pixels: Float32Array = rows;
    if (pooled) {
      const region = tf.tidy(() => tf.avgPool(tf.tensor4d(rows, [1, height, width, channels]), k, k, 'valid'));
      pixels = (await region.data()) as Float32Array;
      [height, width] = [region.shape[1], region.shape[2]];
      region.dispose();
      t = { a: t.a / k, b: t.b / k, tx: t.tx / k, ty: t.ty / k };
    }
    const sub = Math.max(1, Math.min(MAX_SUBSAMPLES, Math.round(chipScale(t))));
    sampleChip(pixels, width, height, channels, t, size, sub, out, f * size * size * channels, options.mirror ? (n + f) * size * size * channels : -1, acc);
  }
  return { values: out, shape: [out.length / (size * size * channels), size, size, channels] };
}

/**
 * One chip into `out` at `offset` (and its mirror image at `mirrorOffset` unless negative): each chip
 * pixel averages sub x sub bilinear samples of `pixels` (zero outside). The three-channel case is
 * the same arithmetic in the same order with the sums in locals instead of `acc` (~2x faster in V8;
 * the chips are identical, face-chip.test.ts).
 */
function sampleChip(
  pixels: Float32Array,
  width: number,
  height: number,
  channels: number,
  t: Similarity,
  size: number,
  sub: number,
  out: Float32Array,
  offset: number,
  mirrorOffset: number,
  acc: Float64Array,
): void {
  const weight = 1 / (sub * sub);
  const steps = Array.from({ length: sub }, (_, i) => (i + 0.5) / sub);
  const { a, b, tx, ty } = t;
  const rgb = channels === 3;
  const row = width * channels;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      if (!rgb) acc.fill(0);
      for (let j = 0; j < sub; j++)
        for (let i = 0; i < sub; i++) {
          const cx = x + steps[i]!;
          const cy = y + steps[j]!;
          // Continuous image coordinates; pixel centres sit at +0.5. Bilinear, zero outside.
          const px = a * cx - b * cy + tx - 0.5;
          const py = b * cx + a * cy + ty - 0.5;
          const x0 = Math.floor(px);
          const y0 = Math.floor(py);
          const fx = px - x0;
          const fy = py - y0;
          const w00 = (1 - fx) * (1 - fy);
          const w10 = fx * (1 - fy);
          const w01 = (1 - fx) * fy;
          const w11 = fx * fy;
          if (x0 >= 0 && y0 >= 0 && x0 + 1 < width && y0 + 1 < height) {
            const o00 = (y0 * width + x0) * channels;
            const o01 = o00 + row;
            if (rgb) {
              s0 += w00 * pixels[o00]! + w10 * pixels[o00 + 3]! + w01 * pixels[o01]! + w11 * pixels[o01 + 3]!;
              s1 += w00 * pixels[o00 + 1]! + w10 * pixels[o00 + 4]! + w01 * pixels[o01 + 1]! + w11 * pixels[o01 + 4]!;
              s2 += w00 * pixels[o00 + 2]! + w10 * pixels[o00 + 5]! + w01 * pixels[o01 + 2]! + w11 * pixels[o01 + 5]!;
            } else {
              for (let c = 0; c < channels; c++) acc[c]! += w00 * pixels[o00 + c]! + w10 * pixels[o00 + channels + c]! + w01 * pixels[o01 + c]! + w11 * pixels[o01 + channels + c]!;
            }
          } else {
            for (const [xx, yy, w] of [
              [x0, y0, w00],
              [x0 + 1, y0, w10],
              [x0, y0 + 1, w01],
              [x0 + 1, y0 + 1, w11],
            ] as const) {
              if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
              const o = (yy * width + xx) * channels;
              if (rgb) {
                s0 += w * pixels[o]!;
                s1 += w * pixels[o + 1]!;
                s2 += w * pixels[o + 2]!;
              } else {
                for (let c = 0; c < channels; c++) acc[c]! += w * pixels[o + c]!;
              }
            }
          }
        }
      if (rgb) {
        acc[0] = s0;
        acc[1] = s1;
        acc[2] = s2;
      }
      const o = offset + (y * size + x) * channels;
      for (let c = 0; c < channels; c++) out[o + c] = acc[c]! * weight;
      if (mirrorOffset >= 0) {
        const m = mirrorOffset + (y * size + (size - 1 - x)) * channels;
        for (let c = 0; c < channels; c++) out[m + c] = out[o + c]!;
      }
    }
}

/** Landmarks whose fit says less than this share of the detector's face size mark a failed fit (profiles, non-faces). */
export const MIN_CHIP_SCALE_RATIO = 0.5;
/** Mean distance of the fitted points from the mean face, as a share of the face, above which the fit failed. */
export const MAX_CHIP_RESIDUAL = 0.065;

export interface ChipFit {
  /** Chip-to-image transform of a unit chip (scale: the face's size in image pixels at padding `padding`). */
  transform: Similarity;
  /** The chip's side (the mean face with its padding) over the detector's face size (0.57-1.25 measured on faces seen from the front). */
  scaleRatio: number;
  /** Mean distance of the landmarks from the fitted mean face, in face sizes. */
  residual: number;
  /** Whether the fit is good enough to identify the face (a frontal or three-quarter view). */
  usable: boolean;
}

/**
 * How well a face's 68 landmarks fit dlib's mean face. Profiles and false detections give landmarks
 * that collapse into a small cluster or scatter: their chips are skin or background, and such chips
 * all look alike to the recognition net (measured: different people at cosine 0.99), so they are not
 * used for identity. `faceSide` is the detector's face size in image pixels.
 */
export function chipFit(landmarks: readonly Point[], faceSide: number, padding = 0.25): ChipFit {
  const transform = chipToImage(landmarks, 1, padding);
  const scale = chipScale(transform);
  let error = 0;
  for (const i of CHIP_LANDMARKS) {
    const q = applySimilarity(transform, canonicalPoint(i, 1, padding));
    error += Math.hypot(q.x - landmarks[i]!.x, q.y - landmarks[i]!.y);
  }
  const residual = error / CHIP_LANDMARKS.length / (scale || 1);
  const scaleRatio = faceSide > 0 ? scale / faceSide : 0;
  return { transform, scaleRatio, residual, usable: scaleRatio >= MIN_CHIP_SCALE_RATIO && residual <= MAX_CHIP_RESIDUAL };
}
