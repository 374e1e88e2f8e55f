import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wilson, roganGladen, roganGladenInterval, validationEstimates, seededRandom, shuffled, type LabelledItem } from './index.ts';

const close = (actual: number | null, expected: number, digits = 4) => assert.ok(actual !== null && Math.abs(actual - expected) < 0.5 * 10 ** -digits, `${actual} != ${expected}`);

test('Wilson interval matches published values', () => {
  // Newcombe (1998) Table I and standard calculators: 8/10 → 0.4902–0.9433.
  const a = wilson(8, 10);
  close(a.p, 0.8);
  close(a.low, 0.4902);
  close(a.high, 0.9433);
  // 0/20 → 0–0.1611 and 20/20 → 0.8389–1 (Newcombe's 0/n example family).
  const b = wilson(0, 20);
  assert.equal(b.low, 0);
  close(b.high, 0.1611);
  const c = wilson(20, 20);
  close(c.low, 0.8389);
  assert.equal(c.high, 1);
  // Newcombe 1998, example 81/263 → 0.2553–0.3662.
  const d = wilson(81, 263);
  close(d.low, 0.2553);
  close(d.high, 0.3662);
  // Newcombe 1998, 15/148 → 0.0624–0.1605.
  const e = wilson(15, 148);
  close(e.low, 0.0624);
  close(e.high, 0.1605);
});

test('Wilson: no data gives no rate, bad counts throw', () => {
  assert.deepEqual(wilson(0, 0), { k: 0, n: 0, p: null, low: null, high: null });
  assert.throws(() => wilson(3, 2), RangeError);
  assert.throws(() => wilson(-1, 2), RangeError);
  assert.throws(() => wilson(0.5, 2), RangeError);
});

test('Rogan-Gladen worked examples', () => {
  // Apparent 30%, Se 0.9, Sp 0.95 → (0.30 + 0.95 − 1) / 0.85 = 0.2941.
  close(roganGladen(0.3, 0.9, 0.95), 0.2941);
  // Perfect test leaves the prevalence unchanged.
  assert.equal(roganGladen(0.123, 1, 1), 0.123);
  // Apparent 10%, Se 0.8, Sp 0.98: (0.1 − 0.02) / 0.78 = 0.1026.
  close(roganGladen(0.1, 0.8, 0.98), 0.1026);
  // Uninformative test: Se + Sp <= 1.
  assert.equal(roganGladen(0.3, 0.5, 0.5), null);
  // Round trip: a true prevalence seen through a test with Se/Sp is recovered exactly.
  for (const [pi, se, sp] of [
    [0.05, 0.7, 0.99],
    [0.4, 0.95, 0.8],
    [0.0, 0.6, 0.9],
  ] as const) {
    const apparent = pi * se + (1 - pi) * (1 - sp);
    close(roganGladen(apparent, se, sp), pi, 9);
  }
});

test('Rogan-Gladen interval: clamped to [0, 1], widens with fewer validation items', () => {
  // Apparent 1% with Sp 0.97: raw estimate is negative and is clamped to 0.
  const neg = roganGladenInterval({ positives: 10, n: 1000, sensitivity: 0.9, sensitivityN: 50, specificity: 0.97, specificityN: 100 });
  assert.ok(neg.raw! < 0);
  assert.equal(neg.value, 0);
  assert.equal(neg.low, 0);
  assert.ok(neg.clamped);
  const wide = roganGladenInterval({ positives: 300, n: 1000, sensitivity: 0.9, sensitivityN: 20, specificity: 0.95, specificityN: 20 });
  const narrow = roganGladenInterval({ positives: 300, n: 1000, sensitivity: 0.9, sensitivityN: 2000, specificity: 0.95, specificityN: 2000 });
  close(wide.value, 0.2941);
  assert.ok(wide.high! - wide.low! > narrow.high! - narrow.low!);
  assert.ok(narrow.low! < 0.2941 && narrow.high! > 0.2941);
  // Delta-method by hand for the narrow case.
  const p = 0.3,
    pi = 0.25 / 0.85;
  const v = ((p * (1 - p)) / 1000 + (pi * pi * 0.09) / 2000 + ((1 - pi) ** 2 * 0.0475) / 2000) / 0.85 ** 2;
  close(narrow.high! - narrow.value!, 1.959964 * Math.sqrt(v), 5);
});

test('validation estimates: weighted rates recover the truth of a simulated corpus', () => {
  // Corpus: 10,000 images; stratum "flag" (detector positive) 1,000, "clear" 9,000.
  // Truth: 80% of flagged are positive (PPV 0.8), 2% of clear are positive (miss rate).
  const sizes = new Map([
    ['flag', 1000],
    ['clear', 9000],
  ]);
  const items: LabelledItem[] = [];
  for (let i = 0; i < 100; i++) items.push({ stratum: 'flag', predicted: true, truth: i < 80 });
  for (let i = 0; i < 100; i++) items.push({ stratum: 'clear', predicted: false, truth: i < 2 });
  const est = validationEstimates(items, sizes, { positives: 1000, n: 10000 }, { replicates: 500 });
  // True positives in corpus = 800 + 180 = 980 → prevalence 0.098.
  close(est.precision.value, 0.8);
  close(est.recall.value, 800 / 980);
  close(est.specificity.value, 8820 / 9020);
  close(est.corrected.value, 0.098, 6);
  assert.ok(est.corrected.low! < 0.098 && est.corrected.high! > 0.098);
  assert.ok(est.precision.low! < 0.8 && est.precision.high! > 0.8);
  // Same labels, different order → same numbers (fixed seed, sorted strata).
  const again = validationEstimates(shuffled(items, seededRandom(7)), sizes, { positives: 1000, n: 10000 }, { replicates: 500 });
  assert.deepEqual(again, est);
});

test('validation intervals with 5 labels that all agree are not 100%-100%', () => {
  const items: LabelledItem[] = [];
  for (let i = 0; i < 3; i++) items.push({ stratum: 'flag', predicted: true, truth: true });
  for (let i = 0; i < 2; i++) items.push({ stratum: 'clear', predicted: false, truth: false });
  const est = validationEstimates(
    items,
    new Map([
      ['flag', 40],
      ['clear', 160],
    ]),
    { positives: 40, n: 200 },
    { replicates: 300 },
  );
  for (const m of [est.precision, est.recall, est.specificity]) {
    assert.equal(m.value, 1);
    assert.ok(m.low! < 0.7, `low ${m.low}`);
    assert.equal(m.high, 1);
  }
  assert.ok(est.corrected.high! - est.corrected.low! > 0.2, `corrected ${est.corrected.low}-${est.corrected.high}`);
  assert.ok(est.corrected.low! <= est.corrected.value! && est.corrected.value! <= est.corrected.high!);
});
