// Human's BlazeFace face detector, called directly. Human.detect() wraps the same graph model in a
// per-frame pipeline that, with the face mesh off, still clones the input and cuts a 256 x 256 crop
// of every face for models we do not run (~4 ms a face on WASM, plus its bookkeeping). This module
// loads Human's own blazeface.json and repeats Human 3.3's box decoding step by step (anchors, box
// decode, sigmoid scores, non-max suppression, scale 1.4, square box, truncation), so the boxes and
// scores are Human's (checked against Human.detect in blazeface.test.ts).
import path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { attrInt, attrInts, attrStr, node, onnxConvWeight, onnxGraph, onnxModel, valueInfo } from './onnx-export.ts';
import { createSession, loadOrt, type Ort, type OrtSession } from './onnx-runtime.ts';
import { require, type Tf } from './tf-runtime.ts';

export interface BlazeFaceOptions {
  maxDetected: number;
  minConfidence: number;
  /** 'auto' (default): the graph on ONNX Runtime when onnxruntime-node is installed, else TF.js. */
  runtime?: 'auto' | 'tfjs';
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
  readonly runtime: 'onnxruntime' | 'tfjs';
  detect(image: tfTypes.Tensor4D): Promise<DetectedFace[]>;
  dispose(): void;
}

export async function loadBlazeFace(tf: Tf, options: BlazeFaceOptions): Promise<BlazeFace> {
  const model = await tf.loadGraphModel(`file://${blazeFaceModelPath()}`);
  const shape = model.inputs[0]?.shape;
  const size = shape?.[2] && shape[2] > 0 ? shape[2] : 256;
  const anchors = tf.tensor2d(anchorsFor(size));
  const sizeScalar = tf.scalar(size, 'int32');
  // The same graph on ONNX Runtime's native kernels when available (blazeFaceToOnnx); TF.js otherwise.
  let onnx: { ort: Ort; session: OrtSession; input: string; outputs: string[] } | undefined;
  const ort = options.runtime === 'tfjs' ? undefined : await loadOrt();
  if (ort) {
    try {
      const json = JSON.parse(readFileSync(blazeFaceModelPath(), 'utf8')) as { modelTopology: { node: GraphNode[] } };
      const outputs = model.outputNodes.map((o) => o.split(':')[0]!);
      const bytes = blazeFaceToOnnx(tf, json.modelTopology, model.weights as Record<string, tfTypes.Tensor[]>, outputs, size);
      const input = json.modelTopology.node.find((n) => n.op === 'Placeholder')!.name;
      onnx = { ort, session: await createSession(ort, bytes), input, outputs };
    } catch {
      onnx = undefined;
    }
  }
  const run = async (normalized: tfTypes.Tensor): Promise<tfTypes.Tensor | tfTypes.Tensor[]> => {
    if (!onnx) return model.execute(normalized) as tfTypes.Tensor | tfTypes.Tensor[];
    const pixels = (await normalized.data()) as Float32Array;
    const result = await onnx.session.run({ [onnx.input]: new onnx.ort.Tensor('float32', pixels, [1, size, size, 3]) });
    return onnx.outputs.map((o) => tf.tensor(result[o]!.data as Float32Array, result[o]!.dims as number[]));
  };

  return {
    runtime: onnx ? 'onnxruntime' : 'tfjs',
    async detect(image) {
      const [, height, width] = image.shape;
      const normalized = tf.tidy(() => tf.sub(tf.div(tf.image.resizeBilinear(image, [size, size]), 127.5), 1));
      let out: tfTypes.Tensor | tfTypes.Tensor[];
      try {
        out = await run(normalized);
      } finally {
        normalized.dispose();
      }
      const { boxes, scores, batch } = tf.tidy(() => {
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
      tf.dispose(out);
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
      void onnx?.session.release();
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

interface GraphNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, { s?: string; i?: string; list?: { i?: string[]; s?: string[] } }>;
}

/**
 * BlazeFace's TF graph (blazeface.json: fused conv + bias (+ ReLU), depthwise conv, add, ReLU, max
 * pool, channel pad, reshape) rewritten as ONNX for ONNX Runtime. NCHW inside; outputs go back to
 * NHWC before their reshape, so they equal the TF.js outputs. Throws on any other op.
 */
export function blazeFaceToOnnx(tf: Tf, topology: { node: GraphNode[] }, weights: Record<string, tfTypes.Tensor[]>, outputs: string[], size: number): Uint8Array {
  const { nodes, inits, weight: initFloat, int64: initInt64 } = onnxGraph();
  const str = (b64?: string) => (b64 ? Buffer.from(b64, 'base64').toString('utf8') : '');
  const ints = (n: GraphNode, key: string) => (n.attr?.[key]?.list?.i ?? []).map(Number);
  const constant = (name: string) => {
    const t = weights[name]?.[0];
    if (!t) throw new Error(`blazeface: no weight ${name}`);
    return t;
  };
  const pad = (n: GraphNode) => (str(n.attr?.padding?.s) === 'SAME' ? attrStr('auto_pad', 'SAME_UPPER') : attrStr('auto_pad', 'VALID'));
  let placeholder = '';
  for (const n of topology.node) {
    const inputs = n.input ?? [];
    switch (n.op) {
      case 'Const':
        break;
      case 'Placeholder':
        placeholder = n.name;
        nodes.push(node('Transpose', [n.name], [`${n.name}_nchw`], [attrInts('perm', [0, 3, 1, 2])]));
        break;
      case 'Identity':
        nodes.push(node('Identity', [ref(inputs[0]!)], [n.name]));
        break;
      case '_FusedConv2D':
      case 'DepthwiseConv2dNative': {
        const filter = constant(inputs[1]!) as tfTypes.Tensor4D;
        const [kh, kw, cin] = filter.shape;
        const depthwise = n.op === 'DepthwiseConv2dNative';
        const w = onnxConvWeight(tf, filter, depthwise);
        const convInputs = [ref(inputs[0]!), initFloat(w)];
        w.dispose();
        const fused = (n.attr?.fused_ops?.list?.s ?? []).map(str);
        if (fused.some((f) => f !== 'BiasAdd' && f !== 'Relu')) throw new Error(`blazeface: fused ops ${fused.join(',')}`);
        if (fused.includes('BiasAdd')) convInputs.push(initFloat(constant(inputs[2]!)));
        const strides = ints(n, 'strides');
        const dilations = ints(n, 'dilations');
        const out = fused.includes('Relu') ? `${n.name}_pre` : n.name;
        nodes.push(
          node(
            'Conv',
            convInputs,
            [out],
            [
              attrInts('strides', [strides[1]!, strides[2]!]),
              attrInts('dilations', [dilations[1] ?? 1, dilations[2] ?? 1]),
              attrInts('kernel_shape', [kh, kw]),
              attrInt('group', depthwise ? cin : 1),
              pad(n),
            ],
          ),
        );
        if (out !== n.name) nodes.push(node('Relu', [out], [n.name]));
        break;
      }
      case 'AddV2':
      case 'Add':
        nodes.push(node('Add', inputs.map(ref), [n.name]));
        break;
      case 'Relu':
        nodes.push(node('Relu', [ref(inputs[0]!)], [n.name]));
        break;
      case 'MaxPool': {
        const ksize = ints(n, 'ksize');
        const strides = ints(n, 'strides');
        nodes.push(node('MaxPool', [ref(inputs[0]!)], [n.name], [attrInts('kernel_shape', [ksize[1]!, ksize[2]!]), attrInts('strides', [strides[1]!, strides[2]!]), pad(n)]));
        break;
      }
      case 'Pad': {
        // TF paddings [[n0,n1],[h0,h1],[w0,w1],[c0,c1]] (NHWC) → ONNX [begins..., ends...] in NCHW.
        const p = Array.from(constant(inputs[1]!).dataSync());
        const order = [0, 3, 1, 2];
        nodes.push(node('Pad', [ref(inputs[0]!), initInt64([...order.map((a) => p[a * 2]!), ...order.map((a) => p[a * 2 + 1]!)])], [n.name]));
        break;
      }
      case 'Reshape': {
        const shape = Array.from(constant(inputs[1]!).dataSync());
        nodes.push(node('Transpose', [ref(inputs[0]!)], [`${n.name}_nhwc`], [attrInts('perm', [0, 2, 3, 1])]));
        nodes.push(node('Reshape', [`${n.name}_nhwc`, initInt64(shape)], [n.name]));
        break;
      }
      default:
        throw new Error(`blazeface: no ONNX export for ${n.op}`);
    }
  }
  function ref(name: string): string {
    const base = name.split(':')[0]!;
    return base === placeholder ? `${placeholder}_nchw` : base;
  }
  return onnxModel(
    nodes,
    inits,
    [valueInfo(placeholder, [1, size, size, 3])],
    outputs.map((o) => valueInfo(o)),
  );
}
