// face-api's two nets behind a face embedding, written as ONNX graphs from face-api's own loaded
// weights and run on ONNX Runtime's native kernels: the ResNet-34 recognition net (~100 ms a face on
// TF.js WASM) and the 68-landmark net that aligns the crop it reads. Same layers in the same order
// as face-api's forward passes (faceRecognitionNet/, faceFeatureExtractor/ in its sources); the
// recognition net's per-channel scale layer after each convolution is folded into that
// convolution's weights and bias. Checked against face-api's own calls in recognition-net.test.ts.
import type * as tfTypes from '@tensorflow/tfjs';
import { attrInt, node, onnxLayers, onnxModel, valueInfo, type SeparableConvParams } from './onnx-export.ts';
import { RECOGNITION_INT8_RANGES } from './int8-ranges.ts';
import { int8Graph, type Int8Plan } from './onnx-int8.ts';
import { createSession, runOnCrops, type Crops, type Ort } from './onnx-runtime.ts';
import type { Tf } from './tf-runtime.ts';

/** face-api's input sizes and per-channel means (both nets). */
export const RECOGNITION_INPUT = 150;
export const LANDMARK_INPUT = 112;
const MEAN_RGB = [122.782, 117.001, 104.298];

interface ConvLayerParams {
  conv: { filters: tfTypes.Tensor4D; bias: tfTypes.Tensor1D };
  scale: { weights: tfTypes.Tensor1D; biases: tfTypes.Tensor1D };
}
interface ResidualParams {
  conv1: ConvLayerParams;
  conv2: ConvLayerParams;
}
/** The residual stages in face-api's order; those named `…down…` halve the size. */
const STAGES = [
  'conv32_1',
  'conv32_2',
  'conv32_3',
  'conv64_down',
  'conv64_1',
  'conv64_2',
  'conv64_3',
  'conv128_down',
  'conv128_1',
  'conv128_2',
  'conv256_down',
  'conv256_1',
  'conv256_2',
  'conv256_down_out',
] as const;

/** The loaded face-api FaceRecognitionNet, as far as this module reads it. */
export interface FaceApiRecognitionNet {
  params?: { conv32_down: ConvLayerParams; fc: tfTypes.Tensor2D } & Partial<Record<(typeof STAGES)[number], ResidualParams>>;
}

interface DenseBlockParams {
  conv0: SeparableConvParams | { filters: tfTypes.Tensor4D; bias: tfTypes.Tensor1D };
  conv1: SeparableConvParams;
  conv2: SeparableConvParams;
  conv3: SeparableConvParams;
}
/** The loaded face-api FaceLandmark68Net, as far as this module reads it. */
export interface FaceApiLandmarkNet {
  params?: { fc: { weights: tfTypes.Tensor2D; bias: tfTypes.Tensor1D } };
  faceFeatureExtractor: { params?: Partial<Record<'dense0' | 'dense1' | 'dense2' | 'dense3', DenseBlockParams>> };
}

/** Descriptors (128 numbers, not normalised) for a batch of face crops [n, 150, 150, 3], values 0..255. */
export type DescriptorPredictor = (crops: Crops) => Promise<Float32Array[]>;
/** 68 points per face crop [n, 112, 112, 3], in that crop's pixels (face-api's FaceLandmarks68 positions). */
export type LandmarkPredictor = (crops: Crops) => Promise<Array<Array<{ x: number; y: number }>>>;

/**
 * The recognition net's ONNX graph (input `crops` NHWC 0..255, output `descriptor`), or undefined
 * when its parameters do not have face-api's layout. With an int8 plan its convolutions are written
 * in int8 (onnx-int8.ts); a `calibrate` plan also outputs every value it records.
 */
