// Nearest enrolled person for a face embedding, in memory. No Node API.
//
// Small sets are scanned (exact). From `indexFrom` vectors on, random-hyperplane LSH (SimHash,
// Charikar 2002) over the centred vectors: each vector gets a 256-bit signature (the signs of 256
// random projections); each of L tables keys on its own random choice of k of those bits and is
// probed at the query's key and its k one-bit neighbours (multi-probe); candidates are verified
// with the exact cosine. Sharing one signature across tables makes hashing 64 projections instead
// of L x k (768 by default). Face embeddings of different people are far from orthogonal (cosine ~0.85 for
// face-api's 128-d descriptors), so the vectors are centred on their mean first, which spreads
// them out; under `indexFrom` vectors the mean would be the people themselves, so those are scanned.

export interface PersonVector {
  personId: string;
  /** Unit-length embedding. */
  vector: Float32Array;
}

export interface PersonMatch {
  personId: string;
  /** Cosine similarity in [-1, 1]. */
  similarity: number;
}

export interface PersonIndexOptions {
  /** Key bits per table, of the signature bits (default 16). */
  bits?: number;
  /** Tables (default 48). */
  tables?: number;
  /** Use the LSH tables from this many vectors on; below it, scan (default 2000). */
  indexFrom?: number;
  /** Signature bits (random hyperplanes), a multiple of 32 (default 256). */
  planes?: number;
  /** Seed of the random hyperplanes, so every process builds the same index. */
  seed?: number;
}

export interface SearchStats {
  candidates: number;
  scanned: boolean;
}

export class PersonIndex {
  readonly dim: number;
  readonly size: number;
  private readonly ids: string[] = [];
  private readonly data: Float32Array;
  private readonly bits: number;
  private readonly tables: number;
  private readonly planeCount: number;
  private readonly words: number;
  private readonly indexed: boolean;
  private mean = new Float32Array(0);
  private planes = new Float32Array(0);
  /** Signature bit positions of each table's key. */
  private select = new Int32Array(0);
  private offsets: Uint32Array[] = [];
  private postings: Uint32Array[] = [];
  private stamp: Uint32Array;
  private epoch = 0;
  lastStats: SearchStats = { candidates: 0, scanned: true };

  constructor(vectors: readonly PersonVector[], options: PersonIndexOptions = {}) {
    this.dim = vectors[0]?.vector.length ?? 128;
    this.size = vectors.length;
    this.bits = options.bits ?? 16;
    this.tables = options.tables ?? 48;
    this.planeCount = options.planes ?? 256;
    if (!(this.planeCount >= 32 && this.planeCount % 32 === 0 && this.planeCount >= this.bits)) throw new RangeError('planes must be a multiple of 32, at least bits');
    this.words = this.planeCount / 32;
    if (!(this.bits >= 1 && this.bits <= 24)) throw new RangeError('bits must be 1-24');
    this.data = new Float32Array(this.size * this.dim);
    vectors.forEach((v, i) => {
      if (v.vector.length !== this.dim) throw new RangeError(`embedding ${i} has ${v.vector.length} dimensions, expected ${this.dim}`);
      this.ids.push(v.personId);
      this.data.set(v.vector, i * this.dim);
    });
    this.stamp = new Uint32Array(this.size);
    this.indexed = this.size >= (options.indexFrom ?? 2000);
    if (this.indexed) this.build(options.seed ?? 0x5eed);
  }

  /** Every person with an embedding at or above `threshold`, best first (one entry per person). */
  search(query: ArrayLike<number>, threshold: number): PersonMatch[] {
    if (query.length !== this.dim || this.size === 0) return [];
    const q = normalised(query);
    const best = new Map<string, number>();
    const offer = (p: number) => {
      const s = dot(this.data, p * this.dim, q, this.dim);
      if (s < threshold) return;
      const id = this.ids[p]!;
      if ((best.get(id) ?? -2) < s) best.set(id, s);
    };
    let candidates = 0;
    if (!this.indexed) {
      for (let p = 0; p < this.size; p++) offer(p);
      candidates = this.size;
    } else {
      if (++this.epoch === 0xffffffff) {
        this.stamp.fill(0);
        this.epoch = 1;
      }
      const signature = this.signatureOf(q, 0, new Uint32Array(this.words));
      for (let t = 0; t < this.tables; t++) {
        const key = this.keyOf(signature, 0, t);
        const offsets = this.offsets[t]!;
        const postings = this.postings[t]!;
        for (let flip = -1; flip < this.bits; flip++) {
          const code = flip < 0 ? key : key ^ (1 << flip);
          for (let k = offsets[code]!; k < offsets[code + 1]!; k++) {
            const p = postings[k]!;
            if (this.stamp[p] === this.epoch) continue;
            this.stamp[p] = this.epoch;
            candidates++;
            offer(p);
          }
        }
      }
    }
    this.lastStats = { candidates, scanned: !this.indexed };
    return [...best].map(([personId, similarity]) => ({ personId, similarity })).sort((a, b) => b.similarity - a.similarity);
  }

