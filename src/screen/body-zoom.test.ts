import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// A zoom or close-up aimed at a sexualised body part of the person in a photo (rules.ts, the body-zoom rule): the
// picture becomes about that part. Aimed at a face, a thing, a tattoo on the body or a medical picture, it stays a
// photo operation. Written for this test.
describe('screenPrompt: zooming in on a body part', () => {
  it('reads a zoom on a chest, cleavage or bottom as sexualising the person', async () => {
    for (const text of [
      'zoom in on her chest',
      'close-up of her cleavage',
      'Zoom auf ihren Hintern',
      'gros plan sur sa poitrine',
      'primer plano de su escote',
      'zoomaa hänen rintoihinsa',
      'תעשה זום על החזה שלה',
      '镜头拉近到她的胸部',
    ]) {
      assert.equal(await verdict(text), 'block', text);
    }
  });

  it('leaves a zoom on a face, a thing, a tattoo or an X-ray alone', async () => {
    for (const text of [
      'zoom in on her face',
      'close-up of the birthday cake',
      'zoom in on the tattoo on her chest',
      'zoom in on the chest of drawers',
      'zoom in on her chest x-ray for the doctor',
      'gros plan sur son visage',
    ]) {
      assert.equal(await verdict(text), 'allow', text);
    }
  });
});
