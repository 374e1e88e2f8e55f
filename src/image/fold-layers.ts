// A faster forward pass for Keras-style TensorFlow.js layers models such as nsfwjs's MobileNetV2.
// tfjs-layers runs every layer as written: a bias-free convolution, then a separate batch
// normalisation, then a separate ReLU6, each a full pass over memory. On the WASM backend the batch
// normalisation kernel alone took more time than all the convolutions (53 of 133 ms). Inference
// needs none of that: a batch normalisation after a convolution is an affine map per output channel,
// so it folds into the convolution's weights and bias, and the ReLU6 after it becomes the fused
// convolution's clamp, which XNNPACK applies while writing the output. The maths is the same up to
// float rounding (checked against model.predict in fold-layers.test.ts).
import type * as tfTypes from '@tensorflow/tfjs';
import type { Tf } from './tf-runtime.ts';

export type Forward = (x: tfTypes.Tensor4D) => tfTypes.Tensor;

type Pads = [[number, number], [number, number], [number, number], [number, number]];

/** One step of the folded graph, as data (for an exporter such as bench/onnx-nsfw-bench.ts). */
export type FoldedOp =
  | { type: 'pad'; pads: Pads }
  | { type: 'conv'; depthwise: boolean; filter: tfTypes.Tensor4D; bias: tfTypes.Tensor1D; strides: [number, number]; dilations: [number, number]; pad: 'same' | 'valid' | Pads; activation: Activation }
  | { type: 'affine'; scale: tfTypes.Tensor; shift: tfTypes.Tensor }
  | { type: 'relu'; max?: number }
  | { type: 'add' }
  | { type: 'pool'; kind: 'avg' | 'max'; size: [number, number]; strides: [number, number]; pad: 'same' | 'valid' }
  | { type: 'globalAvgPool' }
  | { type: 'flatten' }
  | { type: 'dense'; kernel: tfTypes.Tensor2D; bias?: tfTypes.Tensor; activation: Activation | 'softmax' };

export interface FoldedStep {
  name: string;
  inputs: string[];
  op: FoldedOp;
}

type Activation = 'linear' | 'relu' | 'relu6';

interface LayerLike {
  name: string;
  getClassName(): string;
  getConfig(): Record<string, unknown>;
  getWeights(): tfTypes.Tensor[];
  inboundNodes: Array<{ inboundLayers: LayerLike[] }>;
}

interface ModelLike {
  layers: LayerLike[];
  outputLayers?: LayerLike[];
  outputs: Array<{ sourceLayer?: LayerLike }>;
}

/** Thrown (and caught by the caller, which then keeps model.predict) for a layer this compiler does not know. */
export class UnsupportedLayerError extends Error {}

/**
 * Compiles a layers model into a function of fused ops with batch normalisations folded in.
 * Returns the function and the tensors it owns (dispose them with the model). Throws
 * UnsupportedLayerError for anything but the layer kinds MobileNet-style models use.
 */
