// Multi-index hashing (Norouzi, Punjani & Fleet, "Fast Search in Hamming Space with Multi-Index
// Hashing", 2012) over 256-bit hashes. No Node API.
//
// The hash is cut into m disjoint chunks. If two hashes differ in at most d bits, then by
// pigeonhole some chunk differs in at most r = floor(d/m) bits. So a query probes, per chunk, every
// value within r bits of its own chunk in a direct-addressed table (CSR layout: bucket offsets plus
// positions), and verifies the candidates with a popcount. Recall is exact by construction.
//
// The cost of a query is about (probes + candidates) random memory reads, and m trades one for
// the other. For d = 31: m = 16 (16-bit chunks, r = 1) probes 272 buckets that each hold N/65536
// hashes: best up to ~1M hashes, but at 10M that is ~42k candidates. m = 12 (21/22-bit chunks,
// r = 2) probes ~2.9k buckets holding ~N/2^21 each: ~14k reads at 10M, for the same memory (fewer
// position arrays pay for the bigger offset tables). m is picked by that cost model at build time
// under a memory cap; 8 x 32 bits would need r = 3 (44k probes into sparse tables) and loses.

import { hexToWords, popcount32 } from './hamming.ts';

/** The PDQ match threshold used in the field. */
export const DEFAULT_MATCH_THRESHOLD = 31;

const WORDS = 8;
const MAX_CHUNK_BITS = 24;

export interface IndexMatch {
  /** Position of the hash in the index (insertion order, from 0). */
  position: number;
  distance: number;
}

export interface SearchOptions {
  /** Largest Hamming distance returned (inclusive), 0-256. Defaults to the index's threshold. */
  threshold?: number;
  /** Keep only the nearest `limit` matches. */
  limit?: number;
  /**
   * `auto` (default) probes the chunk tables unless that would read about as much as a scan;
   * `probe` and `scan` force one way (results are identical; for tests and benchmarks).
   */
  strategy?: 'auto' | 'probe' | 'scan';
}

export interface PdqIndexOptions {
  /** Default search threshold, and the one the chunking is tuned for (default 31). */
  threshold?: number;
  capacity?: number;
  /** Force the number of chunks (11-32); by default chosen from the size at each build. */
  chunks?: number;
}

/** Where chunk c lies: starting bit (0 = most significant bit of word 0) and width. */
interface ChunkLayout {
  count: number;
  start: Int32Array;
  width: Int32Array;
  /** Offset of each chunk's bucket table in `offsets`. */
  tableBase: Float64Array;
}

/**
 * An index of 256-bit hashes for Hamming-radius search. Every stored hash within the threshold of
 * a query is returned (exact, not approximate), and nothing beyond it.
 *
 * @example
 * const index = new PdqIndex();
 * const at = index.add(entry.pdq);
 * index.search(queryHex); // [{ position, distance }], nearest first, distance <= 31
 */
export class PdqIndex {
  readonly threshold: number;
  private readonly forcedChunks: number | undefined;
  private words: Uint32Array;
  private count = 0;
  private builtCount = -1;
  private layout: ChunkLayout | undefined;
  private offsets = new Uint32Array(0);
  private postings = new Uint32Array(0);
  private readonly query = new Uint32Array(WORDS);

  constructor(options: PdqIndexOptions = {}) {
    this.threshold = checkThreshold(options.threshold ?? DEFAULT_MATCH_THRESHOLD);
    if (options.chunks !== undefined && (!Number.isInteger(options.chunks) || options.chunks < 11 || options.chunks > 32)) {
      throw new RangeError(`chunks must be an integer 11-32, got ${options.chunks}`);
    }
    this.forcedChunks = options.chunks;
    this.words = new Uint32Array(Math.max(1, options.capacity ?? 1024) * WORDS);
  }

  /**
   * Wraps hashes already packed as eight big-endian 32-bit words each (see `hexToWords`), without
   * copying them; the array must not change afterwards.
   */
  static fromWords(words: Uint32Array, options: Omit<PdqIndexOptions, 'capacity'> = {}): PdqIndex {
    if (words.length % WORDS !== 0) throw new RangeError('packed hashes must be a multiple of 8 words');
    const index = new PdqIndex({ ...options, capacity: 1 });
    index.words = words;
    index.count = words.length / WORDS;
    return index;
  }

