// Per-person body boxes from a pose model, so that exposure measured in a group photo belongs to the
// person it was measured on. Human ships MoveNet Lightning (a single-person model) in its package;
// it is run on the region guessed around each face, and its pose is kept only when its head lies in
// that face's box (otherwise it found a neighbour, and the guess stays). Its network runs on ONNX
// Runtime where it can (movenet.ts), Human on TF.js WASM otherwise.
import type * as tfTypes from '@tensorflow/tfjs';
import { humanConfig, loadHuman } from './face-model.ts';
import { loadMoveNetOnnx } from './movenet.ts';
import { loadOrt } from './onnx-runtime.ts';
import { cropPixels, type RgbPixels } from './pixels.ts';
import type { Tf } from './tf-runtime.ts';
import type { TorsoPoints } from './torso-cover.ts';

export type Box = [number, number, number, number];
export interface Keypoint {
  part: string;
  /** In the crop's pixels. */
  position: [number, number];
  score: number;
}
/** The pose of the person in `region` of the image; keypoints in the region's pixels. */
export type PoseFinder = (image: RgbPixels, region: Box) => Promise<{ score: number; keypoints: Keypoint[] } | undefined>;

/** Keypoints below this score are ignored; a pose below it is not used. */
export const MIN_KEYPOINT_SCORE = 0.3;
const HEAD = new Set(['nose', 'leftEye', 'rightEye']);

export interface PoseFinderOptions {
  /** 'auto' (default): MoveNet's network on ONNX Runtime when onnxruntime-node is installed, else Human on TF.js. */
  runtime?: 'auto' | 'tfjs';
}

/**
 * Loads MoveNet Lightning from node_modules: called directly with its network on ONNX Runtime
 * (movenet.ts, Human's keypoints) when onnxruntime-node loads and the graph exports; otherwise
 * through Human on TF.js WASM. A failed export falls back; a failed ONNX run fails the analysis.
 */
export async function loadPoseFinder(tf: Tf, options: PoseFinderOptions = {}): Promise<PoseFinder & { runtime: 'onnxruntime' | 'tfjs' }> {
  const ort = options.runtime !== 'tfjs' ? await loadOrt() : undefined;
  const direct = ort ? await loadMoveNetOnnx(tf, ort).catch(() => undefined) : undefined;
  if (direct) return Object.assign((image: RgbPixels, region: Box) => direct.detect(image, region, MIN_KEYPOINT_SCORE), { runtime: 'onnxruntime' as const });
  const config = humanConfig({}) as { face: { enabled: boolean }; body: Record<string, unknown> };
  config.face.enabled = false;
  config.body = { enabled: true, modelPath: 'movenet-lightning.json', maxDetected: 1, minConfidence: MIN_KEYPOINT_SCORE, skipFrames: 0, skipTime: 0 };
  const human = (await loadHuman(config as unknown as Record<string, unknown>)) as unknown as {
    detect(input: tfTypes.Tensor): Promise<{ body?: Array<{ score: number; keypoints: Keypoint[] }>; error?: string | null }>;
  };
  const finder = async (image: RgbPixels, region: Box) => {
    const batch = tf.tensor4d(cropPixels(image, region), [1, region[3], region[2], 3]);
    try {
      const result = await human.detect(batch);
      if (result.error) throw new Error(`pose model: ${result.error}`);
      return result.body?.[0];
    } finally {
      batch.dispose();
    }
  };
  return Object.assign(finder, { runtime: 'tfjs' as const });
}

/**
 * The pose's confident keypoints in image pixels when its head (nose or an eye) lies inside the face
 * box grown by half; otherwise undefined (the pose is someone else's, or none was found). Pure.
 */
export function posePointsOf(pose: { score: number; keypoints: Keypoint[] } | undefined, offset: [number, number], face: Box): Array<{ part: string; x: number; y: number }> | undefined {
  if (!pose || pose.score < MIN_KEYPOINT_SCORE) return undefined;
  const points = pose.keypoints.filter((k) => k.score >= MIN_KEYPOINT_SCORE).map((k) => ({ part: k.part, x: k.position[0] + offset[0], y: k.position[1] + offset[1] }));
  const [fx, fy, fw, fh] = face;
  const inFace = (p: { x: number; y: number }) => p.x >= fx - fw / 4 && p.x <= fx + fw * 1.25 && p.y >= fy - fh / 4 && p.y <= fy + fh * 1.25;
  const head = points.filter((p) => HEAD.has(p.part));
  return head.length > 0 && head.every(inFace) ? points : undefined;
}

/**
 * The person's shoulders and hips in image pixels, when the pose is that face's (posePointsOf) and all
 * four are confident; otherwise undefined. Pure.
 */
export function torsoPointsOf(pose: { score: number; keypoints: Keypoint[] } | undefined, offset: [number, number], face: Box): TorsoPoints | undefined {
  const points = posePointsOf(pose, offset, face);
  const at = (part: string): [number, number] | undefined => {
    const p = points?.find((q) => q.part === part);
    return p ? [p.x, p.y] : undefined;
  };
  const [leftShoulder, rightShoulder, leftHip, rightHip] = [at('leftShoulder'), at('rightShoulder'), at('leftHip'), at('rightHip')];
  return leftShoulder && rightShoulder && leftHip && rightHip ? { leftShoulder, rightShoulder, leftHip, rightHip } : undefined;
}

/**
 * The person's body box in image pixels: the face box joined with the confident keypoints, widened by
 * a tenth on each side, when the pose's head (nose or an eye) lies inside the face box grown by half;
 * otherwise undefined (the pose is someone else's, or none was found). Pure.
 */
export function bodyBoxFromPose(pose: { score: number; keypoints: Keypoint[] } | undefined, offset: [number, number], face: Box, width: number, height: number): Box | undefined {
  const points = posePointsOf(pose, offset, face);
  if (!points) return undefined;
  const [fx, fy, fw, fh] = face;
  const body = points.filter((p) => !HEAD.has(p.part));
  if (body.length === 0) return undefined;
  const xs = [fx, fx + fw, ...body.map((p) => p.x)];
  const ys = [fy, fy + fh, ...body.map((p) => p.y)];
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const padX = (x2 - x1) / 10;
  const padY = (y2 - y1) / 10;
  const bx = Math.max(0, Math.floor(x1 - padX));
  const by = Math.max(0, Math.floor(y1 - padY));
  return [bx, by, Math.min(width, Math.ceil(x2 + padX)) - bx, Math.min(height, Math.ceil(y2 + padY)) - by];
}
