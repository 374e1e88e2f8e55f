import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readLexicon, screenPrompt } from './prompt-screener.ts';

// A rule that holds all the evidence it keeps (twelve pieces) stops reading the windows of its further matches
// (Findings.settled): a long request that repeats its words pays for a dozen. What those matches still decide
// must come out as before: a covering reading noted for the decision layer, the first match another rule names.

const GARMENTS = [
  'bikini',
  'swimsuit',
  'thong',
  'lingerie',
  'bra',
  'panties',
  'monokini',
  'bodysuit',
  'corset',
  'negligee',
  'speedo',
  'tankini',
  'babydoll',
  'underwear',
  'briefs',
  'boxers',
  'bralette',
  'stockings',
  'slip dress',
  'bikini bottoms',
];
/** Twenty numbered items, each asking for swimwear or underwear: the swimwear rule holds twelve after the first items. */
const ASKED = GARMENTS.map((g, i) => `${i + 1}. give her a ${g}`).join(', ');

describe('rules that hold all their evidence', () => {
  it('keep the first twelve pieces, in order', () => {
    const { findings } = readLexicon(ASKED, 'edit');
    const swimwear = findings.signals().find((s) => s.reason.includes('swimwear'));
    assert.deepEqual(
      swimwear?.evidence.map((e) => (e.kind === 'text' ? e.text : '')),
      // The first twelve garments read as swimwear or underwear (monokini, bodysuit and tankini are not in the lexicon as such).
      ['bikini', 'swimsuit', 'thong', 'lingerie', 'bra', 'panties', 'corset', 'negligee', 'speedo', 'babydoll', 'underwear', 'briefs'],
    );
  });

  it('still note swimwear read as covered after the twelfth (English, French, German)', () => {
    assert.equal(readLexicon(ASKED, 'edit').findings.coveredSwimwear, false);
    for (const tail of [
      ". she's in a bikini in the photo, put a t-shirt on her",
      '. il est en slip sur la photo, mets-lui un short long',
      '. sie ist im Bikini auf dem Foto, zieh ihr ein T-Shirt an',
    ]) {
      assert.equal(readLexicon(ASKED + tail, 'edit').findings.coveredSwimwear, true, tail);
    }
  });

  it('name the first styling word and the first swimwear in the lingerie rule', () => {
    const text = GARMENTS.map((g, i) => `${i + 1}. a sexy woman in a ${g}`).join(', ');
    const lingerie = screenPrompt(text, 'generate', { classifier: false }).find((s) => s.reason.includes('sexualised imagery in underwear'));
    assert.deepEqual(
      lingerie?.evidence.map((e) => (e.kind === 'text' ? [e.text, e.start] : [])),
      [
        ['sexy', text.indexOf('sexy')],
        ['bikini', text.indexOf('bikini')],
      ],
    );
  });
});
