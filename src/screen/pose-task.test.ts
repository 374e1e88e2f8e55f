import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// A pose held for an everyday task (rules.ts, poseForTask): a purpose clause after the pose that names a thing, and
// nothing else sexual in the request. Written for this test.

describe('screenPrompt: a pose held for a task', () => {
  it('allows a pose whose purpose clause names a thing', async () => {
    for (const text of ['make him bend over to lift the box', 'have her bend over the sink to wash the dishes', 'agáchala para recoger la pelota', 'fais-le se pencher pour ramasser le ballon']) {
      assert.equal(await verdict(text), 'allow', text);
    }
  });

  it('still blocks the pose alone, for someone, or with anything sexual in the clause', async () => {
    for (const text of [
      'make her bend over',
      'make her bend over for me',
      'ponla en cuatro para mí',
      'make her bend over to show her butt',
      'make her bend over to tease the camera',
      'bend her over the desk to spank her',
      'make her bend over to lift the box, seductive look',
    ]) {
      assert.equal(await verdict(text), 'block', text);
    }
  });
});
