import { readFileSync } from 'node:fs';
import { ConfigError } from '../../errors.ts';
import type { RequestMode } from '../../types.ts';
import { addSilentCounts, BlockMemo, FEATURE_VERSION, type FeatureList, POSITION_SLACK } from './features.ts';
import type { Contribution } from './model.ts';
import { readWeightsFile, weightsFileBytes } from './weights-file.ts';

/** Features from which words are summed once each (as the model's accumulate16 does, model.ts): a short text repeats few. */
const LONG_TEXT_FEATURES = 4096;

/**
 * A linear logistic "harmful" head over the same hashed features as the n-gram model: one int8
 * weight per bucket (2^bits buckets, the feature's hash sign applied), summed over a window and
 * scaled by 1/sqrt(the window's feature count), plus a bias and a weight for edit requests. It
 * scores the FeatureList already extracted for the model (no second extraction), with the model's
 * window rule: chunks of `stride` skeleton positions, windows of `window / stride` chunks, the best
 * window's logit. One table read per feature: linear in the length of the text.
 * Trained by `npm run train:screener` (training/linear-head.ts); read by the decision layer.
 */

const MAGIC = 'CSL1';

export interface LinearHeader {
  format: 'consentry-screener-linear';
  featureVersion: number;
  /** log2 of the number of buckets; a feature's bucket is the top `bits` bits of its hash, its sign the lowest bit. */
  bits: number;
  /** Dequantisation scale of the int8 weights. */
  scale: number;
  bias: number;
  /** Added to the logit of an edit request. */
  edit: number;
  /** Skeleton characters per scoring window and the step between windows (the model's). */
  window: number;
  stride: number;
  /** How the head was trained (features of the first window only) and scored (best window). */
  windowRule: string;
  trainedOn?: Record<string, unknown>;
}

/** The logit of one text and the skeleton range [from, to) of the window behind it. */
export interface LinearScore {
  logit: number;
  from: number;
  to: number;
}

export class LinearHead {
  readonly header: LinearHeader;
  private readonly weights: Int8Array;
  private readonly shift: number;
  private readonly mask: number;
  private chunkSums = new Int32Array(0);
  /** Sums of words' features met in long texts (see accumulate). */
  private readonly blockMemo = new BlockMemo(9, 1);
  private chunkCounts = new Int32Array(0);

