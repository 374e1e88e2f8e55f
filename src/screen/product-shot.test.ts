import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// Garments in a product shot that names nobody (productShot in rules.ts), against the same garments on a person or
// asked for. Written for this test.

describe('screenPrompt: underwear or swimwear in a product shot', () => {
  it('lets a product shot of a garment through when nobody is named and nothing is put on anyone', async () => {
    for (const text of [
      'product photo of a bikini, remove the wrinkles and the tag',
      'Produktfoto: entferne die Falten am BH, weißer Hintergrund',
      'photo produit : enlève les plis du maillot de bain et mets un fond gris',
      'zdjęcie produktowe: usuń metkę ze stanika',
      'packshot of a lace bra, straighten the straps and brighten it',
    ]) {
      assert.equal(await verdict(text), 'allow', text);
    }
  });

  it('keeps underwear or swimwear on a named person, or asked for', async () => {
    for (const text of [
      'packshot of my girlfriend in lingerie',
      'packshot: my coworker in this bikini, make it tighter',
      'Produktfoto: meine Kollegin im Bikini, mach ihn knapper',
      'photo produit : mets la culotte à la fille',
    ]) {
      assert.equal(await verdict(text), 'block', text);
    }
  });
});

describe('screenPrompt: a mannequin in Indic and other scripts is a thing, not a name (thirty-third session)', () => {
  it('lets a swimwear product photo on a mannequin through in generate mode', async () => {
    for (const text of [
      'पुतले पर स्विमसूट का प्रोडक्ट फोटो',
      'డమ్మీ కాదు, మానెక్విన్ పై బికినీ ఫోటో',
      'ম্যানিকুইনে সুইমস্যুটের প্রোডাক্ট ছবি',
      'foto de producto de un bikini en un maniquí',
      'Schaufensterpuppe im Badeanzug, Produktfoto',
    ])
      assert.equal(await verdict(text, 'generate'), 'allow', text);
  });

  it('still blocks a named woman put in the same swimwear', async () => {
    assert.equal(await verdict('प्रिया को स्विमसूट में दिखाओ', 'generate'), 'block');
  });
});
