// Faces: Human's BlazeFace detector finds them; face-api's age/gender net and its ResNet-34
// recognition net describe each face crop. The choice is by measurement (BENCHMARKS.md, "Image
// analysis"): Human's detector found more faces than face-api's SSD, and face-api's age/gender net
// beat Human's faceres on the labelled portraits.
import path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import type { FaceResult } from './analysis-types.ts';
import { faceResult } from './age-band.ts';
import { loadBlazeFace, type BlazeFace } from './blazeface.ts';
import { AGE_GENDER_INPUT, fusedAgeGender, onnxAgeGender, type AgeGenderPrediction, type FaceApiAgeGenderNet } from './age-gender-net.ts';
import { cropAndResize, type NormalizedBox } from './crop-resize.ts';
import { alignedCropValues, alignedCrops, keyPointsFrom68, plausibleAlignment, type Point } from './face-align.ts';
import { faceEmbeddings, refineLandmarks, type RefinedLandmarks } from './face-embedding.ts';
import { int8ByDefault } from './onnx-int8.ts';
import { loadOrt, type CropValues, type Crops } from './onnx-runtime.ts';
import type { RgbPixels } from './pixels.ts';
import { LANDMARK_INPUT, onnxFaceRecognition, onnxLandmarks, type DescriptorPredictor, type FaceApiLandmarkNet, type FaceApiRecognitionNet, type LandmarkPredictor } from './recognition-net.ts';
import { packageDir, require, type Tf } from './tf-runtime.ts';

/** Faces below this detector confidence are ignored. */
export const MIN_FACE_SCORE = 0.35;
export const MAX_FACES = 50;

export interface FaceOptions {
  /**
   * Compute the identity embedding (face-embedding.ts: two landmark passes, dlib's aligned chip and
   * its mirror through the ResNet; ~25 ms of CPU a face on ONNX Runtime, BENCHMARKS.md). A face
   * whose landmarks do not fit a frontal face gets none.
   */
  embeddings?: boolean;
  /** 'faceapi' (default) or Human's own faceres, kept for the comparison in the benchmark. */
  ageGender?: 'faceapi' | 'human';
  /**
   * Where gender is read: 'aligned' (default) warps each face upright onto fixed eye and mouth
   * positions (face-align.ts) and averages the net over that crop and its mirror image; 'box' reads
   * it from the detector's square box crop as before (the benchmark's comparison). Age is always
   * read from the box crop: aligned crops of partial or small background faces, whose landmarks are
   * unreliable, read far younger and would flag adults as possible minors (BENCHMARKS.md).
   */
  genderCrop?: 'aligned' | 'box';
  /** The image tensor's values when the caller holds them: the embedding's chips are sampled from them instead of a read-back. */
  pixels?: Float32Array;
}

export interface FaceModel {
  /** Which engine runs the age/gender net: ONNX Runtime or TF.js WASM. */
  readonly ageGenderRuntime: 'onnxruntime' | 'tfjs';
  /** Which engine runs the face detector ('human' when Human.detect is the fallback). */
  readonly detectorRuntime: 'onnxruntime' | 'tfjs' | 'human';
  /** Which engine runs the two nets behind an embedding (68 landmarks, then the recognition net); loads them. */
  embeddingRuntime(): Promise<{ landmarks: 'onnxruntime' | 'tfjs'; recognition: 'onnxruntime' | 'tfjs' }>;
  /** Finds faces in an RGB tensor [1, h, w, 3] with values 0..255; boxes in that tensor's pixels. */
  detect(image: tfTypes.Tensor4D, options?: FaceOptions): Promise<FaceResult[]>;
  dispose(): void;
}

