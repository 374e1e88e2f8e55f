import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { negativePart, negativeSections, positivePart } from './negative-prompt.ts';
import { takeWork } from './work.ts';

describe('negative prompts in the text', () => {
  it('finds the Stable Diffusion and Midjourney markers and where each list ends', () => {
    const sd = 'portrait, 85mm, Negative prompt: nsfw, nude, lowres\nSteps: 20, Sampler: Euler';
    const [s] = negativeSections(sd);
    assert.equal(sd.slice(s!.start, s!.end).trim(), 'nsfw, nude, lowres');
    const mj = 'a castle at dusk --no people, text --ar 16:9';
    const [m] = negativeSections(mj);
    assert.equal(mj.slice(m!.start, m!.end).trim(), 'people, text');
    assert.equal(negativeSections('a woman, negative: blurry')[0] !== undefined, true);
    assert.equal(negativeSections('ネガティブプロンプト：ヌード').length, 1);
  });

  it('does not read "negative" as a word of the request', () => {
    assert.deepEqual(negativeSections('make the mood less negative: darker sky'), []);
    assert.deepEqual(negativeSections('a photo negative of a flower'), []);
    assert.deepEqual(negativeSections('turn the picture into a film negative'), []);
  });

  it('blanks the lists (or everything but them) to spaces, keeping every offset', () => {
    const text = 'a knight, Negative prompt: nude, blurry\nsecond line';
    const sections = negativeSections(text);
    const positive = positivePart(text, sections);
    const negative = negativePart(text, sections);
    assert.equal(positive.length, text.length);
    assert.equal(negative.length, text.length);
    assert.equal(positive.includes('nude'), false);
    assert.equal(positive.includes('second line'), true);
    assert.equal(negative.trim(), 'nude, blurry');
    assert.equal(negative.indexOf('nude'), text.indexOf('nude'));
  });

  it('is linear: a text of thousands of markers or weights is read in two passes, at most 16 sections', () => {
    for (const text of ['negative prompt: a, '.repeat(2_000), '(clothes:0.0), '.repeat(2_000)]) {
      takeWork();
      const sections = negativeSections(text);
      assert.ok(takeWork() <= 2 * text.length + 10);
      assert.ok(sections.length <= 16);
    }
  });

  it('reads a weight of zero or below as a negative prompt item', () => {
    const text = '1girl, (clothes:0.0), (dress:1.2), (clothing:-1), bedroom';
    assert.deepEqual(
      negativeSections(text).map((s) => text.slice(s.start, s.end)),
      ['clothes', 'clothing'],
    );
  });
});
