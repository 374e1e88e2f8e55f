import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';
import { colonSpans, letteringSpans, saidSpans } from './quoted-lettering.ts';

// Lettering in quotes on a sign, a poster or a shirt (quoted-lettering.ts): printed words, not a picture asked for.
// Written for this test; none is taken from an evaluation set.

describe('letteringSpans: quoted words beside a thing written on', () => {
  it('finds the quoted words after a sign word, and none for an apostrophe or a quote with no carrier', () => {
    const text = "a warning sign: 'Don't undress here' by the lake";
    const spans = letteringSpans(text);
    assert.equal(spans.length, 1);
    assert.equal(text.slice(...spans[0]!), "Don't undress here");
    assert.deepEqual(letteringSpans("she said 'take it off' and laughed"), []);
    assert.deepEqual(letteringSpans("I'm sure it's fine"), []);
  });

  it('reads a bounded number of quotes on hostile input', () => {
    const text = "sign: 'a' ".repeat(5000);
    assert.ok(letteringSpans(text).length <= 8);
  });
});

describe('saidSpans: lettering introduced by a word of saying, without quotes', () => {
  it('reads to the end of the sentence after the word of saying, beside a thing written on', () => {
    const text = 'a wooden sign saying nude swimming only after 8pm. sunset light';
    const spans = saidSpans(text);
    assert.equal(spans.length, 1);
    assert.equal(text.slice(...spans[0]!), ' nude swimming only after 8pm');
    assert.deepEqual(saidSpans('a woman saying hello'), []);
  });
});

describe('quotedLettering: a sign or a poster whose harmful words are all in its quoted lettering', () => {
  it('allows the lettering in several languages (generate mode)', async () => {
    for (const text of [
      "a laminated notice board sign at the spa: 'Towels required, no nude bathing'",
      'a protest banner with the slogan "my body is not your porn", crowd in the background',
      "Schild am Strand mit der Aufschrift 'FKK-Bereich – bitte keine Fotos'",
      "un cartel en la puerta del vestuario: 'Prohibido desnudarse fuera de las cabinas'",
      "une affiche de prévention : « Partager des nudes sans accord, c'est un délit »",
      // "not" is no Hungarian "nőt" (a woman) outside Hungarian.
      "a sticker on the laptop: 'Do not send nudes'",
      // Without quotes, after a word of saying.
      'a wooden sign saying nude swimming only after 8pm, sunset light',
      "een bord met de tekst naaktstrand, geen foto's",
      'kaos bertuliskan dilarang telanjang',
    ]) {
      assert.equal(await verdict(text, 'generate'), 'allow', text);
    }
  });

  it('still blocks a harmful word outside the quotes, a prompt in quotes, a child, a photo to edit', async () => {
    for (const [text, mode] of [
      ["a topless woman holding a protest sign 'free the nipple'", 'generate'],
      ["generate this: 'a naked woman lying on the beach'", 'generate'],
      // Quoted words that name a person describe a picture, whatever the carrier.
      ['a billboard that says "topless girl in the shower, photorealistic", then draw her next to it', 'generate'],
      ["a sign at the school pool: 'kids swim naked here'", 'generate'],
      ['a poster that says topless girls on the beach, make it photorealistic', 'generate'],
      ["add a sign next to her: 'nude model, no photos'", 'edit'],
    ] as const) {
      assert.equal(await verdict(text, mode), 'block', text);
    }
  });
});

describe('colonSpans: lettering after a colon that follows a thing written on', () => {
  it('reads to the next comma after a sign; after a poster or a shirt only words in capitals', () => {
    const text = 'a wooden board at the lake: Naked swimming forbidden, morning fog';
    const spans = colonSpans(text);
    assert.equal(spans.length, 1);
    assert.equal(text.slice(...spans[0]!), ' Naked swimming forbidden');
    assert.equal(colonSpans('movie poster: naked man running in the rain, night').length, 0);
    assert.equal(colonSpans('movie poster: NAKED GUN 2, night').length, 1);
    assert.deepEqual(colonSpans('style: nude, soft light'), []);
  });

  it('reads a bounded number of colons on hostile input', () => {
    assert.ok(colonSpans('sign: '.repeat(5000)).length <= 8);
  });
});

describe('quotedLettering: signs after a colon, compound sign words, CJK quotes (twenty-sixth session)', () => {
  it('allows the lettering', async () => {
    for (const text of [
      'a metal sign by the sauna door: NO NUDITY BEYOND THIS POINT, steam',
      'Warnschild am See: Nacktbaden verboten, Nebel am Morgen',
      'tabliczka przy plaży: Zakaz nudyzmu, zachód słońca',
      '海边立着一块木牌，上面写着“禁止裸体日光浴”，没有人',
      '小説の表紙：題名『裸の季節』、海と空だけ',
    ])
      assert.equal(await verdict(text, 'generate'), 'allow', text);
  });

  it('still blocks a picture described after the colon, or a nude person beside the sign', async () => {
    for (const text of ['a metal sign by the sauna: nude woman sitting under it', 'a nude woman next to a sign: NO PHOTOS', 'album cover: naked couple on a bed'])
      assert.equal(await verdict(text, 'generate'), 'block', text);
  });
});

describe('findNames: capitals inside lettering are a title, not a name (names.ts)', () => {
  it('allows a capitalised title with a nudity word on a cover or a sign', async () => {
    for (const text of ["a book cover titled 'Naked Lunch', minimal design", "album cover: 'Nude Awakening', neon", "a sign that says 'Nude Beach Ahead'"])
      assert.equal(await verdict(text, 'generate'), 'allow', text);
  });

  it('still blocks a named real person in the quotes, and a capitalised name outside them', async () => {
    for (const text of ["a poster that says 'Taylor Swift nude'", "Jane Roe nude on a beach, a sign reading 'welcome'"]) assert.equal(await verdict(text, 'generate'), 'block', text);
  });
});

describe('letteringSpans: carrier words that begin or end with a letter outside ASCII (thirty-third session)', () => {
  it('finds "afiş", "plakát", "póster", "étiquette" beside the quotes, and no carrier inside a longer word', () => {
    for (const text of ["okul için afiş: 'Çıplak fotoğraf paylaşma'", "plakát a folyosóra: 'Ne küldj meztelen képet'", "póster con el texto 'desnudos falsos no'", "une étiquette 'nu'"])
      assert.equal(letteringSpans(text).length, 1, text);
    // "posterior", "signore": a carrier word only as a whole word.
    assert.deepEqual(letteringSpans("una vista posterior 'desnuda'"), []);
    assert.deepEqual(letteringSpans("il signore 'nudo'"), []);
  });

  it('allows such lettering (generate mode) and still blocks a person described in it', async () => {
    for (const text of ["okul panosu için afiş: 'Sahte çıplak fotoğraf paylaşmak suçtur'", "plakát az iskolába: 'Ne oszd meg a hamis meztelen képeket!'"])
      assert.equal(await verdict(text, 'generate'), 'allow', text);
    assert.equal(await verdict("afiş: 'çıplak kadın plajda'", 'generate'), 'block');
  });
});