// Minimal shapes of the two libraries' APIs we call (their bundled typings pull in a second tfjs).
interface HumanFace {
  box: [number, number, number, number];
  score: number;
  age?: number;
  gender?: string;
  genderScore?: number;
  embedding?: number[];
}
interface HumanInstance {
  load(): Promise<void>;
  detect(input: tfTypes.Tensor): Promise<{ face: HumanFace[]; error?: string | null }>;
}
interface FaceApiNet {
  loadFromDisk(dir: string): Promise<void>;
  dispose(): void;
}
interface Landmarks {
  positions: Array<{ x: number; y: number }>;
}
interface AgeGender {
  age: number;
  gender: string;
  genderProbability: number;
}
interface FaceApi {
  nets: {
    ageGenderNet: FaceApiNet & { predictAgeAndGender(input: tfTypes.Tensor3D[]): Promise<AgeGender | AgeGender[]> };
    faceRecognitionNet: FaceApiNet & { computeFaceDescriptor(input: tfTypes.Tensor3D[]): Promise<Float32Array | Float32Array[]> };
    faceLandmark68Net: FaceApiNet & { detectLandmarks(input: tfTypes.Tensor3D[]): Promise<Landmarks | Landmarks[]> };
  };
}

export function humanConfig(options: { mesh?: boolean; faceres?: boolean; minConfidence?: number } = {}): Record<string, unknown> {
  const humanDist = path.dirname(require.resolve('@vladmandic/human'));
  const wasmDir = path.join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist') + path.sep;
  return {
    backend: 'wasm',
    wasmPath: wasmDir,
    modelBasePath: `file://${path.join(humanDist, '..', 'models')}${path.sep}`,
    debug: false,
    async: true,
    warmup: 'none',
    cacheSensitivity: 0,
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: { rotation: false, maxDetected: MAX_FACES, minConfidence: options.minConfidence ?? MIN_FACE_SCORE, skipFrames: 0, skipTime: 0 },
      mesh: { enabled: options.mesh ?? false },
      iris: { enabled: false },
      attention: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      description: { enabled: options.faceres ?? false, skipFrames: 0, skipTime: 0 },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
  };
}

/** Loads Human (node-wasm build, sharing our tfjs) with the given config. */
export async function loadHuman(config: Record<string, unknown>): Promise<HumanInstance> {
  const humanDist = path.dirname(require.resolve('@vladmandic/human'));
  const { Human } = require(path.join(humanDist, 'human.node-wasm.js')) as { Human: new (config: Record<string, unknown>) => HumanInstance };
  const human = new Human(config);
  await human.load();
  return human;
}

export function loadFaceApi(): FaceApi {
  return require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
}

export const FACE_API_MODEL_DIR = () => path.join(path.dirname(require.resolve('@vladmandic/face-api')), '..', 'model');

export interface FaceModelOptions {
  humanAgeGender?: boolean;
  /** 'tfjs' keeps every net on TF.js WASM even when onnxruntime-node is installed. */
  runtime?: 'auto' | 'tfjs';
  /** 'tfjs' keeps only the landmark and recognition nets on TF.js (the benchmark's before/after). */
  embeddingRuntime?: 'auto' | 'tfjs';
  /**
   * The recognition net's int8 graph on ONNX Runtime (onnx-int8.ts); default int8ByDefault()
   * (CONSENTRY_INT8). The landmark and age/gender nets stay fp32: int8 measured no faster for them.
   */
  int8?: boolean;
}

