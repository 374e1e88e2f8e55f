// face-api's age/gender net (a TinyXception backbone and two dense heads), run on face-api's own
// loaded weights with fused ops. face-api builds each separable convolution as depthwise + pointwise
// + a separate bias add + a separate ReLU, normalises the input with a concat of three filled
// tensors, and re-stacks a list of 3-D crops; on the WASM backend that cost ~35 ms a face. Here the
// bias and ReLU are fused into the pointwise convolution, the mean is one broadcast subtraction and
// the crops arrive as one 4-D batch. Same weights, same order of operations up to float rounding
// (checked against face-api's predictAgeAndGender in age-gender-net.test.ts).
import type * as tfTypes from '@tensorflow/tfjs';
import { attrInt, node, onnxLayers, onnxModel, valueInfo, type SeparableConvParams } from './onnx-export.ts';
import type { Int8Plan } from './onnx-int8.ts';
import { createSession, runOnCrops, type Crops, type Ort } from './onnx-runtime.ts';
import type { Tf } from './tf-runtime.ts';

interface ConvParams {
  filters: tfTypes.Tensor4D;
  bias: tfTypes.Tensor1D;
}
interface ReductionBlock {
  separable_conv0: SeparableConvParams;
  separable_conv1: SeparableConvParams;
  expansion_conv: ConvParams;
}
type MainBlock = Record<'separable_conv0' | 'separable_conv1' | 'separable_conv2', SeparableConvParams>;
interface XceptionParams {
  entry_flow: { conv_in: ConvParams; reduction_block_0: ReductionBlock; reduction_block_1: ReductionBlock };
  middle_flow: Record<string, MainBlock>;
  exit_flow: { reduction_block: ReductionBlock; separable_conv: SeparableConvParams };
}
interface FcParams {
  weights: tfTypes.Tensor2D;
  bias: tfTypes.Tensor1D;
}

/** The loaded face-api AgeGenderNet, as far as this module reads it. */
export interface FaceApiAgeGenderNet {
  params?: { fc: { age: FcParams; gender: FcParams } };
  faceFeatureExtractor: { params?: XceptionParams };
}

export interface AgeGenderPrediction {
  age: number;
  gender: 'male' | 'female';
  genderProbability: number;
}

/** face-api's input size and per-channel means. */
export const AGE_GENDER_INPUT = 112;
const MEAN_RGB = [122.782, 117.001, 104.298];

/**
 * Returns a predictor for a batch of face crops [n, 112, 112, 3] with values 0..255, or undefined
 * when the net's parameters do not have the expected layout (the caller then uses face-api's own).
 */
export function fusedAgeGender(tf: Tf, net: FaceApiAgeGenderNet): ((crops: tfTypes.Tensor4D) => Promise<AgeGenderPrediction[]>) | undefined {
  const p = net.faceFeatureExtractor.params;
  const fc = net.params?.fc;
  const mainBlocks = p ? Object.keys(p.middle_flow).sort() : [];
  if (!p || !fc || mainBlocks.length === 0) return undefined;

  const sep = (x: tfTypes.Tensor4D, s: SeparableConvParams, activation: 'linear' | 'relu') =>
    tf.fused.conv2d({ x: tf.depthwiseConv2d(x, s.depthwise_filter, 1, 'same'), filter: s.pointwise_filter, strides: 1, pad: 'valid', bias: s.bias, activation });
  const reduction = (x: tfTypes.Tensor4D, b: ReductionBlock, activateInput: boolean) => {
    let out = activateInput ? tf.relu(x) : x;
    out = sep(out, b.separable_conv0, 'relu');
    out = sep(out, b.separable_conv1, 'linear');
    out = tf.maxPool(out, [3, 3], [2, 2], 'same');
    return tf.add(out, tf.fused.conv2d({ x, filter: b.expansion_conv.filters, strides: 2, pad: 'same', bias: b.expansion_conv.bias })) as tfTypes.Tensor4D;
  };
  const main = (x: tfTypes.Tensor4D, b: MainBlock) => {
    let out = sep(tf.relu(x), b.separable_conv0, 'relu');
    out = sep(out, b.separable_conv1, 'relu');
    out = sep(out, b.separable_conv2, 'linear');
    return tf.add(out, x) as tfTypes.Tensor4D;
  };

  return async (crops) => {
    const n = crops.shape[0];
    const [age, gender] = tf.tidy(() => {
      const x = tf.div(tf.sub(crops, tf.tensor1d(MEAN_RGB)), 255) as tfTypes.Tensor4D;
      let out = tf.fused.conv2d({ x, filter: p.entry_flow.conv_in.filters, strides: 2, pad: 'same', bias: p.entry_flow.conv_in.bias, activation: 'relu' });
      out = reduction(out, p.entry_flow.reduction_block_0, false);
      out = reduction(out, p.entry_flow.reduction_block_1, true);
      for (const key of mainBlocks) out = main(out, p.middle_flow[key]!);
      out = reduction(out, p.exit_flow.reduction_block, true);
      out = sep(out, p.exit_flow.separable_conv, 'relu');
      const pooled = tf.reshape(tf.avgPool(out, [7, 7], [2, 2], 'valid'), [n, -1]) as tfTypes.Tensor2D;
      return [tf.fused.matMul({ a: pooled, b: fc.age.weights, bias: fc.age.bias }), tf.softmax(tf.fused.matMul({ a: pooled, b: fc.gender.weights, bias: fc.gender.bias }))];
    });
    try {
      const [ages, genders] = await Promise.all([age.data(), gender.data()]);
      return Array.from({ length: n }, (_, i) => {
        // face-api's convention: column 0 is the probability of "male".
        const probMale = genders[i * 2]!;
        const male = probMale > 0.5;
        return { age: ages[i]!, gender: male ? 'male' : 'female', genderProbability: male ? probMale : 1 - probMale };
      });
    } finally {
      tf.dispose([age, gender]);
    }
  };
}

