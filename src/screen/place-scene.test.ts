import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// A piece of furniture the person is on, named in the clause before the undressing (rules.ts, aimedBy): it is where
// the person lies or sits, not the thing undressed. Alone, or with the garment falling off it, it stays a thing.
// Requests written for this test.

async function expectAll(texts: readonly string[], expected: 'block' | 'allow', mode: 'edit' | 'generate' = 'edit'): Promise<void> {
  for (const text of texts) assert.equal(await verdict(text, mode), expected, `${mode}: ${text}`);
}

describe('screenPrompt: a place the person is on, then the garment gone', () => {
  it('is nudity when the person is in the place clause', async () => {
    await expectAll(['he lies on the massage table, the towel slips off', 'elle est allongée sur la table, la serviette glisse'], 'block');
  });

  it('is a thing where no one is on it, or the towel falls off the table itself', async () => {
    await expectAll(['the massage table, the towel slipped off it, nobody in the room', 'a towel slipped off the table onto the floor'], 'allow');
    await expectAll(['a massage table in a spa photo, towels folded on it'], 'allow', 'generate');
  });
});
