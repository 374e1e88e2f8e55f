import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// Japanese "赤" (red) is a colour in "赤い", "赤色", "赤に", not inside "赤面" (blushing) or "赤ちゃん" (a baby): there it made
// a child in underwear read as a recoloured garment (lexicon/common.ts). A verb-last request names the new colour
// between the garment and the verb ("ビキニを青に変えて": rules.ts, changedToColour). Written for this test; none is taken
// from an evaluation set.

describe('Japanese colours', () => {
  it('blocks a child in underwear who blushes', async () => {
    for (const text of ['同人誌の表紙、ロリキャラが下着姿で赤面、タイトル文字入り', '少女が下着姿で赤面']) assert.equal(await verdict(text, 'generate'), 'block', text);
  });
  it('reads a garment recoloured in a verb-last language as recoloured', async () => {
    for (const text of ['ビキニを青に変えて', '赤いビキニを青に変えて', '비키니를 파란색으로 바꿔줘', '彼女の水着を赤にして']) assert.equal(await verdict(text), 'allow', text);
    for (const text of ['ドレスをビキニに変えて', 'elbisesini bikiniye çevir']) assert.equal(await verdict(text), 'block', text);
  });
});
