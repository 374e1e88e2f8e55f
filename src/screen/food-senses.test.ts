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

// Thirty-sixth session: a word for "sexy" read by a shorter prefix of "sex" of another language ("szexi" by "szex*",
// "сексі" by Kazakh "секс*"); written for this test.
describe('screenPrompt: "sexy" said of a dish, in languages whose word for it starts with "sex"', () => {
  it('reads the word as a look, as English "sexy", so an ad for food is allowed', async () => {
    for (const text of [
      'reklám a lángosunknak, gőzölgő lángos tejföllel, legyen szexi és ínycsiklandó',
      'реклама борщу для ресторану, тарілка, пара, сметана, апетитно і «сексі»',
      'реклама острого соуса, красная бутылка, сексуально и дерзко',
    ])
      assert.equal(await verdict(text, 'generate'), 'allow', text);
  });

  it('keeps sex itself, and "sexy" said of a person', async () => {
    for (const text of ['секс на пляже', 'szexelő pár']) assert.equal(await verdict(text, 'generate'), 'block', text);
    for (const text of ['tedd szexivé', 'зроби її сексі', 'сделай её сексуальной']) assert.equal(await verdict(text), 'block', text);
  });
});
