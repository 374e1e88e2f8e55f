// TF.js graph models (model.json with a TF GraphDef) written as ONNX for ONNX Runtime, for the
// convolutional part of a graph: the nodes that the requested outputs depend on, NCHW inside. Ops
// outside the table below throw, so a caller falls back to TF.js rather than run a graph half-read.
import type * as tfTypes from '@tensorflow/tfjs';
import { attrInt, attrInts, attrStr, node, onnxConvWeight, onnxGraph, onnxModel, tensorProto, valueInfo } from './onnx-export.ts';
import type { Tf } from './tf-runtime.ts';

export interface GraphNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, { s?: string; i?: string; b?: boolean; list?: { i?: string[]; s?: string[] } }>;
}

export class UnsupportedGraphOpError extends Error {
  readonly code = 'unsupported_graph_op';
}

const ACTIVATIONS = new Set(['Relu', 'Relu6']);

/**
 * `outputs`: graph node names; each becomes an ONNX output of the same name, in NCHW ([1, C, H, W])
 * when it is a feature map. `inputShape`: the placeholder's NHWC shape; the ONNX input is float32 (a
 * Cast of the placeholder to float is read as the identity).
 */
export function tfGraphToOnnx(tf: Tf, topology: { node: GraphNode[] }, weights: Record<string, tfTypes.Tensor[]>, outputs: string[], inputShape: number[]): Uint8Array {
  const { nodes, inits, weight, int64, fresh } = onnxGraph();
  const byName = new Map(topology.node.map((n) => [n.name, n]));
  const base = (ref: string) => ref.replace(/^\^/, '').split(':')[0]!;
  const str = (b64?: string) => (b64 ? Buffer.from(b64, 'base64').toString('utf8') : '');
  const ints = (n: GraphNode, key: string) => (n.attr?.[key]?.list?.i ?? []).map(Number);
  const constant = (ref: string) => {
    const t = weights[base(ref)]?.[0];
    if (!t) throw new UnsupportedGraphOpError(`graph: no constant ${ref}`);
    return t;
  };
  const isConst = (ref: string) => byName.get(base(ref))?.op === 'Const';

  // Only what the outputs depend on is written (a graph's own decoding tail is left to the caller).
  const needed = new Set<string>();
  const visit = (name: string) => {
    if (needed.has(name)) return;
    const n = byName.get(name);
    if (!n) throw new UnsupportedGraphOpError(`graph: no node ${name}`);
    needed.add(name);
    for (const i of n.input ?? []) if (!i.startsWith('^')) visit(base(i));
  };
  for (const o of outputs) visit(o);

  // Feature maps become NCHW at their first convolution; until then values keep the input's layout.
  const nchw = new Set<string>();
  const asNchw = (ref: string): string => {
    const name = base(ref);
    if (nchw.has(name)) return name;
    const out = `${name}_nchw`;
    if (!nchw.has(out)) {
      nodes.push(node('Transpose', [name], [out], [attrInts('perm', [0, 3, 1, 2])]));
      nchw.add(out);
    }
    return out;
  };
  // A constant against an NCHW value: a scalar, or per-channel [1, 1, 1, C] turned to [1, C, 1, 1].
  const constantFor = (ref: string, layoutOf: string): string => {
    const t = constant(ref);
    if (!nchw.has(layoutOf) || t.size === 1) return weight(t);
    if (t.rank !== 4 || t.shape[0] !== 1 || t.shape[1] !== 1 || t.shape[2] !== 1) throw new UnsupportedGraphOpError(`graph: constant ${ref} against an NCHW value`);
    const w = tf.transpose(t, [0, 3, 1, 2]);
    const name = weight(w);
    w.dispose();
    return name;
  };
  let placeholder = '';
  // Clip's bounds (inputs since opset 11), added once on first use.
  let clip: { zero: string; six: string } | undefined;
  const clipBounds = () => {
    if (!clip) {
      clip = { zero: 'clip_zero', six: 'clip_six' };
      inits.push(tensorProto(clip.zero, [], new Float32Array([0])), tensorProto(clip.six, [], new Float32Array([6])));
    }
    return clip;
  };

  for (const n of topology.node) {
    if (!needed.has(n.name)) continue;
    const inputs = (n.input ?? []).filter((i) => !i.startsWith('^'));
    const emit = (op: string, ins: string[], attrs: Parameters<typeof node>[3] = [], layout: 'same' | 'nchw' = 'same') => {
      nodes.push(node(op, ins, [n.name], attrs));
      if (layout === 'nchw' || ins.some((i) => nchw.has(i))) nchw.add(n.name);
    };
    switch (n.op) {
      case 'Const':
        break;
      case 'Placeholder':
        placeholder = n.name;
        break;
      case 'Cast':
      case 'Identity':
        emit('Identity', [base(inputs[0]!)]);
        break;
      case 'Unpack':
      case 'Squeeze': {
        const axes = n.op === 'Unpack' ? [Number(n.attr?.axis?.i ?? 0)] : ints(n, 'squeeze_dims');
        if ((n.op === 'Unpack' && Number(n.attr?.num?.i ?? 0) !== 1) || nchw.has(base(inputs[0]!))) throw new UnsupportedGraphOpError(`graph: ${n.op} ${n.name}`);
        emit('Squeeze', [base(inputs[0]!), int64(axes)]);
        break;
      }
      case 'ExpandDims': {
        if (nchw.has(base(inputs[0]!))) throw new UnsupportedGraphOpError(`graph: ExpandDims on NCHW ${n.name}`);
        emit('Unsqueeze', [base(inputs[0]!), int64(Array.from(constant(inputs[1]!).dataSync()))]);
        break;
      }
      case 'Sub':
      case 'Mul':
      case 'AddV2':
      case 'Add':
      case 'RealDiv': {
        const type = { Sub: 'Sub', Mul: 'Mul', AddV2: 'Add', Add: 'Add', RealDiv: 'Div' }[n.op]!;
        const values = inputs.filter((i) => !isConst(i));
        if (values.length === 0) throw new UnsupportedGraphOpError(`graph: constant ${n.op} ${n.name}`);
        // Two feature maps meet in one layout; a constant follows the value's.
        const layoutOf = values.some((v) => nchw.has(base(v))) ? values.map(asNchw)[0]! : base(values[0]!);
        const ins = inputs.map((i) => (isConst(i) ? constantFor(i, layoutOf) : nchw.has(layoutOf) ? asNchw(i) : base(i)));
        emit(type, ins);
        break;
      }
      case 'Sigmoid':
      case 'Relu':
        emit(n.op, [base(inputs[0]!)]);
        break;
      case 'Relu6':
        emit('Clip', [base(inputs[0]!), clipBounds().zero, clipBounds().six]);
        break;
      case '_FusedConv2D':
      case 'Conv2D':
      case 'FusedDepthwiseConv2dNative':
      case 'DepthwiseConv2dNative': {
        const filter = constant(inputs[1]!) as tfTypes.Tensor4D;
        const [kh, kw, cin] = filter.shape;
        const depthwise = n.op.includes('Depthwise');
        const fused = (n.attr?.fused_ops?.list?.s ?? []).map(str);
        if (fused.some((f) => f !== 'BiasAdd' && !ACTIVATIONS.has(f))) throw new UnsupportedGraphOpError(`graph: fused ops ${fused.join(',')}`);
        if (str(n.attr?.data_format?.s) && str(n.attr?.data_format?.s) !== 'NHWC') throw new UnsupportedGraphOpError(`graph: data format of ${n.name}`);
        const padding = str(n.attr?.padding?.s);
        if (padding !== 'SAME' && padding !== 'VALID') throw new UnsupportedGraphOpError(`graph: padding ${padding} of ${n.name}`);
        const w = onnxConvWeight(tf, filter, depthwise);
        const convInputs = [asNchw(inputs[0]!), weight(w)];
        w.dispose();
        if (fused.includes('BiasAdd')) convInputs.push(weight(constant(inputs[2]!)));
        const strides = ints(n, 'strides');
        const dilations = ints(n, 'dilations');
        const activation = fused.find((f) => ACTIVATIONS.has(f));
        const out = activation ? `${n.name}_pre` : n.name;
        nodes.push(
          node(
            'Conv',
            convInputs,
            [out],
            [
              attrInts('strides', [strides[1] ?? 1, strides[2] ?? 1]),
              attrInts('dilations', [dilations[1] ?? 1, dilations[2] ?? 1]),
              attrInts('kernel_shape', [kh, kw]),
              attrInt('group', depthwise ? cin : 1),
              attrStr('auto_pad', padding === 'SAME' ? 'SAME_UPPER' : 'VALID'),
            ],
          ),
        );
        if (activation === 'Relu') nodes.push(node('Relu', [out], [n.name]));
        else if (activation === 'Relu6') nodes.push(node('Clip', [out, clipBounds().zero, clipBounds().six], [n.name]));
        nchw.add(n.name);
        break;
      }
      case 'ResizeBilinear': {
        // TF's half-pixel bilinear is ONNX's half_pixel linear (both clamp at the borders).
        if (n.attr?.align_corners?.b || !n.attr?.half_pixel_centers?.b) throw new UnsupportedGraphOpError(`graph: resize mode of ${n.name}`);
        const x = asNchw(inputs[0]!);
        const size = Array.from(constant(inputs[1]!).dataSync());
        const [shape, batchChannels] = [fresh(), fresh()];
        nodes.push(node('Shape', [x], [shape]), node('Slice', [shape, int64([0]), int64([2])], [batchChannels]));
        const sizes = fresh();
        nodes.push(node('Concat', [batchChannels, int64(size)], [sizes], [attrInt('axis', 0)]));
        emit('Resize', [x, '', '', sizes], [attrStr('mode', 'linear'), attrStr('coordinate_transformation_mode', 'half_pixel')], 'nchw');
        break;
      }
      default:
        throw new UnsupportedGraphOpError(`graph: no ONNX export for ${n.op} (${n.name})`);
    }
  }
  if (!placeholder) throw new UnsupportedGraphOpError('graph: no placeholder');
  return onnxModel(
    nodes,
    inits,
    [valueInfo(placeholder, inputShape)],
    outputs.map((o) => valueInfo(o)),
  );
}