  get size(): number {
    return this.count;
  }

  /** Chunks used by the last build (0 before any). */
  get chunkCount(): number {
    return this.layout?.count ?? 0;
  }

  /** Adds a hash (64 hex digits or 8 words) and returns its position. */
  add(hash: string | ArrayLike<number>): number {
    if (this.words.length < (this.count + 1) * WORDS) {
      const grown = new Uint32Array(Math.max(WORDS * 16, this.words.length * 2));
      grown.set(this.words.subarray(0, this.count * WORDS));
      this.words = grown;
    }
    const at = this.count * WORDS;
    if (typeof hash === 'string') hexToWords(hash, this.words, at);
    else for (let w = 0; w < WORDS; w++) this.words[at + w] = hash[w]! >>> 0;
    return this.count++;
  }

  /** Builds the chunk tables now (otherwise the first search after an add does it). */
  build(): void {
    const n = this.count;
    const layout = makeLayout(this.forcedChunks ?? chooseChunks(n, this.threshold));
    const m = layout.count;
    let tableSize = 0;
    for (let c = 0; c < m; c++) tableSize += 2 ** layout.width[c]! + 1;
    const offsets = new Uint32Array(tableSize);
    const postings = new Uint32Array(m * n);
    const words = this.words;
    for (let c = 0; c < m; c++) {
      const start = layout.start[c]!;
      const width = layout.width[c]!;
      const base = layout.tableBase[c]!;
      const buckets = 2 ** width;
      const keys = new Uint32Array(n);
      for (let p = 0; p < n; p++) keys[p] = chunkOf(words, p * WORDS, start, width);
      if (width <= 16) countingSort(keys, offsets, base, buckets, postings, c * n);
      else radixSort(keys, width, offsets, base, buckets, postings, c * n);
    }
    this.layout = layout;
    this.offsets = offsets;
    this.postings = postings;
    this.builtCount = n;
  }

  /** Bytes held in typed arrays (hashes plus chunk tables). */
  memoryBytes(): number {
    return this.words.byteLength + this.offsets.byteLength + this.postings.byteLength;
  }

  /** All stored hashes within the threshold of `query`, nearest first (ties by position). */
  search(query: string | ArrayLike<number>, options: SearchOptions = {}): IndexMatch[] {
    const t = checkThreshold(options.threshold ?? this.threshold);
    const q = this.query;
    if (typeof query === 'string') hexToWords(query, q);
    else for (let w = 0; w < WORDS; w++) q[w] = query[w]! >>> 0;
    if (this.count === 0) return [];
    if (this.builtCount !== this.count) this.build();
    const layout = this.layout!;
    const radius = Math.floor(t / layout.count);
    // When the probes would touch most of the index anyway, a straight scan is cheaper.
    const strategy = options.strategy ?? 'auto';
    const scan = strategy === 'scan' || (strategy === 'auto' && estimateReads(layout, radius, this.count) >= this.count / 2);
    const matches = scan ? linearScan(this.words, this.count, q, t) : this.probe(q, t, radius);
    matches.sort((a, b) => a.distance - b.distance || a.position - b.position);
    return options.limit === undefined ? matches : matches.slice(0, options.limit);
  }

  private probe(q: Uint32Array, t: number, radius: number): IndexMatch[] {
    const { offsets, postings, words } = this;
    const layout = this.layout!;
    const n = this.count;
    const found = new Map<number, number>();
    const q0 = q[0]!,
      q1 = q[1]!,
      q2 = q[2]!,
      q3 = q[3]!,
      q4 = q[4]!,
      q5 = q[5]!,
      q6 = q[6]!,
      q7 = q[7]!;
    for (let c = 0; c < layout.count; c++) {
      const width = layout.width[c]!;
      const value = chunkOf(q, 0, layout.start[c]!, width);
      const masks = masksUpTo(width, radius);
      const base = layout.tableBase[c]!;
      const out = c * n;
      for (let k = 0; k < masks.length; k++) {
        const key = (value ^ masks[k]!) >>> 0;
        const end = out + offsets[base + key + 1]!;
        for (let i = out + offsets[base + key]!; i < end; i++) {
          const p = postings[i]!;
          // Unrolled with early exit: a random candidate is rejected after two or three words.
          const o = p * WORDS;
          let d = popcount32(words[o]! ^ q0) + popcount32(words[o + 1]! ^ q1);
          if (d > t) continue;
          d += popcount32(words[o + 2]! ^ q2) + popcount32(words[o + 3]! ^ q3);
          if (d > t) continue;
          d += popcount32(words[o + 4]! ^ q4) + popcount32(words[o + 5]! ^ q5);
          if (d > t) continue;
          d += popcount32(words[o + 6]! ^ q6) + popcount32(words[o + 7]! ^ q7);
          if (d <= t) found.set(p, d);
        }
      }
    }
    return [...found].map(([position, distance]) => ({ position, distance }));
  }
}

