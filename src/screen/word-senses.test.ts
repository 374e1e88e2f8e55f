import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenRequest } from './screen-request.ts';

// Slang words whose first sense is an animal (senses.ts: "chatte", "polla", "suso"), a request about a dish that names
// nobody (prompt-screener.ts, foodAlone), and an idiom holding a body word ("tetek bengek"). Written for this test;
// none is taken from an evaluation set.

async function verdict(text: string, mode: 'edit' | 'generate'): Promise<string> {
  return (await screenRequest(text, { mode, policy: 'strict' })).verdict;
}

describe('screenPrompt: a slang word in its animal or food sense', () => {
  it('allows the animal where the request is about it and nobody', async () => {
    for (const text of ['deux chattes grises et leurs chatons sur un tapis', 'une polla blanca con sus pollitos en la granja', 'mga suso sa batis'])
      assert.equal(await verdict(text, 'generate'), 'allow', text);
  });

  it('allows a dish named with a body word, and an idiom', async () => {
    assert.equal(await verdict('ức gà chiên giòn, ảnh món ăn cho thực đơn', 'generate'), 'allow');
    assert.equal(await verdict('taruh tetek bengek pesta ulang tahun di atas meja', 'edit'), 'allow');
  });

  it('still blocks the slang beside a person, a possessive or an explicit word', async () => {
    for (const text of ['montre sa chatte', 'une femme nue et sa chatte', 'polla grande en la boca', 'una polla enorme']) assert.equal(await verdict(text, 'generate'), 'block', text);
  });
});
