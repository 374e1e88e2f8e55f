// The whole analysis of one image in the current thread. The worker pool runs this in each worker;
// tests and the benchmark's breakdown call it directly.
import type * as tfTypes from '@tensorflow/tfjs';
import type { AnalyzeOptions, FaceResult, ImageAnalysis, NsfwClasses, NudityResult } from './analysis-types.ts';
import { bodyRegion as bodyRegionAround, capWithoutBodySkin, clearClothedCloseUp, downscale, MIN_FACE_SCORE, measureBodySkin } from './body-skin.ts';
import type { DecodeLimits, DecodedImage } from './decode-image.ts';
import { loadFaceModel, type FaceModel } from './face-model.ts';
import { capLowResolution, combineOpinions, LEVEL_RANK, LOW_RESOLUTION_SIDE, nudityFromClasses, wantsSecondOpinion } from './nudity-level.ts';
import { loadNudityModel, SECOND_OPINION_MODEL, type NudityModel } from './nudity-model.ts';
import { cropPixels, type RgbPixels } from './pixels.ts';
import { bodyBoxFromPose, loadPoseFinder, type PoseFinder, torsoPointsOf } from './pose-region.ts';
import { decodeShared } from './shared-decode.ts';
import { initTf, type Tf } from './tf-runtime.ts';
import { isCovered, measureTorso } from './torso-cover.ts';

export interface ImageModels {
  readonly tf: Tf;
  readonly nudity: NudityModel;
  readonly faces: FaceModel;
  /** The larger nudity model, loaded on first use, asked when the first rates an image partial or explicit. */
  secondOpinion?: () => Promise<NudityModel>;
  /** MoveNet (ONNX Runtime, else Human on TF.js), loaded on first use, for body boxes in photos of several people. */
  pose?: () => Promise<PoseFinder>;
  close(): void;
}

/** Body regions are computed for at most this many faces (largest first). */
export const MAX_REGIONS = 4;

let shared: Promise<ImageModels> | undefined;

/** Loads the models once per thread (tfjs on WASM, nsfwjs, Human, face-api) from node_modules. */
export function loadImageModels(): Promise<ImageModels> {
  shared ??= (async () => {
    const tf = await initTf('wasm');
    const [nudity, faces] = [await loadNudityModel(tf), await loadFaceModel(tf)];
    let second: Promise<NudityModel> | undefined;
    let pose: Promise<PoseFinder> | undefined;
    return {
      tf,
      nudity,
      faces,
      secondOpinion: () => {
        second ??= loadNudityModel(tf, SECOND_OPINION_MODEL);
        second.catch(() => (second = undefined));
        return second;
      },
      pose: () => {
        pose ??= loadPoseFinder(tf);
        pose.catch(() => (pose = undefined));
        return pose;
      },
      close() {
        nudity.dispose();
        faces.dispose();
        void second?.then((m) => m.dispose());
      },
    };
  })();
  shared.catch(() => (shared = undefined));
  return shared;
}

export async function analyzeBytes(models: ImageModels, bytes: Uint8Array, limits: DecodeLimits, options: AnalyzeOptions = {}): Promise<ImageAnalysis> {
  const decoded = await decodeShared(bytes, limits);
  return analyzeDecoded(models, decoded, options, decoded.decodeMs ?? 0);
}

