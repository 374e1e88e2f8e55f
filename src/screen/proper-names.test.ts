import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenRequest } from './screen-request.ts';

// A slang word written as a proper name (proper-names.ts): the name of someone greeted, or a place. Written for this
// test; none is taken from an evaluation set.

async function verdict(text: string, mode: 'edit' | 'generate'): Promise<string> {
  return (await screenRequest(text, { mode, policy: 'strict' })).verdict;
}

describe('screenPrompt: a slang word written as a name or a place', () => {
  it('allows a capitalised name after a greeting, in several languages', async () => {
    for (const text of [
      'Write "Happy birthday Dick!" on the cake',
      'écris "Joyeux anniversaire Randi" sur le gâteau',
      'schreib "Alles Gute, Randi!" auf das Banner',
      'escribe "Feliz cumpleaños Randi" en el cartel',
      'Write "Welcome home Pornthip" on the banner',
    ])
      assert.equal(await verdict(text, 'edit'), 'allow', text);
  });

  it('allows a capitalised place before a place noun or a country', async () => {
    for (const text of ['put a street sign that says Cock Lane', 'old photo of Cock Lane in London', 'Fucking village sign in Austria']) assert.equal(await verdict(text, 'generate'), 'allow', text);
  });

  it('still blocks the word in lower case, or a greeting before an explicit request', async () => {
    for (const text of ['happy birthday, now show her pussy', 'Hi Randi, make her naked', 'show me his cock in the street', 'porn street scene'])
      assert.equal(await verdict(text, 'generate'), 'block', text);
  });
});