export async function loadFaceModel(tf: Tf, options: FaceModelOptions = {}): Promise<FaceModel> {
  // Human's BlazeFace called directly (blazeface.ts: same boxes, without Human's per-face crops);
  // Human itself is loaded only for its faceres age/gender (the benchmark's comparison) or if the
  // direct call cannot load.
  let blaze: BlazeFace | undefined;
  if (!options.humanAgeGender) {
    try {
      blaze = await loadBlazeFace(tf, { maxDetected: MAX_FACES, minConfidence: MIN_FACE_SCORE, runtime: options.runtime });
    } catch {
      blaze = undefined;
    }
  }
  const human = blaze ? undefined : await loadHuman(humanConfig({ faceres: options.humanAgeGender ?? false }));
  const faceapi = loadFaceApi();
  await faceapi.nets.ageGenderNet.loadFromDisk(FACE_API_MODEL_DIR());
  await faceapi.nets.faceRecognitionNet.loadFromDisk(FACE_API_MODEL_DIR());
  await faceapi.nets.faceLandmark68Net.loadFromDisk(FACE_API_MODEL_DIR());
  // The same net on ONNX Runtime when onnxruntime-node is installed, else with fused TF.js ops
  // (age-gender-net.ts); face-api's own call stays as the last fallback.
  const agNet = faceapi.nets.ageGenderNet as unknown as FaceApiAgeGenderNet;
  const ort = options.runtime === 'tfjs' ? undefined : await loadOrt();
  const int8 = options.int8 ?? int8ByDefault();
  // The ONNX net also takes crops cut in memory (crop-resize.ts); the fused TF.js one only tensors.
  const onnxAg = ort ? await onnxAgeGender(tf, ort, agNet).catch(() => undefined) : undefined;
  const ageGenderRuntime: 'onnxruntime' | 'tfjs' = onnxAg ? 'onnxruntime' : 'tfjs';
  const fastAgeGender: ((crops: tfTypes.Tensor4D) => Promise<AgeGenderPrediction[]>) | undefined = onnxAg ?? fusedAgeGender(tf, agNet);
  // The embedding's two nets likewise; face-api's own calls stay as the fallback. An export that
  // fails leaves that net on TF.js; an ONNX run that fails fails the analysis (fail closed). They are
  // exported on first use: a worker that only scans never holds the ResNet's weights twice, and its
  // start-up garbage (a 22 MB model) is not collected while it serves scans.
  // The landmark net serves every scan (the aligned gender crops); the recognition net only
  // embeddings, so each is loaded on its own first use.
  const embedOrt = options.embeddingRuntime === 'tfjs' ? undefined : ort;
  let marksNet: Promise<LandmarkPredictor | undefined> | undefined;
  let descriptorNet: Promise<DescriptorPredictor | undefined> | undefined;
  const loadMarksNet = () => (marksNet ??= embedOrt ? onnxLandmarks(tf, embedOrt, faceapi.nets.faceLandmark68Net as unknown as FaceApiLandmarkNet).catch(() => undefined) : Promise.resolve(undefined));
  const loadDescriptorNet = () =>
    (descriptorNet ??= embedOrt ? onnxFaceRecognition(tf, embedOrt, faceapi.nets.faceRecognitionNet as unknown as FaceApiRecognitionNet, { int8 }).catch(() => undefined) : Promise.resolve(undefined));

  /**
   * The 68 landmarks of each face, in the image's pixels, found in a square crop around its box;
   * the crops are cut from `source` in memory when the net runs on ONNX Runtime.
   */
  async function landmarks(image: tfTypes.Tensor4D, boxes: Box[], source?: RgbPixels): Promise<Point[][]> {
    const net = await loadMarksNet();
    const marks = await onCrops(tf, image, boxes, LANDMARK_INPUT, net, async (crops) => list(await faceapi.nets.faceLandmark68Net.detectLandmarks(crops)).map((m) => m.positions), net && source);
    return boxes.map((box, i) => {
      const square = squareAround(box);
      const k = square[2] / LANDMARK_INPUT;
      return (marks[i] ?? []).map((p) => ({ x: square[0] + p.x * k, y: square[1] + p.y * k }));
    });
  }
  /** The net on a batch of crops: the batched predictor, else face-api's own call on 3-D crops. */
  async function predictAgeGender(batch: tfTypes.Tensor4D): Promise<AgeGenderPrediction[]> {
    if (fastAgeGender) return fastAgeGender(batch);
    const crops = tf.tidy(() => tf.unstack(batch) as tfTypes.Tensor3D[]);
    try {
      return list(await faceapi.nets.ageGenderNet.predictAgeAndGender(crops)).map((p) => ({ ...p, gender: p.gender === 'male' ? 'male' : 'female' }));
    } finally {
      tf.dispose(crops);
    }
  }

  /**
   * One batch: the box crop of every face (age, and gender where the landmarks are implausible),
   * then the aligned crop and its mirror image of each face whose refined landmarks pass the fit
   * check and are plausible in its box (gender: the mean probability of "male"). BENCHMARKS.md,
   * "Age and gender: aligned crops" and "Age and gender: refined landmarks".
   */
  async function alignedGender(image: tfTypes.Tensor4D, boxes: Box[], refined: RefinedLandmarks, source?: RgbPixels): Promise<AgeGenderPrediction[]> {
    const keyPoints = boxes.map((box, i) => {
      const points = refined.fits[i]?.usable ? keyPointsFrom68(refined.landmarks[i]!) : undefined;
      return points && plausibleAlignment(points, box) ? points : undefined;
    });
    const aligned = keyPoints.flatMap((points, i) => (points ? [{ i, points }] : []));
    const out = onnxAg && source ? await onnxAg(alignedGenderCrops(boxes, aligned, source)) : await alignedGenderOnTf(image, boxes, aligned);
    const [n, m] = [boxes.length, aligned.length];
    const pMale = (p: AgeGenderPrediction) => (p.gender === 'male' ? p.genderProbability : 1 - p.genderProbability);
    const male = boxes.map((_, i) => pMale(out[i]!));
    aligned.forEach(({ i }, k) => (male[i] = (pMale(out[n + k]!) + pMale(out[n + m + k]!)) / 2));
    return boxes.map((_, i) => ({ age: out[i]!.age, gender: male[i]! > 0.5 ? 'male' : 'female', genderProbability: male[i]! > 0.5 ? male[i]! : 1 - male[i]! }));
  }
  /**
   * The same batch in memory: box crops and aligned crops cut from the pixels (crop-resize.ts,
   * face-align.ts), the mirror images copied (flipLeftRight reverses each row: a copy).
   */
  function alignedGenderCrops(boxes: Box[], aligned: Array<{ points: Point[] }>, source: RgbPixels): CropValues {
    const [n, m, size] = [boxes.length, aligned.length, AGE_GENDER_INPUT];
    const perCrop = size * size * 3;
    const values = cropAndResize(source, squareRects(boxes, source.width, source.height), size, new Float32Array((n + 2 * m) * perCrop));
    if (m > 0) {
      alignedCropValues(
        source,
        aligned.map((a) => a.points),
        size,
        values,
        n,
      );
      mirrorCrops(values, n * perCrop, (n + m) * perCrop, m, size);
    }
    return { values, shape: [n + 2 * m, size, size, 3] };
  }
  async function alignedGenderOnTf(image: tfTypes.Tensor4D, boxes: Box[], aligned: Array<{ points: Point[] }>): Promise<AgeGenderPrediction[]> {
    const batch = tf.tidy(() => {
      const boxCrops = cropBatch(tf, image, boxes, AGE_GENDER_INPUT);
      if (aligned.length === 0) return boxCrops;
      const crops = alignedCrops(
        tf,
        image,
        aligned.map((a) => a.points),
        AGE_GENDER_INPUT,
      );
      return tf.concat([boxCrops, crops, tf.image.flipLeftRight(crops)]) as tfTypes.Tensor4D;
    });
    try {
      return await predictAgeGender(batch);
    } finally {
      tf.dispose(batch);
    }
  }
  /** Raw descriptors of aligned chips [n, 150, 150, 3] (face-embedding.ts builds the chips). */
  const chipDescriptors = async (chips: Crops): Promise<ArrayLike<number>[]> => {
    const onnx = await loadDescriptorNet();
    if (onnx) return onnx(chips);
    const list3d = tf.tidy(() => tf.unstack('values' in chips ? tf.tensor4d(chips.values, [...chips.shape]) : chips) as tfTypes.Tensor3D[]);
    try {
      return list(await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(list3d));
    } finally {
      tf.dispose(list3d);
    }
  };

  return {
    ageGenderRuntime,
    detectorRuntime: blaze ? blaze.runtime : 'human',
    async embeddingRuntime() {
      const [marks, descriptors] = await Promise.all([loadMarksNet(), loadDescriptorNet()]);
      return { landmarks: marks ? 'onnxruntime' : 'tfjs', recognition: descriptors ? 'onnxruntime' : 'tfjs' };
    },
    async detect(image, opts = {}) {
      const [, height, width] = image.shape;
      let detected: Array<Pick<HumanFace, 'box' | 'score'> & Partial<HumanFace>>;
      if (human) {
        const result = await human.detect(image);
        if (result.error) throw new Error(`face detector: ${result.error}`);
        detected = result.face;
      } else {
        detected = await blaze!.detect(image);
      }
      const found = detected
        .filter((f) => f.score >= MIN_FACE_SCORE)
        .map((f) => ({ face: f, box: clampBox(f.box, width, height) }))
        .filter((f) => f.box[2] >= 8 && f.box[3] >= 8)
        .filter((f) => !opts.pixels || !flatPatch({ data: opts.pixels, width, height }, f.box))
        .slice(0, MAX_FACES);
      if (found.length === 0) return [];
      const boxes = found.map((f) => f.box);
      const alignedCrop = opts.ageGender !== 'human' && opts.genderCrop !== 'box';
      const source: RgbPixels | undefined = opts.pixels ? { data: opts.pixels, width, height } : undefined;
      const marks = (img: tfTypes.Tensor4D, b: Box[]) => landmarks(img, b, source);
      // face-embedding.ts's two landmark passes and fit check, shared by the gender crop and the embedding.
      const refined = alignedCrop || opts.embeddings ? await refineLandmarks(marks, image, boxes) : undefined;
      let ageGender: Array<{ age: number; gender: string; genderScore: number }>;
      if (opts.ageGender === 'human') {
        ageGender = found.map(({ face }) => ({ age: face.age ?? Number.NaN, gender: face.gender ?? 'unknown', genderScore: face.genderScore ?? 0 }));
      } else {
        // One batched call: the WASM backend's per-op overhead dominates for small crops.
        const predictions = alignedCrop
          ? await alignedGender(image, boxes, refined!, source)
          : await onCrops(tf, image, boxes, AGE_GENDER_INPUT, onnxAg ?? fastAgeGender, async (crops) => list(await faceapi.nets.ageGenderNet.predictAgeAndGender(crops)), onnxAg && source);
        ageGender = predictions.map((x) => ({ age: x.age, gender: x.gender, genderScore: x.genderProbability }));
      }
      const embeddings = opts.embeddings ? await faceEmbeddings(tf, image, boxes, { landmarks: marks, descriptors: chipDescriptors }, refined, opts.pixels) : undefined;
      return found.map(({ face, box }, i) => {
        const ag = ageGender[i]!;
        const gender = ag.gender === 'female' || ag.gender === 'male' ? ag.gender : 'unknown';
        return faceResult(box, face.score, ag.age, gender, ag.genderScore, embeddings?.[i]);
      });
    },
    dispose() {
      blaze?.dispose();
      faceapi.nets.ageGenderNet.dispose();
      faceapi.nets.faceRecognitionNet.dispose();
    },
  };
}

