import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categories, verdict } from '../testing/language-cases.ts';

// An intimate scene said by its setting and mood (lexicon/intimate.ts, the intimate-scene rule in rules.ts): three
// kinds of cue near each other (a bed or candlelight, an aroused look, a suggestive word, a pose, a body part). The
// benign scenes have one or two kinds (a candlelit dinner, a runner's sweaty skin, a sick child in bed). Written for this test.

describe('screenPrompt: an intimate scene without a sexual word', () => {
  it('reads a bed, a mood and a pose or a suggestive look as sexual', async () => {
    for (const text of [
      'a woman waiting on silk sheets, only candlelight, bedroom eyes, back arched',
      'mujer en la cama a la luz de las velas, labios entreabiertos, mirada provocativa',
      'une femme au lit, à la bougie, se mordille la lèvre, regard lascif',
      'Frau im Bett bei Kerzenschein, Lippen halb offen, lasziver Blick',
      'женщина в постели при свечах, прикусывает губу, томный взгляд, соблазнительная',
      '床上的女人，烛光，咬着嘴唇，眼神迷离，性感',
    ]) {
      assert.equal(await verdict(text, 'generate'), 'block', text);
      assert.ok(categories(text, 'generate').has('sexual'), text);
    }
  });

  it('reads three mood cues on a supplied photo as setting the scene on its person', async () => {
    for (const text of ['donne-lui un regard de braise, qu’elle se mordille la lèvre, la peau luisante', 'give her bedroom eyes, biting her lip, glistening skin']) {
      assert.equal(await verdict(text), 'block', text);
    }
    assert.equal(await verdict('make him look flushed and breathless after the marathon'), 'allow');
  });

  it('needs three kinds of cue, and a strong one beside a child', async () => {
    for (const text of [
      'a couple’s candlelit dinner, she is laughing, wine glasses',
      'a marathon runner, sweaty skin, flushed, breathless, on the finish line',
      'a sick boy in bed, flushed, breathless, candlelight during the power cut',
      'an exhausted mother in bed with her newborn, sweaty, flushed, breathless after labour',
      'a woman on the bed biting her lip nervously while reading exam results',
    ]) {
      assert.equal(await verdict(text, 'generate'), 'allow', text);
    }
  });
});

// "in bed with" is a pose only with someone after it (rules.ts, the pose rule): "in bed with a fever" is a sick child.
describe('screenPrompt: in bed with no one', () => {
  it('does not read "in bed with" a fever, a book or sweaty skin as a pose', async () => {
    for (const text of ['a sick child in bed with sweaty skin', 'a boy in bed with a fever, reading a comic', 'grandma in bed with a good book']) {
      assert.equal(await verdict(text, 'generate'), 'allow', text);
    }
  });

  it('still reads "in bed with" a person as the pose', async () => {
    for (const text of ['put her in bed with him', 'put her in bed with my neighbour']) assert.equal(await verdict(text), 'block', text);
  });
});
