import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ConfigError } from '../../errors.ts';
import { normalize } from '../normalize.ts';
import { extractFeatures, FEATURE_VERSION } from './features.ts';
import { LINEAR_URL } from './index.ts';
import { type LinearHeader, LinearHead } from './linear.ts';
import { decisionFeatures, type DecisionInput, usesLinear } from './decision.ts';
import { HEADS } from './model.ts';
import { seededRandom } from '../../stats/random.ts';

const BITS = 10;

function header(over: Partial<LinearHeader> = {}): LinearHeader {
  return { format: 'consentry-screener-linear', featureVersion: FEATURE_VERSION, bits: BITS, scale: 0.01, bias: -1.5, edit: 0.25, window: 128, stride: 64, windowRule: 'test', ...over };
}

function randomHead(seed = 7): { head: LinearHead; weights: Int8Array } {
  const random = seededRandom(seed);
  const weights = Int8Array.from({ length: 1 << BITS }, () => Math.round(random() * 254 - 127));
  return { head: new LinearHead(header(), weights), weights };
}

/** The logit of features [from, to) of the skeleton, summed the plain way. */
function plainLogit(weights: Int8Array, hashes: number[], mode: 'edit' | 'generate'): number {
  let sum = 0;
  for (const h of hashes) {
    const w = weights[h >>> (32 - BITS)]!;
    sum += h & 1 ? -w : w;
  }
  const base = -1.5 + (mode === 'edit' ? 0.25 : 0);
  return hashes.length ? base + (0.01 * sum) / Math.sqrt(hashes.length) : base;
}