function clampBox(box: [number, number, number, number], width: number, height: number): [number, number, number, number] {
  const x = Math.max(0, box[0]);
  const y = Math.max(0, box[1]);
  return [x, y, Math.min(width, box[0] + box[2]) - x, Math.min(height, box[1] + box[3]) - y];
}

/**
 * Square crops around the boxes, resized for a face-api net; values stay 0..255 as face-api expects.
 * face-api batches an array of 3-D tensors into one forward pass (it refuses a 4-D batch).
 */
function cropFaces(tf: Tf, image: tfTypes.Tensor4D, boxes: Box[], size: number): tfTypes.Tensor3D[] {
  return tf.tidy(() => tf.unstack(cropBatch(tf, image, boxes, size)) as tfTypes.Tensor3D[]);
}

/**
 * A net's outputs for square crops of the boxes: from the batched predictor (ONNX Runtime or fused
 * TF.js) when there is one, else from face-api's own call on a list of 3-D crops.
 */
async function onCrops<T>(
  tf: Tf,
  image: tfTypes.Tensor4D,
  boxes: Box[],
  size: number,
  batched: ((crops: tfTypes.Tensor4D) => Promise<T[]>) | undefined,
  faceApi: (crops: tfTypes.Tensor3D[]) => Promise<T[]>,
  /** The image's pixels, given only when `batched` takes crops in memory (an ONNX Runtime net). */
  source?: RgbPixels,
): Promise<T[]> {
  if (batched && source) {
    const values = cropAndResize(source, squareRects(boxes, source.width, source.height), size);
    return (batched as (crops: Crops) => Promise<T[]>)({ values, shape: [boxes.length, size, size, 3] });
  }
  if (batched) {
    const batch = cropBatch(tf, image, boxes, size);
    try {
      return await batched(batch);
    } finally {
      tf.dispose(batch);
    }
  }
  const crops = cropFaces(tf, image, boxes, size);
  try {
    return await faceApi(crops);
  } finally {
    tf.dispose(crops);
  }
}

