// Human's BlazeFace face detector, called directly. Human.detect() wraps the same graph model in a
// per-frame pipeline that, with the face mesh off, still clones the input and cuts a 256 x 256 crop
// of every face for models we do not run (~4 ms a face on WASM, plus its bookkeeping). This module
// loads Human's own blazeface.json and repeats Human 3.3's box decoding step by step (anchors, box
// decode, sigmoid scores, non-max suppression, scale 1.4, square box, truncation), so the boxes and
// scores are Human's (checked against Human.detect in blazeface.test.ts).
import path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { require, type Tf } from './tf-runtime.ts';

export interface BlazeFaceOptions {
  maxDetected: number;
  minConfidence: number;
}

export interface DetectedFace {
  /** [x, y, width, height] in the input's pixels, as Human reports it. */
  box: [number, number, number, number];
  /** Detector confidence rounded to 2 decimals, as Human reports it. */
  score: number;
}

// Human's defaults for the face detector (config.face.detector).
const IOU_THRESHOLD = 0.1;
const BOX_SCALE = 1.4;
const MIN_SIZE = 0;

export function blazeFaceModelPath(): string {
  return path.join(path.dirname(require.resolve('@vladmandic/human')), '..', 'models', 'blazeface.json');
}

export interface BlazeFace {
  detect(image: tfTypes.Tensor4D): Promise<DetectedFace[]>;
  dispose(): void;
}

export async function loadBlazeFace(tf: Tf, options: BlazeFaceOptions): Promise<BlazeFace> {
  const model = await tf.loadGraphModel(`file://${blazeFaceModelPath()}`);
  const shape = model.inputs[0]?.shape;
  const size = shape && shape[2] && shape[2] > 0 ? shape[2] : 256;
  const anchors = tf.tensor2d(anchorsFor(size));
  const sizeScalar = tf.scalar(size, 'int32');

  return {
    async detect(image) {
      const [, height, width] = image.shape;
      const { boxes, scores, batch } = tf.tidy(() => {
        const resized = tf.image.resizeBilinear(image, [size, size]);
        const normalized = tf.sub(tf.div(resized, 127.5), 1);
        const out = model.execute(normalized) as tfTypes.Tensor | tfTypes.Tensor[];
        let raw: tfTypes.Tensor2D;
        if (Array.isArray(out) && out.length > 2) {
          const g = [...out].sort((a, b) => a.size - b.size);
          const c384 = tf.concat([g[0]!, g[2]!], 2);
          const c512 = tf.concat([g[1]!, g[3]!], 2);
          raw = tf.squeeze(tf.concat([c512, c384], 1), [0]);
        } else {
          raw = tf.squeeze(Array.isArray(out) ? out[0]! : out) as tfTypes.Tensor2D;
        }
        // Box centres are offsets from the anchors; all in detector-input pixels.
        const centers = tf.div(tf.add(tf.slice(raw, [0, 1], [-1, 2]), anchors), sizeScalar);
        const half = tf.div(tf.div(tf.slice(raw, [0, 3], [-1, 2]), sizeScalar), 2);
        const decoded = tf.concat2d([tf.mul(tf.sub(centers, half), sizeScalar) as tfTypes.Tensor2D, tf.mul(tf.add(centers, half), sizeScalar) as tfTypes.Tensor2D], 1);
        return { boxes: decoded, scores: tf.squeeze(tf.sigmoid(tf.slice(raw, [0, 0], [-1, 1]))), batch: raw };
      });
      try {
        const nms = await tf.image.nonMaxSuppressionAsync(boxes as tfTypes.Tensor2D, scores as tfTypes.Tensor1D, options.maxDetected, IOU_THRESHOLD, options.minConfidence);
        const [indices, scoreValues, boxValues] = await Promise.all([nms.data(), scores.data(), boxes.data()]);
        nms.dispose();
        const sx = width / size;
        const sy = height / size;
        const faces: DetectedFace[] = [];
        for (const index of indices) {
          const confidence = scoreValues[index]!;
          if (!(confidence > options.minConfidence)) continue;
          const b = boxValues.subarray(index * 4, index * 4 + 4);
          // Scale to the image, enlarge around the centre by 1.4, make square (Human's ft and mt).
          const [x1, y1, x2, y2] = [b[0]! * sx, b[1]! * sy, b[2]! * sx, b[3]! * sy];
          const cx = x1 + (x2 - x1) / 2;
          const cy = y1 + (y2 - y1) / 2;
          const w = Math.abs(x2 - x1) * BOX_SCALE;
          const h = Math.abs(y2 - y1) * BOX_SCALE;
          const [ex1, ey1, ex2, ey2] = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
          const ecx = ex1 + (ex2 - ex1) / 2;
          const ecy = ey1 + (ey2 - ey1) / 2;
          const side = Math.max(Math.abs(ex2 - ex1), Math.abs(ey2 - ey1)) / 2;
          const start = [Math.round(ecx - side), Math.round(ecy - side)] as const;
          const end = [Math.round(ecx + side), Math.round(ecy + side)] as const;
          if (!(Math.round(Math.abs(ex2 - ex1)) > MIN_SIZE && Math.round(Math.abs(ey2 - ey1)) > MIN_SIZE)) continue;
          const score = Math.round(100 * confidence) / 100;
          if (!(score > options.minConfidence)) continue;
          const left = Math.max(0, start[0]);
          const top = Math.max(0, start[1]);
          faces.push({
            box: [Math.trunc(left), Math.trunc(top), Math.trunc(Math.min(width, end[0]) - left), Math.trunc(Math.min(height, end[1]) - top)],
            score,
          });
        }
        return faces;
      } finally {
        tf.dispose([boxes, scores, batch]);
      }
    },
    dispose() {
      model.dispose();
      tf.dispose([anchors, sizeScalar]);
    },
  };
}

/** Human's anchor grid for a square detector input (strides size/16 and size/8, 2 and 6 anchors). */
function anchorsFor(size: number): number[][] {
  const spec = size === 192 ? { strides: [4], anchors: [1] } : { strides: [size / 16, size / 8], anchors: [2, 6] };
  const out: number[][] = [];
  spec.strides.forEach((stride, i) => {
    const cells = Math.floor((size + stride - 1) / stride);
    for (let row = 0; row < cells; row++) {
      const y = stride * (row + 0.5);
      for (let col = 0; col < cells; col++) {
        const x = stride * (col + 0.5);
        for (let k = 0; k < spec.anchors[i]!; k++) out.push([x, y]);
      }
    }
  });
  return out;
}
