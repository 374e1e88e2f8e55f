import { readFileSync } from 'node:fs';
import { ConfigError } from '../../errors.ts';
import { addSilentCounts, BlockMemo, FEATURE_VERSION, type FeatureList, POSITION_SLACK, type RemovedFeatures } from './features.ts';
import { readWeightsFile, weightsFileBytes } from './weights-file.ts';

/** What the model scores, one logistic output each. */
export const HEADS = ['undress', 'sexual', 'suggestive', 'minor'] as const;
export type Head = (typeof HEADS)[number];

const MAGIC = 'CSM2';
/** Features whose embedding rows are brought into the cache together (a power of two). */
const TOUCH_BLOCK = 256;
/** Windows whose logits one request remembers (log2): a repeated text repeats its windows. */
const WINDOW_CACHE_BITS = 6;
/** Features from which accumulate16 is used rather than accumulateWords (see scoreInto). */
const LONG_TEXT_FEATURES = 4096;
/** Windows from which their logits are remembered within a request (see slide). */
const CACHED_WINDOWS = 4;
/** Features summed two lanes per word before the halves are split: 64 x 256 fits a 16-bit half. */
const FLUSH_EVERY = 64;

/**
 * HashedNgramModel.signed for 16-wide rows: per bucket, the row and its negation, each lane plus 128,
 * two lanes a word (lanes 0 and 2, then 1 and 3, of each group of four). One flat pass of integer
 * arithmetic: it runs when the model loads, before the first screen.
 */
function signedTable(embeddings: Int8Array, bits: number): Int32Array {
  const signed = new Int32Array(embeddings.length);
  const rows = 1 << bits;
  for (let row = 0; row < rows; row++) {
    const src = row << 4;
    const plus = row << 4;
    const minus = plus | 8;
    for (let q = 0; q < 4; q++) {
      const e0 = embeddings[src + 4 * q]!;
      const e1 = embeddings[src + 4 * q + 1]!;
      const e2 = embeddings[src + 4 * q + 2]!;
      const e3 = embeddings[src + 4 * q + 3]!;
      signed[plus + 2 * q] = (e0 + 128) | ((e2 + 128) << 16);
      signed[plus + 2 * q + 1] = (e1 + 128) | ((e3 + 128) << 16);
      signed[minus + 2 * q] = (128 - e0) | ((128 - e2) << 16);
      signed[minus + 2 * q + 1] = (128 - e1) | ((128 - e3) << 16);
    }
  }
  return signed;
}

/** The first word of a feature's row in HashedNgramModel.signed: its bucket's, for its sign. */
function signedRow(hash: number, shift: number, mask: number): number {
  return ((((hash >>> shift) & mask) << 1) | (hash & 1)) << 3;
}

/**
 * Adds the sums of `n` features' rows of HashedNgramModel.signed (word 2q: lanes 4q and 4q+2,
 * word 2q+1: lanes 4q+1 and 4q+3, each lane plus 128) to the 16 sums at `at`.
 */
function addLanes(sums: Int32Array, at: number, n: number, w0: number, w1: number, w2: number, w3: number, w4: number, w5: number, w6: number, w7: number): void {
  if (n === 0) return;
  const bias = 128 * n;
  addPair(sums, at, bias, w0, w1);
  addPair(sums, at + 4, bias, w2, w3);
  addPair(sums, at + 8, bias, w4, w5);
  addPair(sums, at + 12, bias, w6, w7);
}