const list = <T>(r: T | T[]): T[] => (Array.isArray(r) ? r : [r]);

/** The same square crops as one [n, size, size, 3] batch, in one cropAndResize. */
function cropBatch(tf: Tf, image: tfTypes.Tensor4D, boxes: Box[], size: number): tfTypes.Tensor4D {
  const [, height, width] = image.shape;
  const rects = squareRects(boxes, width, height);
  return tf.image.cropAndResize(
    image,
    rects.map((r) => [...r]),
    rects.map(() => 0),
    [size, size],
  );
}

/** cropAndResize's boxes for the squares around face boxes: [y1, x1, y2, x2] as fractions of the image. */
function squareRects(boxes: Box[], width: number, height: number): NormalizedBox[] {
  return boxes.map((box) => {
    const [x, y, side] = squareAround(box);
    return [y / height, x / width, (y + side) / height, (x + side) / width];
  });
}

/** Writes the mirror image of `count` crops at `from` to `to` (each row reversed, pixels kept whole). */
function mirrorCrops(values: Float32Array, from: number, to: number, count: number, size: number): void {
  const row = size * 3;
  for (let r = 0; r < count * size; r++) {
    const src = from + r * row;
    const dst = to + r * row;
    for (let x = 0; x < size; x++) {
      const s = src + x * 3;
      const d = dst + (size - 1 - x) * 3;
      values[d] = values[s]!;
      values[d + 1] = values[s + 1]!;
      values[d + 2] = values[s + 2]!;
    }
  }
}

