import { FEATURE_VERSION } from '../src/screen/classifier/features.ts';
import { type LinearHeader, LinearHead } from '../src/screen/classifier/linear.ts';
import { seededRandom, shuffled } from '../src/stats/random.ts';

// The linear "harmful" head's training (src/screen/classifier/linear.ts): an L2 logistic regression
// over the hashed features of each example's first window, 2^LIN_BITS signed buckets, each value
// scaled by 1/sqrt(the feature count), one more weight for edit requests. Plain SGD with the
// "optimal" step schedule of scikit-learn's SGDClassifier (the lead's experiment, which this
// reproduces) and the weight-scaling trick, so L2 costs nothing per step. A seeded shuffle per
// epoch: the same inputs give the same bytes.

export const LIN_BITS = Number(process.env.LIN_BITS ?? 20);
const LIN_EPOCHS = Number(process.env.LIN_EPOCHS ?? 20);
/** Inverse L2 strength per example: alpha = 1 / (LIN_C * examples). */
const LIN_C = Number(process.env.LIN_C ?? 10);
/** The intercept moves at a hundredth of the weights' rate (scikit-learn's rule for sparse data). */
const INTERCEPT_DECAY = 0.01;
/**
 * From this epoch on (1-based), the weights at the end of each epoch are averaged into the result
 * (0: the last epoch's weights alone): the late steps are still large, so one epoch's end is noisy.
 */
const LIN_AVERAGE_FROM = Number(process.env.LIN_AVERAGE_FROM ?? 11);

/** One training example: the raw hashes of its first window, whether it is an edit, its target and weight. */
export interface LinearExample {
  hashes: Int32Array;
  edit: boolean;
  harmful: boolean;
  weight: number;
}

export interface LinearWeights {
  w: Float64Array;
  bias: number;
  edit: number;
}

/** d(log loss)/d(margin) for a label y in {-1, 1}, as scikit-learn computes it. */
function dloss(p: number, y: number): number {
  const z = p * y;
  if (z > 18) return -y * Math.exp(-z);
  if (z < -18) return -y;
  return -y / (Math.exp(z) + 1);
}

export function trainLinear(data: readonly LinearExample[], seed: number, label: string): LinearWeights {
  const shift = 32 - LIN_BITS;
  const mask = (1 << LIN_BITS) - 1;
  const v = new Float64Array(1 << LIN_BITS);
  let vEdit = 0;
  let scale = 1;
  let bias = 0;
  const alpha = 1 / (LIN_C * Math.max(1, data.length));
  const typw = Math.sqrt(1 / Math.sqrt(alpha));
  const eta0 = typw / Math.max(1, -dloss(-typw, 1));
  const t0 = 1 / (eta0 * alpha);
  const random = seededRandom(seed ^ 0x51ed);
  let t = 1;
  const averaged = { w: new Float64Array(LIN_AVERAGE_FROM > 0 ? v.length : 0), bias: 0, edit: 0, n: 0 };
  for (let epoch = 0; epoch < LIN_EPOCHS; epoch++) {
    let loss = 0;
    for (const d of shuffled(data, random)) {
      const eta = 1 / (alpha * (t0 + t - 1));
      const n = d.hashes.length;
      const norm = n > 0 ? 1 / Math.sqrt(n) : 0;
      let dot = 0;
      for (let i = 0; i < n; i++) {
        const h = d.hashes[i]!;
        const x = v[(h >>> shift) & mask]!;
        dot += h & 1 ? -x : x;
      }
      const margin = scale * (dot * norm + (d.edit ? vEdit : 0)) + bias;
      const y = d.harmful ? 1 : -1;
      loss += d.weight * Math.log1p(Math.exp(-Math.max(-30, Math.min(30, y * margin))));
      const update = -eta * dloss(margin, y) * d.weight;
      if (update !== 0) {
        const step = (update * norm) / scale;
        for (let i = 0; i < n; i++) {
          const h = d.hashes[i]!;
          v[(h >>> shift) & mask]! += h & 1 ? -step : step;
        }
        if (d.edit) vEdit += update / scale;
        bias += update * INTERCEPT_DECAY;
      }
      scale *= Math.max(0, 1 - eta * alpha);
      if (scale < 1e-9) {
        for (let k = 0; k < v.length; k++) v[k]! *= scale;
        vEdit *= scale;
        scale = 1;
      }
      t++;
    }
    if (LIN_AVERAGE_FROM > 0 && epoch + 1 >= LIN_AVERAGE_FROM) {
      for (let k = 0; k < v.length; k++) averaged.w[k]! += v[k]! * scale;
      averaged.bias += bias;
      averaged.edit += vEdit * scale;
      averaged.n++;
    }
    if (epoch === LIN_EPOCHS - 1 || epoch % 5 === 4) console.error(`${label} linear epoch ${epoch + 1}/${LIN_EPOCHS}: mean loss ${(loss / data.length).toFixed(4)}`);
  }
  if (averaged.n > 0) {
    for (let k = 0; k < v.length; k++) averaged.w[k]! /= averaged.n;
    return { w: averaged.w, bias: averaged.bias / averaged.n, edit: averaged.edit / averaged.n };
  }
  const w = new Float64Array(v.length);
  for (let k = 0; k < v.length; k++) w[k] = v[k]! * scale;
  return { w, bias, edit: vEdit * scale };
}

/** Int8 weights with one scale per file (the largest weight maps to 127), as a LinearHead. */
export function buildLinear(t: LinearWeights, window: number, stride: number, trainedOn?: Record<string, unknown>): { header: LinearHeader; q: Int8Array; head: LinearHead } {
  let max = 0;
  for (const x of t.w) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const q = new Int8Array(t.w.length);
  for (let k = 0; k < q.length; k++) q[k] = Math.max(-127, Math.min(127, Math.round(t.w[k]! / scale)));
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  const header: LinearHeader = {
    format: 'consentry-screener-linear',
    featureVersion: FEATURE_VERSION,
    bits: LIN_BITS,
    scale,
    bias: r(t.bias),
    edit: r(t.edit),
    window,
    stride,
    windowRule: 'trained on the features of the first window; scored as the best window, like the model',
    ...(trainedOn ? { trainedOn } : {}),
  };
  return { header, q, head: new LinearHead(header, q) };
}

export const LINEAR_SETTINGS = { bits: LIN_BITS, epochs: LIN_EPOCHS, c: LIN_C, ...(LIN_AVERAGE_FROM > 0 ? { averageFrom: LIN_AVERAGE_FROM } : {}) };
