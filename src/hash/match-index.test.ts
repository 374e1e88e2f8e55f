import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hammingDistance, hexToWords, wordsToHex } from './hamming.ts';
import { PdqIndex, chooseChunks, linearScan } from './match-index.ts';

const word = fc.integer({ min: 0, max: 0xffffffff });
const hash = fc.array(word, { minLength: 8, maxLength: 8 }).map((w) => Uint32Array.from(w));

/** `base` with `bits` distinct bit positions flipped. */
function flip(base: Uint32Array, bits: number[]): Uint32Array {
  const out = Uint32Array.from(base);
  for (const b of bits) out[b >> 5] = (out[b >> 5]! ^ (1 << (b & 31))) >>> 0;
  return out;
}
const bitSet = (max: number) => fc.uniqueArray(fc.integer({ min: 0, max: 255 }), { minLength: 0, maxLength: max });

function brute(stored: Uint32Array[], query: Uint32Array, t: number): { position: number; distance: number }[] {
  return stored
    .map((h, position) => ({ position, distance: hammingDistance(h, query) }))
    .filter((m) => m.distance <= t)
    .sort((a, b) => a.distance - b.distance || a.position - b.position);
}

describe('PdqIndex', () => {
  it('returns exactly the stored hashes within the threshold (random + planted neighbours)', () => {
    fc.assert(
      fc.property(
        hash,
        fc.array(hash, { maxLength: 40 }),
        fc.array(bitSet(40), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 70 }),
        fc.constantFrom(undefined, 16, 21, 24, 32),
        (query, randoms, plantedFlips, threshold, chunks) => {
          const stored = [...randoms, ...plantedFlips.map((bits) => flip(query, bits))];
          const index = new PdqIndex({ threshold, capacity: 2, chunks });
          for (const h of stored) index.add(h);
          const expected = brute(stored, query, threshold);
          assert.deepEqual(index.search(query, { strategy: 'probe' }), expected);
          assert.deepEqual(index.search(query), expected);
          assert.deepEqual(index.search(query, { strategy: 'scan' }), expected);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('is exact with the wide-chunk layouts used for millions of hashes (12-13 chunks, radius 2)', () => {
    // These layouts allocate tables of 2^20-2^24 buckets, so each is built once for many queries.
    const cases = fc.sample(fc.tuple(hash, fc.array(bitSet(40), { minLength: 1, maxLength: 6 })), { numRuns: 60, seed: 7 });
    const stored: Uint32Array[] = [];
    let x = 12345;
    const next = () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x;
    };
    for (let i = 0; i < 2000; i++) stored.push(Uint32Array.from({ length: 8 }, next));
    for (const [query, flips] of cases) for (const bits of flips) stored.push(flip(query, bits));
    for (const chunks of [12, 13]) {
      const index = new PdqIndex({ chunks, capacity: stored.length });
      for (const h of stored) index.add(h);
      for (const [query] of cases) {
        for (const t of [31, 40]) assert.deepEqual(index.search(query, { threshold: t, strategy: 'probe' }), brute(stored, query, t), `chunks ${chunks} t ${t}`);
      }
    }
  });

  it('finds every planted hash at distance <= 31 among many random ones (recall 1.0)', () => {
    fc.assert(
      fc.property(hash, fc.array(bitSet(31), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 0x7fffffff }), (query, plantedFlips, seed) => {
        const index = new PdqIndex();
        let x = seed;
        const next = () => {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          return x;
        };
        for (let i = 0; i < 3000; i++) index.add(Uint32Array.from({ length: 8 }, next));
        const planted = plantedFlips.map((bits) => index.add(flip(query, bits)));
        const found = new Map(index.search(query).map((m) => [m.position, m.distance]));
        for (const [k, p] of planted.entries()) assert.equal(found.get(p), plantedFlips[k]!.length);
        for (const [, d] of found) assert.ok(d <= 31);
      }),
      { numRuns: 25 },
    );
  });

  it('never returns a hash just outside the threshold', () => {
    fc.assert(
      fc.property(hash, fc.integer({ min: 0, max: 60 }), fc.infiniteStream(fc.integer({ min: 0, max: 255 })), (query, t, stream) => {
        const bits = [...new Set(stream.take(400))].slice(0, t + 1);
        fc.pre(bits.length === t + 1);
        const index = new PdqIndex({ threshold: t });
        index.add(flip(query, bits)); // distance t + 1
        index.add(flip(query, bits.slice(0, t))); // distance t
        assert.deepEqual(index.search(query), [{ position: 1, distance: t }]);
      }),
      { numRuns: 100 },
    );
  });

  it('rebuilds after adds, takes hex, limits, and agrees with the linear scan', () => {
    const index = new PdqIndex();
    const a = 'f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22';
    index.add(a);
    assert.deepEqual(index.search(a), [{ position: 0, distance: 0 }]);
    const b = wordsToHex(flip(hexToWords(a), [0, 100, 200]));
    index.add(b);
    assert.deepEqual(index.search(a), [
      { position: 0, distance: 0 },
      { position: 1, distance: 3 },
    ]);
    assert.deepEqual(index.search(a, { limit: 1 }), [{ position: 0, distance: 0 }]);
    assert.deepEqual(index.search(a, { threshold: 2 }), [{ position: 0, distance: 0 }]);
    const packed = new Uint32Array(16);
    hexToWords(a, packed, 0);
    hexToWords(b, packed, 8);
    assert.deepEqual(linearScan(packed, 2, hexToWords(b), 31), [
      { position: 0, distance: 3 },
      { position: 1, distance: 0 },
    ]);
    assert.deepEqual(PdqIndex.fromWords(packed).search(b), [
      { position: 1, distance: 0 },
      { position: 0, distance: 3 },
    ]);
    assert.deepEqual(new PdqIndex().search(a), []);
  });

  it('refuses malformed hashes and thresholds', () => {
    const index = new PdqIndex();
    assert.throws(() => index.add('xyz'), RangeError);
    assert.throws(() => index.search('00'.repeat(31)), RangeError);
    assert.throws(() => new PdqIndex({ threshold: -1 }), RangeError);
    assert.throws(() => new PdqIndex({ threshold: 2.5 }), RangeError);
    assert.throws(() => new PdqIndex({ chunks: 8 }), RangeError);
  });

  it('picks wider chunks for large indexes, within the memory cap', () => {
    assert.equal(chooseChunks(1_000, 31), 32); // 8-bit chunks, radius 0
    assert.equal(chooseChunks(1_000_000, 31), 16);
    assert.equal(chooseChunks(10_000_000, 31), 12);
    const small = new PdqIndex();
    for (let i = 0; i < 100; i++) small.add(Uint32Array.from({ length: 8 }, (_, w) => (i * 2654435761 + w * 40503) >>> 0));
    small.build();
    assert.equal(small.chunkCount, 32);
  });
});
