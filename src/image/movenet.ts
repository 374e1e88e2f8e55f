// MoveNet Lightning (Human's movenet-lightning.json) called directly, its network on ONNX Runtime.
// Through Human.detect() on TF.js WASM a region cost ~40-50 ms, 40 of them in the network; ONNX
// Runtime's native kernels run the same weights several times faster (BENCHMARKS.md, "Edit analysis:
// MoveNet on ONNX Runtime"). The convolutional part of the graph is exported (graph-to-onnx.ts) up to
// its four heads; the graph's own decoding tail (centre, regression, keypoint search) is repeated
// here in float32, and Human 3.3's wrapper around it step by step (square padding, 192 x 192 int
// input, score threshold, left/right fixes, rescaling), so the keypoints are Human's (checked on the
// shared photos in movenet.test.ts). Human's jitter filter, which replaces a keypoint by the previous
// call's when they differ by less than 0.5% of the crop, is left out: it carries state from one
// region, or one image, to the next.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type * as tfTypes from '@tensorflow/tfjs';
import { tfGraphToOnnx, UnsupportedGraphOpError, type GraphNode } from './graph-to-onnx.ts';
import { createSession, type Ort } from './onnx-runtime.ts';
import type { RgbPixels } from './pixels.ts';
import type { Keypoint } from './pose-region.ts';
import { require, type Tf } from './tf-runtime.ts';

export interface Pose {
  score: number;
  keypoints: Keypoint[];
}

export function moveNetModelPath(): string {
  return path.join(path.dirname(require.resolve('@vladmandic/human')), '..', 'models', 'movenet-lightning.json');
}

/** Human's MoveNet keypoint names, in the model's output order (movenetcoords.ts). */
export const MOVENET_PARTS = [
  'nose',
  'leftEye',
  'rightEye',
  'leftEar',
  'rightEar',
  'leftShoulder',
  'rightShoulder',
  'leftElbow',
  'rightElbow',
  'leftWrist',
  'rightWrist',
  'leftHip',
  'rightHip',
  'leftKnee',
  'rightKnee',
  'leftAnkle',
  'rightAnkle',
] as const;

const PREFIX = 'StatefulPartitionedCall/';
/** The heads the network ends in, and the decoding tail's constants (node names in the graph). */
const HEADS = { heat: `${PREFIX}Sigmoid`, center: `${PREFIX}Sigmoid_1`, regress: `${PREFIX}kpt_regress_0/conv2d_6/BiasAdd`, offset: `${PREFIX}kpt_offset_0/conv2d_7/BiasAdd` };
const TAIL = {
  centerWeight: `ConstantFolding/${PREFIX}truediv_2_recip`,
  gridY: `${PREFIX}strided_slice_3`,
  gridX: `${PREFIX}strided_slice_4`,
  distanceBias: `${PREFIX}add_5/y`,
  outputScale: `${PREFIX}Reshape_13`,
};

const f32 = Math.fround;

/** The graph's decoding constants, read from its weights. */
interface Tail {
  grid: number;
  centerWeight: Float32Array;
  gridY: Float32Array;
  gridX: Float32Array;
  distanceBias: number;
  scaleY: number;
  scaleX: number;
}

export interface MoveNet {
  readonly runtime: 'onnxruntime';
  /** The pose in one region of the image, in the region's pixels, as Human.detect on its crop reports `body[0]`. */
  detect(image: RgbPixels, box: readonly [number, number, number, number], minConfidence: number): Promise<Pose>;
  dispose(): void;
}