export function compileLayersModel(tf: Tf, model: ModelLike): { forward: Forward; weights: tfTypes.Tensor[]; steps: FoldedStep[]; input: string; output: string } {
  // A graph model (nsfwjs's MobileNetV2Mid, InceptionV3) has no layers: not ours to compile.
  if (!Array.isArray(model.layers) || !Array.isArray(model.outputs)) throw new UnsupportedLayerError('not a layers model');
  const layers = model.layers;
  const inputsOf = (l: LayerLike): string[] => {
    if (l.inboundNodes.length !== 1) throw new UnsupportedLayerError(`layer ${l.name} is shared`);
    return l.inboundNodes[0]!.inboundLayers.map((x) => x.name);
  };
  const consumers = new Map<string, string[]>();
  for (const l of layers) for (const i of inputsOf(l)) consumers.set(i, [...(consumers.get(i) ?? []), l.name]);
  const byName = new Map(layers.map((l) => [l.name, l]));
  const onlyConsumer = (name: string): LayerLike | undefined => {
    const c = consumers.get(name) ?? [];
    return c.length === 1 ? byName.get(c[0]!) : undefined;
  };
  const outputName = model.outputs.length === 1 ? model.outputs[0]!.sourceLayer?.name : undefined;
  if (!outputName) throw new UnsupportedLayerError('the model must have one output');

  const owned: tfTypes.Tensor[] = [];
  // A clone shares the data of an unchanged model weight, so disposing ours leaves the model's intact.
  const keep = <T extends tfTypes.Tensor>(t: T): T => {
    const c = tf.keep(tf.clone(t)) as T;
    owned.push(c);
    return c;
  };
  type Step = FoldedStep & { run: (xs: tfTypes.Tensor[]) => tfTypes.Tensor };
  const steps: Step[] = [];
  // Layers whose work was merged into an earlier step; their name maps to that step's output.
  const alias = new Map<string, string>();
  const resolve = (name: string) => alias.get(name) ?? name;
  const explicitPad = new Map<string, Pads>();

  try {
    tf.tidy(() => {
      for (const layer of layers) {
        if (alias.has(layer.name)) continue;
        const cls = layer.getClassName();
        const config = layer.getConfig();
        const inputs = inputsOf(layer).map(resolve);
        const add = (op: FoldedOp, run: Step['run']) => steps.push({ name: layer.name, inputs, op, run });
        switch (cls) {
          case 'InputLayer':
            break;
          case 'Dropout':
            alias.set(layer.name, inputs[0]!);
            break;
          case 'ZeroPadding2D': {
            const [[top, bottom], [left, right]] = config.padding as [[number, number], [number, number]];
            assertChannelsLast(config, layer);
            const next = onlyConsumer(layer.name);
            const nextClass = next?.getClassName();
            if (next && (nextClass === 'Conv2D' || nextClass === 'DepthwiseConv2D') && next.getConfig().padding === 'valid') {
              // The convolution pads while it reads (explicit padding) instead of a copy of the input.
              explicitPad.set(next.name, [
                [0, 0],
                [top, bottom],
                [left, right],
                [0, 0],
              ]);
              alias.set(layer.name, inputs[0]!);
              break;
            }
            add(
              {
                type: 'pad',
                pads: [
                  [0, 0],
                  [top, bottom],
                  [left, right],
                  [0, 0],
                ],
              },
              ([x]) =>
                tf.pad(x!, [
                  [0, 0],
                  [top, bottom],
                  [left, right],
                  [0, 0],
                ]),
            );
            break;
          }
          case 'Conv2D':
          case 'DepthwiseConv2D': {
            assertChannelsLast(config, layer);
            const depthwise = cls === 'DepthwiseConv2D';
            const [kernel0, bias0] = layer.getWeights();
            if (!kernel0) throw new UnsupportedLayerError(`layer ${layer.name} has no kernel`);
            let kernel = kernel0;
            const outChannels = depthwise ? kernel.shape[2]! * kernel.shape[3]! : kernel.shape[3]!;
            let bias: tfTypes.Tensor = config.useBias && bias0 ? bias0 : tf.zeros([outChannels]);
            let activation = activationOf(config.activation, layer);
            let last = layer.name;
            const bn = activation === 'linear' ? onlyConsumer(layer.name) : undefined;
            if (bn?.getClassName() === 'BatchNormalization') {
              const { scale, shift } = batchNormAffine(tf, bn);
              kernel = depthwise ? kernel.mul(scale.reshape([1, 1, kernel.shape[2]!, kernel.shape[3]!])) : kernel.mul(scale);
              bias = bias.mul(scale).add(shift);
              alias.set(bn.name, layer.name);
              last = bn.name;
            }
            const relu = onlyConsumer(last);
            if (relu?.getClassName() === 'ReLU') {
              const act = reluActivation(relu);
              if (act) {
                activation = act;
                alias.set(relu.name, layer.name);
              }
            }
            const strides = config.strides as [number, number];
            const dilations = config.dilationRate as [number, number];
            const padding = explicitPad.get(layer.name) ?? (config.padding as 'same' | 'valid');
            const filter = keep(kernel) as tfTypes.Tensor4D;
            const b = keep(bias) as tfTypes.Tensor1D;
            add({ type: 'conv', depthwise, filter, bias: b, strides, dilations, pad: padding, activation }, ([x]) =>
              depthwise
                ? // tfjs's typing of the fused depthwise op omits explicit padding, which its kernels accept
                  // (the test compares with model.predict, which pads separately).
                  tf.fused.depthwiseConv2d({ x: x as tfTypes.Tensor4D, filter, strides, pad: padding as 'same' | 'valid', dilations, bias: b, activation })
                : tf.fused.conv2d({ x: x as tfTypes.Tensor4D, filter, strides, pad: padding, dilations, bias: b, activation }),
            );
            break;
          }
          case 'BatchNormalization': {
            const { scale, shift } = batchNormAffine(tf, layer);
            const s = keep(scale);
            const t = keep(shift);
            add({ type: 'affine', scale: s, shift: t }, ([x]) => tf.add(tf.mul(x!, s), t));
            break;
          }
          case 'ReLU': {
            const act = reluActivation(layer);
            if (!act) throw new UnsupportedLayerError(`layer ${layer.name}: ReLU with threshold or slope`);
            add(act === 'relu6' ? { type: 'relu', max: 6 } : { type: 'relu' }, ([x]) => (act === 'relu6' ? tf.relu6(x!) : tf.relu(x!)));
            break;
          }
          case 'Add':
            add({ type: 'add' }, (xs) => (xs.length === 2 ? tf.add(xs[0]!, xs[1]!) : tf.addN(xs)));
            break;
          case 'AveragePooling2D':
          case 'MaxPooling2D': {
            assertChannelsLast(config, layer);
            const pool = config.poolSize as [number, number];
            const strides = (config.strides as [number, number] | null) ?? pool;
            const padding = config.padding as 'same' | 'valid';
            add({ type: 'pool', kind: cls === 'AveragePooling2D' ? 'avg' : 'max', size: pool, strides, pad: padding }, ([x]) =>
              cls === 'AveragePooling2D' ? tf.avgPool(x as tfTypes.Tensor4D, pool, strides, padding) : tf.maxPool(x as tfTypes.Tensor4D, pool, strides, padding),
            );
            break;
          }
          case 'GlobalAveragePooling2D':
            assertChannelsLast(config, layer);
            add({ type: 'globalAvgPool' }, ([x]) => tf.mean(x!, [1, 2]));
            break;
          case 'Flatten':
            add({ type: 'flatten' }, ([x]) => tf.reshape(x!, [x!.shape[0]!, -1]));
            break;
          case 'Dense': {
            const [kernel, bias] = layer.getWeights();
            const w = keep(kernel!) as tfTypes.Tensor2D;
            const b = config.useBias && bias ? keep(bias) : undefined;
            const act = config.activation as string;
            const activation = act === 'softmax' ? 'softmax' : activationOf(act, layer);
            if (act === 'softmax') add({ type: 'dense', kernel: w, bias: b, activation }, ([x]) => tf.softmax(tf.fused.matMul({ a: x as tfTypes.Tensor2D, b: w, bias: b })));
            else add({ type: 'dense', kernel: w, bias: b, activation }, ([x]) => tf.fused.matMul({ a: x as tfTypes.Tensor2D, b: w, bias: b, activation: activation as Activation }));
            break;
          }
          default:
            throw new UnsupportedLayerError(`layer ${layer.name}: ${cls}`);
        }
      }
    });
  } catch (error) {
    tf.dispose(owned);
    throw error;
  }

  const inputName = layers[0]?.getClassName() === 'InputLayer' ? layers[0].name : undefined;
  if (!inputName) throw new UnsupportedLayerError('the first layer must be the input');
  const finalName = resolve(outputName);
  const forward: Forward = (x) =>
    tf.tidy(() => {
      const values = new Map<string, tfTypes.Tensor>([[inputName, x]]);
      for (const step of steps) values.set(step.name, step.run(step.inputs.map((i) => values.get(i)!)));
      return values.get(finalName)!;
    });
  return { forward, weights: owned, steps: steps.map(({ name, inputs, op }) => ({ name, inputs, op })), input: inputName, output: finalName };
}

