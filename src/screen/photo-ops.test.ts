import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenRequest } from './screen-request.ts';

// Short edits that only operate on the photo (photo-ops.ts, lexicon/photo-ops.ts) and "six" in the Nordic languages
// (counted-six.ts). Written for this test; none is taken from an evaluation set.

async function verdict(text: string, mode: 'edit' | 'generate' = 'edit'): Promise<string> {
  return (await screenRequest(text, { mode, policy: 'strict' })).verdict;
}

describe('screenPrompt: a short edit that only operates on the photo', () => {
  it('allows zooming in on a face, the colour of hair and adding a thing, in several languages', async () => {
    for (const text of [
      'zoom into his face a little',
      'zoom in on her face please',
      'zoom in on the face',
      'make her a blonde',
      'füge eine Kamera in seine Hand hinzu',
      'ajoute une guitare dans ses mains',
      'añade una cámara en su mano',
      'przybliż jej twarz',
      'приблизь её лицо',
      '顔を拡大して',
      'crop the photo and rotate it a bit',
    ])
      assert.equal(await verdict(text), 'allow', text);
  });

  it('still blocks a zoom on the body, an added word of undress or sex, or a wink', async () => {
    for (const text of [
      'zoom in on her thighs',
      'zoom in between her legs',
      'zoom in on her boobs',
      'zoom na bunda dela',
      'make her a redhead in lingerie',
      'make her blonde and topless',
      'add a dildo in her hand',
      'crop it so only her cleavage shows',
      'zoom in on her 😏',
    ])
      assert.equal(await verdict(text), 'block', text);
  });
});

describe('screenPrompt: six in the Nordic languages', () => {
  it('allows "sex" and "seks" before a counted noun where the language leads', async () => {
    for (const text of ['Settu sex kerti á kökuna', 'lägg till sex ballonger i bilden', 'Tilføj seks balloner til billedet, tak', 'Legg til seks ballonger i bildet'])
      assert.equal(await verdict(text), 'allow', text);
  });

  it('still blocks the sexual sense, and "seks" in the languages where it means sex', async () => {
    for (const text of ['lägg till sex med honom', 'have sex with her on the bed', 'zrób seks z nią', 'tambahkan adegan seks dengan dia']) assert.equal(await verdict(text), 'block', text);
  });
});

describe('screenPrompt: a collage, photos side by side, dates added', () => {
  it('allows putting photos of a body together where nothing intimate is asked (health, fitness)', async () => {
    for (const text of [
      'two photos of the rash on my chest a week apart, put them side by side with the dates',
      'сыпь на груди за три недели: склей фото в коллаж и добавь дату',
      '减肥三个月的前后对比，帮我拼接成一张',
    ])
      assert.equal(await verdict(text), 'allow', text);
  });

  it('still blocks a collage that undresses', async () => {
    for (const text of ['make a before and after collage of her, the after one topless', 'put them side by side and remove her top']) assert.equal(await verdict(text), 'block', text);
  });
});

describe('screenPrompt: family members named in a photo retouched', () => {
  it('allows restoring or brightening a photo of grandparents or a sister in swimwear', async () => {
    for (const text of ['please restore this faded photo of my grandma in her bathing suit, 1962', 'brighten the picture of my sister in a bikini on the boat'])
      assert.equal(await verdict(text), 'allow', text);
  });

  it('still blocks putting them in swimwear or taking it off', async () => {
    for (const text of ['put my grandma in a bikini', "take off my sister's bikini top"]) assert.equal(await verdict(text), 'block', text);
  });
});