/**
 * Fills one chunk's CSR table: offsets[base + b .. base + b + 1] brackets bucket b's positions in
 * postings[out ..]. Small tables stay in cache, so a direct counting sort is fastest.
 */
function countingSort(keys: Uint32Array, offsets: Uint32Array, base: number, buckets: number, postings: Uint32Array, out: number): void {
  const n = keys.length;
  for (let p = 0; p < n; p++) offsets[base + 1 + keys[p]!]!++;
  for (let b = 0; b < buckets; b++) offsets[base + b + 1]! += offsets[base + b]!;
  const cursor = offsets.slice(base, base + buckets);
  for (let p = 0; p < n; p++) postings[out + cursor[keys[p]!]!++] = p;
}

/**
 * Same result for wide chunks (2^17-2^24 buckets), where random increments into a table of many
 * megabytes would miss the cache on every hash: an LSD radix sort by 11-bit digits touches only
 * 2,048 counters per pass, then the offsets are written in one sequential sweep.
 */
function radixSort(keys: Uint32Array, width: number, offsets: Uint32Array, base: number, buckets: number, postings: Uint32Array, out: number): void {
  const n = keys.length;
  const DIGIT = 11;
  const RADIX = 1 << DIGIT;
  let srcKeys: Uint32Array = keys;
  let srcPos: Uint32Array = new Uint32Array(n);
  for (let p = 0; p < n; p++) srcPos[p] = p;
  let dstKeys: Uint32Array = new Uint32Array(n);
  let dstPos: Uint32Array = new Uint32Array(n);
  const count = new Uint32Array(RADIX);
  for (let shift = 0; shift < width; shift += DIGIT) {
    count.fill(0);
    for (let p = 0; p < n; p++) count[(srcKeys[p]! >>> shift) & (RADIX - 1)]!++;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const k = count[d]!;
      count[d] = sum;
      sum += k;
    }
    for (let p = 0; p < n; p++) {
      const at = count[(srcKeys[p]! >>> shift) & (RADIX - 1)]!++;
      dstKeys[at] = srcKeys[p]!;
      dstPos[at] = srcPos[p]!;
    }
    [srcKeys, dstKeys] = [dstKeys, srcKeys];
    [srcPos, dstPos] = [dstPos, srcPos];
  }
  postings.set(srcPos, out);
  let i = 0;
  for (let b = 0; b < buckets; b++) {
    offsets[base + b] = i;
    while (i < n && srcKeys[i] === b) i++;
  }
  offsets[base + buckets] = n;
}

/** Brute force over packed hashes: the baseline the index is measured against, and its fallback. */
export function linearScan(words: Uint32Array, count: number, query: ArrayLike<number>, threshold: number): IndexMatch[] {
  const out: IndexMatch[] = [];
  const q0 = query[0]! >>> 0,
    q1 = query[1]! >>> 0,
    q2 = query[2]! >>> 0,
    q3 = query[3]! >>> 0;
  const q4 = query[4]! >>> 0,
    q5 = query[5]! >>> 0,
    q6 = query[6]! >>> 0,
    q7 = query[7]! >>> 0;
  for (let p = 0, o = 0; p < count; p++, o += WORDS) {
    let d = popcount32(words[o]! ^ q0) + popcount32(words[o + 1]! ^ q1);
    if (d > threshold) continue;
    d += popcount32(words[o + 2]! ^ q2) + popcount32(words[o + 3]! ^ q3);
    if (d > threshold) continue;
    d += popcount32(words[o + 4]! ^ q4) + popcount32(words[o + 5]! ^ q5) + popcount32(words[o + 6]! ^ q6) + popcount32(words[o + 7]! ^ q7);
    if (d <= threshold) out.push({ position: p, distance: d });
  }
  return out;
}

