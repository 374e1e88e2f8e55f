import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFeatures, FeatureBuffers, splitBySpans, withoutSpans } from './classifier/features.ts';
import { screenerModel } from './classifier/index.ts';
import { normalize } from './normalize.ts';
import { screenRequest } from './screen-request.ts';
import { styleTagSpans } from './style-boilerplate.ts';

// Captions written for this test (none from an evaluation set), with the tags prompt boilerplate adds.
const CAPTIONS = [
  'A man stands in front of an airport with many airliners on it',
  'a woman rides a motorcycle along a coastal road',
  'an old fisherman mending nets on a wooden pier',
  'two friends sharing a pizza in a small kitchen',
  'a girl walking her dog in a snowy park',
  'a couple dancing at a wedding reception',
];
const TAGS = [
  'masterpiece, best quality, 8k, highly detailed',
  'photorealistic, ultra realistic, 4k, sharp focus, trending on artstation',
  'octane render, unreal engine 5, cinematic lighting, 8k uhd',
];

describe('style tags (style-boilerplate.ts)', () => {
  it('finds tags as whole terms, in any case, with spaces, hyphens or underscores', () => {
    const text = 'Masterpiece, best_quality, 8K UHD, ultra-realistic, a smoothie on 18k gold, smooth';
    const found = styleTagSpans(text).map(([s, e]) => text.slice(s, e));
    assert.deepEqual(found, ['Masterpiece', 'best_quality', '8K UHD', 'ultra-realistic', 'smooth']);
    assert.deepEqual(styleTagSpans('a red bikini on the beach'), []);
  });

  it('finds prompt syntax that only weights or styles: emphasis weights, LoRA tags, BREAK, score tags, Midjourney values; never --no', () => {
    const text = '(a red hat:1.2), [fog:0.8], <lora:add_detail:0.8> BREAK score_9, --ar 16:9 --style raw --no nudity';
    const found = styleTagSpans(text).map(([s, e]) => text.slice(s, e));
    assert.deepEqual(found, [':1.2', ':0.8', '<lora:add_detail:0.8>', 'BREAK', 'score_9', '--ar 16:9', '--style raw']);
  });

  it('the classifier no longer reads them: benign captions stay allowed with any amount of boilerplate', async () => {
    for (const caption of CAPTIONS) {
      for (const tags of TAGS) {
        for (const text of [`${caption}, ${tags}`, `${tags}, ${caption}`]) {
          const d = await screenRequest(text, { mode: 'generate', policy: 'strict' });
          assert.equal(d.verdict, 'allow', `${text}: ${d.rules.map((r) => r.id).join(', ')}`);
        }
      }
    }
  });

  it('tags hide nothing: what the request shows is still read', async () => {
    for (const tags of TAGS) {
      for (const text of [`nude woman lying on a bed, ${tags}`, `${tags}, a woman taking off her bra`, `topless girl on the beach, ${tags}`]) {
        assert.equal((await screenRequest(text, { mode: 'generate', policy: 'strict' })).verdict, 'block', text);
      }
    }
  });
});

describe('withoutSpans (classifier/features.ts)', () => {
  const text = 'masterpiece, best quality, a woman reading in a sunlit library, 8k uhd, sharp focus';
  const spans = styleTagSpans(text);

  it('removes exactly the features that touch a span, in order, and keeps the others as they were', () => {
    const all = extractFeatures(normalize(text), text);
    const before = Array.from({ length: all.count }, (_, i) => ({ hash: all.hash[i]!, start: all.start[i]!, end: all.end[i]!, position: all.position[i]! }));
    const touching = (f: { start: number; end: number }) => spans.some(([s, e]) => f.start < e && f.end > s);
    const kept = withoutSpans(all, spans);
    // The list read from is left as it was (it is the caller's scratch, and the full reading is kept when it is the less harmful).
    assert.deepEqual(
      Array.from({ length: all.count }, (_, i) => ({ hash: all.hash[i]!, start: all.start[i]!, end: all.end[i]!, position: all.position[i]! })),
      before,
    );
    const after = Array.from({ length: kept.count }, (_, i) => ({ hash: kept.hash[i]!, start: kept.start[i]!, end: kept.end[i]!, position: kept.position[i]! }));
    assert.deepEqual(
      after,
      before.filter((f) => !touching(f)),
    );
    assert.ok(after.length < before.length);
  });

  it('renumbers the blocks of whole words, so a long text scores the same read by blocks or feature by feature', () => {
    // Long enough for the block-summing path (thousands of features), words repeated so that blocks are met again.
    const long = Array.from({ length: 200 }, (_, i) => `${CAPTIONS[i % CAPTIONS.length]}, ${TAGS[i % TAGS.length]}`).join('. ');
    const model = screenerModel();
    const buffers = new FeatureBuffers();
    const norm = normalize(long);
    const read = withoutSpans(extractFeatures(norm, long, buffers), styleTagSpans(long));
    assert.ok(read.blocks && (read.blockCount ?? 0) > 0);
    for (let b = 0; b < read.blockCount!; b++) assert.ok(read.blocks![2 * b]! < read.blocks![2 * b + 1]! && read.blocks![2 * b + 1]! <= read.count);
    const byBlocks = Array.from(model.score(read, norm.text.length).probability);
    const plain = { ...read, blocks: undefined, blockCount: undefined };
    const byFeatures = Array.from(model.score(plain, norm.text.length).probability);
    assert.deepEqual(byBlocks, byFeatures);
  });

  it('scores the kept list from the whole list less the features taken out, bit for bit (HashedNgramModel.scoreWithout)', () => {
    const model = screenerModel();
    // One window, a few windows, and many (the block-summing path and the remembered windows).
    for (const repeat of [1, 3, 40, 200]) {
      const long = Array.from({ length: repeat }, (_, i) => `${CAPTIONS[i % CAPTIONS.length]}, ${TAGS[i % TAGS.length]}`).join('. ');
      const norm = normalize(long);
      const all = extractFeatures(norm, long, new FeatureBuffers());
      const { kept, removed } = splitBySpans(all, styleTagSpans(long), new FeatureBuffers());
      assert.ok(removed.count > 0 && kept.count + removed.count === all.count);
      const fresh = model.score(kept, norm.text.length);
      // After another list was scored (its sums are not the whole list's), and right after the whole list.
      const afterOther = model.scoreWithout(all, removed, norm.text.length);
      model.scoreReused(all, norm.text.length);
      const afterWhole = model.scoreWithout(all, removed, norm.text.length);
      for (const less of [afterOther, afterWhole]) {
        assert.deepEqual(Array.from(less.probability), Array.from(fresh.probability));
        assert.deepEqual(Array.from(less.windowFrom), Array.from(fresh.windowFrom));
        assert.deepEqual(Array.from(less.active), Array.from(fresh.active));
        assert.deepEqual(Array.from(less.norm), Array.from(fresh.norm));
      }
      // Something was taken out: the kept reading is not the whole one's.
      assert.notDeepEqual(Array.from(fresh.probability), Array.from(model.score(all, norm.text.length).probability));
    }
  });
});
