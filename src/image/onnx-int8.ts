// int8 versions of the convolutions our ONNX writer emits (onnx-export.ts onnxLayers). Weights are
// quantised per output channel, symmetric, to int8 when the graph is written; activations either
// per call (DynamicQuantizeLinear + ConvInteger, no calibration) or with fixed per-tensor ranges
// (QuantizeLinear/DequantizeLinear pairs around each convolution, which ONNX Runtime's graph
// optimiser fuses into QLinearConv). Fixed ranges are measured by a calibration pass: the same
// forward code with a `calibrate` plan, every value passed to `q` added as an output of an fp32 graph.
import { readFileSync } from 'node:fs';
import type * as tfTypes from '@tensorflow/tfjs';
import { attrInt, node, ONNX_TYPE, tensorProto, typedTensor, type Pb } from './onnx-export.ts';

/** Whether the int8 graphs serve the analysis: CONSENTRY_INT8=0 or 1 overrides the default. */
export function int8ByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.CONSENTRY_INT8;
  return v === undefined || v === '' ? INT8_DEFAULT : v !== '0';
}
/** The default measured best (BENCHMARKS.md, "int8 face nets"). */
const INT8_DEFAULT = true;

/**
 * How a graph's convolutions are written. `calibrate`: fp32, and every value passed to `q` is
 * recorded in `observed` (in order); `static`: `q` quantises a value with `ranges[k]` for the k-th
 * call; `dynamic`: convolutions quantise their input per call.
 */
export type Int8Plan = { mode: 'calibrate'; observed: string[] } | { mode: 'static'; ranges: ReadonlyArray<readonly [number, number]> } | { mode: 'dynamic' };

/** An int8 graph, or undefined where writing it fails (ranges that do not fit the net: the caller writes fp32). */
export function int8Graph(write: () => Uint8Array | undefined): Uint8Array | undefined {
  try {
    return write();
  } catch {
    return undefined;
  }
}

/** An activation's uint8 quantisation: real = scale * (q - zero). The range always holds 0. */
export function activationScale(min: number, max: number): { scale: number; zero: number } {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max, lo + 1e-6);
  const scale = Math.fround((hi - lo) / 255);
  return { scale, zero: Math.min(255, Math.max(0, Math.round(-lo / scale))) };
}

/**
 * The largest int8 weight magnitude this CPU multiplies without error. ONNX Runtime's uint8 × int8 kernels on x86
 * CPUs without VNNI (AVX2 only: many AMD EPYC and older Intel servers) add pairs of products in 16 bits with
 * saturation (vpmaddubsw): 255 × 127 × 2 overflows, and the face descriptors of such a machine drifted (cosine 0.993 to
 * fp32, a different-person pair matched at 0.956). There, weights use 7 bits (±63, ONNX Runtime's "reduce range"):
 * 255 × 63 × 2 fits. Elsewhere (VNNI, ARM) the full ±127.
 */
export function weightPeak(cpuFlags: string | null = x86Flags()): number {
  if (cpuFlags === null) return 127;
  return /\b(?:avx512_vnni|avx_vnni|amx_int8)\b/.test(cpuFlags) ? 127 : 63;
}

