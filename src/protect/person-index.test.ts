import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PersonIndex, gaussian, normalised, type PersonVector } from './person-index.ts';

/** Identities that share a common component, as face embeddings do (strangers at cosine ~0.85). */
function population(n: number, seed: number): PersonVector[] {
  const g = gaussian(seed);
  const common = normalised(Array.from({ length: 128 }, g));
  return Array.from({ length: n }, (_, i) => {
    const own = normalised(Array.from({ length: 128 }, g));
    return { personId: `p${i}`, vector: normalised(Array.from(common, (c, j) => 0.922 * c + 0.387 * own[j]!)) };
  });
}

function photoOf(v: Float32Array, seed: number, cosine: number): Float32Array {
  const g = gaussian(seed);
  const noise = normalised(Array.from({ length: v.length }, g));
  const t = Math.sqrt(1 / (cosine * cosine) - 1);
  return normalised(Array.from(v, (x, j) => x + t * noise[j]!));
}

test('the LSH index finds what a scan finds at the threshold, reading a small part of the set', () => {
  const people = population(20_000, 1);
  const index = new PersonIndex(people);
  const scan = new PersonIndex(people, { indexFrom: Infinity });
  let found = 0;
  let candidates = 0;
  const queries = 200;
  for (let q = 0; q < queries; q++) {
    const who = people[(q * 97) % people.length]!;
    const query = photoOf(who.vector, 1000 + q, 0.95);
    const exact = scan.search(query, 0.91);
    const fast = index.search(query, 0.91);
    candidates += index.lastStats.candidates;
    assert.equal(exact[0]?.personId, who.personId);
    // Nothing the index returns is wrong: every hit is verified with the exact cosine.
    for (const m of fast) assert.ok(exact.some((e) => e.personId === m.personId && Math.abs(e.similarity - m.similarity) < 1e-6));
    if (fast[0]?.personId === who.personId) found++;
  }
  assert.ok(found / queries >= 0.9, `recall ${found / queries}`);
  assert.ok(candidates / queries < people.length * 0.05, `read ${candidates / queries} of ${people.length} per query`);
});

test('a small set is scanned exactly; a stranger matches nobody', () => {
  const people = population(50, 2);
  const index = new PersonIndex(people);
  assert.equal(index.search(photoOf(people[3]!.vector, 9, 0.96), 0.91)[0]?.personId, 'p3');
  assert.equal(index.lastStats.scanned, true);
  assert.deepEqual(index.search(population(1, 77)[0]!.vector, 0.95), []);
  assert.deepEqual(index.search([1, 2, 3], 0.5), [], 'a vector of another length matches nothing');
});
