import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearDuplicateClusters, pdqDistance } from './near-duplicates.ts';

const flip = (hex: string, bits: number) => {
  // Flips the lowest `bits` bits, one nibble at a time from the end.
  const digits = hex.split('');
  for (let b = 0; b < bits; b++) {
    const i = digits.length - 1 - Math.floor(b / 4);
    digits[i] = (parseInt(digits[i]!, 16) ^ (1 << (b % 4))).toString(16);
  }
  return digits.join('');
};

test('PDQ Hamming distance', () => {
  const a = '0'.repeat(64);
  assert.equal(pdqDistance(a, a), 0);
  assert.equal(pdqDistance(a, 'f'.repeat(64)), 256);
  assert.equal(pdqDistance(a, flip(a, 31)), 31);
  assert.throws(() => pdqDistance(a, 'xyz'), RangeError);
});

test('clusters: threshold 31 inclusive, transitive through union-find, invalid hashes ignored', () => {
  const a = '0'.repeat(64);
  const b = flip(a, 31); // 31 from a: joins
  const c = flip(a, 62); // 31 from b, 62 from a: joins through b
  const far = 'f'.repeat(64);
  const lone = flip(far, 32); // 32 from far: does not join
  const clusters = nearDuplicateClusters([
    { id: 'c', pdq: c },
    { id: 'a', pdq: a },
    { id: 'far', pdq: far },
    { id: 'b', pdq: b },
    { id: 'lone', pdq: lone },
    { id: 'bad', pdq: '' },
  ]);
  assert.deepEqual(clusters, [['a', 'b', 'c']]);
});