export async function analyzeDecoded(models: ImageModels, decoded: DecodedImage, options: AnalyzeOptions = {}, decodeMs = 0): Promise<ImageAnalysis> {
  const { tf } = models;
  // One float32 copy of the pixels serves both models (an int32 tensor cost a conversion per model);
  // TypedArray.set converts natively (~1 ms a megapixel, where a JS loop took ~15 ms).
  const floats = takeFloats(decoded.data.length);
  floats.set(decoded.data);
  const image = tf.tensor3d(floats, [decoded.height, decoded.width, 3], 'float32');
  try {
    const t1 = performance.now();
    let wholeClasses: NsfwClasses | undefined;
    let nudity = await rateNudity(models, image, Math.min(decoded.originalWidth, decoded.originalHeight), (classes) => (wholeClasses = classes));
    const t2 = performance.now();
    const batch = tf.expandDims(image, 0) as tfTypes.Tensor4D;
    let faces: FaceResult[];
    try {
      faces = await models.faces.detect(batch, { embeddings: options.embeddings, pixels: floats });
    } finally {
      tf.dispose(batch);
    }
    // A partial/explicit reading needs exposed skin outside the faces (body-skin.ts); boxes are still in decoded pixels here.
    // A capped close-up may go on to `none` when a stricter, lenient-counting second test finds no skin either.
    if (LEVEL_RANK[nudity.level] >= LEVEL_RANK.partial && faces.length > 0) {
      const skin = measureBodySkin(decoded, faces);
      nudity = clearClothedCloseUp(capWithoutBodySkin(nudity, skin), skin);
    }
    const pixels = { data: floats, width: decoded.width, height: decoded.height };
    // The torso bands and the edit's body regions both run MoveNet on the region guessed around each face: once each.
    const posed = { ...models, pose: posesOnce(models.pose) };
    // A `suggestive` reading of people whose torsos are all covered rests on clothing (torso-cover.ts).
    if (nudity.level === 'suggestive' && !nudity.bodySkin && !nudity.drawn && !nudity.lowResolution && faces.length > 0) {
      nudity = { ...nudity, torsoCover: await coverOfTorsos(posed, pixels, decoded, faces) };
    }
    const t3 = performance.now();
    if (options.regions) await addRegions(posed, pixels, faces, wholeClasses);
    const t4 = performance.now();
    // Boxes were found on the downscaled pixels; report them in the oriented original's pixels.
    const scale = decoded.originalWidth / decoded.width;
    for (const face of faces) {
      face.box = scaleBox(face.box, scale);
      if (face.region) face.region.box = scaleBox(face.region.box, scale);
    }
    return {
      width: decoded.originalWidth,
      height: decoded.originalHeight,
      format: decoded.format,
      nudity,
      faces,
      personCount: faces.length,
      possibleMinor: faces.some((f) => f.possibleMinor),
      timings: {
        decodeMs: ms(decodeMs),
        nudityMs: ms(t2 - t1),
        facesMs: ms(t3 - t2),
        ...(options.regions ? { regionsMs: ms(t4 - t3) } : {}),
      },
    };
  } finally {
    tf.dispose(image);
    spareFloats.push(floats.buffer);
  }
}

// The float copy of each image (~9 MB a megapixel) is reused by the next analysis in this thread
// instead of left to the garbage collector; tensors copy the values into the WASM heap, so nothing
// keeps a view of a returned buffer. A list, not one buffer: analyses in one thread may overlap.
const spareFloats: ArrayBuffer[] = [];

function takeFloats(length: number): Float32Array<ArrayBuffer> {
  const i = spareFloats.findIndex((b) => b.byteLength >= length * 4);
  const buffer = i >= 0 ? spareFloats.splice(i, 1)[0]! : new ArrayBuffer(Math.max(length, 1024 * 1024 * 3) * 4);
  while (spareFloats.length > 1) spareFloats.shift();
  return new Float32Array(buffer, 0, length);
}

/**
 * The nudity reading of the whole image: the small model first; when it rates the image partial or
 * explicit, the larger model's opinion is averaged in (combineOpinions). A failure of the second model
 * fails the analysis (fail closed) rather than keeping the first reading silently.
 */
export async function rateNudity(models: Pick<ImageModels, 'nudity' | 'secondOpinion'>, image: tfTypes.Tensor3D, shorterSide: number, onFirst?: (classes: NsfwClasses) => void): Promise<NudityResult> {
  const first = { model: models.nudity.name, classes: await models.nudity.classify(image) };
  onFirst?.(first.classes);
  let result = nudityFromClasses(first.classes);
  if (wantsSecondOpinion(result) && models.secondOpinion) {
    const second = await models.secondOpinion();
    result = combineOpinions([first, { model: second.name, classes: await second.classify(image) }]);
  }
  return shorterSide < LOW_RESOLUTION_SIDE ? capLowResolution(result) : result;
}

/**
 * The pose finder of one image's analysis, remembering each region's pose: the same region of the same
 * pixels gives the same pose, so a second reader of it (the torso bands, then the edit's body regions)
 * does not run the network again. Undefined without a pose model.
 */
function posesOnce(pose: ImageModels['pose']): ImageModels['pose'] {
  if (!pose) return undefined;
  let finder: Promise<PoseFinder> | undefined;
  const seen = new Map<string, ReturnType<PoseFinder>>();
  return () =>
    (finder ??= pose().then(
      (find): PoseFinder =>
        (image, region) => {
          const key = region.join(',');
          let found = seen.get(key);
          if (!found) seen.set(key, (found = find(image, region)));
          return found;
        },
    ));
}

/** Longer side of the copy the torso bands are measured on. */
export const TORSO_SIDE = 320;

