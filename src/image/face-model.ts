// Faces: Human's BlazeFace detector finds them; face-api's age/gender net and its ResNet-34
// recognition net describe each face crop. The choice is by measurement (BENCHMARKS.md, "Image
// analysis"): Human's detector found more faces than face-api's SSD, and face-api's age/gender net
// beat Human's faceres on the labelled portraits.
import path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import type { FaceResult } from './analysis-types.ts';
import { packageDir, require, type Tf } from './tf-runtime.ts';

/**
 * Age estimates carry a measured mean error of about 7 years (worse for the young and the old), so
 * the band is wide and a face is a possible minor whenever the band's low end is under 18: any
 * estimate below 18 + AGE_BAND_MARGIN. See docs/image-analysis.md.
 */
export const AGE_BAND_MARGIN = 10;
export const ADULT_AGE = 18;
/** Faces below this detector confidence are ignored. */
export const MIN_FACE_SCORE = 0.35;
export const MAX_FACES = 50;

export interface FaceOptions {
  /** Compute the identity embedding (costs ~100 ms a face on one core). */
  embeddings?: boolean;
  /** 'faceapi' (default) or Human's own faceres, kept for the comparison in the benchmark. */
  ageGender?: 'faceapi' | 'human';
}

export interface FaceModel {
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
interface AgeGender {
  age: number;
  gender: string;
  genderProbability: number;
}
interface FaceApi {
  nets: {
    ageGenderNet: FaceApiNet & { predictAgeAndGender(input: tfTypes.Tensor3D[]): Promise<AgeGender | AgeGender[]> };
    faceRecognitionNet: FaceApiNet & { computeFaceDescriptor(input: tfTypes.Tensor3D[]): Promise<Float32Array | Float32Array[]> };
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

export async function loadFaceModel(tf: Tf, options: { humanAgeGender?: boolean } = {}): Promise<FaceModel> {
  const human = await loadHuman(humanConfig({ faceres: options.humanAgeGender ?? false }));
  const faceapi = loadFaceApi();
  await faceapi.nets.ageGenderNet.loadFromDisk(FACE_API_MODEL_DIR());
  await faceapi.nets.faceRecognitionNet.loadFromDisk(FACE_API_MODEL_DIR());

  return {
    async detect(image, opts = {}) {
      const [, height, width] = image.shape;
      const result = await human.detect(image);
      if (result.error) throw new Error(`face detector: ${result.error}`);
      const found = result.face
        .filter((f) => f.score >= MIN_FACE_SCORE)
        .map((f) => ({ face: f, box: clampBox(f.box, width, height) }))
        .filter((f) => f.box[2] >= 8 && f.box[3] >= 8)
        .slice(0, MAX_FACES);
      if (found.length === 0) return [];
      const boxes = found.map((f) => f.box);
      let ageGender: Array<{ age: number; gender: string; genderScore: number }>;
      if (opts.ageGender === 'human') {
        ageGender = found.map(({ face }) => ({ age: face.age ?? Number.NaN, gender: face.gender ?? 'unknown', genderScore: face.genderScore ?? 0 }));
      } else {
        // One batched call: the WASM backend's per-op overhead dominates for small crops.
        const crops = cropFaces(tf, image, boxes, 112);
        try {
          const r = await faceapi.nets.ageGenderNet.predictAgeAndGender(crops);
          ageGender = (Array.isArray(r) ? r : [r]).map((x) => ({ age: x.age, gender: x.gender, genderScore: x.genderProbability }));
        } finally {
          tf.dispose(crops);
        }
      }
      let embeddings: number[][] | undefined;
      if (opts.embeddings) {
        const crops = cropFaces(tf, image, boxes, 150);
        try {
          const r = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(crops);
          embeddings = (Array.isArray(r) ? r : [r]).map((d: Float32Array) => unit(Array.from(d)));
        } finally {
          tf.dispose(crops);
        }
      }
      return found.map(({ face, box }, i) => {
        const ag = ageGender[i]!;
        const gender = ag.gender === 'female' || ag.gender === 'male' ? ag.gender : 'unknown';
        return faceResult(box, face.score, ag.age, gender, ag.genderScore, embeddings?.[i]);
      });
    },
    dispose() {
      faceapi.nets.ageGenderNet.dispose();
      faceapi.nets.faceRecognitionNet.dispose();
    },
  };
}

/** Builds a FaceResult with the conservative age band. Exported for tests of the band rule. */
export function faceResult(
  box: [number, number, number, number],
  score: number,
  age: number,
  gender: FaceResult['gender'],
  genderScore: number,
  embedding?: number[],
): FaceResult {
  const known = Number.isFinite(age) && age > 0;
  // An unknown age is treated as possibly minor: fail closed.
  const ageBand = known ? ageBandFor(age) : { low: 0, high: 100 };
  const result: FaceResult = {
    box: box.map((v) => Math.round(v)) as [number, number, number, number],
    score: round(score, 3),
    age: known ? round(age, 1) : Number.NaN,
    ageBand,
    possibleMinor: ageBand.low < ADULT_AGE,
    gender,
    genderScore: round(genderScore, 3),
  };
  if (embedding) result.embedding = embedding;
  return result;
}

export function ageBandFor(age: number): { low: number; high: number } {
  return { low: Math.max(0, Math.floor(age - AGE_BAND_MARGIN)), high: Math.ceil(age + AGE_BAND_MARGIN) };
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
function cropFaces(tf: Tf, image: tfTypes.Tensor4D, boxes: Array<[number, number, number, number]>, size: number): tfTypes.Tensor3D[] {
  const [, height, width] = image.shape;
  const rects = boxes.map((box) => {
    const side = Math.max(box[2], box[3]);
    const cx = box[0] + box[2] / 2;
    const cy = box[1] + box[3] / 2;
    return [(cy - side / 2) / height, (cx - side / 2) / width, (cy + side / 2) / height, (cx + side / 2) / width];
  });
  return tf.tidy(() => tf.unstack(tf.image.cropAndResize(image, rects, rects.map(() => 0), [size, size])) as tfTypes.Tensor3D[]);
}

function unit(v: number[]): number[] {
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => round(x / norm, 5));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