/** A frozen batch normalisation as y = x * scale + shift per channel. */
function batchNormAffine(tf: Tf, layer: LayerLike): { scale: tfTypes.Tensor1D; shift: tfTypes.Tensor1D } {
  const config = layer.getConfig();
  if (config.axis !== -1 && config.axis !== 3) throw new UnsupportedLayerError(`layer ${layer.name}: batch norm on axis ${String(config.axis)}`);
  const w = [...layer.getWeights()];
  const gamma = config.scale ? w.shift() : undefined;
  const beta = config.center ? w.shift() : undefined;
  const [mean, variance] = w;
  if (!mean || !variance) throw new UnsupportedLayerError(`layer ${layer.name}: missing moving statistics`);
  const inv = tf.rsqrt(tf.add(variance, config.epsilon as number));
  const scale = (gamma ? tf.mul(inv, gamma) : inv) as tfTypes.Tensor1D;
  const shift = tf.sub(beta ?? tf.zerosLike(mean), tf.mul(mean, scale)) as tfTypes.Tensor1D;
  return { scale, shift };
}

function reluActivation(layer: LayerLike): Activation | undefined {
  const c = layer.getConfig();
  if ((c.negativeSlope ?? 0) !== 0 || (c.threshold ?? 0) !== 0) return undefined;
  if (c.maxValue == null) return 'relu';
  return c.maxValue === 6 ? 'relu6' : undefined;
}

function activationOf(value: unknown, layer: LayerLike): Activation {
  if (value === 'linear' || value == null) return 'linear';
  if (value === 'relu' || value === 'relu6') return value;
  throw new UnsupportedLayerError(`layer ${layer.name}: activation ${String(value)}`);
}

function assertChannelsLast(config: Record<string, unknown>, layer: LayerLike): void {
  if (config.dataFormat != null && config.dataFormat !== 'channelsLast') throw new UnsupportedLayerError(`layer ${layer.name}: channels first`);
}