/** Loads the graph from node_modules and exports it to an ONNX Runtime session; throws when it cannot. */
export async function loadMoveNetOnnx(tf: Tf, ort: Ort): Promise<MoveNet> {
  const file = moveNetModelPath();
  const model = await tf.loadGraphModel(`file://${file}`);
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { modelTopology: { node: GraphNode[] } };
    const shape = model.inputs[0]?.shape;
    const size = shape?.[1] ?? 0;
    if (size < 64 || shape?.[2] !== size) throw new UnsupportedGraphOpError(`movenet: input shape ${shape}`);
    const weights = model.weights as Record<string, tfTypes.Tensor[]>;
    const tail = readTail(weights);
    const outputs = [HEADS.heat, HEADS.center, HEADS.regress, HEADS.offset];
    const bytes = tfGraphToOnnx(tf, json.modelTopology, weights, outputs, [1, size, size, 3]);
    const input = json.modelTopology.node.find((n) => n.op === 'Placeholder')!.name;
    const session = await createSession(ort, bytes);
    return {
      runtime: 'onnxruntime',
      async detect(image, box, minConfidence) {
        const { pixels, padX, padY } = moveNetInput(image, box, size);
        const out = await session.run({ [input]: new ort.Tensor('float32', pixels, [1, size, size, 3]) });
        const heads = outputs.map((o) => out[o]?.data as Float32Array | undefined);
        if (heads.some((h) => !h)) throw new Error('movenet: a head is missing from the ONNX Runtime output');
        const raw = decodeSinglePose(heads[0]!, heads[1]!, heads[2]!, heads[3]!, tail);
        return humanSinglePose(raw, box[2], box[3], padX, padY, minConfidence);
      },
      dispose() {
        void session.release();
      },
    };
  } finally {
    model.dispose();
  }
}

/**
 * Human's padInput on the region, in plain JavaScript: zeros around the shorter side (half each,
 * truncated), TF's legacy bilinear resize to size x size as XNNPACK computes it in float32 (TF.js
 * WASM's kernel: scale in/out, top-left sample truncated, weights the fractions), then truncation to
 * integers (the graph's input is int32). Equal to tf.pad, tf.image.resizeBilinear and tf.cast on
 * the crop (movenet.test.ts), without cutting the crop out of the image.
 */
export function moveNetInput(image: RgbPixels, box: readonly [number, number, number, number], size: number): { pixels: Float32Array; padX: number; padY: number } {
  const [left, top, width, height] = box;
  const padY = width > height ? Math.trunc((width - height) / 2) : 0;
  const padX = height > width ? Math.trunc((height - width) / 2) : 0;
  const [paddedW, paddedH] = [width + 2 * padX, height + 2 * padY];
  const scaleY = f32(paddedH / size);
  const scaleX = f32(paddedW / size);
  // Per output column: the offsets of its two source pixels in the image (-1 in the padding) and the weight.
  const xl = new Int32Array(size);
  const xr = new Int32Array(size);
  const ax = new Float32Array(size);
  const column = (c: number) => (c >= padX && c < padX + width ? (left + c - padX) * 3 : -1);
  for (let ox = 0; ox < size; ox++) {
    const ix = f32(ox * scaleX);
    const l = Math.trunc(ix);
    ax[ox] = f32(ix - l);
    xl[ox] = column(l);
    xr[ox] = column(Math.min(l + 1, paddedW - 1));
  }
  const { data } = image;
  const row = (r: number) => (r >= padY && r < padY + height ? (top + r - padY) * image.width * 3 : -1);
  const pixels = new Float32Array(size * size * 3);
  for (let oy = 0; oy < size; oy++) {
    const iy = f32(oy * scaleY);
    const t = Math.trunc(iy);
    const ay = f32(iy - t);
    const rowT = row(t);
    const rowB = row(Math.min(t + 1, paddedH - 1));
    for (let ox = 0; ox < size; ox++) {
      const l = xl[ox]!;
      const r = xr[ox]!;
      const a = ax[ox]!;
      const tl = rowT < 0 || l < 0 ? -1 : rowT + l;
      const tr = rowT < 0 || r < 0 ? -1 : rowT + r;
      const bl = rowB < 0 || l < 0 ? -1 : rowB + l;
      const br = rowB < 0 || r < 0 ? -1 : rowB + r;
      const o = (oy * size + ox) * 3;
      for (let c = 0; c < 3; c++) {
        const vtl = tl < 0 ? 0 : data[tl + c]!;
        const vtr = tr < 0 ? 0 : data[tr + c]!;
        const vbl = bl < 0 ? 0 : data[bl + c]!;
        const vbr = br < 0 ? 0 : data[br + c]!;
        const vt = f32(vtl + f32(f32(vtr - vtl) * a));
        const vb = f32(vbl + f32(f32(vbr - vbl) * a));
        pixels[o + c] = Math.trunc(f32(vt + f32(f32(vb - vt) * ay)));
      }
    }
  }
  return { pixels, padX, padY };
}

