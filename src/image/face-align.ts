// Similarity alignment of a face crop from its 68 landmarks: the crop is rotated, scaled and moved
// so the eyes, nose and mouth land on a canonical face, as the recognition nets' training crops did.
// face-api's recognition net is dlib's ResNet (dlib_face_recognition_resnet_model_v1), trained on
// dlib's face chips: get_face_chip_details(shape, 150, 0.25) fits dlib's mean face (points 27-54 and
// 60-64 of the 68, without eyebrows, jaw or lower lip) with a least-squares similarity transform.
// No Node API: geometry, and the warp (one tf.image.transform per face).
import type { Tensor4D } from '@tensorflow/tfjs';
import type { Tf } from './tf-runtime.ts';

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

/**
 * The eight numbers tf.image.transform reads (output pixel → input pixel, projective with c0 = c1 = 0).
 * Pixel centres: TF samples input (x', y') for output pixel (x, y) at integer positions, while the
 * landmarks are continuous coordinates (pixel i spans [i, i+1)), hence the half-pixel shifts.
 */
export function transformParams(t: Similarity): [number, number, number, number, number, number, number, number] {
  // p_img = A (p_out + ½) + t − ½
  const tx = t.tx + 0.5 * (t.a - t.b) - 0.5;
  const ty = t.ty + 0.5 * (t.b + t.a) - 0.5;
  return [t.a, -t.b, tx, t.b, t.a, ty, 0, 0];
}

/** The chip's scale: image pixels per chip pixel (how much the warp shrinks the face). */
export function chipScale(t: Similarity): number {
  return Math.hypot(t.a, t.b);
}

/**
 * Aligned chips [n, size, size, 3] cut from `image` [1, h, w, 3] by the chip-to-image transforms.
 * Where a chip shrinks the face by k ≥ 2, the region is first averaged over k x k blocks (a box
 * filter), so the bilinear warp does not alias a large face into a noisy chip.
 */
export function alignedChips(tf: Tf, image: Tensor4D, transforms: readonly Similarity[], size: number): Tensor4D {
  const [, height, width] = image.shape;
  return tf.tidy(() => {
    const chips = transforms.map((t) => {
      const k = Math.floor(chipScale(t));
      let source = image;
      let s = t;
      if (k >= 2) {
        const corners = [applySimilarity(t, { x: 0, y: 0 }), applySimilarity(t, { x: size, y: 0 }), applySimilarity(t, { x: 0, y: size }), applySimilarity(t, { x: size, y: size })];
        const x0 = clamp(Math.floor(Math.min(...corners.map((p) => p.x))) - k, 0, width);
        const y0 = clamp(Math.floor(Math.min(...corners.map((p) => p.y))) - k, 0, height);
        const x1 = clamp(Math.ceil(Math.max(...corners.map((p) => p.x))) + k, 0, width);
        const y1 = clamp(Math.ceil(Math.max(...corners.map((p) => p.y))) + k, 0, height);
        if (x1 - x0 >= k && y1 - y0 >= k) {
          source = tf.avgPool(tf.slice(image, [0, y0, x0, 0], [1, y1 - y0, x1 - x0, image.shape[3]]), k, k, 'valid') as Tensor4D;
          s = { a: t.a / k, b: t.b / k, tx: (t.tx - x0) / k, ty: (t.ty - y0) / k };
        }
      }
      return tf.image.transform(source, tf.tensor2d([transformParams(s)]), 'bilinear', 'constant', 0, [size, size]);
    });
    return (chips.length === 1 ? chips[0]! : tf.concat(chips)) as Tensor4D;
  });
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
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
