import { readFileSync } from 'node:fs';
import { ConfigError } from '../../errors.ts';
import { FEATURE_VERSION, type FeatureList } from './features.ts';

/** What the model scores, one logistic output each. */
export const HEADS = ['undress', 'sexual', 'suggestive', 'minor'] as const;
export type Head = (typeof HEADS)[number];

const MAGIC = 'CSM2';

/** Per-head decision thresholds on the probability, calibrated on benign data at training time. */
export interface HeadThresholds {
  /** At or above: the category is present (the policy blocks or reviews as it says). */
  strong: number;
  /** At or above (and below strong): a weaker signal, see classifierSignals. */
  weak: number;
}

export interface ModelHeader {
  format: 'consentry-screener-model';
  featureVersion: number;
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Embedding width (one int8 vector per bucket) and hidden layer width. */
  dim: number;
  hidden: number;
  heads: Head[];
  /** Dequantisation scale of the int8 embeddings. */
  scale: number;
  /** Hidden layer: hidden × dim weights (row-major) and hidden biases; output: heads × hidden and head biases. */
  w1: number[];
  b1: number[];
  w2: number[];
  b2: number[];
  /** Skeleton characters per scoring window, and the step between windows. */
  window: number;
  stride: number;
  thresholds: Record<Head, HeadThresholds>;
  /** Free-form provenance written by the trainer (data sizes, seed). */
  trainedOn?: Record<string, unknown>;
}

/** Scores of one text: the probability per head, and the window behind each. */
export interface ModelScores {
  probability: Float64Array;
  /** For each head, the skeleton position range [from, to) of the window with the highest score. */
  windowFrom: Int32Array;
  windowTo: Int32Array;
  /** For each head, d(logit)/d(pooled embedding) in its best window: what makes evidence exact. */
  gradient: Float64Array[];
  /** For each head, 1/sqrt(feature count) of its best window. */
  norm: Float64Array;
}

/** One feature's share of a head's logit, with the span of the original text it came from. */
export interface Contribution {
  start: number;
  end: number;
  weight: number;
}

/**
 * Hashed n-gram embeddings (int8, one small vector per bucket) summed over a window, then one
 * ReLU hidden layer and a logistic output per head: a fastText-style model that can learn that
 * "remove" with a garment is harmful while "remove" with a logo, or a garment with a colour, is not.
 * Scoring is linear in the number of features: each feature is added to at most two overlapping
 * windows, and a head's score is its best window's, so a long chatty request cannot dilute one
 * harmful sentence.
 */
