// Multi-index hashing (Norouzi, Punjani & Fleet, "Fast Search in Hamming Space with Multi-Index
// Hashing", 2012) over 256-bit hashes. No Node API.
//
// The hash is cut into 16 chunks of 16 bits. If two hashes differ in at most d bits, then by
// pigeonhole some chunk differs in at most floor(d/16) bits: for the default d = 31 that is <= 1
// bit, so each query probes, per chunk, its own 16-bit value and the 16 one-bit neighbours (272
// bucket lookups in all), and verifies the candidates with a popcount. 16-bit chunks allow a
// direct-addressed table (65,536 buckets per chunk, CSR layout) with no hashing, and at 10M
// uniformly random hashes a bucket holds ~150 entries, so a query verifies ~40k candidates.
// Wider chunks (8 x 32 bits) would need radius 3 per chunk, i.e. 5,489 probes into sparse hash
// maps; narrower ones (32 x 8) return ~40k entries per bucket. 16 x 16 is the balance the PDQ
// authors also chose (ThreatExchange README-MIH).

import { hexToWords, popcount32 } from './hamming.ts';

/** The PDQ match threshold used in the field. */
export const DEFAULT_MATCH_THRESHOLD = 31;

const WORDS = 8;
const CHUNKS = 16;
const BUCKETS = 1 << 16;

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
}

/**
 * An index of 256-bit hashes for Hamming-radius search. Every stored hash within the threshold of
 * a query is returned (exact, not approximate), and nothing beyond it.
 *
 * @example
 * const index = new PdqIndex();
 * const at = index.add(entry.pdq);
 * index.search(queryHex).filter((m) => m.distance <= 31);
 */
export class PdqIndex {
  readonly threshold: number;
  private words: Uint32Array;
  private count = 0;
  private builtCount = -1;
  private offsets = new Uint32Array(0);
  private postings = new Uint32Array(0);
  private readonly query = new Uint32Array(WORDS);

  constructor(options: { threshold?: number; capacity?: number } = {}) {
    this.threshold = checkThreshold(options.threshold ?? DEFAULT_MATCH_THRESHOLD);
    this.words = new Uint32Array(Math.max(1, options.capacity ?? 1024) * WORDS);
  }

  /**
   * Wraps hashes already packed as eight big-endian 32-bit words each (see `hexToWords`), without
   * copying them; the array must not change afterwards.
   */
  static fromWords(words: Uint32Array, options: { threshold?: number } = {}): PdqIndex {
    if (words.length % WORDS !== 0) throw new RangeError('packed hashes must be a multiple of 8 words');
    const index = new PdqIndex({ ...options, capacity: 1 });
    index.words = words;
    index.count = words.length / WORDS;
    return index;
  }

  get size(): number {
    return this.count;
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
    const offsets = new Uint32Array(CHUNKS * (BUCKETS + 1));
    const postings = new Uint32Array(CHUNKS * n);
    const cursor = new Uint32Array(BUCKETS);
    const words = this.words;
    for (let c = 0; c < CHUNKS; c++) {
      const w = c >> 1;
      const shift = c & 1 ? 0 : 16;
      const base = c * (BUCKETS + 1);
      for (let p = 0; p < n; p++) offsets[base + 1 + ((words[p * WORDS + w]! >>> shift) & 0xffff)]!++;
      for (let b = 0; b < BUCKETS; b++) offsets[base + b + 1]! += offsets[base + b]!;
      cursor.set(offsets.subarray(base, base + BUCKETS));
      const out = c * n;
      for (let p = 0; p < n; p++) {
        const key = (words[p * WORDS + w]! >>> shift) & 0xffff;
        postings[out + cursor[key]!++] = p;
      }
    }
    this.offsets = offsets;
    this.postings = postings;
    this.builtCount = n;
  }

  /** Bytes held in typed arrays (hashes plus chunk tables). */
  memoryBytes(): number {
    return this.words.byteLength + this.offsets.byteLength + this.postings.byteLength;
  }

  /** The stored hash at `position` as 8 words (a view; do not modify). */
  wordsAt(position: number): Uint32Array {
    return this.words.subarray(position * WORDS, position * WORDS + WORDS);
  }

  /** All stored hashes within the threshold of `query`, nearest first (ties by position). */
  search(query: string | ArrayLike<number>, options: SearchOptions = {}): IndexMatch[] {
    const t = checkThreshold(options.threshold ?? this.threshold);
    const q = this.query;
    if (typeof query === 'string') hexToWords(query, q);
    else for (let w = 0; w < WORDS; w++) q[w] = query[w]! >>> 0;
    const radius = Math.floor(t / CHUNKS);
    const masks = masksUpTo(radius);
    // When the probes would touch most of the index anyway, a straight scan is cheaper.
    const matches =
      this.count === 0
        ? []
        : (masks.length * CHUNKS * this.count) / BUCKETS >= this.count / 2
          ? linearScan(this.words, this.count, q, t)
          : this.probe(q, t, masks);
    matches.sort((a, b) => a.distance - b.distance || a.position - b.position);
    return options.limit === undefined ? matches : matches.slice(0, options.limit);
  }

  private probe(q: Uint32Array, t: number, masks: Uint16Array): IndexMatch[] {
    if (this.builtCount !== this.count) this.build();
    const { offsets, postings, words } = this;
    const n = this.count;
    const found = new Map<number, number>();
    const q0 = q[0]!, q1 = q[1]!, q2 = q[2]!, q3 = q[3]!, q4 = q[4]!, q5 = q[5]!, q6 = q[6]!, q7 = q[7]!;
    for (let c = 0; c < CHUNKS; c++) {
      const value = (q[c >> 1]! >>> (c & 1 ? 0 : 16)) & 0xffff;
      const base = c * (BUCKETS + 1);
      const out = c * n;
      for (let m = 0; m < masks.length; m++) {
        const key = value ^ masks[m]!;
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

/** Brute force over packed hashes: the baseline the index is measured against, and its fallback. */
export function linearScan(words: Uint32Array, count: number, query: ArrayLike<number>, threshold: number): IndexMatch[] {
  const out: IndexMatch[] = [];
  const q0 = query[0]! >>> 0, q1 = query[1]! >>> 0, q2 = query[2]! >>> 0, q3 = query[3]! >>> 0;
  const q4 = query[4]! >>> 0, q5 = query[5]! >>> 0, q6 = query[6]! >>> 0, q7 = query[7]! >>> 0;
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

function checkThreshold(t: number): number {
  if (!Number.isInteger(t) || t < 0 || t > 256) throw new RangeError(`threshold must be an integer 0-256, got ${t}`);
  return t;
}

const maskCache = new Map<number, Uint16Array>();

/** All 16-bit masks with at most `radius` bits set. */
function masksUpTo(radius: number): Uint16Array {
  const r = Math.min(radius, 16);
  let masks = maskCache.get(r);
  if (!masks) {
    const list: number[] = [];
    for (let m = 0; m < BUCKETS; m++) if (popcount32(m) <= r) list.push(m);
    list.sort((a, b) => popcount32(a) - popcount32(b) || a - b);
    masks = Uint16Array.from(list);
    maskCache.set(r, masks);
  }
  return masks;
}