type Box = [number, number, number, number];

function squareAround(box: Box): [number, number, number] {
  const side = Math.max(box[2], box[3]);
  return [box[0] + box[2] / 2 - side / 2, box[1] + box[3] / 2 - side / 2, side];
}

/** Standard deviation of brightness (0-255) under which a box is a flat patch of colour: a plain area, JPEG noise and all, measures under 1; the lowest of 129 faces in the shared and demo photos, 8.8. Kept low: a face missed is worse than a patch taken for one. */
export const FLAT_PATCH_SD = 2;

/**
 * Whether the middle of a box is a flat patch of colour (a plain orange square was read as a face of 16 years): a face
 * has eyes, brows, a mouth and shading, whose brightness varies by tens of levels. Sampled on a grid of at most 24 x 24
 * points inside the box's central half, so the cost does not grow with the box. Pure.
 */
export function flatPatch(image: RgbPixels, box: readonly [number, number, number, number]): boolean {
  const [x, y, w, h] = box;
  const x1 = Math.max(0, Math.floor(x + w / 4));
  const y1 = Math.max(0, Math.floor(y + h / 4));
  const x2 = Math.min(image.width, Math.ceil(x + (3 * w) / 4));
  const y2 = Math.min(image.height, Math.ceil(y + (3 * h) / 4));
  if (x2 <= x1 || y2 <= y1) return false;
  const stepX = Math.max(1, Math.floor((x2 - x1) / 24));
  const stepY = Math.max(1, Math.floor((y2 - y1) / 24));
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (let py = y1; py < y2; py += stepY) {
    for (let px = x1; px < x2; px += stepX) {
      const i = (py * image.width + px) * 3;
      const luma = 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
      sum += luma;
      sumSq += luma * luma;
      n++;
    }
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sumSq / n - mean * mean)) < FLAT_PATCH_SD;
}
