import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenRequest } from './screen-request.ts';

// Topless, bare-breasted, bare-chested in the languages whose lexicon lacked it (lexicon/topless.ts).
// Written for this test; none is taken from an evaluation set.

describe('screenPrompt: topless in more languages', () => {
  it('blocks making a person in a photo topless', async () => {
    for (const text of ['deixa ela de peito nu', 'cho cô ấy ngực trần', 'תעשה אותה חשופת חזה', 'buat dia bertelanjang dada', 'fanya awe kifua wazi', 'ทำให้เธอเปลือยอก'])
      assert.equal((await screenRequest(text, { mode: 'edit', policy: 'strict' })).verdict, 'block', text);
  });

  it("still allows a shirtless man in a generated image (a man's bare chest)", async () => {
    for (const text of ['pria bertelanjang dada angkat beban di gym', 'người đàn ông ở trần chạy bộ trên bãi biển'])
      assert.equal((await screenRequest(text, { mode: 'generate', policy: 'strict' })).verdict, 'allow', text);
  });
});

describe('screenPrompt: "bare-chested" said of nobody by sex (bare-chest.ts, unmarkedBareChest)', () => {
  it("reads it as a man's bare chest in a generated image", async () => {
    for (const text of ['bare chested lifeguard on a watchtower, sunset', 'a bare-chested blacksmith hammering a sword', 'a bare chested man at the gym'])
      assert.equal((await screenRequest(text, { mode: 'generate', policy: 'strict' })).verdict, 'allow', text);
  });

  it('keeps nudity for a woman, a girl, another nudity word, or a person in a photo', async () => {
    for (const text of ['a bare chested woman on a rock', 'bare-chested girl by the river', 'bare chested lifeguard, fully nude'])
      assert.equal((await screenRequest(text, { mode: 'generate', policy: 'strict' })).verdict, 'block', text);
    assert.equal((await screenRequest('make her bare chested', { mode: 'edit', policy: 'strict' })).verdict, 'block');
  });
});
