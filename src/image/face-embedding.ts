// The identity embedding of a face, as measured best on the shared photos (BENCHMARKS.md, "Face
// matching, aligned"): face-api's 68 landmarks on the face-sized box, refined once on a square
// around those landmarks; dlib's aligned 150 px chip (face-chip.ts); face-api's ResNet-34 on the
// chip and on its mirror image, averaged and normalised. Faces whose landmarks do not fit a frontal
// face (profiles, false detections) get no embedding: they cannot be identified, and their chips
// all look alike to the net.
import type * as tfTypes from '@tensorflow/tfjs';
import { alignedChipValues, chipFit, type ChipFit, type Point } from './face-chip.ts';
import type { Crops } from './onnx-runtime.ts';
import type { Tf } from './tf-runtime.ts';

/**
 * The model and pipeline behind an embedding. Embeddings are comparable only under the same id:
 * stored ones (enrolled persons) carry it, and those of another id are never compared.
 */
export const FACE_EMBEDDING_MODEL = 'face-api-resnet34/dlib-chip150-flip/v2';
/** The id of the embeddings stored before this pipeline (a square crop of the landmark box). */
export const LEGACY_FACE_EMBEDDING_MODEL = 'face-api-resnet34/landmark-box/v1';

/** Human scales BlazeFace's box by 1.4 (blazeface.ts); the landmark net was trained on face-sized boxes. */
const DETECTOR_BOX_SCALE = 1.4;
/** The refinement pass's square: the first landmarks' box, 1.1 times as large. */
const REFINE_SCALE = 1.1;
const CHIP_SIZE = 150;
const CHIP_PADDING = 0.25;

type Box = [number, number, number, number];

export interface EmbeddingNets {
  /** 68 landmarks of the face in a square crop around each box, in the image's pixels. */
  landmarks(image: tfTypes.Tensor4D, boxes: Box[]): Promise<Point[][]>;
  /** Raw descriptors of a batch of chips [n, 150, 150, 3], values 0..255. */
  descriptors(chips: Crops): Promise<ArrayLike<number>[]>;
}

/** Each face's refined 68 landmarks (image pixels) and how well they fit a frontal face (undefined without 68). */
export interface RefinedLandmarks {
  landmarks: Point[][];
  fits: Array<ChipFit | undefined>;
}

/**
 * The landmarks of the detector's boxes in two passes: on the face-sized box (BlazeFace's box without
 * Human's 1.4x enlargement), then again on a square around the first pass's landmarks; and their fit
 * check (chipFit). Shared by the identity embedding and the aligned gender crop (face-model.ts), so
 * an analysis that needs both finds each face's landmarks once.
 */
export async function refineLandmarks(landmarks: EmbeddingNets['landmarks'], image: tfTypes.Tensor4D, boxes: Box[]): Promise<RefinedLandmarks> {
  if (boxes.length === 0) return { landmarks: [], fits: [] };
  const first = await landmarks(
    image,
    boxes.map((b) => scaleBox(b, 1 / DETECTOR_BOX_SCALE)),
  );
  const refined = await landmarks(
    image,
    first.map((m) => scaleBox(boxOf(m), REFINE_SCALE)),
  );
  const fits = refined.map((m, i) => (m.length === 68 ? chipFit(m, Math.max(boxes[i]![2], boxes[i]![3]) / DETECTOR_BOX_SCALE, CHIP_PADDING) : undefined));
  return { landmarks: refined, fits };
}

/**
 * Unit embeddings for the detector's boxes (image pixels); undefined for a face that cannot be
 * identified. `refined`: the boxes' refineLandmarks when the caller has them already; `pixels`: the
 * image's values when the caller holds them (alignedChips).
 */
export async function faceEmbeddings(tf: Tf, image: tfTypes.Tensor4D, boxes: Box[], nets: EmbeddingNets, refined?: RefinedLandmarks, pixels?: Float32Array): Promise<Array<number[] | undefined>> {
  if (boxes.length === 0) return [];
  const { fits } = refined ?? (await refineLandmarks(nets.landmarks, image, boxes));
  const usable = fits.flatMap((f, i) => (f?.usable ? [i] : []));
  const out: Array<number[] | undefined> = boxes.map(() => undefined);
  if (usable.length === 0) return out;
  // The chips, then their mirror images, in one batch.
  const both = await alignedChipValues(
    tf,
    image,
    usable.map((i) => {
      const t = fits[i]!.transform;
      return { a: t.a / CHIP_SIZE, b: t.b / CHIP_SIZE, tx: t.tx, ty: t.ty };
    }),
    CHIP_SIZE,
    { mirror: true, pixels },
  );
  const descriptors = await nets.descriptors(both);
  usable.forEach((face, k) => {
    const a = unit(descriptors[k]!);
    const b = unit(descriptors[k + usable.length]!);
    out[face] = unit(a.map((x, j) => x + b[j]!)).map((x) => Math.round(x * 1e5) / 1e5);
  });
  return out;
}

function scaleBox(b: Box, k: number): Box {
  return [b[0] + (b[2] * (1 - k)) / 2, b[1] + (b[3] * (1 - k)) / 2, b[2] * k, b[3] * k];
}

function boxOf(points: readonly Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return [x1, y1, x2 - x1, y2 - y1];
}

function unit(v: ArrayLike<number>): number[] {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i]! * v[i]!;
  const s = 1 / (Math.sqrt(n) || 1);
  return Array.from(v, (x) => x * s);
}
