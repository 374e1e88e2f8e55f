// Nearest enrolled person for a face embedding, in memory. No Node API.
//
// Small sets are scanned (exact). From `indexFrom` vectors on, random-hyperplane LSH (SimHash,
// Charikar 2002) over the centred vectors: L tables of k-bit signatures, each probed at the query's
// signature and its k one-bit neighbours; candidates are verified with the exact cosine. Face
// embeddings of different people are far from orthogonal (cosine ~0.85 for face-api's 128-d
// descriptors), so the vectors are centred on their mean first, which spreads them out; with fewer
// vectors than `indexFrom` the mean would be the people themselves, so those are scanned.

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
  /** Signature bits per table (default 12). */
  bits?: number;
  /** Tables (default 24). */
  tables?: number;
  /** Use the LSH tables from this many vectors on; below it, scan (default 2000). */
  indexFrom?: number;
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
  private readonly indexed: boolean;
  private mean: Float32Array | undefined;
  private planes: Float32Array | undefined;
  private offsets: Uint32Array[] = [];
  private postings: Uint32Array[] = [];
  private stamp: Uint32Array;
  private epoch = 0;
  lastStats: SearchStats = { candidates: 0, scanned: true };

  constructor(vectors: readonly PersonVector[], options: PersonIndexOptions = {}) {
    this.dim = vectors[0]?.vector.length ?? 128;
    this.size = vectors.length;
    this.bits = options.bits ?? 12;
    this.tables = options.tables ?? 24;
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
      const codes = this.codesOf(q);
      const buckets = 1 << this.bits;
      for (let t = 0; t < this.tables; t++) {
        const offsets = this.offsets[t]!;
        const postings = this.postings[t]!;
        for (let flip = -1; flip < this.bits; flip++) {
          const code = flip < 0 ? codes[t]! : codes[t]! ^ (1 << flip);
          if (code >= buckets) continue;
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
    this.planes = new Float32Array(tables * bits * dim);
    for (let i = 0; i < this.planes.length; i++) this.planes[i] = random();
    const buckets = 1 << bits;
    const codes: Uint32Array[] = Array.from({ length: tables }, () => new Uint32Array(size));
    const row = new Float32Array(dim);
    for (let p = 0; p < size; p++) {
      row.set(this.data.subarray(p * dim, (p + 1) * dim));
      const c = this.codesOf(row);
      for (let t = 0; t < tables; t++) codes[t]![p] = c[t]!;
    }
    for (let t = 0; t < tables; t++) {
      const offsets = new Uint32Array(buckets + 1);
      const keys = codes[t]!;
      for (let p = 0; p < size; p++) offsets[keys[p]! + 1]!++;
      for (let b = 0; b < buckets; b++) offsets[b + 1]! += offsets[b]!;
      const cursor = offsets.slice(0, buckets);
      const postings = new Uint32Array(size);
      for (let p = 0; p < size; p++) postings[cursor[keys[p]!]!++] = p;
      this.offsets.push(offsets);
      this.postings.push(postings);
    }
  }

  private codesOf(v: ArrayLike<number>): Uint32Array {
    const { dim, bits, tables } = this;
    const planes = this.planes!;
    const mean = this.mean!;
    const centred = new Float32Array(dim);
    for (let j = 0; j < dim; j++) centred[j] = v[j]! - mean[j]!;
    const out = new Uint32Array(tables);
    for (let t = 0; t < tables; t++) {
      let code = 0;
      for (let b = 0; b < bits; b++) {
        const o = (t * bits + b) * dim;
        let s = 0;
        for (let j = 0; j < dim; j++) s += planes[o + j]! * centred[j]!;
        if (s > 0) code |= 1 << b;
      }
      out[t] = code >>> 0;
    }
    return out;
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

/** Standard normal variates from a seeded xorshift (Box-Muller). */
export function gaussian(seed: number): () => number {
  let x = seed >>> 0 || 1;
  const uniform = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return (x + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}