export function recognitionGraph(tf: Tf, net: FaceApiRecognitionNet, int8?: Int8Plan): Uint8Array | undefined {
  const p = net.params;
  if (!p?.conv32_down || !p.fc || STAGES.some((s) => !p[s])) return undefined;
  const { nodes, inits, weight, op, conv, pool, relu, add, int64, faceApiInput, q, checkRanges } = onnxLayers(tf, int8);
  const owned: tfTypes.Tensor[] = [];
  // conv → + bias → × scale → + shift, as one convolution: W·s and bias·s + shift.
  const convLayer = (x: string, l: ConvLayerParams, stride: number, pad: 'same' | 'valid') => {
    const [filter, bias] = tf.tidy(() => [tf.mul(l.conv.filters, l.scale.weights), tf.add(tf.mul(l.conv.bias, l.scale.weights), l.scale.biases)]);
    owned.push(filter!, bias!);
    return conv(x, filter as tfTypes.Tensor4D, bias as tfTypes.Tensor1D, { stride, pad });
  };
  // Spatial size and channels, tracked to write face-api's zero padding as static Pads.
  const validSize = (n: number, k: number, s: number) => Math.floor((n - k) / s) + 1;
  let size = validSize(RECOGNITION_INPUT, p.conv32_down.conv.filters.shape[0], 2);
  let channels = p.conv32_down.conv.filters.shape[3];
  try {
    const first = q(relu(convLayer(q(faceApiInput('crops', MEAN_RGB)), p.conv32_down, 2, 'valid')));
    let out = q(pool('MaxPool', first, 3, 2), first);
    size = validSize(size, 3, 2);
    for (const stage of STAGES) {
      const r = p[stage]!;
      if (!stage.includes('down')) {
        out = q(relu(add(q(convLayer(q(relu(convLayer(out, r.conv1, 1, 'same'))), r.conv2, 1, 'same')), out)));
        continue;
      }
      // residualDown: a strided 'valid' convolution beside a 2x2 average pool of the input; where
      // the pool is a row and column larger, face-api pads the convolution's output with zeros at
      // the end, and it pads the pool's channels with zeros up to the convolution's.
      const outSize = validSize(size, r.conv1.conv.filters.shape[0], 2);
      const pooledSize = validSize(size, 2, 2);
      const outChannels = r.conv2.conv.filters.shape[3];
      // face-api adds one zero row and column at most; anything else is not the net written here.
      if (pooledSize - outSize > 1 || pooledSize < outSize || outChannels < channels) return undefined;
      let branch = q(convLayer(q(relu(convLayer(out, r.conv1, 2, 'valid'))), r.conv2, 1, 'same'));
      const grow = pooledSize - outSize;
      if (grow > 0) branch = q(op('Pad', [branch, int64([0, 0, 0, 0, 0, 0, grow, grow])]), branch);
      let shortcut = q(pool('AveragePool', out, 2, 2));
      if (outChannels > channels) shortcut = q(op('Pad', [shortcut, int64([0, 0, 0, 0, 0, outChannels - channels, 0, 0])]), shortcut);
      out = q(relu(add(shortcut, branch)));
      size = pooledSize;
      channels = outChannels;
    }
    const pooled = op('Flatten', [op('GlobalAveragePool', [out])], [attrInt('axis', 1)]);
    nodes.push(node('MatMul', [pooled, weight(p.fc)], ['descriptor']));
    checkRanges();
  } finally {
    tf.dispose(owned);
  }
  const observed = int8?.mode === 'calibrate' ? int8.observed.map((name) => valueInfo(name)) : [];
  return onnxModel(nodes, inits, [valueInfo('crops', ['N', RECOGNITION_INPUT, RECOGNITION_INPUT, 3])], [valueInfo('descriptor', ['N', p.fc.shape[1]]), ...observed]);
}

/**
 * The recognition net on ONNX Runtime, or undefined when its parameters do not have face-api's
 * layout (the caller then keeps face-api's computeFaceDescriptor). `int8`: its int8 graph with the
 * shipped ranges (int8-ranges.ts), or fp32 where those do not fit this net.
 */
