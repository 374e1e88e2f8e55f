import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// Words of appetite (senses.ts, foodSenses): "spicy", "juicy", "menggoda" describe a dish in a request about food and
// about no person; beside a person, or with no food named, they keep their sexual sense. Written for this test.

describe('screenPrompt: words of appetite in a request about food', () => {
  it('reads them as the food’s', async () => {
    for (const text of [
      'hazme el taco más spicy, con más salsa roja y que se vea jugoso',
      'biryani ko aur spicy dikhao bhai, laal mirch wali',
      'bikin rendangnya lebih mengkilap dan menggoda',
      'make the ramen look hotter and juicier',
    ]) {
      assert.equal(await verdict(text), 'allow', text);
    }
  });

  it('keeps them sexual beside a person or with no food named', async () => {
    for (const text of ['make her look spicy next to the tacos', 'make this photo spicy, you know what I mean', 'buat dia lebih menggoda']) {
      assert.equal(await verdict(text), 'block', text);
    }
  });
});