describe('linear head', () => {
  it('scores a short text as the plain sum of its features’ signed weights', () => {
    const { head, weights } = randomHead();
    const text = 'Take off her 👙 and make her pose';
    const norm = normalize(text);
    const f = extractFeatures(norm, text);
    const hashes = [...f.hash.subarray(0, f.count)];
    for (const mode of ['edit', 'generate'] as const) {
      const s = head.score(f, norm.text.length, mode);
      assert.ok(Math.abs(s.logit - plainLogit(weights, hashes, mode)) < 1e-12, `${mode}: ${s.logit}`);
      assert.equal(s.from, 0);
    }
  });

  it('takes the best 128-character window, stride 64, as the model does', () => {
    const { head, weights } = randomHead(11);
    const words = ['quiet', 'walk', 'park', 'friends', 'river', 'stone', 'bridge', 'garden', 'lamp', 'window', 'market', 'bread'];
    const text = Array.from({ length: 160 }, (_, i) => words[(i * 7 + (i >> 3)) % words.length]).join(' ');
    const norm = normalize(text);
    const length = norm.text.length;
    const f = extractFeatures(norm, text);
    // Brute force: every window [k * 64, k * 64 + 128), features by skeleton position (the last window takes the tail).
    const windows = Math.ceil((length - 128) / 64) + 1;
    let best = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < windows; k++) {
      const hashes: number[] = [];
      for (let i = 0; i < f.count; i++) {
        const chunk = Math.min(windows, Math.floor(f.position[i]! / 64));
        if (chunk >= k && chunk < k + 2) hashes.push(f.hash[i]!);
      }
      if (hashes.length) best = Math.max(best, plainLogit(weights, hashes, 'generate'));
    }
    const s = head.score(f, length, 'generate');
    assert.ok(windows > 5);
    assert.ok(Math.abs(s.logit - best) < 1e-9, `${s.logit} vs ${best}`);
    assert.equal(s.to - s.from, 128);
    // A harmful-weighing sentence late in a long text is not diluted by what comes before it.
    const heavy = new Int8Array(weights.length);
    const target = extractFeatures(normalize('zzqx'), 'zzqx');
    for (let i = 0; i < target.count; i++) heavy[target.hash[i]! >>> (32 - BITS)] = target.hash[i]! & 1 ? -127 : 127;
    const spiky = new LinearHead(header(), heavy);
    const late = `${'a b c '.repeat(200)}zzqx`;
    const lateFeatures = extractFeatures(normalize(late), late);
    const long = spiky.score(lateFeatures, normalize(late).text.length, 'generate').logit;
    const whole = plainLogit(heavy, [...lateFeatures.hash.subarray(0, lateFeatures.count)], 'generate');
    assert.ok(long > whole + 0.5, `best window ${long} vs the whole text as one ${whole}`);
  });

  it('names the heaviest n-grams of its window as evidence', () => {
    const { head } = randomHead(3);
    const text = 'put her in a tiny bikini on the beach';
    const norm = normalize(text);
    const f = extractFeatures(norm, text);
    const s = head.score(f, norm.text.length, 'edit');
    const top = head.topContributions(f, s, 3);
    assert.equal(top.length, 3);
    for (let i = 1; i < top.length; i++) assert.ok(top[i - 1]!.weight >= top[i]!.weight);
    const all = [...f.hash.subarray(0, f.count)].map((h) => head.weightOf(h) * 0.01).sort((a, b) => b - a);
    assert.ok(Math.abs(top[0]!.weight - all[0]!) < 1e-12);
  });

  it('round-trips its file and fails closed on a corrupt one', () => {
    const { head, weights } = randomHead();
    const bytes = LinearHead.toBytes(head.header, weights);
    const back = LinearHead.fromBytes(bytes);
    const text = 'hello there';
    const f = extractFeatures(normalize(text), text);
    assert.equal(back.score(f, 11, 'edit').logit, head.score(f, 11, 'edit').logit);
    assert.throws(() => LinearHead.fromBytes(bytes.subarray(0, bytes.length - 1)), ConfigError);
    assert.throws(() => LinearHead.fromBytes(new Uint8Array([1, 2, 3])), ConfigError);
    const bad = bytes.slice();
    bad[0] = 0x58;
    assert.throws(() => LinearHead.fromBytes(bad), ConfigError);
    const badHeader = bytes.slice();
    badHeader[8] = 0x5d;
    assert.throws(() => LinearHead.fromBytes(badHeader), ConfigError);
    assert.throws(() => new LinearHead(header({ featureVersion: FEATURE_VERSION + 1 }), weights), ConfigError);
    assert.throws(() => new LinearHead(header({ scale: Number.NaN }), weights), ConfigError);
  });

  it('ships a file the runtime loads, of the feature version it extracts', { skip: !existsSync(LINEAR_URL) }, () => {
    const head = LinearHead.fromBytes(readFileSync(LINEAR_URL));
    assert.equal(head.header.featureVersion, FEATURE_VERSION);
    assert.equal(head.header.window, 128);
    assert.equal(head.header.stride, 64);
  });

  it('gives the decision layer its logit, whole without a lexicon hit and only its positive part with one', () => {
    const base: DecisionInput = { mode: 'edit', probabilities: [0.1, 0.1, 0.1, 0.1], heads: HEADS, lexicon: [], support: 'none', named: false, namesNoOne: false, minor: false, notCovered: false };
    assert.ok(![...decisionFeatures(base).keys()].some((k) => k.startsWith('lin:')));
    const none = decisionFeatures({ ...base, linear: -3 });
    assert.equal(none.get('lin:logit*nolex'), -0.5);
    assert.equal(none.get('lin:pos*lex'), 0);
    const hit = { detector: 'prompt-screener', category: 'undress' as const, score: 0.9, reason: 'test', evidence: [] };
    const lexical = decisionFeatures({ ...base, lexicon: [hit], linear: -3 });
    assert.equal(lexical.get('lin:pos*lex'), 0);
    assert.ok(lexical.get('lin:logit*nolex') === 0);
    assert.equal(decisionFeatures({ ...base, lexicon: [hit], linear: 12 }).get('lin:pos*lex'), 1);
    assert.equal(usesLinear({ weights: { 'logit:max': 1 } }), false);
    assert.equal(usesLinear({ weights: { 'logit:max': 1, 'lin:pos*lex': 2 } }), true);
  });
});