function readTail(weights: Record<string, tfTypes.Tensor[]>): Tail {
  const values = (name: string, size?: number) => {
    const t = weights[name]?.[0];
    if (!t || (size !== undefined && t.size !== size)) throw new UnsupportedGraphOpError(`movenet: constant ${name}`);
    return Float32Array.from(t.dataSync() as Float32Array);
  };
  const centerWeight = values(TAIL.centerWeight);
  const grid = Math.round(Math.sqrt(centerWeight.length));
  const scale = values(TAIL.outputScale, 2);
  return {
    grid,
    centerWeight,
    gridY: values(TAIL.gridY, grid * grid),
    gridX: values(TAIL.gridX, grid * grid),
    distanceBias: values(TAIL.distanceBias, 1)[0]!,
    scaleY: scale[0]!,
    scaleX: scale[1]!,
  };
}

/**
 * The graph's decoding tail, in float32 like TF: the person's centre is the arg-max of the centre
 * map times its centre weighting; each keypoint is regressed from that cell, then searched as the
 * arg-max of its heat map over (distance to the regressed point + bias), refined by its offset and
 * scaled to 0..1. Heads are NCHW ([1, C, grid, grid]). Returns [y, x, score] per keypoint.
 */
export function decodeSinglePose(heat: Float32Array, center: Float32Array, regress: Float32Array, offset: Float32Array, tail: Tail): Array<[number, number, number]> {
  const { grid, centerWeight, gridY, gridX, distanceBias } = tail;
  const cells = grid * grid;
  let at = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < cells; i++) {
    const v = f32(center[i]! * centerWeight[i]!);
    if (v > best) [best, at] = [v, i];
  }
  const cy = Math.floor(at / grid);
  const cx = at - cy * grid;
  const points: Array<[number, number, number]> = [];
  const parts = heat.length / cells;
  for (let k = 0; k < parts; k++) {
    const ry = f32(cy + regress[2 * k * cells + at]!);
    const rx = f32(cx + regress[(2 * k + 1) * cells + at]!);
    let kAt = 0;
    let kBest = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < cells; i++) {
      const dy = f32(gridY[i]! - ry);
      const dx = f32(gridX[i]! - rx);
      const distance = f32(f32(Math.sqrt(f32(f32(dy * dy) + f32(dx * dx)))) + distanceBias);
      const v = f32(heat[k * cells + i]! / distance);
      if (v > kBest) [kBest, kAt] = [v, i];
    }
    const ky = Math.floor(kAt / grid);
    const kx = kAt - ky * grid;
    const y = f32(f32(ky + offset[2 * k * cells + kAt]!) * tail.scaleY);
    const x = f32(f32(kx + offset[(2 * k + 1) * cells + kAt]!) * tail.scaleX);
    points.push([y, x, heat[k * cells + kAt]!]);
  }
  return points;
}

interface HumanKeypoint extends Keypoint {
  positionRaw: [number, number];
}

