import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// A name that opens a request in a script without capitals (names.ts, openingName): the words between it and the
// revealing term are the lexicon's own (in bed, see-through, sexy). The benign requests open with a phrase of time or
// place, or name a thing. Names invented for this test.

async function expectAll(texts: readonly string[], expected: 'block' | 'allow'): Promise<void> {
  for (const text of texts) assert.equal(await verdict(text, 'generate'), expected, text);
}

describe('screenPrompt: a name opening a request in an uncased script', () => {
  it('is a named person when scene words stand between it and the underwear or nudity', async () => {
    await expectAll(['森川ゆりながベッドでセクシーな下着姿', '森川ゆりな 透け透けランジェリー', 'রিয়া সেনগুপ্ত বিছানায় স্বচ্ছ অন্তর্বাসে', 'ريم الحسيني مثيرة بالبوكسر'], 'block');
  });

  it('is no name where a phrase of time or place runs into the scene, or a thing is shown', async () => {
    await expectAll(['夏天在海边穿性感比基尼', '夏の海でセクシーな水着姿', 'सफ़ेद पृष्ठभूमि पर स्विमसूट की प्रोडक्ट फोटो'], 'allow');
  });
});

describe('screenPrompt: capitals inside a term of the lexicon', () => {
  it('reads a brand or a title written with capitals as that term, not as a name', async () => {
    await expectAll(["a Victoria's Secret angel on the runway"], 'allow');
  });
  it('still finds the name beside it, and does not count the term as Title Case', async () => {
    await expectAll(['Rosie Huntington as a Penthouse Pet', "Marta Kowalczyk as a Victoria's Secret angel"], 'block');
  });
});
