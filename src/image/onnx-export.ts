// ONNX export of the graphs we run, written from the weights already loaded from node_modules (no
// model file is downloaded or shipped). ONNX Runtime's native CPU kernels use the machine's AVX2 /
// AVX-512, which WebAssembly cannot: on the 2-core VM nsfwjs's MobileNetV2 took 11-16 ms instead of
// 49-80 ms (bench/onnx-nsfw-bench.ts), with the same probabilities to 1e-6.
import type * as tfTypes from '@tensorflow/tfjs';
import { UnsupportedLayerError, type FoldedStep } from './fold-layers.ts';
import { int8Writer, type Int8Plan } from './onnx-int8.ts';
import type { Tf } from './tf-runtime.ts';

/**
 * A minimal protobuf writer for the few ONNX messages we need. Bytes are kept as a list of pieces:
 * a weight tensor or a nested message is added as one piece, not byte by byte, so writing
 * ResNet-34's 25 MB of weights costs copies, not 25 million array pushes.
 */
export class Pb {
  private readonly parts: Uint8Array[] = [];
  private head: number[] = [];
  private done = 0;
  get length(): number {
    return this.done + this.head.length;
  }
  varint(n: number | bigint): this {
    let v = BigInt(n);
    if (v < 0n) v += 1n << 64n;
    do {
      let b = Number(v & 0x7fn);
      v >>= 7n;
      if (v > 0n) b |= 0x80;
      this.head.push(b);
    } while (v > 0n);
    return this;
  }
  key(field: number, wire: number): this {
    return this.varint((field << 3) | wire);
  }
  int(field: number, n: number): this {
    return this.key(field, 0).varint(n);
  }
  float(field: number, x: number): this {
    const b = Buffer.alloc(4);
    b.writeFloatLE(x);
    this.key(field, 5);
    this.head.push(...b);
    return this;
  }
  raw(field: number, data: Uint8Array): this {
    this.key(field, 2).varint(data.length);
    // A copy: the data may be a view of memory its owner reuses (TF.js WASM's heap).
    return this.piece(data.slice());
  }
  str(field: number, s: string): this {
    return this.raw(field, Buffer.from(s, 'utf8'));
  }
  msg(field: number, m: Pb): this {
    this.key(field, 2).varint(m.length);
    for (const p of m.pieces()) this.piece(p);
    return this;
  }
  /** The message's bytes as one array. */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const p of this.pieces()) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
  private pieces(): Uint8Array[] {
    this.piece(new Uint8Array(0));
    return this.parts;
  }
  private piece(p: Uint8Array): this {
    if (this.head.length > 0) {
      this.parts.push(Uint8Array.from(this.head));
      this.done += this.head.length;
      this.head = [];
    }
    if (p.length > 0) {
      this.parts.push(p);
      this.done += p.length;
    }
    return this;
  }
}
export const attrInts = (name: string, xs: number[]) => {
  const a = new Pb().str(1, name).int(20, 7);
  for (const x of xs) a.int(8, x);
  return a;
};
export const attrInt = (name: string, x: number) => new Pb().str(1, name).int(20, 2).int(3, x);
export const attrStr = (name: string, x: string) => new Pb().str(1, name).int(20, 3).str(4, x);
export const node = (op: string, inputs: string[], outputs: string[], attrs: Pb[] = []) => {
  const n = new Pb();
  for (const i of inputs) n.str(1, i);
  for (const o of outputs) n.str(2, o);
  n.str(4, op);
  for (const a of attrs) n.msg(5, a);
  return n;
};
export const tensorProto = (name: string, dims: number[], data: Float32Array) => {
  const t = new Pb();
  for (const d of dims) t.int(1, d);
  t.int(2, 1)
    .str(8, name)
    .raw(9, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return t;
};
/** ONNX TensorProto data types used here. */
export const ONNX_TYPE = { float: 1, uint8: 2, int8: 3, int32: 6, int64: 7 } as const;
/** A tensor of any of those types from its raw little-endian bytes. */
export const typedTensor = (name: string, dims: number[], type: number, data: ArrayBufferView) => {
  const t = new Pb();
  for (const d of dims) t.int(1, d);
  return t
    .int(2, type)
    .str(8, name)
    .raw(9, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
};
export const int64Tensor = (name: string, values: number[]) => {
  const data = new BigInt64Array(values.map((v) => BigInt(v)));
  return new Pb().int(1, values.length).int(2, 7).str(8, name).raw(9, new Uint8Array(data.buffer));
};
/** A float tensor's name and type; without dims the shape is left to the runtime. */
export const valueInfo = (name: string, dims?: Array<number | string>) => {
  const tensorType = new Pb().int(1, 1);
  if (dims) {
    const shape = new Pb();
    for (const d of dims) shape.msg(1, typeof d === 'number' ? new Pb().int(1, d) : new Pb().str(2, d));
    tensorType.msg(2, shape);
  }
  return new Pb().str(1, name).msg(2, new Pb().msg(1, tensorType));
};

/**
 * The nodes and initialisers of a graph being written, with one counter for fresh names:
 * weights `w…`, int64 constants `i…`, intermediate values `t…`.
 */
export function onnxGraph() {
  const nodes: Pb[] = [];
  const inits: Pb[] = [];
  let k = 0;
  return {
    nodes,
    inits,
    /** Adds a float tensor as an initialiser; returns its name. */
    weight(t: tfTypes.Tensor, dims = t.shape as number[]): string {
      const name = `w${k++}`;
      inits.push(tensorProto(name, dims, t.dataSync() as Float32Array));
      return name;
    },
    /** Adds an int64 constant as an initialiser; returns its name. */
    int64(values: number[]): string {
      const name = `i${k++}`;
      inits.push(int64Tensor(name, values));
      return name;
    },
    fresh: (): string => `t${k++}`,
  };
}

/** A TF.js NHWC filter [kh, kw, cin, m] as an ONNX Conv weight (NCHW; depthwise as cin groups). */
export function onnxConvWeight(tf: Tf, filter: tfTypes.Tensor4D, depthwise: boolean): tfTypes.Tensor4D {
  const [kh, kw, cin, m] = filter.shape;
  return tf.tidy(() => (depthwise ? tf.reshape(tf.transpose(filter, [2, 3, 0, 1]), [cin * m, 1, kh, kw]) : tf.transpose(filter, [3, 2, 0, 1])));
}

/** face-api's separable convolution: depthwise, then pointwise with bias. */
export interface SeparableConvParams {
  depthwise_filter: tfTypes.Tensor4D;
  pointwise_filter: tfTypes.Tensor4D;
  bias: tfTypes.Tensor1D;
}

/**
 * onnxGraph with the layers of hand-written nets (face-api's): each helper adds its node(s) on a
 * fresh output name and returns that name, so a forward pass reads like the TF.js code it mirrors.
 * Padding 'same' is TF's (the extra row and column at the end: SAME_UPPER).
 */
export function onnxLayers(tf: Tf, int8?: Int8Plan) {
  const graph = onnxGraph();
  const quant = int8Writer(int8, graph);
  const op = (type: string, inputs: string[], attrs: Pb[] = []): string => {
    const out = graph.fresh();
    graph.nodes.push(node(type, inputs, [out], attrs));
    return out;
  };
  const conv = (x: string, filter: tfTypes.Tensor4D, bias: tfTypes.Tensor1D | undefined, options: { stride?: number; pad?: 'same' | 'valid'; depthwise?: boolean } = {}): string => {
    const { stride = 1, pad = 'same', depthwise = false } = options;
    const [kh, kw, cin] = filter.shape;
    const w = onnxConvWeight(tf, filter, depthwise);
    const attrs = [attrInts('strides', [stride, stride]), attrInts('kernel_shape', [kh, kw]), attrInt('group', depthwise ? cin : 1), attrStr('auto_pad', pad === 'same' ? 'SAME_UPPER' : 'VALID')];
    try {
      const int8Conv = quant.conv(x, w, bias, attrs);
      if (int8Conv) return int8Conv;
      const inputs = [x, graph.weight(w)];
      if (bias) inputs.push(graph.weight(bias));
      return op('Conv', inputs, attrs);
    } finally {
      w.dispose();
    }
  };
  const pool = (type: 'MaxPool' | 'AveragePool', x: string, size: number, stride: number, pad: 'same' | 'valid' = 'valid'): string =>
    op(type, [x], [attrInts('kernel_shape', [size, size]), attrInts('strides', [stride, stride]), attrStr('auto_pad', pad === 'same' ? 'SAME_UPPER' : 'VALID')]);
  return {
    ...graph,
    op,
    conv,
    /** A value as later layers read it: itself, or (int8 plans) quantised and dequantised; `like` reuses another's scale. */
    q: quant.q,
    checkRanges: quant.checkRanges,
    pool,
    separable: (x: string, s: SeparableConvParams, stride = 1): string => conv(quant.q(conv(x, s.depthwise_filter, undefined, { stride, depthwise: true })), s.pointwise_filter, s.bias),
    relu: (x: string): string => op('Relu', [x]),
    add: (...xs: string[]): string => op(xs.length === 2 ? 'Add' : 'Sum', xs),
    /** NHWC input with values 0..255 → NCHW, minus face-api's per-channel means, over 255. */
    faceApiInput(input: string, meanRgb: number[]): string {
      const [mean, scale] = [graph.fresh(), graph.fresh()];
      graph.inits.push(tensorProto(mean, [1, 3, 1, 1], new Float32Array(meanRgb)), tensorProto(scale, [], new Float32Array([255])));
      return op('Div', [op('Sub', [op('Transpose', [input], [attrInts('perm', [0, 3, 1, 2])]), mean]), scale]);
    },
  };
}

/**
 * Writes a folded layers graph (fold-layers.ts) as an ONNX model (opset 13): NHWC input transposed
 * to NCHW once, Conv with bias (+ Clip/Relu), Add, pools, Flatten, Gemm, Softmax.
 */
export function foldedToOnnx(tf: Tf, steps: FoldedStep[], input: string, output: string, inputShape: Array<number | string>, outputShape: Array<number | string>): Uint8Array {
  const { nodes, inits, weight: init } = onnxGraph();
  const zero = `c_zero`;
  const six = `c_six`;
  inits.push(tensorProto(zero, [], new Float32Array([0])), tensorProto(six, [], new Float32Array([6])));
  nodes.push(node('Transpose', [input], ['nchw_in'], [attrInts('perm', [0, 3, 1, 2])]));
  const names = new Map<string, string>([[input, 'nchw_in']]);
  const activate = (x: string, act: string, out: string) => {
    if (act === 'relu6') nodes.push(node('Clip', [x, zero, six], [out]));
    else if (act === 'relu') nodes.push(node('Relu', [x], [out]));
    else if (act === 'softmax') nodes.push(node('Softmax', [x], [out], [attrInt('axis', 1)]));
    else nodes.push(node('Identity', [x], [out]));
  };
  for (const step of steps) {
    const xs = step.inputs.map((i) => names.get(i)!);
    const out = step.name;
    const op = step.op;
    switch (op.type) {
      case 'conv': {
        const [kh, kw, cin] = op.filter.shape;
        const w = onnxConvWeight(tf, op.filter, op.depthwise);
        const attrs = [attrInts('strides', op.strides), attrInts('dilations', op.dilations), attrInts('kernel_shape', [kh, kw]), attrInt('group', op.depthwise ? cin : 1)];
        if (op.pad === 'same') attrs.push(attrStr('auto_pad', 'SAME_UPPER'));
        else if (op.pad !== 'valid') attrs.push(attrInts('pads', [op.pad[1][0], op.pad[2][0], op.pad[1][1], op.pad[2][1]]));
        const conv = op.activation === 'linear' ? out : `${out}_pre`;
        nodes.push(node('Conv', [xs[0]!, init(w), init(op.bias)], [conv], attrs));
        w.dispose();
        if (conv !== out) activate(conv, op.activation, out);
        break;
      }
      case 'add':
        nodes.push(node('Add', xs, [out]));
        break;
      case 'relu':
        activate(xs[0]!, op.max === 6 ? 'relu6' : 'relu', out);
        break;
      case 'pool':
        nodes.push(
          node(
            op.kind === 'avg' ? 'AveragePool' : 'MaxPool',
            [xs[0]!],
            [out],
            [attrInts('kernel_shape', op.size), attrInts('strides', op.strides), attrStr('auto_pad', op.pad === 'same' ? 'SAME_UPPER' : 'VALID')],
          ),
        );
        break;
      case 'globalAvgPool':
        nodes.push(node('GlobalAveragePool', [xs[0]!], [out]));
        break;
      case 'flatten':
        // Only valid where the spatial size is 1 x 1 (NCHW and NHWC flatten alike): true for nsfwjs.
        nodes.push(node('Flatten', [xs[0]!], [out], [attrInt('axis', 1)]));
        break;
      case 'dense': {
        const pre = op.activation === 'linear' ? out : `${out}_pre`;
        const inputs = [xs[0]!, init(op.kernel)];
        if (op.bias) inputs.push(init(op.bias));
        nodes.push(node('Gemm', inputs, [pre]));
        if (pre !== out) activate(pre, op.activation, out);
        break;
      }
      default:
        throw new UnsupportedLayerError(`no ONNX export for ${op.type}`);
    }
    names.set(step.name, out);
  }
  return onnxModel(nodes, inits, [valueInfo(input, inputShape)], [valueInfo(names.get(output)!, outputShape)]);
}

/** An opset-13 ModelProto from nodes, initializers and the graph's inputs and outputs. */
export function onnxModel(nodes: Pb[], inits: Pb[], inputs: Pb[], outputs: Pb[]): Uint8Array {
  const graph = new Pb();
  for (const n of nodes) graph.msg(1, n);
  graph.str(2, 'consentry');
  for (const t of inits) graph.msg(5, t);
  for (const i of inputs) graph.msg(11, i);
  for (const o of outputs) graph.msg(12, o);
  const model = new Pb().int(1, 8).str(2, 'consentry').msg(7, graph).msg(8, new Pb().str(1, '').int(2, 13));
  return model.bytes();
}
