// node --import tsx bench/onnx-nsfw-bench.ts — what would ONNX Runtime's native CPU kernels buy?
// A prototype, not the pipeline: exports nsfwjs's MobileNetV2 (as folded by fold-layers.ts, from the
// weights inside node_modules; nothing is downloaded) to an in-memory ONNX graph, runs it with
// onnxruntime-node on one thread, checks that the probabilities match TF.js, and times both.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type * as tfTypes from '@tensorflow/tfjs';
import sharp from 'sharp';
import { compileLayersModel, type FoldedStep } from '../src/image/fold-layers.ts';
import { loadNudityModel, prepare } from '../src/image/nudity-model.ts';
import { initTf } from '../src/image/tf-runtime.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const people = sharedPath('data', 'people');
if (!people) {
  console.error('bench/onnx-nsfw-bench.ts needs ../shared/data/people (set CONSENTRY_SHARED).');
  process.exit(0);
}
let ort: typeof import('onnxruntime-node');
try {
  ort = await import('onnxruntime-node');
} catch {
  console.error('onnxruntime-node is not installed; this prototype needs it.');
  process.exit(0);
}

// --- a minimal protobuf writer for the ONNX messages we need ---
class Pb {
  bytes: number[] = [];
  varint(n: number | bigint): this {
    let v = BigInt(n);
    if (v < 0n) v += 1n << 64n;
    do {
      let b = Number(v & 0x7fn);
      v >>= 7n;
      if (v > 0n) b |= 0x80;
      this.bytes.push(b);
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
    this.bytes.push(...b);
    return this;
  }
  raw(field: number, data: Uint8Array | number[]): this {
    this.key(field, 2).varint(data.length);
    for (let i = 0; i < data.length; i++) this.bytes.push(data[i]!);
    return this;
  }
  str(field: number, s: string): this {
    return this.raw(field, Buffer.from(s, 'utf8'));
  }
  msg(field: number, m: Pb): this {
    return this.raw(field, m.bytes);
  }
}
const attrInts = (name: string, xs: number[]) => {
  const a = new Pb().str(1, name).int(20, 7);
  for (const x of xs) a.int(8, x);
  return a;
};
const attrInt = (name: string, x: number) => new Pb().str(1, name).int(20, 2).int(3, x);
const attrStr = (name: string, x: string) => new Pb().str(1, name).int(20, 3).str(4, x);
const node = (op: string, inputs: string[], outputs: string[], attrs: Pb[] = []) => {
  const n = new Pb();
  for (const i of inputs) n.str(1, i);
  for (const o of outputs) n.str(2, o);
  n.str(4, op);
  for (const a of attrs) n.msg(5, a);
  return n;
};
const tensorProto = (name: string, dims: number[], data: Float32Array) => {
  const t = new Pb();
  for (const d of dims) t.int(1, d);
  t.int(2, 1).str(8, name).raw(9, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return t;
};
const valueInfo = (name: string, dims: Array<number | string>) => {
  const shape = new Pb();
  for (const d of dims) shape.msg(1, typeof d === 'number' ? new Pb().int(1, d) : new Pb().str(2, d));
  return new Pb().str(1, name).msg(2, new Pb().msg(1, new Pb().int(1, 1).msg(2, shape)));
};

function exportOnnx(tf: Awaited<ReturnType<typeof initTf>>, steps: FoldedStep[], input: string, output: string): Uint8Array {
  const nodes: Pb[] = [];
  const inits: Pb[] = [];
  let k = 0;
  const init = (t: tfTypes.Tensor, dims = t.shape as number[]) => {
    const name = `w${k++}`;
    inits.push(tensorProto(name, dims, t.dataSync() as Float32Array));
    return name;
  };
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
        const [kh, kw, cin, m] = op.filter.shape;
        const w = op.depthwise
          ? tf.tidy(() => tf.reshape(tf.transpose(op.filter, [2, 3, 0, 1]), [cin * m, 1, kh, kw]))
          : tf.tidy(() => tf.transpose(op.filter, [3, 2, 0, 1]));
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
        nodes.push(node(op.kind === 'avg' ? 'AveragePool' : 'MaxPool', [xs[0]!], [out], [attrInts('kernel_shape', op.size), attrInts('strides', op.strides), attrStr('auto_pad', op.pad === 'same' ? 'SAME_UPPER' : 'VALID')]));
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
        throw new Error(`no ONNX export for ${op.type}`);
    }
    names.set(step.name, out);
  }
  const graph = new Pb();
  for (const n of nodes) graph.msg(1, n);
  graph.str(2, 'nsfwjs_mobilenet_v2_folded');
  for (const t of inits) graph.msg(5, t);
  graph.msg(11, valueInfo(input, ['N', 224, 224, 3]));
  graph.msg(12, valueInfo(names.get(output)!, ['N', 5]));
  const model = new Pb().int(1, 8).str(2, 'consentry').msg(7, graph).msg(8, new Pb().str(1, '').int(2, 13));
  return Uint8Array.from(model.bytes);
}

const tf = await initTf('wasm');
const nudity = await loadNudityModel(tf);
const compiled = compileLayersModel(tf, (nudity.raw as { model: Parameters<typeof compileLayersModel>[1] }).model);
const onnx = exportOnnx(tf, compiled.steps, compiled.input, compiled.output);
const session = await ort.InferenceSession.create(onnx, { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
console.log(`# ONNX export of nsfwjs MobileNetV2 (folded): ${(onnx.length / 1e6).toFixed(1)} MB; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
let maxDiff = 0;
const tfjsMs: number[] = [];
const ortMs: number[] = [];
for (const name of ['fr_two_people.jpg', 'vh_solvay1927.jpg', 'max_group.jpeg', 'fr_obama.jpg']) {
  const { data, info } = await sharp(readFileSync(`${people}/${name}`)).resize(1024).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const image = tf.tensor3d(data, [info.height, info.width, 3], 'int32');
  const x = prepare(tf, image);
  const input = new ort.Tensor('float32', x.dataSync() as Float32Array, [1, 224, 224, 3]);
  const expected = tf.tidy(() => compiled.forward(x).dataSync());
  const got = (await session.run({ [compiled.input]: input }))[session.outputNames[0]!]!.data as Float32Array;
  for (let i = 0; i < 5; i++) maxDiff = Math.max(maxDiff, Math.abs(got[i]! - expected[i]!));
  for (let r = 0; r < 12; r++) {
    let c = cpu();
    tf.tidy(() => compiled.forward(x).dataSync());
    if (r >= 2) tfjsMs.push(cpu() - c);
    c = cpu();
    await session.run({ [compiled.input]: input });
    if (r >= 2) ortMs.push(cpu() - c);
  }
  tf.dispose([image, x]);
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0]!.toFixed(1)} / median ${s[Math.floor(s.length / 2)]!.toFixed(1)} ms`;
};
console.log(`largest probability difference ONNX Runtime vs TF.js: ${maxDiff.toExponential(2)}`);
console.log(`CPU per 224 x 224 inference, one thread, interleaved: TF.js WASM (folded) ${stats(tfjsMs)}; ONNX Runtime CPU ${stats(ortMs)}`);
await session.release();
