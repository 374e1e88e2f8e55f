import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenRequest } from './screen-request.ts';

// Sex said in plain everyday words (plain-acts.ts, lexicon/plain-acts.ts): bent over and taken from behind, "doing it"
// in bed, a riding motion beside entwined bodies. Written for this test; none is taken from an evaluation set.

async function verdict(text: string, mode: 'edit' | 'generate' = 'generate'): Promise<string> {
  return (await screenRequest(text, { mode, policy: 'strict' })).verdict;
}

describe('screenPrompt: a sexual act in plain words', () => {
  it('blocks bending someone over with "from behind", in several languages', async () => {
    for (const text of ['he bends her over the desk and takes her from behind', 'er beugt sie über den Tisch und nimmt sie von hinten', 'él la inclina sobre la mesa y la toma por detrás'])
      assert.equal(await verdict(text), 'block', text);
  });

  it('blocks a euphemism for sex beside a bed, and a riding motion beside entwined bodies', async () => {
    for (const text of [
      'un couple en train de le faire sur le lit',
      'dwoje ludzi robią to w łóżku',
      '两个人在床上干那事',
      'a couple entwined on the couch, she is bouncing on him',
      'カップルが絡み合って、女性が上で腰を振っている',
    ])
      assert.equal(await verdict(text), 'block', text);
    assert.equal(await verdict('make the two of them from my photo do it in bed, doing it under the covers'), 'block');
  });

  it('allows each part alone: a view from behind, a bending, "doing it" of a chore, bodies on a sofa', async () => {
    for (const text of [
      'a woman photographed from behind on the beach',
      'she bends over to tie her shoelace, photo from behind',
      'der Hund springt von hinten auf das Sofa',
      'мама нагибается над столом, чтобы накрыть его, вид сзади',
      'robią to razem: remont kuchni',
      'çocuklar arkadan koşuyor',
      '一对情侣在沙发上缠在一起看电影',
      "the toddler is bouncing on his dad's knee",
      'grandpa riding a horse with his grandson behind him',
      '两个人在床上看书',
    ])
      assert.equal(await verdict(text), 'allow', text);
  });
});