export async function onnxFaceRecognition(tf: Tf, ort: Ort, net: FaceApiRecognitionNet, options: { int8?: boolean } = {}): Promise<DescriptorPredictor | undefined> {
  const graph = (options.int8 && int8Graph(() => recognitionGraph(tf, net, { mode: 'static', ranges: RECOGNITION_INT8_RANGES }))) || recognitionGraph(tf, net);
  if (!graph) return undefined;
  const session = await createSession(ort, graph);
  const width = net.params!.fc.shape[1];
  return async (crops) => {
    const values = (await runOnCrops(ort, session, crops)).descriptor!;
    return Array.from({ length: crops.shape[0] }, (_, i) => values.slice(i * width, (i + 1) * width));
  };
}

/**
 * The 68-landmark net's ONNX graph (input `crops`, output `landmarks`), or undefined when its
 * parameters do not have face-api's layout. With an int8 plan its convolutions are written in int8.
 */
export function landmarkGraph(tf: Tf, net: FaceApiLandmarkNet, int8?: Int8Plan): Uint8Array | undefined {
  const p = net.faceFeatureExtractor.params;
  const fc = net.params?.fc;
  const blocks = p ? [p.dense0, p.dense1, p.dense2, p.dense3] : [];
  if (!fc || blocks.some((b) => !b)) return undefined;
  const { nodes, inits, weight, op, conv, pool, separable, relu, add, faceApiInput, q, checkRanges } = onnxLayers(tf, int8);
  // face-api's denseBlock4: a strided first convolution, then three separable convolutions each
  // reading the ReLU of the sum of all outputs before it. q(): where an int8 graph quantises a value.
  const denseBlock = (x: string, b: DenseBlockParams) => {
    const out1 = q(relu('filters' in b.conv0 ? conv(x, b.conv0.filters, b.conv0.bias, { stride: 2 }) : separable(x, b.conv0, 2)));
    const out2 = q(separable(out1, b.conv1));
    const out3 = q(separable(q(relu(add(out1, out2))), b.conv2));
    const out4 = q(separable(q(relu(add(out1, out2, out3))), b.conv3));
    return q(relu(add(out1, out2, out3, out4)));
  };
  let out = q(faceApiInput('crops', MEAN_RGB));
  for (const b of blocks) out = denseBlock(out, b!);
  checkRanges();
  const pooled = op('Flatten', [pool('AveragePool', out, 7, 2)], [attrInt('axis', 1)]);
  nodes.push(node('Gemm', [pooled, weight(fc.weights), weight(fc.bias)], ['landmarks']));
  const observed = int8?.mode === 'calibrate' ? int8.observed.map((name) => valueInfo(name)) : [];
  return onnxModel(nodes, inits, [valueInfo('crops', ['N', LANDMARK_INPUT, LANDMARK_INPUT, 3])], [valueInfo('landmarks', ['N', 136]), ...observed]);
}

/**
 * The 68-landmark net on ONNX Runtime, or undefined when its parameters do not have face-api's
 * layout (the caller then keeps face-api's detectLandmarks). Always fp32: its int8 graph measured no
 * faster (BENCHMARKS.md, "int8 face nets").
 */
export async function onnxLandmarks(tf: Tf, ort: Ort, net: FaceApiLandmarkNet): Promise<LandmarkPredictor | undefined> {
  const graph = landmarkGraph(tf, net);
  if (!graph) return undefined;
  const session = await createSession(ort, graph);
  return async (crops) => {
    const values = (await runOnCrops(ort, session, crops)).landmarks!;
    // face-api scales the net's relative (x, y) pairs by the crop's size (square crops: no padding).
    return Array.from({ length: crops.shape[0] }, (_, i) => Array.from({ length: 68 }, (_, k) => ({ x: values[i * 136 + 2 * k]! * LANDMARK_INPUT, y: values[i * 136 + 2 * k + 1]! * LANDMARK_INPUT })));
  };
}
