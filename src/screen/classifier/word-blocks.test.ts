import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { randomUnicode, ruleWords } from '../adversarial.ts';
import { normalize } from '../normalize.ts';
import { extractFeatures, FeatureBuffers, type FeatureList } from './features.ts';
import { screenerLinear, screenerModel } from './index.ts';

// Long texts sum a repeated word's features once (BlockMemo): the scores must be bit for bit those
// of reading every feature, on the first reading (the memo fills) and on later ones (it hits).
describe("a word's features summed once", () => {
  // (A run of emoji is read as a bounded number of words since normalize.ts's EmojiRuns: too few blocks to test this.)
  const texts = [ruleWords(20_000), randomUnicode(20_000), 'put her in a red bikini on the beach, then make it smaller. '.repeat(300)];

  it('give the same scores as every feature read one by one', () => {
    for (let round = 0; round < 3; round++) {
      for (const text of texts) {
        const norm = normalize(text);
        const features = extractFeatures(norm, text, new FeatureBuffers());
        assert.ok((features.blockCount ?? 0) > 100, `${features.blockCount} blocks`);
        const plain: FeatureList = { ...features, blocks: undefined, blockCount: 0 };
        const length = norm.text.length;
        const blocked = screenerModel().score(features, length);
        const read = screenerModel().score(plain, length);
        assert.deepEqual([...blocked.probability], [...read.probability]);
        assert.deepEqual([...blocked.windowFrom, ...blocked.windowTo], [...read.windowFrom, ...read.windowTo]);
        assert.deepEqual([...blocked.active], [...read.active]);
        assert.deepEqual(screenerLinear().score(features, length, 'edit'), screenerLinear().score(plain, length, 'edit'));
      }
    }
  });

  it('cover a word from the space before it to the word itself, the same wherever it stands', () => {
    const text = 'a bikini and a dress '.repeat(400);
    // Kept whole: the normaliser would cut this run short.
    const f = extractFeatures(normalize(text, false), text, new FeatureBuffers());
    const blocks = f.blocks!;
    const count = f.blockCount ?? 0;
    assert.equal(count, 2_000);
    for (let b = 0; b + 1 < count; b++) assert.ok(blocks[2 * b]! + 2 <= blocks[2 * b + 1]! && blocks[2 * b + 1]! <= blocks[2 * b + 2]!, `block ${b}`);
    // Five words a repeat: word k and word k + 5 have the same features.
    for (let b = 1; b + 5 < count; b++) {
      const here = [...f.hash.subarray(blocks[2 * b]!, blocks[2 * b + 1]!)];
      const there = [...f.hash.subarray(blocks[2 * (b + 5)]!, blocks[2 * (b + 5) + 1]!)];
      assert.deepEqual(here, there, `block ${b}`);
    }
  });
});
