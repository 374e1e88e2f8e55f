import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenRequest } from './screen-request.ts';

// Inflected forms the lexicons lacked (lexicon/word-forms.ts). Written for this test; none is taken from an evaluation set.

async function verdict(text: string): Promise<string> {
  return (await screenRequest(text, { mode: 'edit', policy: 'strict' })).verdict;
}

describe('screenPrompt: Russian "по-" comparatives and Polish clothes in the genitive plural', () => {
  it('blocks making her sexier and taking off the rest of her clothes', async () => {
    for (const text of ['сделай её посексуальнее', 'сделай подругу пособлазнительнее', 'zdejmij z niej koc i resztę ubrań']) assert.equal(await verdict(text), 'block', text);
  });

  it('still allows clothes as things', async () => {
    for (const text of ['powieś ubrania w szafie, usuń bałagan', 'usuń stos ubrań z podłogi']) assert.equal(await verdict(text), 'allow', text);
  });
});