/** `width` bits starting at bit `start` of the 256-bit hash at `o` (bit 0 = MSB of word 0). */
function chunkOf(words: ArrayLike<number>, o: number, start: number, width: number): number {
  const w = start >>> 5;
  const s = start & 31;
  let x = words[o + w]! >>> 0;
  if (s !== 0) x = ((x << s) | (w + 1 < WORDS ? words[o + w + 1]! >>> (32 - s) : 0)) >>> 0;
  return width === 32 ? x : x >>> (32 - width);
}

function makeLayout(m: number): ChunkLayout {
  const start = new Int32Array(m);
  const width = new Int32Array(m);
  const tableBase = new Float64Array(m);
  const narrow = Math.floor(256 / m);
  const wide = 256 - narrow * m; // this many chunks get one extra bit
  let bit = 0;
  let base = 0;
  for (let c = 0; c < m; c++) {
    start[c] = bit;
    width[c] = narrow + (c < wide ? 1 : 0);
    tableBase[c] = base;
    bit += width[c]!;
    base += 2 ** width[c]! + 1;
  }
  return { count: m, start, width, tableBase };
}

/** Expected random reads of one query: buckets probed plus candidates in them. */
function estimateReads(layout: ChunkLayout, radius: number, n: number): number {
  let reads = 0;
  for (let c = 0; c < layout.count; c++) {
    const probes = ballSize(layout.width[c]!, radius);
    reads += probes + (probes * n) / 2 ** layout.width[c]!;
  }
  return reads;
}

/**
 * Picks the chunk count with the fewest expected reads at the tuning threshold, among layouts
 * whose tables stay proportional to the index (no chunk wider than log2(n) + 1 bits) and cost at
 * most 64 MiB more than the plain 16 x 16-bit layout.
 */
export function chooseChunks(n: number, threshold: number): number {
  const memory = (l: ChunkLayout) => {
    let table = 0;
    for (let c = 0; c < l.count; c++) table += 2 ** l.width[c]! + 1;
    return 4 * (table + l.count * n);
  };
  const cap = memory(makeLayout(16)) + 64 * 2 ** 20;
  const maxWidth = Math.min(MAX_CHUNK_BITS, Math.max(8, Math.ceil(Math.log2(n + 1)) + 1));
  let best = 32;
  let bestReads = Infinity;
  for (let m = 32; m >= 11; m--) {
    const l = makeLayout(m);
    if (l.width[0]! > maxWidth || memory(l) > cap) continue;
    const reads = estimateReads(l, Math.floor(threshold / m), n);
    // Prefer more, narrower chunks unless fewer ones save at least a tenth of the reads.
    if (reads < bestReads * 0.9) {
      best = m;
      bestReads = reads;
    }
  }
  return best;
}

function ballSize(width: number, radius: number): number {
  let total = 0;
  let term = 1;
  for (let k = 0; k <= Math.min(radius, width); k++) {
    total += term;
    term = (term * (width - k)) / (k + 1);
  }
  return total;
}

function checkThreshold(t: number): number {
  if (!Number.isInteger(t) || t < 0 || t > 256) throw new RangeError(`threshold must be an integer 0-256, got ${t}`);
  return t;
}

const maskCache = new Map<string, Uint32Array>();

/** All `width`-bit masks with at most `radius` bits set, fewest bits first. */
function masksUpTo(width: number, radius: number): Uint32Array {
  const r = Math.min(radius, width);
  const key = `${width}:${r}`;
  let masks = maskCache.get(key);
  if (!masks) {
    const list: number[] = [];
    const extend = (mask: number, from: number, left: number) => {
      list.push(mask >>> 0);
      if (left === 0) return;
      for (let b = from; b < width; b++) extend(mask | (1 << b), b + 1, left - 1);
    };
    extend(0, 0, r);
    list.sort((a, b) => popcount32(a) - popcount32(b) || a - b);
    masks = Uint32Array.from(list);
    if (masks.length <= 1 << 16) maskCache.set(key, masks);
  }
  return masks;
}