  private build(seed: number): void {
    const { dim, size, bits, tables } = this;
    const mean = new Float32Array(dim);
    for (let p = 0; p < size; p++) for (let j = 0; j < dim; j++) mean[j]! += this.data[p * dim + j]! / size;
    this.mean = mean;
    const random = gaussian(seed);
    const pick = uniform(seed ^ 0x9e3779b9);
    const PLANES = this.planeCount;
    this.planes = new Float32Array(PLANES * dim);
    for (let i = 0; i < this.planes.length; i++) this.planes[i] = random();
    // Each table keys on `bits` distinct signature bits, chosen by a seeded shuffle.
    this.select = new Int32Array(tables * bits);
    for (let t = 0; t < tables; t++) {
      const order = Array.from({ length: PLANES }, (_, i) => i);
      for (let i = 0; i < bits; i++) {
        const j = i + Math.floor(pick() * (PLANES - i));
        [order[i], order[j]] = [order[j]!, order[i]!];
        this.select[t * bits + i] = order[i]!;
      }
    }
    const W = this.words;
    const signatures = new Uint32Array(size * W);
    for (let p = 0; p < size; p++) this.signatureOf(this.data.subarray(p * dim, (p + 1) * dim), p * W, signatures);
    const buckets = 1 << bits;
    const keys = new Uint32Array(size);
    for (let t = 0; t < tables; t++) {
      for (let p = 0; p < size; p++) keys[p] = this.keyOf(signatures, p * W, t);
      const offsets = new Uint32Array(buckets + 1);
      for (let p = 0; p < size; p++) offsets[keys[p]! + 1]!++;
      for (let b = 0; b < buckets; b++) offsets[b + 1]! += offsets[b]!;
      const cursor = offsets.slice(0, buckets);
      const postings = new Uint32Array(size);
      for (let p = 0; p < size; p++) postings[cursor[keys[p]!]!++] = p;
      this.offsets.push(offsets);
      this.postings.push(postings);
    }
  }

  /** The signs of the centred vector's projections, as bits of out[at ..]. */
  private signatureOf(v: ArrayLike<number>, at: number, out: Uint32Array): Uint32Array {
    const { dim, planes, mean } = this;
    const centred = new Float32Array(dim);
    for (let j = 0; j < dim; j++) centred[j] = v[j]! - mean[j]!;
    for (let w = 0; w < this.words; w++) {
      let word = 0;
      for (let i = 0; i < 32; i++) {
        const o = (w * 32 + i) * dim;
        let s = 0;
        for (let j = 0; j < dim; j++) s += planes[o + j]! * centred[j]!;
        if (s > 0) word |= 1 << i;
      }
      out[at + w] = word >>> 0;
    }
    return out;
  }

  private keyOf(signatures: Uint32Array, at: number, table: number): number {
    let key = 0;
    for (let i = 0; i < this.bits; i++) {
      const b = this.select[table * this.bits + i]!;
      const bit = (signatures[at + (b >>> 5)]! >>> (b & 31)) & 1;
      key |= bit << i;
    }
    return key >>> 0;
  }
}

export function normalised(v: ArrayLike<number>): Float32Array {
  let n = 0;
  for (let j = 0; j < v.length; j++) n += v[j]! * v[j]!;
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  const out = new Float32Array(v.length);
  for (let j = 0; j < v.length; j++) out[j] = v[j]! * s;
  return out;
}

function dot(data: Float32Array, o: number, q: Float32Array, dim: number): number {
  let s = 0;
  for (let j = 0; j < dim; j++) s += data[o + j]! * q[j]!;
  return s;
}

/** Uniform variates in (0, 1) from a seeded xorshift32. */
export function uniform(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return (x + 0.5) / 4294967296;
  };
}

/** Standard normal variates from a seeded xorshift (Box-Muller). */
export function gaussian(seed: number): () => number {
  const u = uniform(seed);
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}