export class HashedNgramModel {
  readonly header: ModelHeader;
  private readonly embeddings: Int8Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(header: ModelHeader, embeddings: Int8Array) {
    if (header.format !== 'consentry-screener-model') throw new ConfigError('Not a Consentry screener model.');
    if (header.featureVersion !== FEATURE_VERSION) {
      throw new ConfigError(`The model was trained on feature version ${header.featureVersion}; this code extracts version ${FEATURE_VERSION}.`);
    }
    const { bits, dim, hidden, heads } = header;
    if (embeddings.length !== (1 << bits) * dim || header.w1.length !== hidden * dim || header.w2.length !== heads.length * hidden || header.window % header.stride !== 0) {
      throw new ConfigError('The model file is truncated or its header does not match its weights.');
    }
    this.header = header;
    this.embeddings = embeddings;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** Reads a model file: "CSM2", a little-endian u32 header length, the JSON header, the int8 embeddings. */
  static fromBytes(bytes: Uint8Array): HashedNgramModel {
    if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new ConfigError('Not a Consentry screener model.');
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as ModelHeader;
    const embeddings = new Int8Array(bytes.buffer, bytes.byteOffset + 8 + headerLength, bytes.length - 8 - headerLength);
    return new HashedNgramModel(header, embeddings);
  }

  static load(path: string | URL): HashedNgramModel {
    return HashedNgramModel.fromBytes(readFileSync(path));
  }

  /** The bytes of a model file (the inverse of fromBytes). */
  static toBytes(header: ModelHeader, embeddings: Int8Array): Uint8Array {
    const json = new TextEncoder().encode(JSON.stringify(header));
    const out = new Uint8Array(8 + json.length + embeddings.length);
    out.set(new TextEncoder().encode(MAGIC), 0);
    new DataView(out.buffer).setUint32(4, json.length, true);
    out.set(json, 8);
    out.set(new Uint8Array(embeddings.buffer, embeddings.byteOffset, embeddings.length), 8 + json.length);
    return out;
  }

  bucket(hash: number): number {
    return (hash >>> this.shift) & this.mask;
  }

  /** The sign of a feature's vector: halves the bias that bucket collisions bring. */
  static sign(hash: number): number {
    return hash & 1 ? -1 : 1;
  }

  /** Logits of one pooled embedding `h0`; fills `pre` with the hidden pre-activations. */
  private logits(h0: Float64Array, pre: Float64Array, out: Float64Array): void {
    const { dim, hidden, w1, b1, w2, b2, heads } = this.header;
    for (let u = 0; u < hidden; u++) {
      let a = b1[u]!;
      for (let d = 0; d < dim; d++) a += w1[u * dim + d]! * h0[d]!;
      pre[u] = a;
    }
    for (let j = 0; j < heads.length; j++) {
      let z = b2[j]!;
      for (let u = 0; u < hidden; u++) if (pre[u]! > 0) z += w2[j * hidden + u]! * pre[u]!;
      out[j] = z;
    }
  }

  /** Scores `features` of a skeleton `length` characters long. */
  score(features: FeatureList, length: number): ModelScores {
    const { heads, window, stride, dim, hidden, w1, w2, scale } = this.header;
    const h = heads.length;
    const windows = length <= window ? 1 : Math.ceil((length - window) / stride) + 1;
    // Each feature is added once, to its chunk of `stride` positions; a window is the sum of
    // `window / stride` consecutive chunks, slid one chunk at a time.
    const perWindow = window / stride;
    const chunks = windows === 1 ? 1 : windows + perWindow - 1;
    const chunkSums = new Float64Array(chunks * dim);
    const chunkCounts = new Int32Array(chunks);
    const e = this.embeddings;
    for (let i = 0; i < features.count; i++) {
      const hash = features.hash[i]!;
      const base = this.bucket(hash) * dim;
      const sign = HashedNgramModel.sign(hash);
      const c = windows === 1 ? 0 : Math.min(chunks - 1, Math.floor(features.position[i]! / stride));
      chunkCounts[c]!++;
      const at = c * dim;
      if (sign > 0) for (let d = 0; d < dim; d++) chunkSums[at + d]! += e[base + d]!;
      else for (let d = 0; d < dim; d++) chunkSums[at + d]! -= e[base + d]!;
    }
    const sums = new Float64Array(windows * dim);
    const counts = new Int32Array(windows);
    if (windows === 1) {
      sums.set(chunkSums.subarray(0, dim));
      counts[0] = chunkCounts[0]!;
    } else {
      for (let k = 0; k < windows; k++) {
        for (let c = k; c < k + perWindow; c++) {
          counts[k]! += chunkCounts[c]!;
          for (let d = 0; d < dim; d++) sums[k * dim + d]! += chunkSums[c * dim + d]!;
        }
      }
    }
    const best = new Float64Array(h).fill(-Infinity);
    const bestWindow = new Int32Array(h);
    const h0 = new Float64Array(dim);
    const pre = new Float64Array(hidden);
    const z = new Float64Array(h);
    for (let k = 0; k < windows; k++) {
      if (counts[k] === 0 && windows > 1) continue;
      const norm = counts[k]! > 0 ? scale / Math.sqrt(counts[k]!) : 0;
      for (let d = 0; d < dim; d++) h0[d] = sums[k * dim + d]! * norm;
      this.logits(h0, pre, z);
      for (let j = 0; j < h; j++) {
        if (z[j]! > best[j]!) {
          best[j] = z[j]!;
          bestWindow[j] = k;
        }
      }
    }
    const probability = new Float64Array(h);
    const windowFrom = new Int32Array(h);
    const windowTo = new Int32Array(h);
    const gradient: Float64Array[] = [];
    const norms = new Float64Array(h);
    for (let j = 0; j < h; j++) {
      probability[j] = 1 / (1 + Math.exp(-best[j]!));
      const k = bestWindow[j]!;
      windowFrom[j] = windows === 1 ? 0 : k * stride;
      windowTo[j] = windows === 1 ? length + 1 : k * stride + window;
      // The logit is linear in h0 given which hidden units are active: its gradient splits it exactly among features.
      const norm = counts[k]! > 0 ? scale / Math.sqrt(counts[k]!) : 0;
      for (let d = 0; d < dim; d++) h0[d] = sums[k * dim + d]! * norm;
      this.logits(h0, pre, z);
      const g = new Float64Array(dim);
      for (let u = 0; u < hidden; u++) {
        if (pre[u]! <= 0) continue;
        const w = w2[j * hidden + u]!;
        for (let d = 0; d < dim; d++) g[d]! += w * w1[u * dim + d]!;
      }
      gradient.push(g);
      norms[j] = norm;
    }
    return { probability, windowFrom, windowTo, gradient, norm: norms };
  }

  /** The `k` features that pushed head `head` up most inside its best window, strongest first. */
  topContributions(features: FeatureList, scores: ModelScores, head: number, k: number): Contribution[] {
    const { dim } = this.header;
    const from = scores.windowFrom[head]!;
    const to = scores.windowTo[head]!;
    const g = scores.gradient[head]!;
    const norm = scores.norm[head]!;
    const top: Contribution[] = [];
    for (let i = 0; i < features.count; i++) {
      const pos = features.position[i]!;
      if (pos < from || pos >= to) continue;
      const hash = features.hash[i]!;
      const base = this.bucket(hash) * dim;
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += this.embeddings[base + d]! * g[d]!;
      const weight = HashedNgramModel.sign(hash) * dot * norm;
      if (weight <= 0 || (top.length === k && weight <= top[k - 1]!.weight)) continue;
      // Insertion into a list of at most k: constant work per feature.
      let at = Math.min(top.length, k - 1);
      if (top.length < k) top.push({ start: 0, end: 0, weight: 0 });
      while (at > 0 && top[at - 1]!.weight < weight) {
        top[at] = top[at - 1]!;
        at--;
      }
      top[at] = { start: features.start[i]!, end: features.end[i]!, weight };
    }
    return top;
  }
}