/** The CPU flags line of an x86 Linux machine, or null (another architecture, or no /proc): read once. */
let flagsRead: { flags: string | null } | undefined;
function x86Flags(): string | null {
  if (flagsRead) return flagsRead.flags;
  let flags: string | null = null;
  if (process.arch === 'x64' || process.arch === 'ia32') {
    try {
      flags = /^flags\s*:(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? null;
    } catch {
      flags = null;
    }
  }
  flagsRead = { flags };
  return flags;
}

/** Per-output-channel symmetric int8 weights of an NCHW (or [M, …]) float filter, and each channel's scale; `peak`: see weightPeak. */
export function quantizeWeights(w: Float32Array, channels: number, peak = 127): { q: Int8Array; scales: Float32Array } {
  const per = w.length / channels;
  const q = new Int8Array(w.length);
  const scales = new Float32Array(channels);
  for (let m = 0; m < channels; m++) {
    let top = 0;
    for (let i = m * per; i < (m + 1) * per; i++) top = Math.max(top, Math.abs(w[i]!));
    const s = Math.fround(top > 0 ? top / peak : 1);
    scales[m] = s;
    for (let i = m * per; i < (m + 1) * per; i++) q[i] = Math.max(-peak, Math.min(peak, Math.round(w[i]! / s)));
  }
  return { q, scales };
}

interface Quantised {
  scale: string;
  zero: string;
  scaleValue: number;
}

/**
 * The int8 side of onnxLayers: `q` (a value's quantise/dequantise pair, or the value itself) and
 * `conv` (an int8 convolution, or undefined where the plan leaves it in fp32).
 */
export function int8Writer(plan: Int8Plan | undefined, graph: { nodes: Pb[]; inits: Pb[]; fresh: () => string }) {
  const quantised = new Map<string, Quantised>();
  let next = 0;
  const constant = (dims: number[], type: number, data: ArrayBufferView) => {
    const name = graph.fresh();
    graph.inits.push(type === ONNX_TYPE.float ? tensorProto(name, dims, data as Float32Array) : typedTensor(name, dims, type, data));
    return name;
  };
  const op = (type: string, inputs: string[], attrs: Pb[] = []) => {
    const out = graph.fresh();
    graph.nodes.push(node(type, inputs, [out], attrs));
    return out;
  };
  return {
    /** Throws unless a static plan's ranges were used exactly: other ranges belong to another net or version. */
    checkRanges(): void {
      if (plan?.mode === 'static' && next !== plan.ranges.length) throw new Error(`int8: ${plan.ranges.length} calibrated ranges for ${next} quantised values`);
    },
    /** `x` as the graph's later layers should read it; `like` reuses another value's quantisation (pools, pads). */
    q(x: string, like?: string): string {
      if (!plan || plan.mode === 'dynamic') return x;
      if (plan.mode === 'calibrate') {
        if (!like) plan.observed.push(x);
        return x;
      }
      let p = like ? quantised.get(like) : undefined;
      if (!p) {
        const range = plan.ranges[next++];
        if (!range) throw new Error('int8: fewer calibrated ranges than quantised values');
        const { scale, zero } = activationScale(range[0], range[1]);
        p = { scale: constant([], ONNX_TYPE.float, new Float32Array([scale])), zero: constant([], ONNX_TYPE.uint8, new Uint8Array([zero])), scaleValue: scale };
      }
      const out = op('DequantizeLinear', [op('QuantizeLinear', [x, p.scale, p.zero]), p.scale, p.zero]);
      quantised.set(out, p);
      return out;
    },
    /** The convolution of `x` with an NCHW filter in int8, or undefined to write it in fp32. */
    conv(x: string, filter: tfTypes.Tensor4D, bias: tfTypes.Tensor1D | undefined, attrs: Pb[]): string | undefined {
      if (!plan || plan.mode === 'calibrate') return undefined;
      const channels = filter.shape[0];
      const { q, scales } = quantizeWeights(filter.dataSync() as Float32Array, channels, weightPeak());
      const b = bias ? (bias.dataSync() as Float32Array) : new Float32Array(channels);
      if (plan.mode === 'dynamic') {
        const [xq, xs, xz] = [graph.fresh(), graph.fresh(), graph.fresh()];
        graph.nodes.push(node('DynamicQuantizeLinear', [x], [xq, xs, xz]));
        // ONNX Runtime's ConvInteger takes uint8 weights: int8 + 128, zero point 128.
        const wq = Uint8Array.from(q, (v) => v + 128);
        const w = constant(filter.shape, ONNX_TYPE.uint8, wq);
        const acc = op('ConvInteger', [xq, w, xz, constant([], ONNX_TYPE.uint8, new Uint8Array([128]))], attrs);
        const scale = op('Mul', [xs, constant([1, channels, 1, 1], ONNX_TYPE.float, scales)]);
        return op('Add', [op('Mul', [op('Cast', [acc], [attrInt('to', ONNX_TYPE.float)]), scale]), constant([1, channels, 1, 1], ONNX_TYPE.float, b)]);
      }
      const input = quantised.get(x);
      if (!input) return undefined;
      const w = op(
        'DequantizeLinear',
        [constant(filter.shape, ONNX_TYPE.int8, q), constant([channels], ONNX_TYPE.float, scales), constant([channels], ONNX_TYPE.int8, new Int8Array(channels))],
        [attrInt('axis', 0)],
      );
      // The bias in int32 at scale x_scale * w_scale, as QLinearConv reads it.
      const biasScales = Float32Array.from(scales, (s) => s * input.scaleValue);
      const bq = Int32Array.from(b, (v, m) => Math.round(v / biasScales[m]!));
      const bd = op(
        'DequantizeLinear',
        [constant([channels], ONNX_TYPE.int32, bq), constant([channels], ONNX_TYPE.float, biasScales), constant([channels], ONNX_TYPE.int32, new Int32Array(channels))],
        [attrInt('axis', 0)],
      );
      return op('Conv', [x, w, bd], attrs);
    },
  };
}
