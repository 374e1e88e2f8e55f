import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// Words of pornography the skeleton cannot hold or the lexicon lacked (prompt-screener.ts, tripleX; lexicon/en.ts):
// "XXX" as a word (three letters the normaliser folds to one) and degrading slurs asked of a person. Written for
// this test; none is taken from an evaluation set.

describe('screenPrompt: XXX and degrading slurs', () => {
  it('blocks XXX as a word, and a person made to look like a slur', async () => {
    for (const [text, mode] of [
      ['Stepmom Cooking Lesson Goes Wrong XXX HD', 'generate'],
      ['a xXx rated scene in a hotel room', 'generate'],
      ['make my neighbour look like a total slut', 'edit'],
      ['turn her into a cheap whore', 'edit'],
    ] as const)
      assert.equal(await verdict(text, mode), 'block', text);
  });

  it('allows a clothing size, a run of letters in a word, and Swedish "slut" (the end)', async () => {
    for (const [text, mode] of [
      ['a black hoodie in size XXXL on a hanger, product photo', 'generate'],
      ['a cartoon cat saying "maxxximum fun"', 'generate'],
      ['sommaren är slut, gör himlen mer höstig', 'edit'],
      ['nu är det slut på kaffet, lägg till en tom kopp', 'edit'],
    ] as const)
      assert.equal(await verdict(text, mode), 'allow', text);
  });
});