/**
 * Each person's torso bands (torso-cover.ts), with MoveNet on the region guessed around each face; the
 * pose counts only when its head lies in that face. Stops at the first person who is not measured or
 * not covered. More faces than MAX_REGIONS, or a face under MIN_FACE_SCORE, are not measured.
 */
export async function coverOfTorsos(
  models: Pick<ImageModels, 'pose'>,
  pixels: RgbPixels,
  decoded: { data: Uint8Array; width: number; height: number },
  faces: readonly FaceResult[],
): Promise<NonNullable<NudityResult['torsoCover']>> {
  const persons: NonNullable<NudityResult['torsoCover']>['persons'] = [];
  const stop = (unmeasured: string) => ({ covered: false, persons: [...persons, { unmeasured }] });
  if (faces.length > MAX_REGIONS) return stop(`more than ${MAX_REGIONS} faces`);
  if (!models.pose) return stop('no pose model');
  const finder = await models.pose();
  const small = downscale(decoded, TORSO_SIDE);
  const s = small.scale;
  for (const face of faces) {
    if (face.score < MIN_FACE_SCORE) return stop(`a face of low confidence (${face.score.toFixed(2)})`);
    const guess = bodyRegion(face.box, pixels.width, pixels.height);
    if (guess[2] < 16 || guess[3] < 16) return stop('the body region is too small');
    const points = torsoPointsOf(await finder(pixels, guess), [guess[0], guess[1]], face.box);
    if (!points) return stop('the pose did not place both shoulders and both hips of this face');
    const at = (p: readonly [number, number]): [number, number] => [p[0] * s, p[1] * s];
    const bands = measureTorso(small, scaleBox(face.box, s, false), {
      leftShoulder: at(points.leftShoulder),
      rightShoulder: at(points.rightShoulder),
      leftHip: at(points.leftHip),
      rightHip: at(points.rightHip),
    });
    if (typeof bands === 'string') return stop(bands);
    persons.push(bands);
    if (!isCovered(bands)) return { covered: false, persons };
  }
  return { covered: true, persons };
}

/** The body around a face (body-skin.ts, bodyRegion) in whole pixels, inside the image. */
export function bodyRegion(box: [number, number, number, number], width: number, height: number): [number, number, number, number] {
  const [x1, y1, w, h] = bodyRegionAround(box, width, height);
  // Rounded corner and size stay inside the image (rounding both up could reach one pixel past it).
  const [left, top] = [Math.round(x1), Math.round(y1)];
  return [left, top, Math.min(width - left, Math.round(w)), Math.min(height - top, Math.round(h))];
}

/**
 * `whole`: the first model's classes for the whole image; a region that is the whole image reuses
 * them (the same pixels through the same model give the same classes, so the work is skipped).
 */
async function addRegions(models: ImageModels, pixels: RgbPixels, faces: FaceResult[], whole?: NsfwClasses): Promise<void> {
  const { tf } = models;
  const { width, height } = pixels;
  const largest = [...faces].sort((a, b) => b.box[2] * b.box[3] - a.box[2] * a.box[3]).slice(0, MAX_REGIONS);
  // With one person the guessed region and the whole image already belong to them; with several, a
  // pose puts each body in its own box (BENCHMARKS.md, "Per-person regions").
  const finder = faces.length > 1 && models.pose ? await models.pose() : undefined;
  for (const face of largest) {
    const guess = bodyRegion(face.box, width, height);
    if (guess[2] < 16 || guess[3] < 16) continue;
    let box = guess;
    let basis: 'pose' | 'face' = 'face';
    if (finder) {
      const posed = bodyBoxFromPose(await finder(pixels, guess), [guess[0], guess[1]], face.box, width, height);
      if (posed && posed[2] >= 16 && posed[3] >= 16) [box, basis] = [posed, 'pose'];
    }
    let nudity: NudityResult;
    if (whole && box[0] === 0 && box[1] === 0 && box[2] === width && box[3] === height) {
      nudity = nudityFromClasses({ ...whole });
    } else {
      // Cut from the pixels in memory (pixels.ts), not with tf.slice: the same values, a fraction of the cost.
      const crop = tf.tensor3d(cropPixels(pixels, box), [box[3], box[2], 3], 'float32');
      try {
        nudity = nudityFromClasses(await models.nudity.classify(crop));
      } finally {
        tf.dispose(crop);
      }
    }
    face.region = { box, basis, nudity };
  }
}

function scaleBox(box: [number, number, number, number], s: number, round = true): [number, number, number, number] {
  return box.map((v) => (round ? Math.round(v * s) : v * s)) as [number, number, number, number];
}

function ms(x: number): number {
  return Math.round(x * 10) / 10;
}