function addPair(sums: Int32Array, at: number, bias: number, even: number, odd: number): void {
  sums[at]! += (even & 0xffff) - bias;
  sums[at + 1]! += (odd & 0xffff) - bias;
  sums[at + 2]! += (even >>> 16) - bias;
  sums[at + 3]! += (odd >>> 16) - bias;
}

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
  /**
   * For each head, which hidden units are active (1) in its best window, heads × hidden: the logit
   * is linear in the pooled embedding given these, so its gradient (see `gradient`) splits it
   * exactly among features.
   */
  active: Uint8Array;
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
  /** Sums of words' features met in long texts (accumulate16): a word repeated is summed once. */
  private readonly blockMemo = new BlockMemo(9, 16);
  /**
   * The same embeddings read four at a time (little-endian int32 words, when the platform is
   * little-endian and the width a multiple of 4): a quarter of the array reads when summing.
   */
  private readonly words: Int32Array | undefined;
  /**
   * The 16-wide embeddings again, for summing: two rows per bucket, the first for a feature of
   * sign +1 and the second for sign -1 (see sign), each of 8 words that hold two lanes apiece in
   * their 16-bit halves (word 2q: lanes 4q and 4q+2; word 2q+1: lanes 4q+1 and 4q+3), as the
   * signed value plus 128 (0-256). One 32-bit add then sums two lanes, with no branch on the sign.
   */
  private readonly signed: Int32Array | undefined;
  private readonly mask: number;
  private readonly shift: number;
  // The header's weights as typed arrays, read in the inner loops.
  private readonly w1: Float64Array;
  /** w1 transposed: by dimension, then hidden unit. */
  private readonly w1t: Float64Array;
  private readonly b1: Float64Array;
  private readonly w2: Float64Array;
  private readonly b2: Float64Array;
  /**
   * The XOR of the words read by accumulate16's cache-warming pass: kept so that those reads are
   * not optimised away; it means nothing otherwise.
   */
  warmed = 0;
  private chunkSums = new Int32Array(0);
  private chunkCounts = new Int32Array(0);
  /** The list scored last and its chunks: its sums are still in chunkSums (see scoreWithout). */
  private last: { features: FeatureList; length: number; windows: number; chunks: number } | undefined;
  /** Chunk sums of scoreWithout, beside the list's own. */
  private lessSums = new Int32Array(0);
  private reused: ModelScores | undefined;
  /** Logits of windows already scored in this request, by their count and sums (direct-mapped). */
  private readonly windowCache: { valid: Uint8Array; keys: Int32Array; pre: Float64Array; z: Float64Array };
  /** Working arrays of one scoring (typed arrays cost more to allocate than the arithmetic on them). */
  private readonly work: {
    sum: Int32Array;
    best: Float64Array;
    bestWindow: Int32Array;
    bestCount: Int32Array;
    /** Hidden pre-activations of each head's best window: which units are active decides the gradient. */
    bestPre: Float64Array;
    h0: Float64Array;
    pre: Float64Array;
    z: Float64Array;
  };

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
    const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
    if (littleEndian && dim % 4 === 0) {
      this.words = new Int32Array(embeddings.length / 4);
      new Int8Array(this.words.buffer).set(embeddings);
    }
    if (dim === 16) this.signed = signedTable(embeddings, bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.w1 = Float64Array.from(header.w1);
    this.w1t = new Float64Array(hidden * dim);
    for (let u = 0; u < hidden; u++) for (let d = 0; d < dim; d++) this.w1t[d * hidden + u] = this.w1[u * dim + d]!;
    this.b1 = Float64Array.from(header.b1);
    this.w2 = Float64Array.from(header.w2);
    this.b2 = Float64Array.from(header.b2);
    const h = heads.length;
    const slots = 1 << WINDOW_CACHE_BITS;
    this.windowCache = { valid: new Uint8Array(slots), keys: new Int32Array(slots * (dim + 1)), pre: new Float64Array(slots * hidden), z: new Float64Array(slots * h) };
    this.work = {
      sum: new Int32Array(dim),
      best: new Float64Array(h),
      bestWindow: new Int32Array(h),
      bestCount: new Int32Array(h),
      bestPre: new Float64Array(h * hidden),
      h0: new Float64Array(dim),
      pre: new Float64Array(hidden),
      z: new Float64Array(h),
    };
  }

  /** Reads a model file: "CSM2", a little-endian u32 header length, the JSON header, the int8 embeddings. */
  static fromBytes(bytes: Uint8Array): HashedNgramModel {
    const { header, weights } = readWeightsFile<ModelHeader>(bytes, MAGIC, 'screener model');
    return new HashedNgramModel(header, weights);
  }

  static load(path: string | URL): HashedNgramModel {
    return HashedNgramModel.fromBytes(readFileSync(path));
  }

  /** The bytes of a model file (the inverse of fromBytes). */
  static toBytes(header: ModelHeader, embeddings: Int8Array): Uint8Array {
    return weightsFileBytes(MAGIC, header, embeddings);
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
    const { dim, hidden, heads } = this.header;
    const { b1, w2, b2 } = this;
    // The same additions in the same order as always (a unit's bias, then each dimension's product
    // in order), so scores stay bit for bit what they were.
    const w1t = this.w1t;
    // Four units at a time, each summed in a local (a register) over the dimensions in order:
    // four independent chains of additions, and no store and reload of `pre` per addition.
    let u = 0;
    for (; u + 4 <= hidden; u += 4) {
      let a0 = b1[u]!;
      let a1 = b1[u + 1]!;
      let a2 = b1[u + 2]!;
      let a3 = b1[u + 3]!;
      for (let d = 0, row = u; d < dim; d++, row += hidden) {
        const x = h0[d]!;
        a0 += w1t[row]! * x;
        a1 += w1t[row + 1]! * x;
        a2 += w1t[row + 2]! * x;
        a3 += w1t[row + 3]! * x;
      }
      pre[u] = a0;
      pre[u + 1] = a1;
      pre[u + 2] = a2;
      pre[u + 3] = a3;
    }
    for (; u < hidden; u++) {
      let a = b1[u]!;
      for (let d = 0; d < dim; d++) a += w1t[d * hidden + u]! * h0[d]!;
      pre[u] = a;
    }
    for (let j = 0; j < heads.length; j++) {
      let z = b2[j]!;
      const row = j * hidden;
      for (let u = 0; u < hidden; u++) if (pre[u]! > 0) z += w2[row + u]! * pre[u]!;
      out[j] = z;
    }
  }

  /** Room for `chunks` chunk sums, reused from call to call (scoring is synchronous). */
  private chunkBuffers(chunks: number): { sums: Int32Array; counts: Int32Array } {
    const dim = this.header.dim;
    if (this.chunkSums.length < chunks * dim) {
      const size = Math.max(chunks, 2 * (this.chunkSums.length / dim));
      this.chunkSums = new Int32Array(size * dim);
      this.chunkCounts = new Int32Array(size);
    }
    this.chunkSums.fill(0, 0, chunks * dim);
    this.chunkCounts.fill(0, 0, chunks);
    return { sums: this.chunkSums, counts: this.chunkCounts };
  }

  /** Scores `features` of a skeleton `length` characters long. */
  score(features: FeatureList, length: number): ModelScores {
    const out = this.newScores();
    this.scoreInto(features, length, out);
    return out;
  }

  /**
   * Scores into the model's own result arrays, reused from call to call: no allocation per
   * request. The result is valid until the next call of `scoreReused` on this model.
   */
  scoreReused(features: FeatureList, length: number): ModelScores {
    this.reused ??= this.newScores();
    this.scoreInto(features, length, this.reused);
    return this.reused;
  }

  private newScores(): ModelScores {
    const h = this.header.heads.length;
    return {
      probability: new Float64Array(h),
      windowFrom: new Int32Array(h),
      windowTo: new Int32Array(h),
      active: new Uint8Array(h * this.header.hidden),
      norm: new Float64Array(h),
    };
  }

  private scoreInto(features: FeatureList, length: number, out: ModelScores): void {
    const { window, stride, dim } = this.header;
    const windows = length <= window ? 1 : Math.ceil((length - window) / stride) + 1;
    // Each feature is added once, to its chunk of `stride` positions; a window is the sum of
    // `window / stride` consecutive chunks, slid one chunk at a time. The embeddings are int8, so
    // every sum is an integer (exact in any order): they are kept in int32, which is what makes
    // the rolling window sums below give exactly the figures a fresh sum per window would.
    const perWindow = window / stride;
    const chunks = windows === 1 ? 1 : windows + perWindow - 1;
    const { sums: chunkSums, counts: chunkCounts } = this.chunkBuffers(chunks);
    const e = this.embeddings;
    const { hash: hashes, position } = features;
    const shift = this.shift;
    const mask = this.mask;
    const words = this.words;
    const lanes = dim >> 2;
    // The two-lanes-per-add table (accumulate16) is four times the size of the int8 one: it pays on
    // long texts, where rows are read many times over; a short request reads the int8 rows.
    if (this.signed && features.count >= LONG_TEXT_FEATURES) this.accumulate16(features, windows === 1 ? 0 : stride, chunks, chunkSums, chunkCounts);
    else if (words && lanes === 4) this.accumulateWords(features, windows === 1 ? 0 : stride, chunks, chunkSums, chunkCounts);
    else
      for (let i = 0; i < features.count; i++) {
        const hash = hashes[i]!;
        const bucket = (hash >>> shift) & mask;
        // Positions are non-negative integers: `| 0` is the floor of the quotient.
        const c = windows === 1 ? 0 : Math.min(chunks - 1, (position[i]! / stride) | 0);
        chunkCounts[c]!++;
        const at = c * dim;
        if (words) {
          // Four int8 lanes per word, sign-extended by shifts: byte 0 is the lowest on little-endian.
          const w0 = bucket * lanes;
          if (hash & 1) {
            for (let q = 0, a = at; q < lanes; q++, a += 4) {
              const w = words[w0 + q]!;
              chunkSums[a]! -= (w << 24) >> 24;
              chunkSums[a + 1]! -= (w << 16) >> 24;
              chunkSums[a + 2]! -= (w << 8) >> 24;
              chunkSums[a + 3]! -= w >> 24;
            }
          } else {
            for (let q = 0, a = at; q < lanes; q++, a += 4) {
              const w = words[w0 + q]!;
              chunkSums[a]! += (w << 24) >> 24;
              chunkSums[a + 1]! += (w << 16) >> 24;
              chunkSums[a + 2]! += (w << 8) >> 24;
              chunkSums[a + 3]! += w >> 24;
            }
          }
        } else {
          const base = bucket * dim;
          if (hash & 1) for (let d = 0; d < dim; d++) chunkSums[at + d]! -= e[base + d]!;
          else for (let d = 0; d < dim; d++) chunkSums[at + d]! += e[base + d]!;
        }
      }
    addSilentCounts(features, windows === 1 ? 0 : stride, chunks, chunkCounts);
    this.last = { features, length, windows, chunks };
    this.finish(windows, chunks, chunkSums, chunkCounts, length, out);
  }

  /**
   * Scores `features` less the `removed` ones, whose places still count (as silent features do:
   * withoutSpans), into a fresh result. When `features` is the list this model scored last (its
   * chunk sums are still held), only the removed features are read: each one's embedding is taken
   * from a copy of those sums. The sums are integers, so the result is bit for bit what scoring the
   * list withoutSpans gives.
   */
  scoreWithout(features: FeatureList, removed: RemovedFeatures, length: number): ModelScores {
    if (this.last?.features !== features || this.last.length !== length) this.scoreReused(features, length);
    const { stride, dim } = this.header;
    const { windows, chunks } = this.last!;
    const size = chunks * dim;
    if (this.lessSums.length < size) this.lessSums = new Int32Array(Math.max(size, 2 * this.lessSums.length));
    const sums = this.lessSums;
    sums.set(this.chunkSums.subarray(0, size));
    const e = this.embeddings;
    const mask = this.mask;
    const shift = this.shift;
    for (let i = 0; i < removed.count; i++) {
      const hash = removed.hash[i]!;
      const base = ((hash >>> shift) & mask) * dim;
      const c = windows === 1 ? 0 : Math.min(chunks - 1, (removed.position[i]! / stride) | 0);
      const at = c * dim;
      // The inverse of the accumulation: a feature of sign -1 was subtracted, so it is added back.
      if (hash & 1) for (let d = 0; d < dim; d++) sums[at + d]! += e[base + d]!;
      else for (let d = 0; d < dim; d++) sums[at + d]! -= e[base + d]!;
    }
    const out = this.newScores();
    this.finish(windows, chunks, sums, this.chunkCounts, length, out);
    return out;
  }

  /** From chunk sums and counts: slides the windows and writes each head's best into `out`. */
  private finish(windows: number, chunks: number, chunkSums: Int32Array, chunkCounts: Int32Array, length: number, out: ModelScores): void {
    const { heads, window, stride, hidden, scale } = this.header;
    const h = heads.length;
    const perWindow = window / stride;
    const { sum, best, bestWindow, bestCount, bestPre } = this.work;
    sum.fill(0);
    best.fill(Number.NEGATIVE_INFINITY);
    bestWindow.fill(0);
    bestCount.fill(0);
    // Before any window is scored, the best is the empty window: hidden units at their biases.
    for (let j = 0; j < h; j++) bestPre.set(this.b1, j * hidden);
    // The windows are slid in a method of their own that returns right after its loop: code after
    // a hot loop in the same function would be compiled (on-stack replacement) without type
    // feedback and leave the optimised code on every call.
    this.slide(windows, perWindow, chunks, chunkSums, chunkCounts);
    const { probability, windowFrom, windowTo, active, norm: norms } = out;
    for (let j = 0; j < h; j++) {
      probability[j] = 1 / (1 + Math.exp(-best[j]!));
      const k = bestWindow[j]!;
      windowFrom[j] = windows === 1 ? 0 : k * stride;
      windowTo[j] = windows === 1 ? length + 1 : k * stride + window;
      // The gradient is computed from these only when evidence is asked for (most requests fire no head).
      for (let u = 0; u < hidden; u++) active[j * hidden + u] = bestPre[j * hidden + u]! > 0 ? 1 : 0;
      norms[j] = bestCount[j]! > 0 ? scale / Math.sqrt(bestCount[j]!) : 0;
    }
  }

  /** Scores every window (sums of `perWindow` consecutive chunks) and keeps each head's best in `work`. */
  private slide(windows: number, perWindow: number, chunks: number, chunkSums: Int32Array, chunkCounts: Int32Array): void {
    const { dim, scale } = this.header;
    const h = this.header.heads.length;
    const hidden = this.header.hidden;
    const { sum, best, bestWindow, bestCount, bestPre, h0, pre, z } = this.work;
    // A text of many windows remembers their logits (see cachedLogits); a short one has nothing to repeat.
    const cached = windows >= CACHED_WINDOWS;
    if (cached) this.windowCache.valid.fill(0);
    let count = 0;
    for (let c = 0; c < Math.min(perWindow, chunks); c++) {
      count += chunkCounts[c]!;
      for (let d = 0; d < dim; d++) sum[d]! += chunkSums[c * dim + d]!;
    }
    for (let k = 0; k < windows; k++) {
      if (k > 0) {
        // Slide by one chunk: drop chunk k - 1, add chunk k + perWindow - 1.
        const drop = (k - 1) * dim;
        const add = (k + perWindow - 1) * dim;
        count += chunkCounts[k + perWindow - 1]! - chunkCounts[k - 1]!;
        for (let d = 0; d < dim; d++) sum[d]! += chunkSums[add + d]! - chunkSums[drop + d]!;
      }
      if (count === 0 && windows > 1) continue;
      if (cached) this.cachedLogits(count, pre, z);
      else {
        const norm = count > 0 ? scale / Math.sqrt(count) : 0;
        for (let d = 0; d < dim; d++) h0[d] = sum[d]! * norm;
        this.logits(h0, pre, z);
      }
      for (let j = 0; j < h; j++) {
        if (z[j]! > best[j]!) {
          best[j] = z[j]!;
          bestWindow[j] = k;
          bestCount[j] = count;
          bestPre.set(pre, j * hidden);
        }
      }
    }
  }

  /**
   * The logits of the window in `work.sum` (`count` features) into `pre` and `z`. A window with the
   * same count and sums as one scored before in this request (repeated text) has the same logits bit
   * for bit, being a function of these integers alone: they are looked up, not recomputed.
   */
  private cachedLogits(count: number, pre: Float64Array, z: Float64Array): void {
    const { dim, scale, hidden } = this.header;
    const h = z.length;
    const { sum, h0 } = this.work;
    const cache = this.windowCache;
    let key = count;
    for (let d = 0; d < dim; d++) key = Math.imul(key ^ sum[d]!, 0x01000193);
    const slot = key >>> (32 - WINDOW_CACHE_BITS);
    const at = slot * (dim + 1);
    let seen = cache.valid[slot] === 1 && cache.keys[at] === count;
    for (let d = 0; seen && d < dim; d++) seen = cache.keys[at + 1 + d] === sum[d];
    if (seen) {
      for (let u = 0; u < hidden; u++) pre[u] = cache.pre[slot * hidden + u]!;
      for (let j = 0; j < h; j++) z[j] = cache.z[slot * h + j]!;
      return;
    }
    const norm = count > 0 ? scale / Math.sqrt(count) : 0;
    for (let d = 0; d < dim; d++) h0[d] = sum[d]! * norm;
    this.logits(h0, pre, z);
    cache.valid[slot] = 1;
    cache.keys[at] = count;
    for (let d = 0; d < dim; d++) cache.keys[at + 1 + d] = sum[d]!;
    cache.pre.set(pre, slot * hidden);
    cache.z.set(z, slot * h);
  }

  /**
   * The accumulation of scoreInto for 16-wide embeddings, two lanes per add and no branch on the
   * sign: see `signed`. Up to FLUSH_EVERY features are summed into eight words, then folded into the
   * chunk's sums with the bias removed (when the chunk changes or the count is reached). Integer
   * sums: the same figures as adding or subtracting each feature lane by lane.
   */
  private accumulate16(features: FeatureList, stride: number, chunks: number, sums: Int32Array, counts: Int32Array): void {
    const signed = this.signed!;
    const { hash: hashes, position } = features;
    const shift = this.shift;
    const mask = this.mask;
    // Positions are non-negative integers: a shift is the floor of the quotient by a power of two.
    // Stride 0 (one window): every position shifted by 31 is chunk 0.
    const strideShift = stride === 0 ? 31 : (stride & (stride - 1)) === 0 ? 31 - Math.clz32(stride) : -1;
    const lastChunk = chunks - 1;
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0,
      a4 = 0,
      a5 = 0,
      a6 = 0,
      a7 = 0,
      pending = 0;
    let chunk = -1;
    let touched = 0;
    // Words whose features all fall in one chunk are added as one sum, remembered per word (BlockMemo).
    const blocks = features.blocks;
    const blockCount = features.blockCount ?? 0;
    let b = 0;
    let nextBlock = blocks && blockCount > 0 ? blocks[0]! : -1;
    for (let i = 0; i < features.count; i++) {
      if ((i & (TOUCH_BLOCK - 1)) === 0) {
        // Per block of features, a first pass only reads one word of each row: its loads do not
        // wait on one another, so the rows come into the cache together and the summing pass finds
        // them there (a block, not the whole text: a long text's rows would not all stay cached).
        const blockEnd = Math.min(features.count, i + TOUCH_BLOCK);
        for (let q = i; q < blockEnd; q++) touched ^= signed[signedRow(hashes[q]!, shift, mask)]!;
      }
      const at = strideShift >= 0 ? position[i]! >> strideShift : (position[i]! / stride) | 0;
      const c = Math.min(at, lastChunk);
      if (i === nextBlock) {
        const to = blocks![2 * b + 1]!;
        b++;
        nextBlock = b < blockCount ? blocks![2 * b]! : -1;
        // The word's last gram lies furthest on (the word's own feature sits at its first letter).
        const last = position[to - 2]!;
        if (Math.min(strideShift >= 0 ? last >> strideShift : (last / stride) | 0, lastChunk) === c && this.addBlock(hashes, i, to, sums, c * 16)) {
          counts[c]! += to - i;
          i = to - 1;
          continue;
        }
      }
      if (c !== chunk || pending === FLUSH_EVERY) {
        if (chunk >= 0) {
          counts[chunk]! += pending;
          addLanes(sums, chunk * 16, pending, a0, a1, a2, a3, a4, a5, a6, a7);
        }
        chunk = c;
        a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = pending = 0;
      }
      const r = signedRow(hashes[i]!, shift, mask);
      a0 += signed[r]!;
      a1 += signed[r + 1]!;
      a2 += signed[r + 2]!;
      a3 += signed[r + 3]!;
      a4 += signed[r + 4]!;
      a5 += signed[r + 5]!;
      a6 += signed[r + 6]!;
      a7 += signed[r + 7]!;
      pending++;
    }
    this.warmed = touched;
    if (chunk >= 0) {
      counts[chunk]! += pending;
      addLanes(sums, chunk * 16, pending, a0, a1, a2, a3, a4, a5, a6, a7);
    }
  }

  /**
   * Adds the 16 sums of features [from, to) (one word's) at `at` when the word was met before (summed
   * from the rows the second time, remembered after); false the first time (read feature by feature).
   */
  private addBlock(hashes: Int32Array, from: number, to: number, sums: Int32Array, at: number): boolean {
    const memo = this.blockMemo;
    const found = memo.find(hashes, from, to);
    if (found === BlockMemo.MISS) return false;
    const slot = found >= 0 ? found : -1 - found;
    const block = memo.sums;
    const base = slot * 16;
    if (found < 0) {
      block.fill(0, base, base + 16);
      const e = this.embeddings;
      for (let q = from; q < to; q++) {
        const hash = hashes[q]!;
        const row = ((hash >>> this.shift) & this.mask) * 16;
        if (hash & 1) for (let d = 0; d < 16; d++) block[base + d]! -= e[row + d]!;
        else for (let d = 0; d < 16; d++) block[base + d]! += e[row + d]!;
      }
    }
    for (let d = 0; d < 16; d++) sums[at + d]! += block[base + d]!;
    return true;
  }

  /**
   * The accumulation of scoreInto for 16-wide embeddings read as words (a short request: see
   * scoreInto): the sums of the current chunk are held in locals and written out when the chunk changes (features come in order of
   * position, symbols last). Integer sums: the same figures as adding each feature into the array.
   */
  private accumulateWords(features: FeatureList, stride: number, chunks: number, sums: Int32Array, counts: Int32Array): void {
    const words = this.words!;
    const { hash: hashes, position } = features;
    const shift = this.shift;
    const mask = this.mask;
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0,
      s9 = 0,
      s10 = 0,
      s11 = 0,
      s12 = 0,
      s13 = 0,
      s14 = 0,
      s15 = 0;
    let chunk = -1;
    let pending = 0;
    let touched = 0;
    for (let i = 0; i < features.count; i++) {
      if ((i & (TOUCH_BLOCK - 1)) === 0) {
        // Per block of features, a first pass only reads one word of each row: its loads do not
        // wait on one another, so the rows come into the cache together and the summing pass finds
        // them there (a block, not the whole text: a long text's rows would not all stay cached).
        const blockEnd = Math.min(features.count, i + TOUCH_BLOCK);
        for (let q = i; q < blockEnd; q++) touched ^= words[((hashes[q]! >>> shift) & mask) * 4]!;
      }
      const hash = hashes[i]!;
      // Positions are non-negative integers: `| 0` is the floor of the quotient.
      const c = stride === 0 ? 0 : Math.min(chunks - 1, (position[i]! / stride) | 0);
      if (c !== chunk) {
        if (chunk >= 0) {
          const at = chunk * 16;
          counts[chunk]! += pending;
          sums[at + 0]! += s0;
          sums[at + 1]! += s1;
          sums[at + 2]! += s2;
          sums[at + 3]! += s3;
          sums[at + 4]! += s4;
          sums[at + 5]! += s5;
          sums[at + 6]! += s6;
          sums[at + 7]! += s7;
          sums[at + 8]! += s8;
          sums[at + 9]! += s9;
          sums[at + 10]! += s10;
          sums[at + 11]! += s11;
          sums[at + 12]! += s12;
          sums[at + 13]! += s13;
          sums[at + 14]! += s14;
          sums[at + 15]! += s15;
        }
        chunk = c;
        pending = 0;
        s0 = s1 = s2 = s3 = s4 = s5 = s6 = s7 = s8 = s9 = s10 = s11 = s12 = s13 = s14 = s15 = 0;
      }
      pending++;
      const w0 = ((hash >>> shift) & mask) * 4;
      let w: number;
      if (hash & 1) {
        w = words[w0 + 0]!;
        s0 -= (w << 24) >> 24;
        s1 -= (w << 16) >> 24;
        s2 -= (w << 8) >> 24;
        s3 -= w >> 24;
        w = words[w0 + 1]!;
        s4 -= (w << 24) >> 24;
        s5 -= (w << 16) >> 24;
        s6 -= (w << 8) >> 24;
        s7 -= w >> 24;
        w = words[w0 + 2]!;
        s8 -= (w << 24) >> 24;
        s9 -= (w << 16) >> 24;
        s10 -= (w << 8) >> 24;
        s11 -= w >> 24;
        w = words[w0 + 3]!;
        s12 -= (w << 24) >> 24;
        s13 -= (w << 16) >> 24;
        s14 -= (w << 8) >> 24;
        s15 -= w >> 24;
      } else {
        w = words[w0 + 0]!;
        s0 += (w << 24) >> 24;
        s1 += (w << 16) >> 24;
        s2 += (w << 8) >> 24;
        s3 += w >> 24;
        w = words[w0 + 1]!;
        s4 += (w << 24) >> 24;
        s5 += (w << 16) >> 24;
        s6 += (w << 8) >> 24;
        s7 += w >> 24;
        w = words[w0 + 2]!;
        s8 += (w << 24) >> 24;
        s9 += (w << 16) >> 24;
        s10 += (w << 8) >> 24;
        s11 += w >> 24;
        w = words[w0 + 3]!;
        s12 += (w << 24) >> 24;
        s13 += (w << 16) >> 24;
        s14 += (w << 8) >> 24;
        s15 += w >> 24;
      }
    }
    this.warmed = touched;
    if (chunk >= 0) {
      const at = chunk * 16;
      counts[chunk]! += pending;
      sums[at + 0]! += s0;
      sums[at + 1]! += s1;
      sums[at + 2]! += s2;
      sums[at + 3]! += s3;
      sums[at + 4]! += s4;
      sums[at + 5]! += s5;
      sums[at + 6]! += s6;
      sums[at + 7]! += s7;
      sums[at + 8]! += s8;
      sums[at + 9]! += s9;
      sums[at + 10]! += s10;
      sums[at + 11]! += s11;
      sums[at + 12]! += s12;
      sums[at + 13]! += s13;
      sums[at + 14]! += s14;
      sums[at + 15]! += s15;
    }
  }

  /** d(logit)/d(pooled embedding) of head `head` in its best window: what makes evidence exact. */
  gradient(scores: ModelScores, head: number): Float64Array {
    const { dim, hidden } = this.header;
    const { w1, w2 } = this;
    const g = new Float64Array(dim);
    for (let u = 0; u < hidden; u++) {
      if (scores.active[head * hidden + u] !== 1) continue;
      const w = w2[head * hidden + u]!;
      for (let d = 0; d < dim; d++) g[d]! += w * w1[u * dim + d]!;
    }
    return g;
  }

  /** The embedding of `bucket` times `g`, summed in order of the dimensions (four int8 lanes per word read where possible). */
  private dot(bucket: number, g: Float64Array): number {
    const dim = this.header.dim;
    let dot = 0;
    if (this.words) {
      for (let q = 0, at = bucket * (dim >> 2); q < dim; q += 4, at++) {
        const w = this.words[at]!;
        dot += ((w << 24) >> 24) * g[q]!;
        dot += ((w << 16) >> 24) * g[q + 1]!;
        dot += ((w << 8) >> 24) * g[q + 2]!;
        dot += (w >> 24) * g[q + 3]!;
      }
      return dot;
    }
    const base = bucket * dim;
    for (let d = 0; d < dim; d++) dot += this.embeddings[base + d]! * g[d]!;
    return dot;
  }

  /** The `k` features that pushed head `head` up most inside its best window, strongest first. */
  topContributions(features: FeatureList, scores: ModelScores, head: number, k: number): Contribution[] {
    const from = scores.windowFrom[head]!;
    const to = scores.windowTo[head]!;
    const g = this.gradient(scores, head);
    const norm = scores.norm[head]!;
    const top: Contribution[] = [];
    const symbols = features.symbols ?? features.count;
    for (let i = 0; i < features.count; i++) {
      const pos = features.position[i]!;
      // Grams and words past the window by the slack: none after them (before the symbols) is inside it.
      if (i < symbols && pos >= to + POSITION_SLACK) {
        i = symbols - 1;
        continue;
      }
      if (pos < from || pos >= to) continue;
      const hash = features.hash[i]!;
      const dot = this.dot(this.bucket(hash), g);
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
