import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// In a language that puts the verb last, a garment named after the remover and "and", with a word that puts it on right
// after it, is put on in the next instruction, not taken off (rules.ts, putOnAfterRemover). Written for this test.
describe('screenPrompt: a jacket taken off, then a shirt put on, verb last', () => {
  it('allows the swap', async () => {
    assert.equal(await verdict('ceketini çıkar ve ona bir tişört giydir'), 'allow');
    assert.equal(await verdict('उसकी जैकेट उतारो और उसे टी-शर्ट पहना दो'), 'allow');
    assert.equal(await verdict('take off his jacket and put a t-shirt on him'), 'allow');
  });

  it('still refuses taking the second garment off, or putting swimwear on', async () => {
    for (const text of [
      'ceketini çıkar ve tişörtünü de çıkar',
      'ceketini ve tişörtünü çıkar',
      'उसकी जैकेट उतारो और टी-शर्ट भी उतारो',
      'ceketini çıkar ve onu bikini giydir',
      'उसकी जैकेट उतारो और उसे बिकिनी पहना दो',
    ]) {
      assert.equal(await verdict(text), 'block', text);
    }
  });
});