/**
 * The net's ONNX graph (input `crops`, outputs `age` and `gender`), or undefined when the parameters
 * do not have the expected layout. With an int8 plan its convolutions are written in int8 (onnx-int8.ts).
 */
export function ageGenderGraph(tf: Tf, net: FaceApiAgeGenderNet, int8?: Int8Plan): Uint8Array | undefined {
  const p = net.faceFeatureExtractor.params;
  const fc = net.params?.fc;
  const mainBlocks = p ? Object.keys(p.middle_flow).sort() : [];
  if (!p || !fc || mainBlocks.length === 0) return undefined;
  const { nodes, inits, weight: init, op, conv, pool, separable: sep, relu, add, faceApiInput, q, checkRanges } = onnxLayers(tf, int8);
  // q(): where an int8 graph quantises a value (every convolution's input and output); fp32: itself.
  const reduction = (x: string, b: ReductionBlock, activateInput: boolean) => {
    let out = activateInput ? q(relu(x)) : x;
    out = q(relu(sep(out, b.separable_conv0)));
    out = q(sep(out, b.separable_conv1));
    out = q(pool('MaxPool', out, 3, 2, 'same'), out);
    return q(add(out, q(conv(x, b.expansion_conv.filters, b.expansion_conv.bias, { stride: 2 }))));
  };
  const main = (x: string, b: MainBlock) => {
    let out = q(relu(sep(q(relu(x)), b.separable_conv0)));
    out = q(relu(sep(out, b.separable_conv1)));
    return q(add(q(sep(out, b.separable_conv2)), x));
  };
  let out = q(relu(conv(q(faceApiInput('crops', MEAN_RGB)), p.entry_flow.conv_in.filters, p.entry_flow.conv_in.bias, { stride: 2 })));
  out = reduction(out, p.entry_flow.reduction_block_0, false);
  out = reduction(out, p.entry_flow.reduction_block_1, true);
  for (const key of mainBlocks) out = main(out, p.middle_flow[key]!);
  out = reduction(out, p.exit_flow.reduction_block, true);
  out = q(relu(sep(out, p.exit_flow.separable_conv)));
  checkRanges();
  const pooled = op('Flatten', [pool('AveragePool', out, 7, 2)], [attrInt('axis', 1)]);
  nodes.push(node('Gemm', [pooled, init(fc.age.weights), init(fc.age.bias)], ['age']));
  nodes.push(node('Gemm', [pooled, init(fc.gender.weights), init(fc.gender.bias)], ['gender_logits']));
  nodes.push(node('Softmax', ['gender_logits'], ['gender'], [attrInt('axis', 1)]));
  const observed = int8?.mode === 'calibrate' ? int8.observed.map((name) => valueInfo(name)) : [];
  return onnxModel(nodes, inits, [valueInfo('crops', ['N', AGE_GENDER_INPUT, AGE_GENDER_INPUT, 3])], [valueInfo('age', ['N', 1]), valueInfo('gender', ['N', 2]), ...observed]);
}

/**
 * The same net as an ONNX graph on ONNX Runtime (same weights, NCHW inside), or undefined when the
 * parameters do not have the expected layout. Resolves to a predictor like fusedAgeGender's. Always
 * fp32: its int8 graph measured ~1.25x less CPU per crop, too little for one gender flip in 99 crops
 * (BENCHMARKS.md, "int8 face nets").
 */
export async function onnxAgeGender(tf: Tf, ort: Ort, net: FaceApiAgeGenderNet): Promise<((crops: Crops) => Promise<AgeGenderPrediction[]>) | undefined> {
  const graph = ageGenderGraph(tf, net);
  if (!graph) return undefined;
  const session = await createSession(ort, graph);
  return async (crops) => {
    const n = crops.shape[0];
    const out = await runOnCrops(ort, session, crops);
    const [ages, genders] = [out.age!, out.gender!];
    return Array.from({ length: n }, (_, i) => {
      const probMale = genders[i * 2]!;
      const male = probMale > 0.5;
      return { age: ages[i]!, gender: male ? 'male' : 'female', genderProbability: male ? probMale : 1 - probMale };
    });
  };
}