// Human's movenetcoords.ts: pairs to put left of right, and "lower" parts that cannot be above the "higher".
const HORIZONTAL = [
  ['leftEye', 'rightEye'],
  ['leftEar', 'rightEar'],
  ['leftShoulder', 'rightShoulder'],
  ['leftElbow', 'rightElbow'],
  ['leftWrist', 'rightWrist'],
  ['leftHip', 'rightHip'],
  ['leftKnee', 'rightKnee'],
  ['leftAnkle', 'rightAnkle'],
] as const;
const VERTICAL = [
  ['leftKnee', 'leftShoulder'],
  ['rightKnee', 'rightShoulder'],
  ['leftAnkle', 'leftKnee'],
  ['rightAnkle', 'rightKnee'],
] as const;
const RELATIVE = [
  [
    ['leftHip', 'rightHip'],
    ['leftShoulder', 'rightShoulder'],
  ],
  [
    ['leftElbow', 'rightElbow'],
    ['leftShoulder', 'rightShoulder'],
  ],
] as const;

/**
 * Human 3.3's movenet.ts parseSinglePose, fix.bodyParts and fix.rescaleBody on the decoded points:
 * keypoints above `minConfidence` (scores to 2 decimals) in the crop's pixels, the body's score the
 * highest of theirs. Written as Human writes it (its array quirks included), so the result is the same.
 */
export function humanSinglePose(points: Array<[number, number, number]>, width: number, height: number, padX: number, padY: number, minConfidence: number): Pose {
  let keypoints: Array<HumanKeypoint | undefined> = [];
  points.forEach(([y, x, score], id) => {
    if (score > minConfidence) {
      keypoints.push({ score: Math.round(100 * score) / 100, part: MOVENET_PARTS[id]!, positionRaw: [x, y], position: [Math.round(width * x), Math.round(height * y)] });
    }
  });
  const score = keypoints.reduce((prev, curr) => Math.max(curr!.score, prev), 0);
  // Human's loops as written: a missing part's index is -1, and Human then reads and writes the
  // array's "-1" property (dropped by the final filter); plain array indexing keeps that behaviour.
  const find = (part: string) => keypoints.findIndex((kp) => kp?.part === part);
  for (const [l, r] of HORIZONTAL) {
    const [left, right] = [find(l), find(r)];
    if (keypoints[left] && keypoints[right] && keypoints[left].position[0] < keypoints[right].position[0]) {
      const tmp = keypoints[left];
      keypoints[left] = keypoints[right];
      keypoints[right] = tmp;
    }
  }
  for (const [l, h] of VERTICAL) {
    const [lower, higher] = [find(l), find(h)];
    if (keypoints[lower] && keypoints[higher] && keypoints[lower].position[1] < keypoints[higher].position[1]) keypoints.splice(lower, 1);
  }
  for (const [pair, compare] of RELATIVE) {
    const [left, right, leftTo, rightTo] = [find(pair[0]), find(pair[1]), find(compare[0]), find(compare[1])];
    const [kl, kr, klTo, krTo] = [keypoints[left], keypoints[right], keypoints[leftTo], keypoints[rightTo]];
    if (!klTo || !krTo) continue;
    const distanceLeft = kl ? [Math.abs(klTo.position[0] - kl.position[0]), Math.abs(krTo.position[0] - kl.position[0])] : [0, 0];
    const distanceRight = kr ? [Math.abs(krTo.position[0] - kr.position[0]), Math.abs(klTo.position[0] - kr.position[0])] : [0, 0];
    if (distanceLeft[0]! > distanceLeft[1]! || distanceRight[0]! > distanceRight[1]!) {
      keypoints[left] = kr;
      keypoints[right] = kl;
    }
  }
  keypoints = keypoints.filter((kp) => kp?.position);
  const out: Keypoint[] = [];
  for (const kp of keypoints as HumanKeypoint[]) {
    const position: [number, number] = [(kp.position[0] * (width + padX + padX)) / width - padX, (kp.position[1] * (height + padY + padY)) / height - padY];
    out.push({ part: kp.part, position, score: kp.score });
  }
  return { score, keypoints: out };
}
