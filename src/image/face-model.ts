// Faces: Human's BlazeFace detector finds them; face-api's age/gender net and its ResNet-34
// recognition net describe each face crop. The choice is by measurement (BENCHMARKS.md, "Image
// analysis"): Human's detector found more faces than face-api's SSD, and face-api's age/gender net
// beat Human's faceres on the labelled portraits.
import path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import type { FaceResult } from './analysis-types.ts';
import { faceResult } from './age-band.ts';
import { loadBlazeFace, type BlazeFace } from './blazeface.ts';
import { AGE_GENDER_INPUT, fusedAgeGender, onnxAgeGender, type FaceApiAgeGenderNet } from './age-gender-net.ts';
import { faceEmbeddings } from './face-embedding.ts';
import { loadOrt } from './onnx-runtime.ts';
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
   * Also use the 68-landmark box for age/gender. Measured no better for age/gender and ~75 ms
   * slower a portrait (BENCHMARKS.md), so off by default.
   */
  align?: boolean;
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
  let fastAgeGender = ort ? await onnxAgeGender(tf, ort, agNet).catch(() => undefined) : undefined;
  const ageGenderRuntime: 'onnxruntime' | 'tfjs' = fastAgeGender ? 'onnxruntime' : 'tfjs';
  fastAgeGender ??= fusedAgeGender(tf, agNet);
  // The embedding's two nets likewise; face-api's own calls stay as the fallback. An export that
  // fails leaves that net on TF.js; an ONNX run that fails fails the analysis (fail closed). They are
  // exported on first use: a worker that only scans never holds the ResNet's weights twice, and its
  // start-up garbage (a 22 MB model) is not collected while it serves scans.
  const embedOrt = options.embeddingRuntime === 'tfjs' ? undefined : ort;
  let embeddingNets: Promise<{ marks?: LandmarkPredictor; descriptors?: DescriptorPredictor }> | undefined;
  const loadEmbeddingNets = () =>
    (embeddingNets ??= (async () => ({
      marks: embedOrt ? await onnxLandmarks(tf, embedOrt, faceapi.nets.faceLandmark68Net as unknown as FaceApiLandmarkNet).catch(() => undefined) : undefined,
      descriptors: embedOrt ? await onnxFaceRecognition(tf, embedOrt, faceapi.nets.faceRecognitionNet as unknown as FaceApiRecognitionNet).catch(() => undefined) : undefined,
    }))());

  const landmarks = async (image: tfTypes.Tensor4D, boxes: Box[]) =>
    onCrops(tf, image, boxes, LANDMARK_INPUT, (await loadEmbeddingNets()).marks, async (crops) => list(await faceapi.nets.faceLandmark68Net.detectLandmarks(crops)).map((m) => m.positions));

  /** The 68 landmarks found in a square crop around each box, in the image's pixels. */
  const landmarkPoints = async (image: tfTypes.Tensor4D, boxes: Box[]) =>
    (await landmarks(image, boxes)).map((points, i) => {
      const square = squareAround(boxes[i]!);
      const k = square[2] / LANDMARK_INPUT;
      return points.map((p) => ({ x: square[0] + p.x * k, y: square[1] + p.y * k }));
    });
  /** Boxes tightened to the 68 landmarks found in a square crop around each detector box. */
  async function alignedBoxes(image: tfTypes.Tensor4D, boxes: Box[]): Promise<Box[]> {
    const marks = await landmarkPoints(image, boxes);
    return boxes.map((box, i) => {
      const points = marks[i] ?? [];
      if (points.length < 68) return box;
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      return [x1, y1, x2 - x1, y2 - y1];
    });
  }
  /** Raw descriptors of aligned chips [n, 150, 150, 3] (face-embedding.ts builds the chips). */
  const chipDescriptors = async (chips: tfTypes.Tensor4D): Promise<ArrayLike<number>[]> => {
    const onnx = (await loadEmbeddingNets()).descriptors;
    if (onnx) return onnx(chips);
    const list3d = tf.unstack(chips) as tfTypes.Tensor3D[];
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
      const nets = await loadEmbeddingNets();
      return { landmarks: nets.marks ? 'onnxruntime' : 'tfjs', recognition: nets.descriptors ? 'onnxruntime' : 'tfjs' };
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
        .slice(0, MAX_FACES);
      if (found.length === 0) return [];
      const boxes = found.map((f) => f.box);
      const ageBoxes = opts.align === true ? await alignedBoxes(image, boxes) : boxes;
      let ageGender: Array<{ age: number; gender: string; genderScore: number }>;
      if (opts.ageGender === 'human') {
        ageGender = found.map(({ face }) => ({ age: face.age ?? Number.NaN, gender: face.gender ?? 'unknown', genderScore: face.genderScore ?? 0 }));
      } else {
        // One batched call: the WASM backend's per-op overhead dominates for small crops.
        const predictions = await onCrops(tf, image, ageBoxes, AGE_GENDER_INPUT, fastAgeGender, async (crops) => list(await faceapi.nets.ageGenderNet.predictAgeAndGender(crops)));
        ageGender = predictions.map((x) => ({ age: x.age, gender: x.gender, genderScore: x.genderProbability }));
      }
      const embeddings = opts.embeddings ? await faceEmbeddings(tf, image, boxes, { landmarks: landmarkPoints, descriptors: chipDescriptors }) : undefined;
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
): Promise<T[]> {
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
  const rects = boxes.map((box) => {
    const [x, y, side] = squareAround(box);
    return [y / height, x / width, (y + side) / height, (x + side) / width];
  });
  return tf.image.cropAndResize(
    image,
    rects,
    rects.map(() => 0),
    [size, size],
  );
}

type Box = [number, number, number, number];

function squareAround(box: Box): [number, number, number] {
  const side = Math.max(box[2], box[3]);
  return [box[0] + box[2] / 2 - side / 2, box[1] + box[3] / 2 - side / 2, side];
}