  constructor(header: LinearHeader, weights: Int8Array) {
    if (header.format !== 'consentry-screener-linear') throw new ConfigError('Not a Consentry linear screener head.');
    if (header.featureVersion !== FEATURE_VERSION) {
      throw new ConfigError(`The linear head was trained on feature version ${header.featureVersion}; this code extracts version ${FEATURE_VERSION}.`);
    }
    const { bits, window, stride, scale, bias, edit } = header;
    if (
      !Number.isInteger(bits) ||
      bits < 1 ||
      bits > 30 ||
      weights.length !== 1 << bits ||
      !Number.isInteger(window) ||
      !Number.isInteger(stride) ||
      stride <= 0 ||
      window % stride !== 0 ||
      ![scale, bias, edit].every(Number.isFinite)
    ) {
      throw new ConfigError('The linear head file is truncated or its header does not match its weights.');
    }
    this.header = header;
    this.weights = weights;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  /** Reads a file: "CSL1", a little-endian u32 header length, the JSON header, the int8 weights. */
  static fromBytes(bytes: Uint8Array): LinearHead {
    const { header, weights } = readWeightsFile<LinearHeader>(bytes, MAGIC, 'linear screener head');
    return new LinearHead(header, weights);
  }

  static load(path: string | URL): LinearHead {
    return LinearHead.fromBytes(readFileSync(path));
  }

  /** The bytes of a file (the inverse of fromBytes). */
  static toBytes(header: LinearHeader, weights: Int8Array): Uint8Array {
    return weightsFileBytes(MAGIC, header, weights);
  }

  /** A feature's signed int8 weight. */
  weightOf(hash: number): number {
    const w = this.weights[(hash >>> this.shift) & this.mask]!;
    return hash & 1 ? -w : w;
  }

  /**
   * The logit of `features` of a skeleton `length` characters long: the best window's. Each
   * feature is added once, to its chunk; windows are slid a chunk at a time (integer sums, exact).
   */
  score(features: FeatureList, length: number, mode: RequestMode): LinearScore {
    const { window, stride, scale, bias, edit } = this.header;
    const windows = length <= window ? 1 : Math.ceil((length - window) / stride) + 1;
    const perWindow = window / stride;
    const chunks = windows === 1 ? 1 : windows + perWindow - 1;
    if (this.chunkSums.length < chunks) {
      const size = Math.max(chunks, 2 * this.chunkSums.length);
      this.chunkSums = new Int32Array(size);
      this.chunkCounts = new Int32Array(size);
    }
    const sums = this.chunkSums;
    const counts = this.chunkCounts;
    sums.fill(0, 0, chunks);
    counts.fill(0, 0, chunks);
    this.accumulate(features, windows === 1 ? 0 : stride, chunks, sums, counts);
    addSilentCounts(features, windows === 1 ? 0 : stride, chunks, counts);
    const base = bias + (mode === 'edit' ? edit : 0);
    let sum = 0;
    let count = 0;
    for (let c = 0; c < Math.min(perWindow, chunks); c++) {
      sum += sums[c]!;
      count += counts[c]!;
    }
    let best = Number.NEGATIVE_INFINITY;
    let bestWindow = 0;
    for (let k = 0; k < windows; k++) {
      if (k > 0) {
        sum += sums[k + perWindow - 1]! - sums[k - 1]!;
        count += counts[k + perWindow - 1]! - counts[k - 1]!;
      }
      if (count === 0 && windows > 1) continue;
      const z = count > 0 ? base + (scale * sum) / Math.sqrt(count) : base;
      if (z > best) {
        best = z;
        bestWindow = k;
      }
    }
    // Every window empty (a long text of no features): the empty window's logit.
    if (best === Number.NEGATIVE_INFINITY) best = base;
    return { logit: best, from: windows === 1 ? 0 : bestWindow * stride, to: windows === 1 ? length + 1 : bestWindow * stride + window };
  }

  private accumulate(features: FeatureList, stride: number, chunks: number, sums: Int32Array, counts: Int32Array): void {
    const { hash, position } = features;
    const w = this.weights;
    const shift = this.shift;
    const mask = this.mask;
    const last = chunks - 1;
    // Positions are non-negative integers: a shift is the floor of the quotient by a power of two.
    const strideShift = stride > 0 && (stride & (stride - 1)) === 0 ? 31 - Math.clz32(stride) : -1;
    // The current chunk's sum and count are held in locals and written out when the chunk changes
    // (features come mostly in order of position; integer sums, so the same figures in any order).
    let chunk = -1;
    let sum = 0;
    let count = 0;
    // A long text's words whose features all fall in one chunk are added as one remembered sum (BlockMemo).
    const blocks = features.count >= LONG_TEXT_FEATURES ? features.blocks : undefined;
    const blockCount = blocks ? (features.blockCount ?? 0) : 0;
    let b = 0;
    let nextBlock = blocks && blockCount > 0 ? blocks[0]! : -1;
    for (let i = 0; i < features.count; i++) {
      const h = hash[i]!;
      const c = stride === 0 ? 0 : Math.min(last, strideShift >= 0 ? position[i]! >> strideShift : (position[i]! / stride) | 0);
      if (c !== chunk) {
        if (chunk >= 0) {
          sums[chunk]! += sum;
          counts[chunk]! += count;
        }
        chunk = c;
        sum = count = 0;
      }
      if (i === nextBlock) {
        const to = blocks![2 * b + 1]!;
        b++;
        nextBlock = b < blockCount ? blocks![2 * b]! : -1;
        const p = position[to - 2]!;
        if ((stride === 0 ? 0 : Math.min(last, strideShift >= 0 ? p >> strideShift : (p / stride) | 0)) === c) {
          const found = this.blockMemo.find(hash, i, to);
          if (found !== BlockMemo.MISS) {
            sum += found >= 0 ? this.blockMemo.sums[found]! : this.fillBlock(hash, i, to, -1 - found);
            count += to - i;
            i = to - 1;
            continue;
          }
        }
      }
      const v = w[(h >>> shift) & mask]!;
      sum += h & 1 ? -v : v;
      count++;
    }
    if (chunk >= 0) {
      sums[chunk]! += sum;
      counts[chunk]! += count;
    }
  }

  /** The sum of the signed weights of features [from, to) (one word's, met again), remembered in `slot`. */
  private fillBlock(hash: Int32Array, from: number, to: number, slot: number): number {
    let sum = 0;
    for (let q = from; q < to; q++) {
      const v = this.weights[(hash[q]! >>> this.shift) & this.mask]!;
      sum += hash[q]! & 1 ? -v : v;
    }
    this.blockMemo.sums[slot] = sum;
    return sum;
  }

  /** The `k` features that pushed the logit up most inside the scored window, strongest first. */
  topContributions(features: FeatureList, score: LinearScore, k: number): Contribution[] {
    const top: Contribution[] = [];
    const symbols = features.symbols ?? features.count;
    for (let i = 0; i < features.count; i++) {
      const pos = features.position[i]!;
      if (i < symbols && pos >= score.to + POSITION_SLACK) {
        i = symbols - 1;
        continue;
      }
      if (pos < score.from || pos >= score.to) continue;
      const weight = this.weightOf(features.hash[i]!) * this.header.scale;
      if (weight <= 0 || (top.length === k && weight <= top[k - 1]!.weight)) continue;
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
